"""Undo-history text for the named edits, in the user's language."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core.params import specs
from ..imaging.params import STAGES


# Literal QCoreApplication.translate("EditText", "...") calls, so lupdate finds them.


def _label(stage: str, field: str) -> str:
    for name, cls in STAGES:
        if name == stage:
            for spec in specs(cls):
                if spec.name == field:
                    return QCoreApplication.translate("params", spec.label)
    return field


def _design_label(part: str, field: str) -> str:
    labels = {
        "kind": QCoreApplication.translate("EditText", "Layout"),
        "size_mm": QCoreApplication.translate("EditText", "Size"),
        "field": QCoreApplication.translate("EditText", "Field"),
        "corner_pieces": QCoreApplication.translate("EditText", "Corner medallions"),
        "counterchange": QCoreApplication.translate("EditText", "Counterchange"),
        "background": QCoreApplication.translate("EditText", "Ground colour"),
        "group": QCoreApplication.translate("EditText", "Repeat"),
        "motif_width_mm": QCoreApplication.translate("EditText", "Motif width"),
        "spacing_mm": QCoreApplication.translate("EditText", "Spacing"),
        "rotation_deg": QCoreApplication.translate("EditText", "Turn"),
        "offset": QCoreApplication.translate("EditText", "Row shift"),
        "n": QCoreApplication.translate("EditText", "Medallion copies"),
        "dihedral": QCoreApplication.translate("EditText", "Mirrored copies"),
        "size": QCoreApplication.translate("EditText", "Medallion size"),
        "inner": QCoreApplication.translate("EditText", "Open centre"),
        "min_delta_e": QCoreApplication.translate("EditText", "Touching colours differ"),
        "max_colours": QCoreApplication.translate("EditText", "At most"),
        "keep_lightness_order": QCoreApplication.translate("EditText", "Keep light and dark order"),
        "overrides": QCoreApplication.translate("EditText", "Chosen colour"),
    }
    return labels.get(field, field)


def _design_value(v: str) -> str:
    """Layout kinds, fields and counterchange modes in words (group names stay as they are)."""
    words = {
        "single": QCoreApplication.translate("EditText", "the motif alone"),
        "repeat": QCoreApplication.translate("EditText", "repeat"),
        "medallion": QCoreApplication.translate("EditText", "medallion"),
        "rug": QCoreApplication.translate("EditText", "rug"),
        "plain": QCoreApplication.translate("EditText", "plain ground"),
        "none": QCoreApplication.translate("EditText", "none"),
        "all": QCoreApplication.translate("EditText", "everywhere"),
        "alternate": QCoreApplication.translate("EditText", "every other copy"),
        "": QCoreApplication.translate("EditText", "Auto"),
    }
    return words.get(v, v)


def _value(v) -> str:
    if v is None:
        return QCoreApplication.translate("EditText", "Auto")
    if isinstance(v, bool):
        return QCoreApplication.translate("EditText", "on") if v else QCoreApplication.translate("EditText", "off")
    if isinstance(v, float):
        return f"{v:g}"
    if isinstance(v, tuple):
        return QCoreApplication.translate("EditText", "set")
    return str(v)


def edit_text(edit) -> str:
    """A short description of *edit* for the History panel and the Undo/Redo menu items."""
    what = edit.what
    if not what:
        return edit.name
    kind = what[0]
    if kind == "params":
        _, stage, items = what
        if len(items) == 1:
            field, value = items[0]
            if isinstance(value, tuple) or value is None and field in ("corners", "crop"):
                return _label(stage, field)
            return QCoreApplication.translate("EditText", "%1: %2").replace("%1", _label(stage, field)).replace("%2", _value(value))
        return ", ".join(_label(stage, f) for f, _ in items)
    if kind == "preset":
        return QCoreApplication.translate("EditText", "Preset %1").replace("%1", what[1])
    if kind == "pin":
        return QCoreApplication.translate("EditText", "Pin colour %1").replace("%1", what[1])
    if kind == "unpin":
        return QCoreApplication.translate("EditText", "Unpin colour %1").replace("%1", what[1])
    if kind == "metadata":
        return QCoreApplication.translate("EditText", "Edit details")
    if kind == "design":
        _, part, items = what
        names = [_design_label(part, f) for f, _ in items]
        if len(items) == 1 and not isinstance(items[0][1], tuple):
            value = items[0][1]
            text = _design_value(value) if isinstance(value, str) else _value(value)
            return QCoreApplication.translate("EditText", "%1: %2").replace(
                "%1", names[0]).replace("%2", text)
        return ", ".join(names)
    if kind == "borders":
        return QCoreApplication.translate("EditText", "Borders")
    if kind == "swap":
        return QCoreApplication.translate("EditText", "Colours to swap")
    if kind == "layout":
        return QCoreApplication.translate("EditText", "Layout")
    if kind == "palette":
        return QCoreApplication.translate("EditText", "Palette %1").replace("%1", what[1])
    if kind == "symmetrise":
        return QCoreApplication.translate("EditText", "Make symmetric")
    return edit.name  # corrections carry a label made by the window, already translated

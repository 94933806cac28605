"""A form of controls generated from a stage's parameter declarations (DESIGN.md rule 2).

:class:`ParamForm` reads the :class:`~motifstudio.core.params.ParamSpec` of
every field of a parameter dataclass (``CleanupParams``, ``SegmentParams``…)
and builds one control per parameter, so a parameter declared once in
``imaging/params.py`` appears in the CLI and in the GUI without further code:

========================  =================================================
declaration               control
========================  =================================================
``bool``                  :class:`QCheckBox` (its label wraps beside it)
``int`` / ``float``       :class:`SpinBox` / :class:`DoubleSpinBox`, range,
                          unit suffix, step and decimals from the spec;
                          ``optional`` numbers get the special value "Auto"
                          (the lowest value, or an emptied field) for ``None``
``str`` with choices      :class:`QComboBox` with human, translated labels
``str`` without choices   :class:`QLineEdit` for a ``#rrggbb`` colour, with a
                          "Pick…" button; empty = ``None`` ("Auto")
``tuple``                 not in the form: corners, crop, neutral point and
                          pinned colours come from canvas tools and the palette
``advanced=True``         behind a collapsible "More options" section
========================  =================================================

A parameter whose name has a sibling ``<name>_unit`` with choices (e.g.
``min_area`` / ``min_area_unit``) shows that sibling's current unit as its
suffix.

Translation
-----------
Labels and help texts are English strings in ``imaging/params.py`` (a layer
that must not import Qt), so they are translated at run time with
``QCoreApplication.translate("params", text)``.  ``lupdate`` cannot see
strings passed in variables, so :func:`param_strings_source` generates
``motifstudio/app/_param_strings.py``: a never-called function listing
``QT_TRANSLATE_NOOP("params", "…")`` for every label and help text of every
stage (and ``"presets"`` for the preset descriptions).  Regenerate it after
editing a declaration::

    python -m motifstudio.app.param_form --write-strings

``tests/app/test_panels.py`` fails when the generated file is out of date,
so the catalogue cannot drift from the declarations.  Generating the list
(rather than writing it by hand) keeps rule 2: each string is still written
once, in the declaration.
"""
from __future__ import annotations

import dataclasses
import html
import math
import re
import sys
from pathlib import Path
from typing import Any, Optional

from PySide6.QtCore import QCoreApplication, QRegularExpression, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPalette, QRegularExpressionValidator, QValidator
from PySide6.QtWidgets import (QAbstractSpinBox, QCheckBox, QColorDialog, QComboBox,
                               QDoubleSpinBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QSizePolicy,
                               QSpinBox, QToolButton, QVBoxLayout, QWidget)

from ..core.params import ParamSpec, specs

#: Translation context of the parameter labels and help texts.
PARAMS_CONTEXT = "params"
#: Translation context of the preset descriptions.
PRESETS_CONTEXT = "presets"

_INT_MIN, _INT_MAX = -(2 ** 31) + 2, 2 ** 31 - 1
_FLOAT_LIMIT = 1e9
_HEX = re.compile(r"^#?([0-9a-fA-F]{6})$")


WRITERS_CONTEXT = "writers"


def translate_writer(text: str) -> str:
    """An export format's description (``export/registry.py``) in the user's language."""
    return QCoreApplication.translate(WRITERS_CONTEXT, text) if text else ""


def translate_param(text: str) -> str:
    """A label or help text of ``imaging/params.py`` in the user's language."""
    return QCoreApplication.translate(PARAMS_CONTEXT, text) if text else ""


def rich_tooltip(text: str) -> str:
    """Wrap *text* as rich text so Qt word-wraps long tooltips (plain ones run off-screen)."""
    return f"<p>{html.escape(text, quote=False)}</p>" if text else ""


def dim(widget: QWidget, amount: float = 0.38) -> QWidget:
    """Secondary text: the window text blended towards the background (still ≥ 4.5:1 contrast)."""
    pal = widget.palette()
    fg, bg = pal.color(QPalette.WindowText), pal.color(QPalette.Window)
    mix = QColor(round(fg.red() + (bg.red() - fg.red()) * amount),
                 round(fg.green() + (bg.green() - fg.green()) * amount),
                 round(fg.blue() + (bg.blue() - fg.blue()) * amount))
    pal.setColor(QPalette.Active, QPalette.WindowText, mix)
    pal.setColor(QPalette.Inactive, QPalette.WindowText, mix)
    widget.setPalette(pal)
    return widget


# --------------------------------------------------------------------------- number formats


def _decimals_of(x: float) -> int:
    for d in range(4):
        if abs(round(x, d) - x) < 1e-9:
            return d
    return 4


def _nice_floor(x: float) -> float:
    """The largest of 1, 2, 5 × 10^k not above *x*."""
    k = math.floor(math.log10(x))
    for m in (5, 2, 1):
        if m * 10 ** k <= x * (1 + 1e-9):
            return round(m * 10 ** k, 6)
    return 10 ** k


@dataclasses.dataclass(frozen=True)
class NumberFormat:
    """How a numeric spec is shown: range, step, decimals; ``auto`` is the special "Auto" value."""
    lo: float
    hi: float
    step: float
    decimals: int          # 0 for int
    adaptive: bool         # step follows the magnitude of the value (wide ranges)
    auto: Optional[float]  # the spin value that stands for None, or None if not optional


def number_format(spec: ParamSpec) -> NumberFormat:
    """Range, step and decimals of a numeric control, derived from its declaration only."""
    is_int = spec.kind is int
    lo = spec.minimum if spec.minimum is not None else (_INT_MIN if is_int else -_FLOAT_LIMIT)
    hi = spec.maximum if spec.maximum is not None else (_INT_MAX if is_int else _FLOAT_LIMIT)
    span = hi - lo
    adaptive = span > 1000
    if is_int:
        step, decimals = 1, 0
    else:
        step = 1.0 if adaptive else _nice_floor(span / 50)
        known = [step, lo]
        if isinstance(spec.default, (int, float)) and not isinstance(spec.default, bool):
            known.append(spec.default)
        decimals = min(2, max(1, *(_decimals_of(float(v)) for v in known)))
    auto = None
    if spec.optional:
        auto = lo - (1 if is_int else 10 ** -decimals)
    return NumberFormat(lo=lo, hi=hi, step=step, decimals=decimals, adaptive=adaptive, auto=auto)


# --------------------------------------------------------------------------- controls


class _WheelGuard:
    """Spin boxes and combos ignore the wheel unless focused, so scrolling a dock never edits."""

    def _setup_guard(self):
        self.setFocusPolicy(Qt.StrongFocus)

    def wheelEvent(self, event):  # noqa: N802 (Qt name)
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class _AutoText:
    """An emptied field (or typing the special text) means the special value "Auto"."""

    def _is_auto_text(self, text: str) -> bool:
        special = self.specialValueText()
        if not special:
            return False
        t = text
        if self.suffix() and t.endswith(self.suffix()):
            t = t[: -len(self.suffix())]
        t = t.strip()
        return t == "" or t.casefold() in (special.casefold(), "auto")

    def validate(self, text, pos):
        if self._is_auto_text(text):
            return QValidator.Acceptable, text, pos
        return super().validate(text, pos)

    def valueFromText(self, text):  # noqa: N802
        if self._is_auto_text(text):
            return self.minimum()
        return super().valueFromText(text)


class SpinBox(_AutoText, _WheelGuard, QSpinBox):
    """A QSpinBox that commits on Enter/arrows, ignores stray wheels and accepts "" as Auto."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._setup_guard()
        self.setKeyboardTracking(False)


class DoubleSpinBox(_AutoText, _WheelGuard, QDoubleSpinBox):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._setup_guard()
        self.setKeyboardTracking(False)


class ComboBox(_WheelGuard, QComboBox):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._setup_guard()


class _ClickLabel(QLabel):
    clicked = Signal()

    def mouseReleaseEvent(self, event):  # noqa: N802
        if event.button() == Qt.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class _CheckRow(QWidget):
    """A check box whose label word-wraps (QCheckBox's own text never wraps)."""

    def __init__(self, text: str, parent=None):
        super().__init__(parent)
        self.box = QCheckBox(self)
        self.label = _ClickLabel(text, self)
        self.label.setWordWrap(True)
        self.label.setBuddy(self.box)
        self.label.clicked.connect(self._click)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(6)
        lay.addWidget(self.box, 0, Qt.AlignTop)
        lay.addWidget(self.label, 1)

    def _click(self):
        if self.box.isEnabled():
            self.box.setFocus(Qt.MouseFocusReason)
            self.box.toggle()


class _ColourEdit(QWidget):
    """``#rrggbb`` text with a Pick… button; empty = ``None`` when the spec is optional."""

    committed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setValidator(QRegularExpressionValidator(
            QRegularExpression(r"^(#?[0-9A-Fa-f]{0,6})$"), self.edit))
        self.edit.setClearButtonEnabled(True)
        self.pick = QToolButton(self)
        self.pick.setText(self.tr("Pick…"))
        self.pick.setToolTip(self.tr("Choose the colour in a colour dialog"))
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        lay.addWidget(self.edit, 1)
        lay.addWidget(self.pick)
        self.edit.editingFinished.connect(self.committed)
        self.pick.clicked.connect(self._pick)

    def _pick(self):
        m = _HEX.match(self.edit.text().strip())
        initial = QColor("#" + m.group(1)) if m else QColor("black")
        colour = QColorDialog.getColor(initial, self, self.tr("Choose a colour"))
        if colour.isValid():
            self.edit.setText(colour.name())
            self.committed.emit()


class ButtonGrid(QWidget):
    """Buttons in up to *columns* equal columns, fewer when a (translated) label would not fit.

    Labels in Russian, Kyrgyz or Uzbek run longer than in English; rather than
    clipping them in a narrow dock the grid drops to fewer columns.
    """

    def __init__(self, buttons, columns: int = 2, parent=None):
        super().__init__(parent)
        self._buttons = list(buttons)
        self._max_columns = columns
        self._columns = 0
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(4)
        self._grid.setVerticalSpacing(4)
        for b in self._buttons:
            b.setParent(self)
            b.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self._arrange(columns)

    def _widest(self) -> int:
        return max(b.sizeHint().width() for b in self._buttons)

    def _fitting_columns(self, width: int) -> int:
        sp = self._grid.horizontalSpacing()
        return max(1, min(self._max_columns, (width + sp) // (self._widest() + sp)))

    def _arrange(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for b in self._buttons:
            self._grid.removeWidget(b)
        for c in range(self._max_columns):
            self._grid.setColumnStretch(c, 1 if c < columns else 0)
        for k, b in enumerate(self._buttons):
            self._grid.addWidget(b, k // columns, k % columns)
        self.updateGeometry()

    def columns(self) -> int:
        return self._columns

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(self._widest(), self._grid.minimumSize().height())

    def resizeEvent(self, event):  # noqa: N802
        self._arrange(self._fitting_columns(event.size().width()))
        super().resizeEvent(event)


# --------------------------------------------------------------------------- the form


class ParamForm(QWidget):
    """Controls for every (non-tuple) parameter of one stage, generated from its declarations.

    Parameters
    ----------
    stage : str
        The recipe stage the parameters belong to ("cleanup", "segment", …);
        it is repeated in :attr:`changed` so one slot can serve every form.
    params : dataclass instance
        The stage's current parameter object (e.g. ``CleanupParams()``).
    exclude : iterable of str
        Parameter names to leave out (shown elsewhere, e.g. the colour count
        beside the palette).

    Signals
    -------
    changed(str stage, dict changes)
        The user committed a value: Enter, focus leaving a field, an arrow
        click, a toggle or a choice.  ``changes`` maps the parameter name to
        its new value, typed as declared (``int``/``float``/``bool``/``str``,
        ``None`` for "Auto"), in the declared unit.  Never emitted by
        :meth:`set_values`.
    """

    changed = Signal(str, dict)

    def __init__(self, stage: str, params, parent: Optional[QWidget] = None, *,
                 exclude=()):
        super().__init__(parent)
        self._stage = stage
        self._params = params
        self._specs = [s for s in specs(params) if s.kind is not tuple and s.name not in set(exclude)]
        self._by_name = {s.name: s for s in self._specs}
        self._values: dict[str, Any] = {s.name: getattr(params, s.name) for s in self._specs}
        self._controls: dict[str, QWidget] = {}
        self._labels: dict[str, QLabel] = {}
        self._formats: dict[str, NumberFormat] = {}
        # parameters whose unit is chosen by a sibling "<name>_unit" choice
        self._unit_of = {s.name: f"{s.name}_unit" for s in self._specs
                         if not s.unit and f"{s.name}_unit" in self._by_name
                         and self._by_name[f"{s.name}_unit"].choices}
        self.setObjectName(f"paramForm_{stage}")
        self._build()
        self.set_values(params)

    # -- display names -------------------------------------------------------

    def choice_labels(self) -> dict[str, str]:
        """Human names of the known choice values (unknown values are shown as they are)."""
        return {
            "off": self.tr("Off"),
            "auto": self.tr("Automatic"),
            "point": self.tr("From the picked white point"),
            "median": self.tr("Median (keeps edges, fast)"),
            "bilateral": self.tr("Bilateral (keeps fine detail)"),
            "tv": self.tr("Total variation (smoothest)"),
            "full": self.tr("Full resolution (slower)"),
            "regions": self.tr("Colour regions"),
            "centreline": self.tr("Regions and centre lines"),
            "px": self.tr("pixels"),
            "mm2": self.tr("square millimetres"),
            # export options
            "portrait": self.tr("Portrait"),
            "landscape": self.tr("Landscape"),
            "combined": self.tr("One chart for all baths"),
            "per-bath": self.tr("A chart per bath"),
            "down": self.tr("Down the design"),
            "across": self.tr("Across the design"),
            "on-colour": self.tr("Symbols on colour"),
            "symbols-only": self.tr("Symbols only"),
            "overdye": self.tr("Overdye (tie once)"),
            "single-bath": self.tr("One bath per cell"),
            "print": self.tr("Print it"),
            "stitch": self.tr("Stitch it"),
            "fabric": self.tr("Leave the fabric bare"),
            "none": self.tr("None"),
            "running": self.tr("Running stitch"),
            "bean": self.tr("Bean stitch"),
            "rug": self.tr("Felt rug"),
            "cushion": self.tr("Cushion"),
            "scarf": self.tr("Scarf"),
            "square": self.tr("Square 1080 × 1080"),
            "shyrdak": self.tr("Shyrdak"),
            "ala-kiyiz": self.tr("Ala-kiyiz"),
            "machine-embroidery": self.tr("Machine embroidery"),
            "cross-stitch": self.tr("Cross-stitch"),
        }

    def unit_labels(self) -> dict[str, str]:
        """Short unit suffixes shown in the number fields."""
        return {
            "px": self.tr("px"),
            "pixels": self.tr("pixels"),
            "mm": self.tr("mm"),
            "mm2": self.tr("mm²"),
            "MP": self.tr("MP"),
            "°": "°",
            "ΔE2000": "ΔE",
            "cm": self.tr("cm"),
            "m": self.tr("m"),
            "h": self.tr("h"),
            "dpi": self.tr("dpi"),
            "per m²": self.tr("per m²"),
            "per m": self.tr("per m"),
            "per kg": self.tr("per kg"),
            "per skein": self.tr("per skein"),
            "squares/inch": self.tr("squares/inch"),
            "g/m²": self.tr("g/m²"),
        }

    def _suffix(self, unit: str) -> str:
        if not unit:
            return ""
        text = self.unit_labels().get(unit, unit)
        return text if unit == "°" else " " + text

    # -- building --------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(10)
        basic = [s for s in self._specs if not s.advanced]
        advanced = [s for s in self._specs if s.advanced]
        for spec in basic:
            outer.addLayout(self._row(spec))
        self._more_button = None
        self._more_box = None
        if advanced:
            self._more_button = QToolButton(self)
            self._more_button.setObjectName(f"{self._stage}.more")
            self._more_button.setText(self.tr("More options"))
            self._more_button.setCheckable(True)
            self._more_button.setAutoRaise(True)
            self._more_button.setArrowType(Qt.RightArrow)
            self._more_button.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
            self._more_button.setAccessibleName(self.tr("More options"))
            self._more_button.setToolTip(self.tr("Show or hide the less common settings"))
            self._more_button.toggled.connect(self.set_advanced_visible)
            outer.addWidget(self._more_button, 0, Qt.AlignLeft)
            self._more_box = QWidget(self)
            box = QVBoxLayout(self._more_box)
            box.setContentsMargins(12, 0, 0, 0)
            box.setSpacing(10)
            for spec in advanced:
                box.addLayout(self._row(spec))
            self._more_box.setVisible(False)
            outer.addWidget(self._more_box)

    def _row(self, spec: ParamSpec) -> QVBoxLayout:
        label_text = translate_param(spec.label)
        help_text = translate_param(spec.help)
        row = QVBoxLayout()
        row.setSpacing(3)
        control = self._make_control(spec, label_text)
        control.setObjectName(f"{self._stage}.{spec.name}")
        control.setAccessibleName(label_text)
        if help_text:
            control.setAccessibleDescription(help_text)
            control.setToolTip(rich_tooltip(help_text))
        if spec.kind is bool:
            holder = control.parentWidget()  # the _CheckRow
            holder.label.setToolTip(rich_tooltip(help_text))
            self._labels[spec.name] = holder.label
            row.addWidget(holder)
        else:
            label = QLabel(label_text, self)
            label.setWordWrap(True)
            label.setToolTip(rich_tooltip(help_text))
            label.setBuddy(control)
            self._labels[spec.name] = label
            if isinstance(control, QAbstractSpinBox):
                # numbers: label and field side by side, the fields aligned in one column
                line = QHBoxLayout()
                line.setSpacing(8)
                policy = label.sizePolicy()  # keep the height-for-width of the wrapping label
                policy.setHorizontalPolicy(QSizePolicy.Expanding)
                label.setSizePolicy(policy)
                line.addWidget(label, 1)
                line.addWidget(control, 1, Qt.AlignVCenter)
                row.addLayout(line)
            else:
                row.addWidget(label)
                row.addWidget(control.parentWidget() if isinstance(control, QLineEdit) else control)
        self._controls[spec.name] = control
        return row

    def _make_control(self, spec: ParamSpec, label_text: str) -> QWidget:
        name = spec.name
        if spec.kind is bool:
            holder = _CheckRow(label_text, self)
            holder.box.toggled.connect(lambda on, n=name: self._commit(n, bool(on)))
            return holder.box
        if spec.kind in (int, float):
            fmt = number_format(spec)
            self._formats[name] = fmt
            if spec.kind is int:
                w = SpinBox(self)
                w.setRange(int(fmt.auto if fmt.auto is not None else fmt.lo), int(fmt.hi))
                w.setSingleStep(1)
            else:
                w = DoubleSpinBox(self)
                w.setDecimals(fmt.decimals)
                w.setRange(fmt.auto if fmt.auto is not None else fmt.lo, fmt.hi)
                w.setSingleStep(fmt.step)
            if fmt.adaptive:
                w.setStepType(QAbstractSpinBox.AdaptiveDecimalStepType)
                w.setGroupSeparatorShown(True)
            if fmt.auto is not None:
                w.setSpecialValueText(self.tr("Auto"))
            w.setSuffix(self._suffix(spec.unit))
            w.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
            # wide enough for the default value, not for the (huge) maximum: fits a 300 px dock
            shown = [w.specialValueText()] if fmt.auto is not None else []
            if spec.default is not None:
                shown.append(w.textFromValue(spec.default) + w.suffix())
            fm = w.fontMetrics()
            w.setMinimumWidth(max(72, max(fm.horizontalAdvance(t) for t in shown) + 36))
            w.valueChanged.connect(lambda _v, n=name: self._commit_number(n))
            w.editingFinished.connect(lambda n=name: self._commit_number(n))
            return w
        if spec.kind is str and spec.choices:
            w = ComboBox(self)
            labels = self.choice_labels()
            for choice in spec.choices:
                w.addItem(labels.get(choice, choice), choice)
            w.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            w.setMinimumContentsLength(8)
            w.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
            w.currentIndexChanged.connect(
                lambda i, n=name, c=w: self._commit(n, c.itemData(i)) if i >= 0 else None)
            return w
        # free text: the only one declared is a #rrggbb colour
        holder = _ColourEdit(self)
        holder.edit.setPlaceholderText(self.tr("Auto") if spec.optional else "#rrggbb")
        holder.committed.connect(lambda n=name: self._commit_text(n))
        return holder.edit

    # -- committing -------------------------------------------------------------

    def _commit_number(self, name: str) -> None:
        w = self._controls[name]
        fmt = self._formats[name]
        v = w.value()
        if fmt.auto is not None and v <= fmt.auto + 1e-12:
            value = None
        elif self._by_name[name].kind is int:
            value = int(v)
        else:
            value = round(float(v), fmt.decimals)
        self._commit(name, value)

    def _commit_text(self, name: str) -> None:
        spec = self._by_name[name]
        edit = self._controls[name]
        text = edit.text().strip()
        m = _HEX.match(text)
        if not text and spec.optional:
            value = None
        elif m:
            value = "#" + m.group(1).lower()
        else:  # incomplete: back to the last good value
            self._show(name, self._values[name])
            return
        self._show(name, value)
        self._commit(name, value)

    def _commit(self, name: str, value: Any) -> None:
        if value == self._values.get(name) and type(value) is type(self._values.get(name)):
            return
        self._values[name] = value
        self._update_units()
        self.changed.emit(self._stage, {name: value})

    # -- public API ----------------------------------------------------------

    @property
    def stage(self) -> str:
        return self._stage

    def names(self) -> list[str]:
        """The parameter names that have a control, in declaration order."""
        return [s.name for s in self._specs]

    def control(self, name: str) -> QWidget:
        """The control of parameter *name* (QCheckBox, QSpinBox, QDoubleSpinBox, QComboBox, QLineEdit)."""
        return self._controls[name]

    def label(self, name: str) -> QLabel:
        return self._labels[name]

    def values(self) -> dict[str, Any]:
        """The values the controls show (the parameters with a control only)."""
        return dict(self._values)

    def params(self):
        """The parameter object with the controls' values."""
        return dataclasses.replace(self._params, **self._values)

    def set_values(self, params) -> None:
        """Show *params* (the stage's dataclass, or a dict of some of its fields) without emitting."""
        if isinstance(params, dict):
            items = params
        else:
            self._params = params
            items = {n: getattr(params, n) for n in self._values}
        for name, value in items.items():
            if name not in self._controls:
                continue
            self._values[name] = value
            self._show(name, value)
        self._update_units()

    def set_advanced_visible(self, visible: bool) -> None:
        if self._more_box is None:
            return
        self._more_box.setVisible(visible)
        self._more_button.setArrowType(Qt.DownArrow if visible else Qt.RightArrow)
        if self._more_button.isChecked() != visible:
            self._more_button.blockSignals(True)
            self._more_button.setChecked(visible)
            self._more_button.blockSignals(False)

    def advanced_visible(self) -> bool:
        return self._more_box is not None and self._more_box.isVisibleTo(self)

    # -- internals ------------------------------------------------------------

    def _show(self, name: str, value: Any) -> None:
        w = self._controls[name]
        spec = self._by_name[name]
        w.blockSignals(True)
        try:
            if isinstance(w, QCheckBox):
                w.setChecked(bool(value))
            elif isinstance(w, (QSpinBox, QDoubleSpinBox)):
                if value is None:
                    w.setValue(w.minimum())
                else:
                    w.setValue(int(value) if spec.kind is int else float(value))
            elif isinstance(w, QComboBox):
                i = w.findData(value)
                if i < 0 and value is not None:  # a value this build does not know: show it as is
                    w.addItem(str(value), value)
                    i = w.count() - 1
                w.setCurrentIndex(i)
            elif isinstance(w, QLineEdit):
                w.setText("" if value is None else str(value))
        finally:
            w.blockSignals(False)

    def _update_units(self) -> None:
        for name, sibling in self._unit_of.items():
            unit = self._values.get(sibling)
            w = self._controls[name]
            if isinstance(w, (QSpinBox, QDoubleSpinBox)):
                w.setSuffix(self._suffix(unit or ""))


# --------------------------------------------------------------------------- string catalogue


def _py_literal(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def param_strings_source() -> str:
    """The text of ``_param_strings.py``: every label/help/preset description for lupdate."""
    from ..imaging.params import STAGES
    from ..imaging.presets import PRESETS

    seen: list[tuple[str, str]] = []
    for _stage, cls in STAGES:
        for spec in specs(cls):
            for text in (spec.label, spec.help):
                if text and (PARAMS_CONTEXT, text) not in seen:
                    seen.append((PARAMS_CONTEXT, text))
    for name in sorted(PRESETS):
        text = PRESETS[name].get("description", "")
        if text and (PRESETS_CONTEXT, text) not in seen:
            seen.append((PRESETS_CONTEXT, text))
    lines = [
        '"""Translatable strings of the parameter declarations and presets, for lupdate.',
        "",
        "GENERATED by ``python -m motifstudio.app.param_form --write-strings`` from",
        "``imaging/params.py`` and ``imaging/presets.py``; do not edit by hand.",
        "The function is never called: it only lets Qt Linguist catalogue the strings",
        "that ParamForm translates at run time with QCoreApplication.translate().",
        '"""',
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        "",
        "def _params_strings():  # pragma: no cover - never called",
        "    return [",
    ]
    for context, text in seen:
        lines.append(f"        QT_TRANSLATE_NOOP({_py_literal(context)}, {_py_literal(text)}),")
    lines += ["    ]", ""]
    return "\n".join(lines)


def writer_strings_source() -> str:
    """The text of ``_writer_strings.py``: the export formats' descriptions and option
    labels (the export dialog), for lupdate.  Regenerated by ``make update-translations``
    (writers come and go with the export modules, so it is not checked by a test)."""
    from ..export.registry import writers

    seen: list[tuple[str, str]] = []
    for w in writers():
        if w.description and (WRITERS_CONTEXT, w.description) not in seen:
            seen.append((WRITERS_CONTEXT, w.description))
        for spec in specs(w.options_type) if w.options_type is not None else ():
            for text in (spec.label, spec.help):
                if text and (PARAMS_CONTEXT, text) not in seen:
                    seen.append((PARAMS_CONTEXT, text))
    lines = ['"""Translatable strings of the export formats, for lupdate.', "",
             "GENERATED by ``python -m motifstudio.app.param_form --write-strings`` from the",
             "writer registry; do not edit by hand.  Never called.", '"""',
             "from PySide6.QtCore import QT_TRANSLATE_NOOP", "", "",
             "def _writer_strings():  # pragma: no cover - never called", "    return ["]
    for context, text in seen:
        lines.append(f"        QT_TRANSLATE_NOOP({_py_literal(context)}, {_py_literal(text)}),")
    lines += ["    ]", ""]
    return "\n".join(lines)


def param_strings_path() -> Path:
    return Path(__file__).with_name("_param_strings.py")


def write_param_strings(path: Optional[Path] = None) -> Path:
    path = Path(path) if path else param_strings_path()
    path.write_text(param_strings_source(), encoding="utf-8")
    path.with_name("_writer_strings.py").write_text(writer_strings_source(), encoding="utf-8")
    return path


if __name__ == "__main__":  # pragma: no cover
    if sys.argv[1:] == ["--write-strings"]:
        print(write_param_strings())
    else:
        print("usage: python -m motifstudio.app.param_form --write-strings", file=sys.stderr)
        sys.exit(2)

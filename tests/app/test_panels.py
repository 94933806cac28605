"""The generated parameter forms, the guided steps panel and the palette panel (pytest-qt)."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtGui import QColor, QCursor  # noqa: E402
from PySide6.QtWidgets import (QAbstractButton, QAbstractSpinBox, QCheckBox, QColorDialog, QComboBox,  # noqa: E402
                               QDoubleSpinBox, QLabel, QLineEdit, QMenu, QSlider, QSpinBox,
                               QToolButton, QWidget)

from motifstudio.app import param_form as pf  # noqa: E402
from motifstudio.app.palette_panel import AUTO, PalettePanel  # noqa: E402
from motifstudio.app.param_form import ParamForm, number_format  # noqa: E402
from motifstudio.app.steps_panel import (CLEANUP, COLOURS, DESIGN, EXPORT, PHOTO,  # noqa: E402
                                         STEP_COUNT, TOOLS, VECTOR, VIEWS, StepsPanel)
from motifstudio.core.document import Palette, Swatch  # noqa: E402
from motifstudio.core.params import specs  # noqa: E402
from motifstudio.imaging.params import (STAGES, CleanupParams, OutputParams, Recipe,  # noqa: E402
                                        SegmentParams, TraceParams)
from motifstudio.imaging.presets import PRESETS, apply_preset, preset_names  # noqa: E402

DOCK_WIDTH = 300


def _type_number(qtbot, spin: QAbstractSpinBox, value) -> None:
    """Type *value* as the user would (in the spin box's locale) and press Enter."""
    spin.setFocus()
    spin.selectAll()
    text = spin.textFromValue(value) if value != "" else ""
    if not text:
        qtbot.keyClick(spin, Qt.Key_Delete)
        spin.lineEdit().clear()
    qtbot.keyClicks(spin, text)
    qtbot.keyClick(spin, Qt.Key_Return)


def _form(qtbot, stage, params):
    form = ParamForm(stage, params)
    qtbot.addWidget(form)
    return form


# --------------------------------------------------------------------------- ParamForm


@pytest.mark.parametrize("stage,cls", STAGES, ids=[s for s, _ in STAGES])
def test_form_has_one_control_per_non_tuple_spec(qtbot, stage, cls):
    form = _form(qtbot, stage, cls())
    expected = [s.name for s in specs(cls) if s.kind is not tuple]
    assert form.names() == expected
    for spec in specs(cls):
        if spec.kind is tuple:
            assert spec.name not in form.names()
            continue
        w = form.control(spec.name)
        if spec.kind is bool:
            assert isinstance(w, QCheckBox)
        elif spec.kind is int:
            assert isinstance(w, QSpinBox)
        elif spec.kind is float:
            assert isinstance(w, QDoubleSpinBox)
        elif spec.choices:
            assert isinstance(w, QComboBox)
        else:
            assert isinstance(w, QLineEdit)
        assert w.accessibleName() == spec.label  # untranslated run: the English label
        assert w.objectName() == f"{stage}.{spec.name}"
        if spec.help:
            assert w.accessibleDescription() == spec.help
            assert spec.help.split()[0] in w.toolTip()
    assert form.minimumSizeHint().width() <= DOCK_WIDTH


def test_numbers_have_range_unit_step_and_decimals_from_the_spec(qtbot):
    form = _form(qtbot, "trace", TraceParams())
    tol = form.control("tolerance")
    assert (tol.minimum(), tol.maximum()) == (0.05, 10.0)
    assert tol.suffix().strip() == "px" and tol.decimals() == 2
    assert 0 < tol.singleStep() <= 0.5
    corner = form.control("corner_threshold")
    assert corner.suffix() == "°" and 1 <= corner.decimals() <= 2
    assert form.control("smoothing").minimum() == 0 and form.control("smoothing").maximum() == 10
    for stage, cls in STAGES:
        for spec in specs(cls):
            if spec.kind is float:
                fmt = number_format(spec)
                assert 1 <= fmt.decimals <= 2, spec.name
                assert fmt.step > 0 and (fmt.adaptive or fmt.step <= (fmt.hi - fmt.lo) / 10)


def test_advanced_params_are_behind_more_options(qtbot):
    form = _form(qtbot, "cleanup", CleanupParams())
    form.resize(DOCK_WIDTH, 900)
    form.show()
    more = form.findChild(QToolButton, "cleanup.more")
    assert more is not None and more.text() == "More options"
    assert not form.control("feature_px").isVisible()
    assert form.control("rotate_deg").isVisible()
    qtbot.mouseClick(more, Qt.LeftButton)
    assert form.control("feature_px").isVisible() and form.advanced_visible()
    assert more.arrowType() == Qt.DownArrow
    qtbot.mouseClick(more, Qt.LeftButton)
    assert not form.control("feature_px").isVisible()
    # a stage without advanced parameters has no "More options"
    out = _form(qtbot, "output", OutputParams())
    assert out.findChild(QToolButton, "output.more") is None


def test_finishing_a_number_emits_changed_typed_and_in_the_declared_unit(qtbot):
    form = _form(qtbot, "trace", TraceParams())
    form.show()
    with qtbot.waitSignal(form.changed) as sig:
        _type_number(qtbot, form.control("tolerance"), 1.25)
    assert sig.args == ["trace", {"tolerance": 1.25}]
    assert type(sig.args[1]["tolerance"]) is float
    with qtbot.waitSignal(form.changed) as sig:
        _type_number(qtbot, form.control("smoothing"), 5)
    assert sig.args == ["trace", {"smoothing": 5}]
    assert type(sig.args[1]["smoothing"]) is int
    # degrees stay degrees
    with qtbot.waitSignal(form.changed) as sig:
        _type_number(qtbot, form.control("corner_threshold"), 42.5)
    assert sig.args == ["trace", {"corner_threshold": 42.5}]
    assert form.params() == dataclasses.replace(TraceParams(), tolerance=1.25, smoothing=5,
                                                corner_threshold=42.5)


def test_editing_finished_commits_once_and_an_unchanged_value_is_not_reported(qtbot):
    form = _form(qtbot, "cleanup", CleanupParams())
    form.show()
    spin = form.control("rotate_deg")
    seen = []
    form.changed.connect(lambda st, ch: seen.append(ch))
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, spin.textFromValue(90.0))
    assert seen == []  # typing alone does not commit
    spin.editingFinished.emit()
    spin.interpretText()
    qtbot.keyClick(spin, Qt.Key_Return)
    assert seen == [{"rotate_deg": 90.0}]
    qtbot.keyClick(spin, Qt.Key_Return)
    spin.editingFinished.emit()
    assert seen == [{"rotate_deg": 90.0}]
    # an arrow click commits at once
    qtbot.keyClick(spin, Qt.Key_Up)
    assert seen[-1] == {"rotate_deg": 90.0 + spin.singleStep()}


def test_min_area_unit_follows_its_unit_choice(qtbot):
    form = _form(qtbot, "segment", SegmentParams())
    area = form.control("min_area")
    assert area.suffix().strip() == "px"
    unit = form.control("min_area_unit")
    with qtbot.waitSignal(form.changed) as sig:
        unit.setCurrentIndex(unit.findData("mm2"))
    assert sig.args == ["segment", {"min_area_unit": "mm2"}]
    assert area.suffix().strip() == "mm²"
    form.set_values(SegmentParams(min_area=4.0, min_area_unit="px"))
    assert area.suffix().strip() == "px" and area.value() == 4.0


def test_set_values_updates_silently(qtbot):
    form = _form(qtbot, "cleanup", CleanupParams())
    new = CleanupParams(rotate_deg=12.5, deskew=True, denoise="tv", denoise_strength=0.8,
                        lighting_degree=3)
    with qtbot.assertNotEmitted(form.changed):
        form.set_values(new)
    assert form.control("rotate_deg").value() == 12.5
    assert form.control("deskew").isChecked()
    assert form.control("denoise").currentData() == "tv"
    assert form.control("lighting_degree").value() == 3
    assert form.params() == new
    with qtbot.assertNotEmitted(form.changed):
        form.set_values({"rotate_deg": -3.0})
    assert form.values()["rotate_deg"] == -3.0


def test_optional_numbers_offer_auto_for_none(qtbot):
    form = _form(qtbot, "segment", SegmentParams())
    form.show()
    spin = form.control("n_colors")
    assert spin.value() == spin.minimum() and spin.text() == "Auto"
    with qtbot.waitSignal(form.changed) as sig:
        _type_number(qtbot, spin, 5)
    assert sig.args == ["segment", {"n_colors": 5}]
    # arrowing down to the lowest value chooses Auto (None)
    spin.setValue(1)
    with qtbot.waitSignal(form.changed) as sig:
        qtbot.keyClick(spin, Qt.Key_Down)
    assert sig.args == ["segment", {"n_colors": None}]
    assert spin.text() == "Auto"
    # an emptied field is Auto too
    spin.setValue(6)
    spin.setFocus()
    spin.lineEdit().clear()
    with qtbot.waitSignal(form.changed) as sig:
        qtbot.keyClick(spin, Qt.Key_Return)
    assert sig.args == ["segment", {"n_colors": None}]
    # a float: the output width
    out = _form(qtbot, "output", OutputParams())
    out.show()
    width = out.control("width_mm")
    assert width.text() == "Auto"
    with qtbot.waitSignal(out.changed) as sig:
        _type_number(qtbot, width, 420.0)
    assert sig.args == ["output", {"width_mm": 420.0}] and width.suffix().strip() == "mm"
    with qtbot.assertNotEmitted(out.changed):
        out.set_values(OutputParams(width_mm=None))
    assert width.text() == "Auto"
    with qtbot.assertNotEmitted(out.changed):
        out.set_values(OutputParams(width_mm=300.0))
    assert width.value() == 300.0


def test_combos_show_human_labels_for_the_declared_choices(qtbot):
    form = _form(qtbot, "cleanup", CleanupParams())
    combo = form.control("denoise")
    spec = {s.name: s for s in specs(CleanupParams)}["denoise"]
    assert [combo.itemData(i) for i in range(combo.count())] == list(spec.choices)
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert texts[0] == "Off" and "tv" not in texts and len(set(texts)) == len(texts)
    trace = _form(qtbot, "trace", TraceParams())
    mode = trace.control("mode")
    assert mode.itemData(mode.currentIndex()) == "regions"
    with qtbot.waitSignal(trace.changed) as sig:
        mode.setCurrentIndex(mode.findData("centreline"))
    assert sig.args == ["trace", {"mode": "centreline"}]
    with qtbot.waitSignal(form.changed) as sig:
        combo.setCurrentIndex(combo.findData("median"))
    assert sig.args == ["cleanup", {"denoise": "median"}]


def test_checkboxes_and_their_wrapped_labels(qtbot):
    form = _form(qtbot, "cleanup", CleanupParams())
    form.show()
    box = form.control("flatten_lighting")
    with qtbot.waitSignal(form.changed) as sig:
        qtbot.mouseClick(box, Qt.LeftButton)
    assert sig.args == ["cleanup", {"flatten_lighting": True}]
    label = form.label("deskew")
    assert label.wordWrap() and label.text() == "Straighten automatically"
    with qtbot.waitSignal(form.changed) as sig:
        qtbot.mouseClick(label, Qt.LeftButton)
    assert sig.args == ["cleanup", {"deskew": True}]


def test_colour_text_field(qtbot):
    form = _form(qtbot, "trace", TraceParams())
    form.show()
    edit = form.control("stroke_colour")
    assert edit.placeholderText() == "Auto"
    edit.setFocus()
    qtbot.keyClicks(edit, "#AA10Cc")
    with qtbot.waitSignal(form.changed) as sig:
        qtbot.keyClick(edit, Qt.Key_Return)
    assert sig.args == ["trace", {"stroke_colour": "#aa10cc"}]
    edit.clear()
    with qtbot.waitSignal(form.changed) as sig:
        qtbot.keyClick(edit, Qt.Key_Return)
    assert sig.args == ["trace", {"stroke_colour": None}]
    # an incomplete colour goes back to the last good one without a signal
    qtbot.keyClicks(edit, "#12")
    with qtbot.assertNotEmitted(form.changed):
        qtbot.keyClick(edit, Qt.Key_Return)
    assert edit.text() == ""


def test_stray_wheel_does_not_change_an_unfocused_field(qtbot):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication
    form = _form(qtbot, "trace", TraceParams())
    form.show()
    spin = form.control("smoothing")
    before = spin.value()
    ev = QWheelEvent(QPointF(5, 5), QPointF(5, 5), QPoint(0, 120), QPoint(0, 120),
                     Qt.NoButton, Qt.NoModifier, Qt.NoScrollPhase, False)
    QApplication.sendEvent(spin, ev)
    assert spin.value() == before


def test_the_string_catalogue_for_lupdate_is_up_to_date():
    path = pf.param_strings_path()
    assert path.read_text(encoding="utf-8") == pf.param_strings_source(), (
        "run: python -m motifstudio.app.param_form --write-strings")
    text = path.read_text(encoding="utf-8")
    for _stage, cls in STAGES:
        for spec in specs(cls):
            assert spec.label in text
    for name in PRESETS:
        assert PRESETS[name]["description"].replace('"', '\\"') in text
    import motifstudio.app._param_strings as strings  # importable and callable
    assert len(strings._params_strings()) >= sum(len(specs(c)) for _, c in STAGES)


# --------------------------------------------------------------------------- StepsPanel


@pytest.fixture
def panel(qtbot):
    QCursor.setPos(5000, 5000)
    p = StepsPanel()
    qtbot.addWidget(p)
    p.resize(DOCK_WIDTH, 700)
    p.show()
    return p


def _btn(panel, cls, name):
    w = panel.findChild(cls, name)
    assert w is not None, name
    return w


def test_steps_start_with_only_the_photo_step(qtbot, panel):
    assert panel.current_step() == PHOTO and panel.enabled_steps() == 1
    step2 = _btn(panel, QAbstractButton, "step1")  # QAbstractButton
    assert not step2.isEnabled()
    with qtbot.assertNotEmitted(panel.stepChanged):
        qtbot.mouseClick(step2, Qt.LeftButton)
    assert panel.current_step() == PHOTO
    assert not _btn(panel, QAbstractButton, "nextStep").isEnabled()


def test_step_buttons_next_and_done(qtbot, panel):
    panel.set_enabled_steps(STEP_COUNT)
    step = panel.findChild(QAbstractButton, f"step{COLOURS}")
    with qtbot.waitSignal(panel.stepChanged) as sig:
        qtbot.mouseClick(step, Qt.LeftButton)
    assert sig.args == [COLOURS] and panel.current_step() == COLOURS
    nxt = panel.findChild(QAbstractButton, "nextStep")
    assert "Vector" in nxt.text()
    with qtbot.waitSignal(panel.stepChanged) as sig:
        qtbot.mouseClick(nxt, Qt.LeftButton)
    assert sig.args == [VECTOR]
    with qtbot.assertNotEmitted(panel.stepChanged):
        panel.set_step(EXPORT)
    assert panel.current_step() == EXPORT and not nxt.isVisible()
    panel.set_done(CLEANUP, True)
    assert panel.is_done(CLEANUP) and "done" in panel.findChild(
        QAbstractButton, f"step{CLEANUP}").accessibleName()
    panel.set_done(CLEANUP, False)
    assert not panel.is_done(CLEANUP)
    # losing the photo disables the later steps and goes back silently
    with qtbot.assertNotEmitted(panel.stepChanged):
        panel.set_enabled_steps(1)
    assert panel.current_step() == PHOTO
    with pytest.raises(ValueError):
        panel.set_step(6)


def test_photo_page(qtbot, panel):
    open_button = panel.findChild(QAbstractButton, "openPhoto")
    assert open_button.text() == "Choose a photo…"
    with qtbot.waitSignal(panel.openPhotoRequested):
        qtbot.mouseClick(open_button, Qt.LeftButton)
    text = panel.source_info_text("felt.jpg", 3000, 2000, (508.0, 338.7), 150)
    assert "3000 × 2000 px" in text and "508 × 339 mm" in text and "150 DPI" in text
    panel.set_source_info(text)
    assert open_button.text() == "Choose another photo…"
    assert panel.findChild(QWidget, "page0").findChild(
        QAbstractButton, "openPhoto") is open_button
    combo = panel.findChild(QComboBox, "preset")
    assert [combo.itemData(i) for i in range(combo.count())] == preset_names()
    for i, name in enumerate(preset_names()):
        assert PRESETS[name]["description"].split()[0] in combo.itemData(i, Qt.ToolTipRole)
    assert combo.currentIndex() == -1
    combo.setFocus()
    chosen = []
    panel.presetChosen.connect(chosen.append)
    while combo.currentData() != "shyrdak-2":
        qtbot.keyClick(combo, Qt.Key_Down)
    assert chosen[-1] == "shyrdak-2"
    assert chosen == preset_names()[: len(chosen)]
    desc = panel.findChild(QLabel, "presetDescription")
    assert desc.text().startswith("Shyrdak")


def test_set_recipe_updates_every_form_silently(qtbot, panel):
    recipe = apply_preset("ikat-5")
    with qtbot.assertNotEmitted(panel.paramsChanged), qtbot.assertNotEmitted(panel.presetChosen):
        panel.set_recipe(recipe)
    assert panel.forms["cleanup"].params() == recipe.cleanup
    assert panel.forms["trace"].params() == recipe.trace
    assert panel.forms["output"].params() == recipe.output
    assert panel.forms["segment"].values()["smoothing"] == recipe.segment.smoothing
    assert panel.findChild(QComboBox, "preset").currentData() == "ikat-5"
    panel.set_recipe(Recipe())
    assert panel.findChild(QComboBox, "preset").currentIndex() == -1
    # the palette beside the Colours form shows the colour count of the recipe
    pal = PalettePanel()
    panel.colours_page_layout().addWidget(pal)
    with qtbot.assertNotEmitted(pal.colorCountChanged):
        panel.set_recipe(apply_preset("shyrdak-2"))
    assert pal.findChild(QSpinBox, "colorCount").value() == 2


def test_forms_are_forwarded_as_params_changed(qtbot, panel):
    assert set(panel.forms) == {"cleanup", "segment", "trace", "output"}
    # the colour count sits beside the palette, not twice on the page
    assert "n_colors" not in panel.forms["segment"].names()
    panel.set_enabled_steps(STEP_COUNT)
    panel.set_step(VECTOR)
    box = panel.forms["output"].control("seamless")
    with qtbot.waitSignal(panel.paramsChanged) as sig:
        qtbot.mouseClick(box, Qt.LeftButton)
    assert sig.args == ["output", {"seamless": True}]
    panel.set_step(CLEANUP)
    combo = panel.forms["cleanup"].control("white_balance")
    with qtbot.waitSignal(panel.paramsChanged) as sig:
        combo.setCurrentIndex(combo.findData("point"))
    assert sig.args == ["cleanup", {"white_balance": "point"}]


@pytest.mark.parametrize("name,tool", [("tool_corners", "corners"), ("tool_crop", "crop"),
                                       ("tool_eyedropper", "eyedropper"),
                                       ("tool_select", "select"), ("tool_brush", "brush"),
                                       ("tool_fill", "fill")])
def test_tool_buttons(qtbot, panel, name, tool):
    panel.set_enabled_steps(STEP_COUNT)
    panel.set_step(CLEANUP if tool in ("corners", "crop", "eyedropper") else COLOURS)
    b = _btn(panel, QToolButton, name)
    with qtbot.waitSignal(panel.toolRequested) as sig:
        qtbot.mouseClick(b, Qt.LeftButton)
    assert sig.args == [tool] and b.isChecked()
    panel.set_active_tool(None)
    assert not b.isChecked()
    assert set(TOOLS) == {n.removeprefix("tool_") for n in
                          (w.objectName() for w in panel.findChildren(QToolButton))
                          if n.startswith("tool_")}


def test_cleanup_and_colour_actions(qtbot, panel):
    panel.set_enabled_steps(STEP_COUNT)
    panel.set_step(CLEANUP)
    with qtbot.waitSignal(panel.autoCornersRequested):
        qtbot.mouseClick(_btn(panel, QToolButton, "findCorners"), Qt.LeftButton)
    panel.set_step(COLOURS)
    slider = panel.findChild(QSlider, "brushSize")
    with qtbot.waitSignal(panel.brushSizeChanged) as sig:
        slider.setValue(30)
    assert sig.args == [30.0] and isinstance(sig.args[0], float)
    with qtbot.assertNotEmitted(panel.brushSizeChanged):
        panel.set_brush_size(8)
    recolour = panel.findChild(QAbstractButton, "recolourRegion")
    merge = panel.findChild(QAbstractButton, "mergeRegion")
    assert not recolour.isEnabled() and not merge.isEnabled()
    panel.set_region_selected(True)
    assert recolour.isEnabled() and merge.isEnabled()
    with qtbot.waitSignal(panel.recolourRegionRequested):
        qtbot.mouseClick(recolour, Qt.LeftButton)
    with qtbot.waitSignal(panel.mergeRegionRequested):
        qtbot.mouseClick(merge, Qt.LeftButton)
    panel.set_region_selected(False)
    assert not merge.isEnabled()
    # the palette goes where the main window puts it
    pal = PalettePanel()
    panel.colours_page_layout().addWidget(pal)
    assert pal.parentWidget() is panel.page(COLOURS)


def test_vector_page_views_opacity_and_stats(qtbot, panel):
    panel.set_enabled_steps(STEP_COUNT)
    panel.set_step(VECTOR)
    for view in VIEWS:
        b = _btn(panel, QToolButton, f"view_{view}")
        with qtbot.waitSignal(panel.viewRequested) as sig:
            qtbot.mouseClick(b, Qt.LeftButton)
        assert sig.args == [view] and b.isChecked()
    slider = panel.findChild(QSlider, "overlayOpacity")
    with qtbot.waitSignal(panel.overlayOpacityChanged) as sig:
        slider.setValue(25)
    assert sig.args == [0.25]
    with qtbot.assertNotEmitted(panel.overlayOpacityChanged):
        panel.set_overlay_opacity(0.8)
    assert slider.value() == 80
    panel.set_view("regions")
    assert _btn(panel, QToolButton, "view_regions").isChecked()
    panel.set_stats("12 faces")
    assert panel.findChild(QLabel, "stats").text() == "12 faces"


def test_export_buttons(qtbot, panel):
    panel.set_enabled_steps(STEP_COUNT)
    panel.set_step(EXPORT)
    for name, kind in (("exportMotif", "motif"), ("exportSvg", "svg"),
                       ("export-pdf", "pdf"), ("export-production", "production"),
                       ("export-design-svg", "design-svg"), ("export-png", "png"),
                       ("export-tile-svg", "tile-svg"), ("export-tile-png", "tile-png")):
        with qtbot.waitSignal(panel.exportRequested) as sig:
            qtbot.mouseClick(panel.findChild(QAbstractButton, name), Qt.LeftButton)
        assert sig.args == [kind]


def test_panel_fits_a_300_px_dock(qtbot, panel):
    panel.set_enabled_steps(STEP_COUNT)
    assert panel.minimumSizeHint().width() <= DOCK_WIDTH
    for i in range(STEP_COUNT):
        panel.set_step(i)
        qtbot.wait(5)
        page = panel.page(i)
        viewport = page.parentWidget()
        assert page.minimumSizeHint().width() <= viewport.width(), i
        assert page.width() <= viewport.width()


# --------------------------------------------------------------------------- PalettePanel


def _palette():
    return Palette((Swatch.from_rgb((168, 40, 40), name="Madder red"),
                    Swatch.from_rgb((240, 228, 200)),
                    Swatch.from_rgb((30, 40, 90), pinned=True),
                    Swatch.from_rgb((200, 150, 40))))


@pytest.fixture
def palette_panel(qtbot):
    p = PalettePanel()
    qtbot.addWidget(p)
    p.resize(DOCK_WIDTH, 700)
    p.set_palette(_palette(), [0.5, 0.3, 0.15, 0.05])
    p.show()
    return p


def _click_row(qtbot, p, row, modifier=Qt.NoModifier):
    lw = p.list_widget()
    rect = lw.visualItemRect(lw.item(row))
    qtbot.mouseClick(lw.viewport(), Qt.LeftButton, modifier, rect.center())


def test_palette_rows(palette_panel):
    lw = palette_panel.list_widget()
    assert lw.count() == 4
    assert "Madder red" in lw.item(0).text() and "#a82828" in lw.item(0).text()
    assert "50" in lw.item(0).text()
    assert "pinned" in lw.item(2).text()
    with pytest.raises(ValueError):
        palette_panel.set_palette(_palette(), [1.0])
    assert palette_panel.minimumSizeHint().width() <= DOCK_WIDTH


def test_actions_follow_the_selection(qtbot, palette_panel):
    p = palette_panel
    for act in (p.act_change, p.act_pin, p.act_merge, p.act_split):
        assert not act.isEnabled()
    with qtbot.waitSignal(p.swatchActivated) as sig:
        _click_row(qtbot, p, 1)
    assert sig.args == [1]
    assert p.selected_indices() == [1]
    assert p.act_change.isEnabled() and p.act_pin.isEnabled() and p.act_split.isEnabled()
    assert not p.act_merge.isEnabled()
    _click_row(qtbot, p, 3, Qt.ControlModifier)
    assert p.selected_indices() == [1, 3]
    assert p.act_merge.isEnabled() and not p.act_change.isEnabled()
    _click_row(qtbot, p, 2)
    assert p.selected_indices() == [2] and p.act_pin.text() == "Unpin"


def test_change_colour_uses_the_colour_dialog(qtbot, palette_panel, monkeypatch):
    p = palette_panel
    asked = []

    def fake_get_color(initial, parent=None, title="", *args, **kwargs):
        asked.append(initial.name())
        return QColor(10, 200, 30)

    monkeypatch.setattr(QColorDialog, "getColor", staticmethod(fake_get_color))
    _click_row(qtbot, p, 0)
    with qtbot.waitSignal(p.recolourRequested) as sig:
        qtbot.mouseClick(p.findChild(QToolButton, "palette_change"), Qt.LeftButton)
    assert sig.args == [0, (10, 200, 30)] and asked == ["#a82828"]
    # cancelled dialog: nothing
    monkeypatch.setattr(QColorDialog, "getColor", staticmethod(lambda *a, **k: QColor()))
    with qtbot.assertNotEmitted(p.recolourRequested):
        p.act_change.trigger()
    # keyboard: Enter on the current colour opens the dialog too
    monkeypatch.setattr(QColorDialog, "getColor", staticmethod(fake_get_color))
    lw = p.list_widget()
    lw.setFocus()
    qtbot.keyClick(lw, Qt.Key_Down)
    assert p.selected_indices() == [1]
    with qtbot.waitSignal(p.recolourRequested) as sig:
        qtbot.keyClick(lw, Qt.Key_Return)
    assert sig.args[0] == 1


def test_pin_split_and_merge(qtbot, palette_panel):
    p = palette_panel
    _click_row(qtbot, p, 2)
    with qtbot.waitSignal(p.pinRequested) as sig:
        qtbot.mouseClick(p.findChild(QToolButton, "palette_pin"), Qt.LeftButton)
    assert sig.args == [2]
    with qtbot.waitSignal(p.splitRequested) as sig:
        qtbot.mouseClick(p.findChild(QToolButton, "palette_split"), Qt.LeftButton)
    assert sig.args == [2]
    # the first selected merges into the second (Ctrl-clicked) one
    _click_row(qtbot, p, 3)
    _click_row(qtbot, p, 0, Qt.ControlModifier)
    with qtbot.waitSignal(p.mergeRequested) as sig:
        qtbot.mouseClick(p.findChild(QToolButton, "palette_merge"), Qt.LeftButton)
    assert sig.args == [3, 0]
    assert "into Madder red" in p.act_merge.toolTip()
    # after the merge the controller sends a shorter palette: the selection is cleared
    merged = Palette(_palette().swatches[:3])
    with qtbot.assertNotEmitted(p.colorCountChanged):
        p.set_palette(merged)
    assert p.selected_indices() == [] and not p.act_merge.isEnabled()


def test_context_menu_has_the_same_actions(qtbot, palette_panel, monkeypatch):
    p = palette_panel
    shown = []
    monkeypatch.setattr(QMenu, "popup", lambda self, pos, at=None: shown.append(self.actions()))
    lw = p.list_widget()
    pos = lw.visualItemRect(lw.item(1)).center()
    lw.customContextMenuRequested.emit(pos)
    assert p.selected_indices() == [1]
    assert shown and shown[0] == [p.act_change, p.act_pin, p.act_merge, p.act_split]


def test_colour_count(qtbot, palette_panel):
    p = palette_panel
    spin = p.findChild(QSpinBox, "colorCount")
    assert spin.text() == "Auto"
    with qtbot.waitSignal(p.colorCountChanged) as sig:
        _type_number(qtbot, spin, 4)
    assert sig.args == [4]
    with qtbot.waitSignal(p.colorCountChanged) as sig:
        spin.setValue(spin.minimum())
    assert sig.args == [AUTO]
    with qtbot.assertNotEmitted(p.colorCountChanged):
        p.set_color_count(6)
    assert spin.value() == 6
    spec = {s.name: s for s in specs(SegmentParams)}["n_colors"]
    assert spin.maximum() == spec.maximum


# --------------------------------------------------------------------------- screenshots


def test_render_pages_and_palette(qtbot, panel):
    """Render every page and the palette at 300×700 for a look (``/tmp/panel_*.png``)."""
    panel.set_recipe(apply_preset("shyrdak-2"))
    panel.set_source_info(panel.source_info_text("ramshorn.jpg", 3024, 4032, (512, 683), 150))
    panel.set_enabled_steps(STEP_COUNT)
    pal = PalettePanel()
    pal.set_palette(_palette(), [0.5, 0.3, 0.15, 0.05])
    panel.colours_page_layout().addWidget(pal)
    for i in range(4):
        panel.set_done(i, True)
    panel.set_stats("1,204 nodes · 1,530 edges · 312 faces")
    names = ["photo", "cleanup", "colours", "vector", "design", "export"]
    for i, name in enumerate(names):
        panel.set_step(i)
        qtbot.wait(1)
        img = panel.grab()
        assert img.width() == DOCK_WIDTH and img.height() == 700
        assert img.save(f"/tmp/panel_{i + 1}_{name}.png")
    alone = PalettePanel()
    qtbot.addWidget(alone)
    alone.resize(DOCK_WIDTH, 700)
    alone.set_palette(_palette(), [0.5, 0.3, 0.15, 0.05])
    alone.select(0, 3)
    alone.show()
    assert alone.grab().save("/tmp/panel_palette.png")
    assert Path("/tmp/panel_palette.png").stat().st_size > 0

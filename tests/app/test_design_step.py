"""The Design step in the window: palette and layout choices are undoable edits,
the preview shows the arranged design, errors are shown (never raised), and the
design is saved with the project and exported at real size."""
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from motifstudio.app.steps_panel import DESIGN
from motifstudio.design.layout import Border
from motifstudio.export.registry import writer_for
from motifstudio.project import workspace as wsmod
from motifstudio.project.motif_file import load_project
from window_helpers import boxes, data_dir, open_and_wait, photo, wait_idle, window  # noqa: F401


def to_design_step(qtbot, w, photo):
    open_and_wait(qtbot, w, photo)
    w.steps._go(DESIGN)
    QApplication.processEvents()
    assert w.stack.currentWidget() is w.design_step.view
    return w.design_step


def pick(combo, data):
    """Choose an item as a user would (the 'activated' signal)."""
    i = combo.findData(data)
    assert i >= 0, data
    combo.setCurrentIndex(i)
    combo.activated.emit(i)
    QApplication.processEvents()


def test_layout_choices_are_undoable_and_drawn(qtbot, window, photo):
    w = window
    step = to_design_step(qtbot, w, photo)
    assert step.design is not None and step.design.composition.n_instances == 1
    panel = step.panel
    pick(panel.kind, "repeat")
    assert w.controller.workspace.design.layout.kind == "repeat"
    assert step.design.composition.n_instances > 1
    assert panel.repeat_box.isVisibleTo(panel) and not panel.rug_box.isVisibleTo(panel)
    pick(panel.group, "half-drop")
    panel.motif_width.setValue(40.0)
    assert w.controller.workspace.design.layout.repeat == \
        w.controller.workspace.design.layout.repeat.__class__(group="half-drop", motif_width_mm=40.0)
    n = step.design.composition.n_instances
    # the preview is the design: its pixels hold the motif's colours, not only the ground
    img = step.view.render_image(200, 200)
    arr = np.array([[img.pixelColor(x, y).name() for x in range(0, 200, 7)] for y in range(0, 200, 7)])
    assert len(np.unique(arr)) >= 3
    w.controller.undo_stack.undo()          # motif width
    w.controller.undo_stack.undo()          # group
    assert w.controller.workspace.design.layout.repeat.group == "block"
    assert step.design.composition.n_instances != n
    assert panel.group.currentData() == "block"
    w.controller.undo_stack.undo()          # kind
    assert step.design.composition.n_instances == 1
    assert w.controller.result is not None and not w.jobs.is_busy()  # no re-trace needed


def test_rug_with_borders_and_an_impossible_size_shows_a_message(qtbot, window, photo, boxes):
    w = window
    step = to_design_step(qtbot, w, photo)
    panel = step.panel
    pick(panel.kind, "rug")
    pick(panel.size_preset, "1500x2200")
    qtbot.mouseClick(panel.add_border, Qt.LeftButton)
    qtbot.mouseClick(panel.add_border, Qt.LeftButton)
    lay = w.controller.workspace.design.layout
    assert lay.size_mm == (1500.0, 2200.0) and len(lay.borders) == 2
    pick(panel.corners, "motif")
    assert w.controller.workspace.design.layout.borders[1].corners == "motif"
    roles = {p.role for p in step.design.composition.placements}
    assert {"border", "corner", "field"} <= roles
    # borders wider than the rug: the panel says so, nothing breaks, undo recovers
    panel.border_width.setValue(900.0)
    assert step.design is not None            # the last good design stays on screen
    assert "no field" in panel.warnings.text() and panel.warnings.isVisibleTo(panel)
    w.controller.undo_stack.undo()
    assert panel.warnings.text() == "" or "no field" not in panel.warnings.text()
    assert not boxes


def test_recolour_with_dmc_counterchange_and_vision_check(qtbot, window, photo):
    w = window
    step = to_design_step(qtbot, w, photo)
    panel = step.panel
    pick(panel.palette_combo, "dmc")
    cp = w.controller.workspace.design.colours
    assert cp.target is not None and len(cp.target) > 400
    assert all(s.source.startswith("DMC") for s in step.design.motif.palette.swatches)
    texts = [panel.mapping.item(i).text() for i in range(panel.mapping.count())]
    assert len(texts) == 4 and all("DMC" in t for t in texts)
    panel.max_colours.setValue(2)
    assert len(step.design.motif.palette) == 2
    pick(panel.kind, "repeat")
    pick(panel.counterchange, "alternate")
    d = step.design
    assert set(np.unique(d.composition.placements[0].variants)) == {0, 1}
    assert (d.palettes[1][list(d.swap)] == d.palettes[0][list(d.swap)[::-1]]).all()
    pick(panel.vision, "grey")
    assert step.view.item.mode() == "grey"
    assert panel.vision_note.isVisibleTo(panel) and "ΔE" in panel.vision_note.text()
    pick(panel.palette_combo, "")
    assert w.controller.workspace.design.colours.target is None


def test_design_is_saved_with_the_project_and_exported_at_size(qtbot, window, photo, tmp_path):
    w = window
    step = to_design_step(qtbot, w, photo)
    w.controller.apply(wsmod.set_design("layout", kind="rug", size_mm=(600.0, 400.0)))
    w.controller.apply(wsmod.set_borders([Border("p2mm", 60.0, "mitre")]))
    target = tmp_path / "rug.motif"
    with qtbot.waitSignal(w.controller.taskFinished, timeout=60000):
        w.controller.save(str(target))
    wait_idle(qtbot, w)
    _, _, spec = load_project(target)
    assert spec == w.controller.workspace.design
    svg = tmp_path / "rug.svg"
    with qtbot.waitSignal(w.controller.taskFinished, timeout=60000):
        w.controller.export(str(svg), writer_for("design-svg"))
    wait_idle(qtbot, w)
    root = ET.parse(svg).getroot()
    assert (root.get("width"), root.get("height")) == ("600mm", "400mm")
    uses = [u for u in root.iter("{http://www.w3.org/2000/svg}use") if u.get("transform")]
    assert len(uses) == step.design.composition.n_instances


@pytest.mark.parametrize("kind", ["repeat", "medallion", "rug"])
def test_screenshot_of_each_layout_has_no_clipped_panel(qtbot, window, photo, kind):
    w = window
    step = to_design_step(qtbot, w, photo)
    pick(step.panel.kind, kind)
    # the panel fits the dock: nothing wider than the scroll area's viewport
    scroll = w.steps.page(DESIGN).parentWidget().parentWidget()
    assert step.panel.minimumSizeHint().width() <= scroll.viewport().width() + 2


def test_measure_dialog_turns_a_photo_of_felts_into_a_palette(qtbot, tmp_path):
    from PIL import Image

    from motifstudio.app.measure_dialog import MeasureDialog
    from motifstudio.core.colour import delta_e_ciede2000, rgb_to_lab
    # a white card and two felts, photographed under warm light (a per-channel cast)
    img = np.zeros((120, 200, 3), np.float64)
    truth = {"madder": (170, 40, 45), "indigo": (40, 60, 120)}
    img[:] = (90, 90, 90)
    img[10:50, 10:60] = (243, 243, 243)
    img[60:110, 20:90] = truth["madder"]
    img[60:110, 110:180] = truth["indigo"]
    lin = (img / 255.0) ** 2.2 * np.array([1.0, 0.85, 0.65])     # warm cast
    photo = tmp_path / "felts.png"
    Image.fromarray(np.round(255 * lin ** (1 / 2.2)).astype(np.uint8)).save(photo)

    dlg = MeasureDialog(str(photo))
    qtbot.addWidget(dlg)
    assert not dlg.buttons.button(dlg.buttons.StandardButton.Ok).isEnabled()
    dlg.add_box((10, 10, 50, 40))
    dlg.add_box((20, 60, 70, 50), "madder")
    dlg.add_box((110, 60, 70, 50), "indigo")
    assert dlg.buttons.button(dlg.buttons.StandardButton.Ok).isEnabled()
    dlg._accept()
    pal = dlg.palette()
    assert [s.name for s in pal.swatches] == ["madder", "indigo"]
    for s in pal.swatches:
        # the cast is gone: close to the felt's colour under neutral light
        de = float(delta_e_ciede2000(np.asarray(s.lab), rgb_to_lab(np.array(truth[s.name], np.uint8))))
        assert de < 6, (s.name, de)
        assert "felts.png" in s.source


def test_symmetry_repair_from_the_panel_is_one_undoable_step(qtbot, window, tmp_path):
    from PIL import Image
    w = window
    # a left-right mirrored motif with one blemish on the right
    img = np.full((160, 160, 3), (235, 225, 200), np.uint8)
    img[30:130, 30:60] = img[30:130, 100:130] = (160, 30, 40)
    img[70:90, 60:100] = (160, 30, 40)
    img[40:52, 112:124] = (235, 225, 200)                       # the blemish
    p = tmp_path / "mirror.png"
    Image.fromarray(img).save(p)
    step = to_design_step(qtbot, w, str(p))
    qtbot.mouseClick(step.panel.check_symmetry, Qt.LeftButton)
    assert step.panel.apply_symmetry.isEnabled(), step.panel.symmetry_note.text()
    before = w.controller.result.regions.labels.copy()
    depth = w.controller.undo_stack.count()
    qtbot.mouseClick(step.panel.apply_symmetry, Qt.LeftButton)
    wait_idle(qtbot, w)
    assert w.controller.undo_stack.count() == depth + 1
    after = w.controller.result.regions.labels
    assert (after != before).sum() > 0
    assert np.mean(after == after[:, ::-1]) > np.mean(before == before[:, ::-1])
    w.controller.undo_stack.undo()
    wait_idle(qtbot, w)
    assert np.array_equal(w.controller.result.regions.labels, before)

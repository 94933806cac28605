"""The whole window, driven like a user: open, edit, undo, save, reopen, recover, errors."""
import os
import subprocess
import time
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from motifstudio.app.main_window import MainWindow
from motifstudio.app.preferences import Preferences

from window_helpers import boxes, data_dir, open_and_wait, photo, wait_idle, window  # noqa: F401

REPO = Path(__file__).resolve().parents[2]


def test_open_change_colours_undo_redo_save_reopen(qtbot, window, photo, tmp_path, boxes):
    w = window
    open_and_wait(qtbot, w, photo)
    assert w.stack.currentWidget() is w.canvas
    assert len(w.controller.result.motif.palette) == 4

    w.palette_panel.colorCountChanged.emit(3)
    wait_idle(qtbot, w)
    assert len(w.controller.result.motif.palette) == 3
    assert w.controller.is_dirty() and w.isWindowModified()

    w.controller.undo_stack.undo()
    wait_idle(qtbot, w)
    assert len(w.controller.result.motif.palette) == 4
    w.controller.undo_stack.redo()
    wait_idle(qtbot, w)
    assert len(w.controller.result.motif.palette) == 3

    target = str(tmp_path / "felt.motif")
    with qtbot.waitSignal(w.controller.taskFinished, timeout=60000):
        w.controller.save(target)
    wait_idle(qtbot, w)
    assert not w.controller.is_dirty()
    saved = w.controller.result.motif

    w.controller.close()
    open_and_wait(qtbot, w, target)
    again = w.controller.result.motif
    assert again.recipe == saved.recipe
    assert np.array_equal(again.planar_map.face_colour, saved.planar_map.face_colour)
    assert np.allclose(again.planar_map.pts, saved.planar_map.pts, atol=1e-3)
    assert [s.rgb for s in again.palette.swatches] == [s.rgb for s in saved.palette.swatches]
    assert not w.controller.is_dirty()
    assert not boxes  # no error on the way


def test_brush_correction_changes_the_regions_and_undoes(qtbot, window, photo):
    w = window
    open_and_wait(qtbot, w, photo)
    before = w.controller.result.regions.labels.copy()
    assert before[10, 20] == 0  # the cream ground, the largest colour
    w.palette_panel.swatchActivated.emit(1)  # paint with the second colour
    w.canvas.paintStroke.emit([(10.0, 10.0), (30.0, 10.0)], 4.0)
    wait_idle(qtbot, w)
    after = w.controller.result.regions.labels
    assert after[10, 20] == 1 and (after[30:] == before[30:]).all()
    assert w.controller.undo_stack.count() == 1
    w.controller.undo_stack.undo()
    wait_idle(qtbot, w)
    assert np.array_equal(w.controller.result.regions.labels, before)


def test_select_region_then_merge_into_neighbour(qtbot, window, photo):
    w = window
    open_and_wait(qtbot, w, photo)
    n_faces = w.controller.result.motif.planar_map.n_faces
    w.select_region(90.0, 120.0)  # inside the small gold rectangle
    assert w._selected_face is not None
    w.merge_region()
    wait_idle(qtbot, w)
    assert w.controller.result.motif.planar_map.n_faces == n_faces - 1


def test_cancel_a_long_job_keeps_the_window_usable(qtbot, window):
    w = window

    def slow(progress, cancel):
        for i in range(500):
            cancel.check()
            progress(i / 500, "tracing")
            time.sleep(0.01)
        return "finished"
    with qtbot.waitSignal(w.jobs.cancelled, timeout=10000):
        w.jobs.submit(slow)
        qtbot.wait(100)
        w.cancel_button.click()
    wait_idle(qtbot, w)
    assert not w.jobs.is_busy()


def test_autosave_and_recovery_after_a_crash(qtbot, window, photo, data_dir):
    from motifstudio.app import recovery
    w = window
    open_and_wait(qtbot, w, photo)
    w.palette_panel.colorCountChanged.emit(2)
    wait_idle(qtbot, w)
    assert w.autosaver.tick()
    assert os.path.exists(w.autosaver.motif_path)
    # The session "crashes": its marker now names a process that has ended.
    dead = subprocess.Popen(["true"])
    dead.wait()
    import json
    marker = json.loads(Path(w.autosaver.marker_path).read_text())
    marker["pid"] = dead.pid
    Path(w.autosaver.marker_path).write_text(json.dumps(marker))
    items = recovery.find_recoverable()
    assert len(items) == 1

    other = MainWindow(prefs=Preferences())
    qtbot.addWidget(other)
    other.open_recovered(items[0])
    qtbot.waitUntil(lambda: other.controller.result is not None, timeout=60000)
    wait_idle(qtbot, other)
    assert len(other.controller.result.motif.palette) == 2
    assert other.controller.is_dirty()
    other.autosaver.stop(clean=True)
    other.jobs.wait(5000)


@pytest.mark.parametrize("content", [b"", b"not an image at all", b"\x89PNG\r\n\x1a\n" + b"\0" * 40])
def test_a_corrupt_photo_gives_an_error_dialog_not_a_crash(qtbot, window, tmp_path, boxes, content):
    bad = tmp_path / "broken.png"
    bad.write_bytes(content)
    window.open_path(str(bad), ask=False)
    qtbot.waitUntil(lambda: len(boxes) == 1, timeout=20000)
    box = boxes[0]
    assert "broken.png" in box.text() + box.informativeText() + box.detailedText()
    assert "Traceback" not in box.text()
    assert not window.controller.has_document()


def test_a_corrupt_project_gives_an_error_dialog(qtbot, window, tmp_path, boxes):
    bad = tmp_path / "broken.motif"
    bad.write_bytes(b"PK\x03\x04 this is not a zip")
    window.open_path(str(bad), ask=False)
    qtbot.waitUntil(lambda: len(boxes) == 1, timeout=20000)
    assert "broken.motif" in boxes[0].text() + boxes[0].informativeText() + boxes[0].detailedText()


def test_closing_with_unsaved_changes_asks(qtbot, window, photo, boxes):
    w = window
    open_and_wait(qtbot, w, photo)
    w.palette_panel.colorCountChanged.emit(2)
    wait_idle(qtbot, w)
    boxes.answer["value"] = QMessageBox.StandardButton.Cancel
    assert not w.close()
    assert w.isVisible() and len(boxes) == 1
    boxes.answer["value"] = QMessageBox.StandardButton.Discard
    assert w.close()


def test_switching_language_rebuilds_the_window_in_russian(qtbot, tmp_path, boxes, photo):
    qm = REPO / "motifstudio" / "app" / "i18n" / "motifstudio_ru.qm"
    ts = qm.with_suffix(".ts")
    if not ts.exists():
        pytest.skip("no Russian catalogue")
    if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
        lrelease = Path(os.sys.executable).parent / "pyside6-lrelease"
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    from motifstudio.app import i18n
    from motifstudio.app.main import run_app
    win = run_app([], exec_loop=False)
    try:
        english = win.menuBar().actions()[0].text()
        win.languageChangeRequested.emit("ru")
        QApplication.processEvents()
        wins = [x for x in QApplication.topLevelWidgets()
                if isinstance(x, MainWindow) and x.isVisible()]
        assert wins and wins[-1] is not win
        russian = wins[-1].menuBar().actions()[0].text()
        assert russian != english and "Ф" in russian
        # The new window works on the same controller; the old one is detached from it.
        new = wins[-1]
        open_and_wait(qtbot, new, photo)
        new.palette_panel.colorCountChanged.emit(2)
        wait_idle(qtbot, new)
        assert len(new.controller.result.motif.palette) == 2
        assert not boxes  # no "Something went wrong" from the old window
        new.controller.undo_stack.setClean()
        for x in wins:
            x.autosaver.stop(clean=True)
            x.hide()
    finally:
        i18n.install("en")


def test_save_as_and_export_svg_through_the_window(qtbot, window, photo, tmp_path, monkeypatch):
    import xml.etree.ElementTree as ET
    from PySide6.QtWidgets import QFileDialog
    w = window
    open_and_wait(qtbot, w, photo)
    target = tmp_path / "out" / "felt"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(w.controller.taskFinished, timeout=60000):
        assert w.save_as()
    wait_idle(qtbot, w)
    assert (tmp_path / "out" / "felt.motif").exists()  # the extension is added
    assert w._task_dialog is None and not w.controller.is_dirty()
    with qtbot.waitSignal(w.controller.taskFinished, timeout=60000):
        w.export_svg()
    wait_idle(qtbot, w)
    root = ET.parse(tmp_path / "out" / "felt.svg").getroot()
    assert root.get("width").endswith("mm") and root.get("viewBox") == "0 0 300 240"

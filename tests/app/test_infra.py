"""App infrastructure: paths, logging, error dialogs, crash recovery, preferences, start page.

Every test runs with ``MOTIFSTUDIO_DATA_DIR`` pointing at its own temporary
folder, so nothing touches the real user folders.  Dialogs never block:
``QMessageBox.exec`` / ``QMessageBox.question`` are monkeypatched, or the
dialog is driven by clicking its buttons.
"""
from __future__ import annotations

import errno
import json
import logging
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QByteArray, QEvent, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from motifstudio.core.document import Metadata, Motif, Palette, Swatch
from motifstudio.core.planar import CUBIC, LINE, OUTSIDE, PlanarMap
from motifstudio.core.progress import Cancelled
from motifstudio.imaging.load import ImageLoadError, load_image
from motifstudio.imaging.params import Recipe
from motifstudio.project.motif_file import ProjectError, load_motif

from motifstudio.app import errors, logs, paths
from motifstudio.app.errors import describe_exception, show_error
from motifstudio.app.preferences import LANGUAGE_NAMES, MAX_RECENT, Preferences, PreferencesDialog
from motifstudio.app.recovery import (Autosaver, RecoveryDialog, RecoveryItem, discard,
                                      find_recoverable, offer_recovery, pid_is_running)
from motifstudio.app.start_page import StartPage, list_samples, load_thumbnail, sample_title
from planar_maps import two_rectangles

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    monkeypatch.setenv("MOTIFSTUDIO_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def shown_boxes(monkeypatch):
    """Make ``QMessageBox.exec`` return at once; collect the boxes it was called on."""
    boxes = []

    def fake_exec(box):
        boxes.append(box)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return boxes


def raised(exc: BaseException) -> BaseException:
    """*exc* with a traceback, as a caught exception has."""
    try:
        raise exc
    except BaseException as caught:
        return caught




def make_motif(title: str = "Кочкор мүйүз") -> Motif:
    palette = Palette(swatches=(Swatch.from_rgb((170, 0, 0)), Swatch.from_rgb((240, 230, 200))))
    return Motif(source=None, recipe=Recipe().to_dict(), palette=palette,
                 planar_map=two_rectangles(), size_mm=(400.0, 200.0),
                 metadata=Metadata(title=title))


def dead_pid() -> int:
    """The pid of a process that has certainly ended."""
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


# ====================================================================== paths
def test_data_dir_follows_the_environment_and_creates_folders(data_dir):
    assert paths.data_dir() == data_dir.resolve()
    assert paths.logs_dir().is_dir() and paths.logs_dir().parent == data_dir.resolve()
    assert paths.recovery_dir().is_dir() and paths.recovery_dir().name == "recovery"
    assert paths.settings_file().parent == data_dir.resolve()


def test_samples_dir_in_checkout_and_frozen_build(monkeypatch, tmp_path):
    assert paths.samples_dir() == REPO / "resources" / "samples"
    bundle = tmp_path / "bundle"
    (bundle / "resources" / "samples").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    assert paths.samples_dir() == bundle / "resources" / "samples"


# ====================================================================== describe_exception
def test_image_load_errors_are_described_plainly(tmp_path):
    bad = tmp_path / "felt photo.jpg"
    bad.write_bytes(b"\xff\xd8\xff\xe0 this is not really a jpeg")
    with pytest.raises(ImageLoadError) as info:
        load_image(bad)
    title, message, details = describe_exception(info.value)
    assert title == "The photo could not be opened"
    assert "felt photo.jpg" in message and "damaged" in message
    assert "Traceback" not in message and "ImageLoadError" in details

    with pytest.raises(ImageLoadError) as info:
        load_image(tmp_path / "gone.png")
    title, message, _ = describe_exception(info.value)
    assert title == "The photo could not be opened" and "gone.png" in message
    assert "moved" in message

    title, message, _ = describe_exception(ImageLoadError("big.tif: not enough memory to load a "
                                                          "9000 × 9000 image"))
    assert title == "Not enough memory"
    assert "Clean up → More options" in message


def test_project_errors_are_described_plainly(tmp_path):
    junk = tmp_path / "ram.motif"
    junk.write_bytes(b"PK\x03\x04 truncated")
    with pytest.raises(ProjectError) as info:
        load_motif(junk)
    title, message, details = describe_exception(info.value)
    assert title == "This is not a Motif Studio project"
    assert "ram.motif" in message and "Traceback" not in message
    assert "ProjectError" in details

    damaged = ProjectError(f"{tmp_path / 'x.motif'} is damaged: motif.json is not valid JSON",
                           tmp_path / "x.motif")
    assert describe_exception(damaged)[0] == "This project file is damaged"
    newer = ProjectError("x.motif was saved by a newer Motif Studio (format 7)", "x.motif")
    assert describe_exception(newer)[0] == "This project needs a newer Motif Studio"
    save = ProjectError("cannot save x.motif: the recipe is invalid", "x.motif")
    assert describe_exception(save)[0] == "The project could not be saved"


def test_os_errors_name_the_file_and_the_problem():
    title, message, details = describe_exception(
        raised(FileNotFoundError(errno.ENOENT, "No such file or directory", "/felt/ram.jpg")))
    assert title == "File not found" and "ram.jpg" in message
    assert "Traceback" in details and "Traceback" not in message
    title, message, _ = describe_exception(
        PermissionError(errno.EACCES, "Permission denied", "C:/Projects/ram.motif"))
    assert title == "Permission denied" and "ram.motif" in message
    title, message, _ = describe_exception(OSError(errno.ENOSPC, "No space left", "/f/r.motif"))
    assert title == "The disk is full" and "r.motif" in message
    title, message, _ = describe_exception(OSError(errno.EIO, "Input/output error", "/f/r.motif"))
    assert "r.motif" in message and "Input/output error" in message


def test_memory_cancel_validation_and_unknown_errors():
    title, message, details = describe_exception(raised(MemoryError()))
    assert title == "Not enough memory"
    assert message == ("Not enough memory for this photo — try a smaller working size in "
                       "Clean up → More options.")
    title, message, details = describe_exception(Cancelled("cancelled"))
    assert title == "Cancelled" and details == ""
    title, message, details = describe_exception(
        raised(ValueError("width must be positive, got -3 mm")))
    assert title == "These settings cannot be used"
    assert "-3 mm" in details and "-3 mm" not in message
    title, message, details = describe_exception(raised(KeyError("face_colour")))
    assert title == "Something went wrong"
    assert "Traceback" in details and "KeyError" in details
    assert "Traceback" not in message and "KeyError" not in message


# ====================================================================== show_error
def test_show_error_does_not_block_and_names_the_log(qtbot, shown_boxes):
    box = show_error(None, "The photo could not be opened", "It is <damaged> & old.",
                     "Traceback (most recent call last):\n  boom")
    assert shown_boxes == [box]
    assert "The photo could not be opened" in box.text()
    assert "&lt;damaged&gt; &amp; old." in box.informativeText()   # shown literally
    assert "Traceback" not in box.informativeText()
    assert "boom" in box.detailedText()
    assert errors.log_file_path() in box.detailedText()
    assert errors.log_file_path().startswith(str(paths.logs_dir()))


def test_show_error_can_open_without_exec(qtbot):
    box = show_error(None, "Title", "Message", block=False)
    qtbot.addWidget(box)
    assert box.isVisible()
    assert errors.log_file_path() in box.detailedText()   # even without details
    box.close()


# ====================================================================== logging
@pytest.fixture
def logging_on(monkeypatch):
    # monkeypatch restores the hooks even if shutdown_logging is not reached
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    path = logs.setup_logging()
    yield path
    logs.shutdown_logging()


def test_setup_logging_writes_a_rotating_log(logging_on):
    path = logging_on
    assert path == paths.logs_dir() / "motifstudio.log"
    logging.getLogger("motifstudio.test").info("hello from the test")
    handler = logs._state["handler"]
    handler.flush()
    assert "hello from the test" in path.read_text(encoding="utf-8")
    assert handler.maxBytes == 1_000_000 and handler.backupCount == 3
    assert logs.setup_logging() == path                       # idempotent
    assert sum(isinstance(h, logging.handlers.RotatingFileHandler)
               for h in logging.getLogger().handlers) == 1


def test_uncaught_exception_is_logged_and_shown_without_traceback(qtbot, logging_on,
                                                                  shown_boxes):
    assert sys.excepthook is logs._sys_hook
    exc = raised(ZeroDivisionError("division by zero"))
    sys.excepthook(type(exc), exc, exc.__traceback__)
    assert len(shown_boxes) == 1
    box = shown_boxes[0]
    assert "Something went wrong" in box.text()
    assert "Traceback" not in box.informativeText()
    assert "ZeroDivisionError" in box.detailedText()
    logs._state["handler"].flush()
    text = logging_on.read_text(encoding="utf-8")
    assert "Uncaught exception" in text and "ZeroDivisionError" in text


def test_worker_thread_exception_is_shown_on_the_gui_thread(qtbot, logging_on, shown_boxes):
    def work():
        raise MemoryError()
    t = threading.Thread(target=work, name="segment-worker")
    t.start()
    t.join()
    qtbot.waitUntil(lambda: len(shown_boxes) == 1, timeout=2000)
    assert "Not enough memory" in shown_boxes[0].text()
    logs._state["handler"].flush()
    assert "in thread segment-worker" in logging_on.read_text(encoding="utf-8")


# ====================================================================== autosave
def test_autosaver_saves_only_when_dirty_and_cleans_up(qtbot):
    motif = make_motif()
    calls = []

    def snapshot():
        calls.append(1)
        return motif, None

    saver = Autosaver(snapshot, session_id="s1")          # starts itself
    assert saver.is_running and saver.interval_s == 60
    assert saver.marker_path.is_file() and not saver.motif_path.exists()

    assert saver.tick() is False and calls == []            # clean: nothing
    saver.set_project_path("/home/aigul/ram.motif")
    saver.mark_dirty()
    with qtbot.waitSignal(saver.saved, timeout=1000) as sig:
        assert saver.tick() is True
    assert sig.args == [str(saver.motif_path)]
    assert saver.motif_path.parent == paths.recovery_dir()
    loaded, original = load_motif(saver.motif_path)
    assert original is None and loaded.metadata.title == "Кочкор мүйүз"
    assert np.array_equal(loaded.planar_map.pts, motif.planar_map.pts)
    marker = json.loads(saver.marker_path.read_text(encoding="utf-8"))
    assert marker["pid"] == os.getpid() and marker["session"] == "s1"
    assert marker["project_path"] == os.path.abspath("/home/aigul/ram.motif")
    assert marker["title"] == "Кочкор мүйүз" and marker["started"] <= time.time()

    assert saver.tick() is False and len(calls) == 1       # no new change: no rewrite
    saver.mark_dirty()
    assert saver.tick() is True and len(calls) == 2

    saver.set_dirty(False)                                  # the user saved
    assert not saver.motif_path.exists()
    assert saver.tick() is False

    saver.set_dirty(True)
    saver.tick()
    saver.stop(clean=True)
    assert not saver.motif_path.exists() and not saver.marker_path.exists()
    saver.mark_dirty()
    assert saver.tick() is False                            # stopped


def test_autosaver_polls_is_dirty_and_skips_unchanged_snapshots(qtbot):
    state = {"dirty": False, "motif": make_motif("A")}
    writes = []
    saver = Autosaver(lambda: (state["motif"], None), lambda: state["dirty"],
                      interval_s=30, session_id="poll")
    saver.saved.connect(writes.append)
    assert saver.tick() is False and not saver.motif_path.exists()
    state["dirty"] = True
    assert saver.tick() is True and saver.motif_path.exists()
    assert saver.tick() is False                            # same document: no rewrite
    state["motif"] = state["motif"].replace(metadata=Metadata(title="B"))
    assert saver.tick() is True
    assert load_motif(saver.motif_path)[0].metadata.title == "B"
    assert saver.save_now() is True and len(writes) == 3    # forced
    state["dirty"] = False                                  # saved by the user
    assert saver.tick() is False and not saver.motif_path.exists()
    state["dirty"] = True                                   # redo: the copy is written again
    assert saver.tick() is True and saver.motif_path.exists()
    saver.stop()
    assert not saver.marker_path.exists()


def test_autosaver_timer_calls_tick(qtbot, monkeypatch):
    saver = Autosaver(lambda: None, autostart=False, session_id="timer")
    assert not saver.is_running and not saver.marker_path.exists()
    saver._timer.setInterval(10)                            # no 5 s wait in a test
    saver.start()
    calls = []
    monkeypatch.setattr(saver, "_snapshot", lambda: calls.append(1))
    saver.mark_dirty()
    qtbot.waitUntil(lambda: len(calls) > 0, timeout=2000)
    saver.stop()


def test_autosaver_keeps_files_on_unclean_stop_and_snapshot_none(qtbot):
    saver = Autosaver(lambda: None, interval_s=1, session_id="s2")
    assert saver.interval_s == 5                            # clamped
    saver.set_interval(120)
    assert saver.interval_s == 120
    saver.mark_dirty()
    assert saver.tick() is False                            # nothing to save
    saver2 = Autosaver(lambda: (make_motif(), None), session_id="s3")
    saver2.mark_dirty()
    assert saver2.tick()
    saver2.stop(clean=False)
    assert saver2.motif_path.exists() and saver2.marker_path.exists()


def test_autosave_failures_are_logged_once_not_shown(qtbot, caplog, shown_boxes):
    def broken():
        raise OSError(errno.ENOSPC, "No space left on device")

    saver = Autosaver(broken, session_id="s4")
    failures = []
    saver.failed.connect(failures.append)
    saver.mark_dirty()
    with caplog.at_level(logging.WARNING, logger="motifstudio.app.recovery"):
        assert saver.tick() is False
        assert saver.tick() is False
        assert saver.tick() is False
    assert len(failures) == 1 and "No space left" in failures[0]
    assert sum("Traceback" in (r.exc_text or "") or r.exc_info is not None
               for r in caplog.records) == 1
    assert shown_boxes == []


def test_find_recoverable_lists_only_work_of_dead_processes(qtbot):
    folder = paths.recovery_dir()
    crashed = Autosaver(lambda: (make_motif("Suzani"), None), session_id="crashed")
    crashed.set_project_path(folder.parent / "suzani.motif")
    crashed.mark_dirty()
    crashed.tick()
    crashed.stop(clean=False)
    marker = json.loads(crashed.marker_path.read_text(encoding="utf-8"))
    marker["pid"] = dead_pid()
    crashed.marker_path.write_text(json.dumps(marker), encoding="utf-8")

    mine = Autosaver(lambda: (make_motif("Mine"), None), session_id="mine")
    mine.mark_dirty()
    mine.tick()

    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        other = Autosaver(lambda: (make_motif("Other window"), None), session_id="other")
        other.mark_dirty()
        other.tick()
        other.stop(clean=False)
        m = json.loads(other.marker_path.read_text(encoding="utf-8"))
        m["pid"], m["started"] = sleeper.pid, time.time()
        other.marker_path.write_text(json.dumps(m), encoding="utf-8")

        stale = folder / "ended.json"                        # ended with nothing unsaved
        stale.write_text(json.dumps({"pid": dead_pid()}), encoding="utf-8")

        items = find_recoverable()
    finally:
        sleeper.kill()
        sleeper.wait()
    assert [it.path for it in items] == [crashed.motif_path]
    item = items[0]
    assert item.title == "Suzani"
    assert item.project_path == str(folder.parent / "suzani.motif")
    assert abs(item.saved_time.timestamp() - crashed.motif_path.stat().st_mtime) < 1
    assert not stale.exists()
    assert mine.motif_path.exists() and mine.marker_path.exists()

    discard(item)
    assert not crashed.motif_path.exists() and not crashed.marker_path.exists()
    # the other window's process has now ended too, so its work is offered
    assert [it.title for it in find_recoverable()] == ["Other window"]
    mine.stop()
    assert not mine.motif_path.exists()


def test_orphan_recovery_file_without_marker_is_offered():
    saver = Autosaver(lambda: (make_motif(""), None), session_id="orphan")
    saver.mark_dirty()
    saver.tick()
    saver.marker_path.unlink()
    items = find_recoverable()
    assert len(items) == 1 and items[0].project_path is None and items[0].title == ""


def test_pid_is_running():
    assert pid_is_running(os.getpid())
    assert not pid_is_running(dead_pid())
    assert not pid_is_running(0) and not pid_is_running(None)
    # a process that started long after the session cannot own it (pid reuse)
    if sys.platform.startswith("linux"):
        assert not pid_is_running(os.getpid(), started=time.time() - 10 * 365 * 86400)


# ====================================================================== recovery dialog
def items_for_dialog(tmp_path):
    from datetime import datetime
    return [RecoveryItem(tmp_path / "a.motif", "/work/ram.motif",
                         datetime(2025, 11, 27, 14, 32).astimezone(), "Кочкор мүйүз"),
            RecoveryItem(tmp_path / "b.motif", None, datetime(2025, 11, 26, 9, 5).astimezone(),
                         "")]


def test_recovery_dialog_recover(qtbot, tmp_path):
    dlg = RecoveryDialog(items_for_dialog(tmp_path))
    qtbot.addWidget(dlg)
    assert dlg.checks[0].text() == "Кочкор мүйүз"
    assert dlg.checks[1].text() == "Untitled motif"
    assert "Not yet saved as a project" in dlg._details[1].text()
    dlg.set_checked(1, False)
    requested = []
    dlg.recoverRequested.connect(requested.append)
    qtbot.mouseClick(dlg.recover_button, Qt.MouseButton.LeftButton)
    assert dlg.choice == RecoveryDialog.RECOVER
    assert [it.title for it in requested] == ["Кочкор мүйүз"]
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert [it.title for it in dlg.checked_items()] == ["Кочкор мүйүз"]


def test_recovery_dialog_discard_asks_first_and_later(qtbot, tmp_path, monkeypatch):
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    items = items_for_dialog(tmp_path)
    for item in items:
        item.path.write_bytes(b"work")
        item.marker_path.write_text("{}")
    dlg = RecoveryDialog(items)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.set_checked(0, False)
    discarded = []
    dlg.discarded.connect(discarded.append)
    qtbot.mouseClick(dlg.discard_button, Qt.MouseButton.LeftButton)
    assert dlg.isVisible() and dlg.choice == RecoveryDialog.LATER      # cancelled
    assert items[1].path.exists()
    qtbot.mouseClick(dlg.discard_button, Qt.MouseButton.LeftButton)
    assert dlg.choice == RecoveryDialog.DISCARD and not dlg.isVisible()
    assert discarded == [[items[1]]]
    assert not items[1].path.exists() and not items[1].marker_path.exists()
    assert items[0].path.exists()                           # not ticked: kept

    later = RecoveryDialog(items_for_dialog(tmp_path))
    qtbot.addWidget(later)
    qtbot.mouseClick(later.later_button, Qt.MouseButton.LeftButton)
    assert later.choice == RecoveryDialog.LATER
    assert later.result() == QDialog.DialogCode.Rejected

    none = RecoveryDialog(items_for_dialog(tmp_path))
    qtbot.addWidget(none)
    none.set_checked(0, False)
    none.set_checked(1, False)
    assert not none.recover_button.isEnabled() and not none.discard_button.isEnabled()


def test_offer_recovery(qtbot, monkeypatch):
    saver = Autosaver(lambda: (make_motif("Ikat"), None), session_id="old")
    saver.mark_dirty()
    saver.tick()
    saver.stop(clean=False)
    m = json.loads(saver.marker_path.read_text(encoding="utf-8"))
    m["pid"] = dead_pid()
    saver.marker_path.write_text(json.dumps(m), encoding="utf-8")

    monkeypatch.setattr(RecoveryDialog, "exec", lambda self: self._later())
    assert offer_recovery() == []
    assert saver.motif_path.exists()                        # "Later" keeps it

    monkeypatch.setattr(RecoveryDialog, "exec", lambda self: self._recover())
    chosen = offer_recovery()
    assert [it.title for it in chosen] == ["Ikat"]
    assert load_motif(chosen[0].path)[0].metadata.title == "Ikat"

    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Discard)
    monkeypatch.setattr(RecoveryDialog, "exec", lambda self: self._discard())
    assert offer_recovery() == []
    assert not saver.motif_path.exists() and not saver.marker_path.exists()


# ====================================================================== preferences
def test_recent_files_order_dedup_missing_and_limit(tmp_path):
    prefs = Preferences()
    files = []
    for i in range(12):
        f = tmp_path / f"motif {i} — кочкор.motif"
        f.write_bytes(b"")
        files.append(str(f))
    for f in files[:3]:
        prefs.add_recent_file(f)
    assert prefs.recent_files() == [files[2], files[1], files[0]]
    prefs.add_recent(files[0])                              # again: moves to the front
    prefs.add_recent_file(os.path.join(tmp_path, ".", Path(files[1]).name))  # same file
    assert prefs.recent_files() == [files[1], files[0], files[2]]
    os.remove(files[0])
    assert prefs.recent_files() == [files[1], files[2]]
    for f in files[3:]:
        prefs.add_recent_file(f)
    recent = prefs.recent_files()
    assert len(recent) <= MAX_RECENT and recent[0] == files[-1]
    prefs.sync()
    assert Preferences().recent_files() == recent          # persisted
    prefs.remove_recent_file(files[-1])
    assert files[-1] not in prefs.recent_files()
    prefs.clear_recent_files()
    assert prefs.recent_files() == []


def test_preferences_values_are_typed_and_validated():
    prefs = Preferences()
    assert paths.settings_file().parent == paths.data_dir()
    assert prefs.language == "system"
    prefs.language = "ky"
    assert Preferences().language == "ky"
    with pytest.raises(ValueError):
        prefs.language = "fr"
    assert prefs.autosave_interval_s == 60
    prefs.autosave_interval_s = 3
    assert prefs.autosave_interval_s == 10
    prefs.settings.setValue("autosave/interval_s", "not a number")
    assert prefs.autosave_interval_s == 60
    prefs.settings.setValue("ui/language", "klingon")
    assert prefs.language == "system"
    assert prefs.show_advanced is False
    prefs.show_advanced = True
    assert Preferences().show_advanced is True
    assert prefs.window_geometry() == b"" and prefs.window_state() == b""
    prefs.save_window(b"\x01\x02\x00\xff", QByteArray(b"state"))
    again = Preferences()
    assert again.window_geometry() == b"\x01\x02\x00\xff" and again.window_state() == b"state"
    assert os.path.isdir(prefs.last_open_dir)
    prefs.last_open_dir = paths.data_dir()
    assert prefs.last_open_dir == str(paths.data_dir())


def test_preferences_dialog_emits_language_changed(qtbot):
    prefs = Preferences()
    dlg = PreferencesDialog(prefs)
    qtbot.addWidget(dlg)
    names = [dlg.language_combo.itemText(i) for i in range(dlg.language_combo.count())]
    assert names[1:] == ["English", "Русский", "Кыргызча", "Oʻzbekcha"]
    assert list(LANGUAGE_NAMES.values()) == names[1:]
    with qtbot.waitSignal(dlg.languageChanged, timeout=1000) as sig:
        dlg.language_combo.setCurrentIndex(dlg.language_combo.findData("ru"))
    assert sig.args == ["ru"] and prefs.language == "ru"
    with qtbot.waitSignal(dlg.autosaveIntervalChanged, timeout=1000) as sig:
        dlg.autosave_combo.setCurrentIndex(dlg.autosave_combo.findData(300))
    assert sig.args == [300] and prefs.autosave_interval_s == 300
    with qtbot.waitSignal(dlg.showAdvancedChanged, timeout=1000):
        dlg.advanced_check.setChecked(True)
    assert prefs.show_advanced
    QApplication.sendEvent(dlg, QEvent(QEvent.Type.LanguageChange))   # re-translates, no crash
    assert dlg.language_combo.currentData() == "ru"


# ====================================================================== start page
def test_samples_have_readable_titles():
    samples = list_samples()
    assert [Path(s.path).name for s in samples] == [
        "ramshorn.jpg", "suzani_rosette.jpg", "ikat_band.jpg", "outline_tulip.png"]
    assert [s.title for s in samples] == ["Ram's horn (shyrdak)", "Suzani rosette", "Ikat band",
                                          "Tulip outline (line art)"]
    assert samples[0].preset == "shyrdak-2"
    assert sample_title("/x/my_new-motif.png") == "My new motif"
    thumb = load_thumbnail(samples[2].path)                  # 2:1 band, cropped to fill
    assert not thumb.isNull() and (thumb.width(), thumb.height()) == (168, 126)


def test_start_page_samples_and_recent(qtbot, tmp_path):
    prefs = Preferences()
    project = tmp_path / "кочкор.motif"
    project.write_bytes(b"")
    prefs.add_recent_file(project)
    prefs.add_recent_file(tmp_path / "missing.motif")
    page = StartPage(prefs)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    assert [t.text() for t in page.sample_tiles] == [
        "Ram's horn (shyrdak)", "Suzani rosette", "Ikat band", "Tulip outline (line art)"]
    qtbot.waitUntil(lambda: page.thumbnails_loaded, timeout=3000)   # lazily, after showing
    assert all(t.image is not None for t in page.sample_tiles)

    with qtbot.waitSignal(page.sampleChosen, timeout=1000) as sig:
        qtbot.mouseClick(page.sample_tiles[1], Qt.MouseButton.LeftButton)
    assert sig.args == [str(REPO / "resources" / "samples" / "suzani_rosette.jpg")]

    assert page.recent_paths() == [str(project)]
    with qtbot.waitSignal(page.recentChosen, timeout=1000) as sig:
        qtbot.mouseClick(page.recent_buttons[0], Qt.MouseButton.LeftButton)
    assert sig.args == [str(project)]
    with qtbot.waitSignal(page.openPhotoRequested, timeout=1000):
        qtbot.mouseClick(page.open_photo_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.openProjectRequested, timeout=1000):
        qtbot.mouseClick(page.open_project_button, Qt.MouseButton.LeftButton)

    page._remove_recent(str(project))
    assert page.recent_paths() == [] and prefs.recent_files() == []


def _mime(*paths_or_urls) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([p if isinstance(p, QUrl) else QUrl.fromLocalFile(str(p))
                  for p in paths_or_urls])
    return mime


def test_start_page_accepts_dropped_photos_and_projects(qtbot, tmp_path):
    page = StartPage(Preferences())
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    photo, project, text = tmp_path / "ram.JPG", tmp_path / "ram.motif", tmp_path / "notes.txt"
    mime = _mime(photo, project, text, QUrl("https://example.org/ram.png"))
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(QPointF(200, 200).toPoint(), actions, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(page, enter)
    assert enter.isAccepted() and page._drop_overlay.isVisible()
    with qtbot.waitSignal(page.filesDropped, timeout=1000) as sig:
        drop = QDropEvent(QPointF(200, 200), actions, mime, Qt.MouseButton.LeftButton,
                          Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(page, drop)
    assert sig.args == [[str(photo), str(project)]]
    assert not page._drop_overlay.isVisible()

    only_text = _mime(text)
    enter = QDragEnterEvent(QPointF(10, 10).toPoint(), actions, only_text, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(page, enter)
    assert not enter.isAccepted()


@pytest.mark.parametrize("size", [(1366, 650), (1093, 614)])
def test_start_page_fits_small_laptop_screens(qtbot, size):
    """1366 x 768 minus title bar, menu and status bar; and the same at 125 % scaling."""
    page = StartPage(Preferences())
    qtbot.addWidget(page)
    page.resize(*size)
    page.show()
    page.load_thumbnails()
    QApplication.processEvents()
    assert not page._scroll.verticalScrollBar().isVisible()
    assert not page._scroll.horizontalScrollBar().isVisible()
    assert not page.grab().isNull()

"""Shared by the window tests: a data folder per test, message boxes that answer at
once, a small synthetic photo, the main window, and waiting for the worker."""
import numpy as np
import pytest
from PIL import Image
from PySide6.QtWidgets import QApplication, QMessageBox

from motifstudio.app.main_window import MainWindow
from motifstudio.app.preferences import Preferences


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    monkeypatch.setenv("MOTIFSTUDIO_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def boxes(monkeypatch):
    """Message boxes answer at once (with the answer the test sets) instead of blocking."""
    class Shown(list):
        pass
    shown = Shown()
    answer = {"value": QMessageBox.StandardButton.Ok}

    def fake_exec(box):
        shown.append(box)
        return answer["value"]
    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    shown.answer = answer
    return shown


@pytest.fixture
def photo(tmp_path):
    rng = np.random.default_rng(1)
    img = np.full((240, 300, 3), (235, 225, 200), np.uint8)
    img[40:200, 40:140] = (180, 30, 40)
    img[60:180, 170:270] = (30, 40, 100)
    img[100:140, 60:120] = (220, 170, 40)
    img = np.clip(img + rng.normal(0, 3, img.shape), 0, 255).astype(np.uint8)
    p = tmp_path / "felt.png"
    Image.fromarray(img).save(p)
    return str(p)


@pytest.fixture
def window(qtbot, boxes):
    w = MainWindow(prefs=Preferences())
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    yield w
    w.jobs.cancel()
    w.jobs.wait(10000)
    w.controller.undo_stack.setClean()  # nothing to ask about when the test closes it
    w.autosaver.stop(clean=True)


def wait_idle(qtbot, w, timeout=60000):
    qtbot.waitUntil(lambda: not w.jobs.is_busy(), timeout=timeout)
    QApplication.processEvents()


def open_and_wait(qtbot, w, path):
    w.open_path(path, ask=False)
    qtbot.waitUntil(lambda: w.controller.result is not None, timeout=60000)
    wait_idle(qtbot, w)

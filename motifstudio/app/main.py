"""Start Motif Studio: application, language, logging, recovery, main window."""
from __future__ import annotations

import logging
import os
import sys
from typing import Optional, Sequence

log = logging.getLogger(__name__)


def run_app(argv: Optional[Sequence[str]] = None, *, exec_loop: bool = True):
    """Open the window (and *argv[0]* if given); returns the exit code, or the window when
    *exec_loop* is False (tests and screenshots drive the event loop themselves)."""
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from . import i18n
    from .logs import setup_logging
    from .preferences import Preferences

    QCoreApplication.setOrganizationName("MotifStudio")
    QCoreApplication.setApplicationName("Motif Studio")
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setWindowIcon(app_icon())
    # on Linux desktops the window joins the launcher entry of packaging/linux
    QGuiApplication.setDesktopFileName("io.github.motifstudio.MotifStudio")
    setup_logging()
    prefs = Preferences()
    i18n.install(prefs.language)

    holder = {}

    def make_window(controller=None):
        from .main_window import MainWindow
        w = MainWindow(controller=controller, prefs=prefs)
        w.languageChangeRequested.connect(switch_language)
        holder["window"] = w
        return w

    def switch_language(code: str) -> None:
        # Widgets are built in code, so the simplest exact retranslation is a new window
        # around the same controller (document, undo history and results are kept).
        old = holder["window"]
        prefs.language = code
        i18n.install(code)
        old.detach()
        controller = old.controller
        controller.setParent(None)
        new = make_window(controller)
        new.setGeometry(old.geometry())
        if controller.result is not None:
            new._on_result(controller.result)
        new.autosaver.set_project_path(controller.path)
        if controller.is_dirty():
            new.autosaver.save_now()  # the old window's recovery copy went with it
        new.show()
        old.hide()
        old.deleteLater()

    window = make_window()
    window.show()
    _offer_recovery(window)
    if not prefs.tour_shown and not os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        window.show_tour()          # once, at the very first start
    args = [a for a in (argv or []) if a]
    if args:
        path = args[0]
        if os.path.exists(path):
            window.open_path(path, ask=False)
        else:
            from .errors import show_error
            show_error(window, window.tr("File not found"),
                       window.tr("%1 does not exist.").replace("%1", path))
    if not exec_loop:
        return window
    return app.exec()


def _offer_recovery(window) -> None:
    from .recovery import RecoveryDialog, find_recoverable
    try:
        items = find_recoverable()
    except OSError:
        log.exception("looking for recovery files failed")
        return
    if not items:
        return
    dlg = RecoveryDialog(items, window)
    chosen = []
    dlg.recoverRequested.connect(chosen.append)
    dlg.exec()
    # One document at a time: open the newest chosen copy; the others stay on disk and
    # are offered again at the next start.
    if chosen:
        window.open_recovered(chosen[0])


def app_icon():
    """The program's icon (a shyrdak ram's-horn square), from the package."""
    from pathlib import Path

    from PySide6.QtGui import QIcon
    return QIcon(str(Path(__file__).with_name("icons") / "motifstudio.svg"))


def smoke_test(path: str, out_svg: str, *, timeout_s: float = 120.0) -> int:
    """Start the app offscreen-capable, open *path*, export the SVG to *out_svg*, quit.

    The installer's check that a bundle really works (``motifstudio gui FILE
    --smoke-export OUT.svg``): 0 when the SVG was written, 1 otherwise.
    """
    import time

    from PySide6.QtWidgets import QApplication

    from ..export.registry import writer_for
    window = run_app([path], exec_loop=False)
    app = QApplication.instance()
    c = window.controller
    end = time.time() + timeout_s
    while (c.result is None or window.jobs.is_busy()) and time.time() < end:
        app.processEvents()
        time.sleep(0.01)
    if c.result is None:
        return 1
    done = []
    c.taskFinished.connect(lambda kind, p: done.append(p))
    c.export(out_svg, writer_for("svg"))
    while not done and time.time() < end:
        app.processEvents()
        time.sleep(0.01)
    c.undo_stack.setClean()
    window.autosaver.stop(clean=True)
    window.close()
    return 0 if done and os.path.getsize(out_svg) > 0 else 1

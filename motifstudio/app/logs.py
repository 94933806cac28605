"""Logging for the desktop app, and a safety net for uncaught exceptions.

:func:`setup_logging` (call it once, first thing in ``main``):

* writes ``motifstudio.log`` in :func:`~motifstudio.app.paths.logs_dir`,
  rotating at 1 MB with 3 old files kept, at INFO level, UTF-8;
* mirrors warnings to ``stderr`` when there is one (a windowed PyInstaller
  build has none);
* routes Qt's own warnings (``qWarning``…) into the log;
* turns on :mod:`faulthandler` into ``crash.log`` next to it, so even a hard
  crash inside Qt or numpy leaves a Python stack behind;
* installs ``sys.excepthook`` and ``threading.excepthook``: an uncaught
  exception is logged with its traceback and, when a ``QApplication``
  exists, shown with :func:`~motifstudio.app.errors.show_error` -- a plain
  sentence, the traceback only behind "Show Details…" -- instead of the app
  vanishing or printing to a console nobody sees.  Exceptions from worker
  threads are shown on the GUI thread.  While one error box is open, further
  errors are only logged, and the same error is shown at most 3 times.
"""
from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import platform
import sys
import threading
from pathlib import Path
from types import TracebackType
from typing import Optional

from PySide6 import __version__ as _pyside_version
from PySide6.QtCore import QObject, QThread, QtMsgType, Signal, Slot, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import __version__
from . import errors
from .paths import logs_dir

__all__ = ["setup_logging", "shutdown_logging", "install_exception_hooks", "handle_uncaught",
           "log_file_path",
           "MAX_BYTES", "BACKUP_COUNT"]

log = logging.getLogger("motifstudio")

MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
_FORMAT = "%(asctime)s %(levelname)-7s [%(threadName)s] %(name)s: %(message)s"
_MAX_SHOWS_PER_ERROR = 3

log_file_path = errors.log_file_path

_state = {"handler": None, "crash_file": None, "hooks": False, "qt_handler": False,
          "root_level": None}


def setup_logging(level: int = logging.INFO, *, install_hooks: bool = True,
                  console: bool = True) -> Optional[Path]:
    """Start logging to the rotating log file; safe to call more than once.

    Parameters
    ----------
    level : int
        Level of the ``motifstudio`` logger and the file handler (INFO).
    install_hooks : bool
        Also install the exception hooks (:func:`install_exception_hooks`)
        and route Qt messages into the log.
    console : bool
        Mirror WARNING and above to ``stderr`` when it exists.

    Returns
    -------
    Path or None
        The log file, or ``None`` if it could not be opened (then logging
        goes to ``stderr`` only and the app still starts).
    """
    root = logging.getLogger()
    path: Optional[Path] = Path(log_file_path())
    old = _state["handler"]
    if old is not None and Path(old.baseFilename) != path:
        root.removeHandler(old)      # the data folder changed (tests)
        old.close()
        _state["handler"] = old = None
    if old is None:
        try:
            handler = logging.handlers.RotatingFileHandler(
                path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
        except OSError as exc:
            handler, path = None, None
            print(f"Motif Studio: cannot open the log file: {exc}", file=sys.stderr)
        if handler is not None:
            handler.setFormatter(logging.Formatter(_FORMAT))
            handler.setLevel(level)
            root.addHandler(handler)
            _state["handler"] = handler
    else:
        old.setLevel(level)
    if console and sys.stderr is not None and not any(
            getattr(h, "_motifstudio_console", False) for h in root.handlers):
        stream = logging.StreamHandler(sys.stderr)
        stream.setLevel(logging.WARNING)
        stream.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        stream._motifstudio_console = True
        root.addHandler(stream)
    if root.level == logging.NOTSET or root.level > level:
        if _state["root_level"] is None:
            _state["root_level"] = root.level
        root.setLevel(level)
    log.setLevel(level)
    logging.captureWarnings(True)
    _enable_faulthandler()
    if install_hooks:
        install_exception_hooks()
        _install_qt_message_handler()
    log.info("Motif Studio %s started (Python %s, PySide6 %s, %s)", __version__,
             platform.python_version(), _pyside_version, platform.platform())
    return path


def _enable_faulthandler() -> None:
    if _state["crash_file"] is not None:
        return
    try:
        fh = open(logs_dir() / "crash.log", "a", encoding="utf-8")
        faulthandler.enable(file=fh, all_threads=True)
        _state["crash_file"] = fh   # must stay open for the life of the process
    except (OSError, RuntimeError, ValueError):
        log.warning("faulthandler could not be enabled", exc_info=True)


# ------------------------------------------------------------------ Qt messages
_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(mode, context, message) -> None:
    logging.getLogger("qt").log(_QT_LEVELS.get(mode, logging.WARNING), "%s", message)


def _install_qt_message_handler() -> None:
    if not _state["qt_handler"]:
        qInstallMessageHandler(_qt_message)
        _state["qt_handler"] = True


# ------------------------------------------------------------------ uncaught exceptions
class _Reporter(QObject):
    """Lives in the GUI thread; shows error boxes for exceptions raised anywhere."""

    report = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self._showing = False
        self._shown: dict[tuple[str, str], int] = {}
        self.report.connect(self.show)

    @Slot(object)
    def show(self, exc: BaseException) -> None:
        key = (type(exc).__name__, str(exc))
        if self._showing or self._shown.get(key, 0) >= _MAX_SHOWS_PER_ERROR:
            return
        self._shown[key] = self._shown.get(key, 0) + 1
        self._showing = True
        try:
            title, message, details = errors.describe_exception(exc)
            app = QApplication.instance()
            parent = app.activeWindow() if isinstance(app, QApplication) else None
            errors.show_error(parent, title, message, details, icon=QMessageBox.Icon.Critical)
        except Exception:   # the safety net must never throw
            log.exception("could not show the error dialog")
        finally:
            self._showing = False


_reporter: Optional[_Reporter] = None
_reporter_lock = threading.Lock()


def _get_reporter() -> Optional[_Reporter]:
    global _reporter
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return None
    with _reporter_lock:
        if _reporter is None or _reporter.thread() != app.thread():
            _reporter = _Reporter()
            if _reporter.thread() != app.thread():
                _reporter.moveToThread(app.thread())
    return _reporter


def handle_uncaught(exc_type: type, exc: Optional[BaseException],
                    tb: Optional[TracebackType], *, thread_name: str = "") -> None:
    """Log an uncaught exception and, with a ``QApplication``, show it to the user.

    This is what the installed hooks call; from a non-GUI thread the box is
    shown later, on the GUI thread.
    """
    if exc is None:
        exc = exc_type()
    if tb is not None and exc.__traceback__ is None:
        exc = exc.with_traceback(tb)
    where = f" in thread {thread_name}" if thread_name else ""
    try:
        log.critical("Uncaught exception%s", where, exc_info=(exc_type, exc, tb))
    except Exception:
        pass
    reporter = _get_reporter()
    if reporter is None:
        return
    if QThread.currentThread() == reporter.thread():
        reporter.show(exc)
    else:
        reporter.report.emit(exc)   # queued to the GUI thread


def _sys_hook(exc_type, exc, tb) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    handle_uncaught(exc_type, exc, tb)


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit:
        return
    name = args.thread.name if args.thread is not None else ""
    handle_uncaught(args.exc_type, args.exc_value, args.exc_traceback, thread_name=name)


def install_exception_hooks() -> None:
    """Install the ``sys.excepthook`` and ``threading.excepthook`` safety net."""
    sys.excepthook = _sys_hook
    threading.excepthook = _thread_hook
    _state["hooks"] = True


def shutdown_logging() -> None:
    """Undo :func:`setup_logging`: remove its handlers, hooks and crash file (for tests)."""
    root = logging.getLogger()
    handler = _state["handler"]
    if handler is not None:
        root.removeHandler(handler)
        handler.close()
        _state["handler"] = None
    for h in [h for h in root.handlers if getattr(h, "_motifstudio_console", False)]:
        root.removeHandler(h)
    if _state["crash_file"] is not None:
        faulthandler.disable()
        _state["crash_file"].close()
        _state["crash_file"] = None
    if _state["hooks"]:
        sys.excepthook = sys.__excepthook__
        threading.excepthook = threading.__excepthook__
        _state["hooks"] = False
    if _state["qt_handler"]:
        qInstallMessageHandler(None)
        _state["qt_handler"] = False
    if _state["root_level"] is not None:
        root.setLevel(_state["root_level"])
        _state["root_level"] = None

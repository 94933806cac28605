"""Long work off the GUI thread: one worker, latest request wins.

A job is a plain function ``fn(progress, cancel) -> result`` (the engine's
convention).  Submitting a new job cancels the one before it; results of a
superseded job are dropped, so a preview always shows the latest settings.
One worker thread only: an old laptop has little memory to spare for two
digitisations at once.
"""
from __future__ import annotations

import ctypes
import logging
import sys
import traceback
from typing import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ..core.progress import CancelToken, Cancelled

log = logging.getLogger(__name__)


def release_memory() -> None:
    """Give freed heap back to the system after a job (glibc keeps a worker thread's arena).

    A digitisation allocates and frees hundreds of megabytes of temporary
    arrays; without this an idle window holding one small motif would still
    occupy them.  Only glibc has ``malloc_trim``; elsewhere this does nothing.
    """
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL("libc.so.6").malloc_trim(0)
        except (OSError, AttributeError):
            pass


class _Emitter(QObject):
    progress = Signal(int, float, str)
    finished = Signal(int, object)
    failed = Signal(int, object, str)
    cancelled = Signal(int)


class _Job(QRunnable):
    def __init__(self, gen: int, fn: Callable, token: CancelToken, emitter: _Emitter):
        super().__init__()
        self.gen, self.fn, self.token, self.emitter = gen, fn, token, emitter
        self.setAutoDelete(True)

    def run(self) -> None:
        if self.token.cancelled:
            self.emitter.cancelled.emit(self.gen)
            return
        try:
            result = self.fn(lambda f, m="": self.emitter.progress.emit(self.gen, f, m), self.token)
        except Cancelled:
            self.emitter.cancelled.emit(self.gen)
        except BaseException as exc:  # reported to the GUI, never a crash of the worker
            log.exception("job %d failed", self.gen)
            self.emitter.failed.emit(self.gen, exc, traceback.format_exc())
        else:
            self.emitter.finished.emit(self.gen, result)
        finally:
            release_memory()


class JobRunner(QObject):
    """Run jobs one at a time; only the latest job's outcome is reported."""

    progress = Signal(float, str)
    finished = Signal(object)          # result of the latest job
    failed = Signal(object, str)       # exception, traceback text
    cancelled = Signal()
    busyChanged = Signal(bool)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._emitter = _Emitter(self)
        self._emitter.progress.connect(self._on_progress)
        self._emitter.finished.connect(self._on_finished)
        self._emitter.failed.connect(self._on_failed)
        self._emitter.cancelled.connect(self._on_cancelled)
        self._gen = 0
        self._token: CancelToken | None = None
        self._running = 0

    def submit(self, fn: Callable) -> int:
        """Start *fn* after cancelling whatever runs now; returns the job's number."""
        if self._token is not None:
            self._token.cancel()
        self._gen += 1
        self._token = CancelToken()
        self._running += 1
        if self._running == 1:
            self.busyChanged.emit(True)
        self._pool.start(_Job(self._gen, fn, self._token, self._emitter))
        return self._gen

    def cancel(self) -> None:
        if self._token is not None:
            self._token.cancel()

    def is_busy(self) -> bool:
        return self._running > 0

    def wait(self, msecs: int = -1) -> bool:
        """Block until the worker is idle (for tests and shutdown)."""
        return self._pool.waitForDone(msecs)

    def _done(self) -> None:
        self._running -= 1
        if self._running == 0:
            self.busyChanged.emit(False)

    def _on_progress(self, gen, fraction, message):
        if gen == self._gen:
            self.progress.emit(fraction, message)

    def _on_finished(self, gen, result):
        self._done()
        if gen == self._gen:
            self.finished.emit(result)

    def _on_failed(self, gen, exc, tb):
        self._done()
        if gen == self._gen:
            self.failed.emit(exc, tb)

    def _on_cancelled(self, gen):
        self._done()
        if gen == self._gen:
            self.cancelled.emit()

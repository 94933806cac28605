"""Progress reporting and cooperative cancellation for long work.

Every long function takes ``progress=None`` and ``cancel=None`` keyword
arguments.  ``progress(fraction, message)`` receives a fraction in [0, 1];
``cancel`` is a :class:`CancelToken` polled between chunks of work.  The GUI
wraps both around a worker thread; the CLI draws a bar on stderr.
"""
from __future__ import annotations

import threading
from typing import Callable, Optional

ProgressFn = Callable[[float, str], None]


class Cancelled(Exception):
    """Raised inside long work when its :class:`CancelToken` was cancelled."""


class CancelToken:
    """A thread-safe flag; ``check()`` raises :class:`Cancelled` once set."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled("cancelled")


def check(cancel: Optional[CancelToken]) -> None:
    """Raise :class:`Cancelled` if *cancel* is set (``None`` never cancels)."""
    if cancel is not None:
        cancel.check()


def report(progress: Optional[ProgressFn], fraction: float, message: str = "") -> None:
    if progress is not None:
        progress(min(1.0, max(0.0, float(fraction))), message)


def sub_progress(progress: Optional[ProgressFn], start: float, end: float) -> Optional[ProgressFn]:
    """Map a stage's own 0..1 progress onto the range [start, end] of its caller."""
    if progress is None:
        return None

    def _sub(fraction: float, message: str = "") -> None:
        progress(start + (end - start) * min(1.0, max(0.0, fraction)), message)

    return _sub

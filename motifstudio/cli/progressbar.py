"""A progress bar on stderr that stays quiet when stderr is not a terminal."""
from __future__ import annotations

import sys
import time


class ProgressBar:
    def __init__(self, stream=None, width: int = 30, enabled: bool = True):
        self.stream = stream or sys.stderr
        self.width = width
        self.enabled = enabled
        self.tty = hasattr(self.stream, "isatty") and self.stream.isatty()
        self._last = (-1, "")
        self._t0 = time.monotonic()

    def __call__(self, fraction: float, message: str = "") -> None:
        if not self.enabled:
            return
        pct = int(fraction * 100)
        if (pct, message) == self._last:
            return
        if not self.tty and message == self._last[1] and pct < 100:
            return  # in logs, one line per stage is enough
        self._last = (pct, message)
        filled = int(self.width * fraction)
        bar = "#" * filled + "-" * (self.width - filled)
        text = f"[{bar}] {pct:3d}% {message}"
        if self.tty:
            self.stream.write("\r" + text.ljust(self.width + 40))
        else:
            self.stream.write(text + "\n")
        self.stream.flush()

    def close(self) -> None:
        if self.enabled and self.tty:
            self.stream.write("\n")
            self.stream.flush()

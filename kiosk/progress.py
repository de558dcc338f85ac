"""A progress bar on standard error for command-line work that takes more than a second."""

import sys
import time
from typing import TextIO


class ProgressBar:
    """Draws ``[#####     ] 512/1000`` in place; silent until a second has passed."""

    def __init__(self, total: int, label: str, stream: TextIO | None = None) -> None:
        self.total = max(total, 1)
        self.label = label
        self.stream = stream or sys.stderr
        self.started = time.monotonic()
        self.shown = False
        self._last = 0.0

    def __call__(self, done: int, total: int | None = None) -> None:
        if total is not None:
            self.total = max(total, 1)
        now = time.monotonic()
        if now - self.started < 1.0 or (now - self._last < 0.1 and done < self.total):
            return
        if not self.stream.isatty():
            return
        self._last = now
        self.shown = True
        filled = int(30 * done / self.total)
        bar = "#" * filled + " " * (30 - filled)
        self.stream.write(f"\r{self.label} [{bar}] {done}/{self.total}")
        self.stream.flush()

    def finish(self) -> None:
        if self.shown:
            self.stream.write("\n")
            self.stream.flush()

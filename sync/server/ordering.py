"""Batches of one tablet may arrive together (it sends the next while the last is stored);
the later one waits here, briefly, for the head to reach where it starts.

Within a process a condition wakes it at once; across processes it looks again every half
second. After ``patience`` seconds it goes on, and a real gap is then held aside as ever.
"""

import threading
import time

from sqlalchemy import Engine, select

from sync.server.models import Device


class Ordering:
    def __init__(self, patience: float = 5.0) -> None:
        self._moved = threading.Condition()
        self._patience = patience

    def _head(self, engine: Engine, device: str) -> int:
        with engine.connect() as conn:
            return int(conn.scalar(select(Device.head_seq).where(Device.id == device)) or 0)

    def wait_for(self, engine: Engine, device: str, seq: int) -> None:
        """Return once the server holds ``device`` through ``seq``, or patience runs out."""
        deadline = time.monotonic() + self._patience
        while self._head(engine, device) < seq:
            left = deadline - time.monotonic()
            if left <= 0:
                return
            with self._moved:
                self._moved.wait(min(left, 0.5))

    def moved(self) -> None:
        with self._moved:
            self._moved.notify_all()

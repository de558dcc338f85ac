"""One sync at a time per data dir: an OS file lock, released by the OS if the process dies."""

import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

LOCK_NAME = "sync.lock"


class BusyError(Exception):
    """Another sync of this tablet is running."""


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - the tablets' other platform
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


@contextmanager
def held(data_dir: Path, wait_s: float = 0.0) -> Iterator[None]:
    """Hold the data dir's sync lock, waiting up to ``wait_s`` for another sync to end."""
    fd = os.open(data_dir / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        deadline = time.monotonic() + wait_s
        while not _try_lock(fd):
            if time.monotonic() >= deadline:
                raise BusyError("another sync of this tablet is running; try again when it ends")
            time.sleep(0.2)
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock

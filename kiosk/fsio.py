"""Durable file creation: write to a private temp file, fsync, then publish it atomically."""

import os
import secrets
from pathlib import Path


def fsync_dir(path: Path) -> None:
    """Make a rename or link in ``path`` survive a power cut (a no-op where unsupported)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _temp_beside(path: Path, data: bytes) -> Path:
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    return tmp


def create_once(path: Path, data: bytes) -> bool:
    """Publish ``data`` at ``path`` unless a file is already there; True if ours won.

    Two processes starting at once both try; exactly one file appears, complete, and both
    then read the same bytes.
    """
    tmp = _temp_beside(path, data)
    try:
        os.link(tmp, path)
    except FileExistsError:
        return False
    finally:
        tmp.unlink(missing_ok=True)
    fsync_dir(path.parent)
    return True


def replace(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically, replacing what was there (0600)."""
    tmp = _temp_beside(path, data)
    os.replace(tmp, path)
    fsync_dir(path.parent)

"""An export file appears complete or not at all: written beside the target, then renamed."""

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kiosk import fsio
from kiosk.export import ExportError


def _staging(path: Path) -> Path:
    return path.with_name(f".{path.name}.partial")


def check_writable(path: Path) -> None:
    """Refuse a target that cannot be written, before any long work is done for it."""
    if path.is_dir():
        raise ExportError(f"{path} is a folder: name the file to write")
    if not path.parent.is_dir():
        raise ExportError(f"folder {path.parent} does not exist")
    probe = _staging(path)
    try:
        os.close(os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from None
    probe.unlink(missing_ok=True)


@contextmanager
def staged(path: Path) -> Iterator[Path]:
    """A temporary path beside ``path`` to write to; on success it is synced and renamed
    into place, on any failure (an interrupt too) it is removed."""
    # Beside the target so the rename is atomic; a partial file left by a killed export is
    # replaced here before anything else is written.
    tmp = _staging(path)
    tmp.unlink(missing_ok=True)
    try:
        yield tmp
        fd = os.open(tmp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
        fsio.fsync_dir(path.parent)
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from None
    finally:
        tmp.unlink(missing_ok=True)

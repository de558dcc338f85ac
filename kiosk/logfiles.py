"""Rotating log files in the data dir (``logs/imza.log``), for a coordinator on the phone with
support. Only what the tablet does is logged (syncs, device ids, counts, errors), never what a
signer wrote: nothing personal is ever passed to a logger, and a test reads the files after a
whole signing and sync to prove it."""

import logging
import logging.handlers
import os
from pathlib import Path

LOG_DIR = "logs"
LOG_NAME = "imza.log"
MAX_BYTES = 1_000_000
BACKUPS = 4  # five files of 1 MB at most: weeks of a tablet's days
# Commands that run on the tablet itself; the export computer and the server keep no logs in
# a tablet's data dir.
TABLET_COMMANDS = ("kiosk", "init", "simulate", "withdraw", "enrol", "sync")
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def attach(data_dir: Path, level: int = logging.INFO) -> Path:
    """Log to ``data_dir/logs/imza.log`` from now on; returns the file's path."""
    folder = data_dir / LOG_DIR
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = folder / LOG_NAME
    root = logging.getLogger()
    for handler in root.handlers:
        if (
            isinstance(handler, logging.handlers.RotatingFileHandler)
            and Path(handler.baseFilename) == path.resolve()
        ):
            return path  # already attached (a second command in the same process)
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
    )
    handler.setLevel(level)
    handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(handler)
    for chatty in ("alembic", "httpx", "urllib3"):  # a line per connection is no help
        logging.getLogger(chatty).setLevel(logging.WARNING)
    if root.level > level or root.level == logging.NOTSET:
        root.setLevel(level)
        for other in root.handlers:  # the console keeps its own, quieter level
            if other is not handler and other.level == logging.NOTSET:
                other.setLevel(logging.WARNING)
    if path.exists():
        os.chmod(path, 0o600)
    return path


def detach(data_dir: Path) -> None:
    """Stop logging to ``data_dir`` (a data dir replaced, or a test that is over)."""
    path = (data_dir / LOG_DIR / LOG_NAME).resolve()
    root = logging.getLogger()
    for handler in list(root.handlers):
        if (
            isinstance(handler, logging.handlers.RotatingFileHandler)
            and Path(handler.baseFilename) == path
        ):
            root.removeHandler(handler)
            handler.close()

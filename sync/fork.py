"""After a fork: the tablet keeps its old chain aside and starts a new device identity.

A fork means two tablets signed under one identity (a data dir restored from a backup, or a
cloned image). The server counted the shared prefix and holds the rest in quarantine; nothing
is thrown away here either: the old store and key move to ``forked/<device>-<time>/``. The new
store keeps the tablet's settings (PINs, campaign, day) but a fresh device key and chain, and
is enrolled with the old token as the old identity's successor.
"""

import base64
import os
import shutil
import time
from pathlib import Path

from sqlalchemy import select

from kiosk import fsio
from kiosk.datadir import DataDirError, meta_put
from kiosk.device import KEY_NAME, load_or_create
from kiosk.models import Meta
from kiosk.store import DB_NAME, create_file, open_engine
from sync import link, lock
from sync.http import Http, refusal

FORKED = "forked"
STAGING = ".new-identity"
# What belongs to the old identity and its chain, not to the tablet.
_IDENTITY = {"device_public", "dup_key", "head", "acked_through", "last_sync", "server_token"}


def _stage(path: Path) -> Path:
    """The new store and key, built beside the old ones."""
    staging = path / STAGING
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(mode=0o700)
    old = open_engine(path)
    try:
        with old.connect() as conn:
            keep = [
                (k, v)
                for k, v in conn.execute(select(Meta.key, Meta.value)).all()
                if k not in _IDENTITY and not k.startswith("sync_")
            ]
    finally:
        old.dispose()
    create_file(staging / DB_NAME)
    new = open_engine(staging)
    try:
        meta_put(new, dict(keep))
    finally:
        new.dispose()
    load_or_create(staging)
    return staging


def _swap(path: Path, staging: Path, old_id: str) -> Path:
    archive = path / FORKED / f"{old_id[:12]}-{time.strftime('%Y%m%d-%H%M%S')}"
    archive.mkdir(parents=True, mode=0o700)
    for name in (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", KEY_NAME):
        if (path / name).exists():
            os.replace(path / name, archive / name)
    for name in (KEY_NAME, DB_NAME):  # the key first: a store without its key cannot sign
        os.replace(staging / name, path / name)
    fsio.fsync_dir(path)
    shutil.rmtree(staging, ignore_errors=True)
    return archive


def recover(path: Path, timeout: tuple[float, float] = (5.0, 60.0)) -> str:
    """Archive the forked identity, make a new one and enrol it; returns the new device id.

    The caller has closed every store on ``path`` (the kiosk does this on its welcome
    screen; ``imza sync`` before it calls here)."""
    with lock.held(path, 30.0):
        engine = open_engine(path)
        try:
            server = link.load(engine)
        finally:
            engine.dispose()
        if server is None:
            raise DataDirError("this tablet is not enrolled; nothing to re-enrol")
        old_id = load_or_create(path).id
        staging = _stage(path)
        public = load_or_create(staging).public
        http = Http(server.url, server.token, server.ca_bundle, timeout, attempts=3)
        reply = http.call(
            "POST",
            "/v1/devices/me/successor",
            json={"device_public": base64.b64encode(public).decode()},
        )
        if reply.status_code != 200:
            shutil.rmtree(staging, ignore_errors=True)
            raise refusal(reply)
        doc = reply.json()
        new = open_engine(staging)
        try:
            link.save(new, link.Link(server.url, doc["token"], server.ca_bundle, doc["state"]))
        finally:
            new.dispose()
        _swap(path, staging, old_id)
        return str(doc["device"])

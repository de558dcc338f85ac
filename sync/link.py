"""What a tablet keeps about its server, in the store's meta table: URL, token, CA bundle,
approval state, the last progress figure and the last sync's result in plain words."""

import datetime
import struct
from dataclasses import dataclass

import cbor2
from sqlalchemy import Connection, Engine

from kiosk.store import begin_write, get_meta, put_meta

_KEYS = ("server_url", "server_token", "server_ca", "server_state")


@dataclass(frozen=True)
class Link:
    url: str
    token: str
    ca_bundle: str | None
    state: str  # approved, pending


@dataclass(frozen=True)
class Progress:
    at_least: int
    goal: int
    as_of_ms: int


def load(engine: Engine) -> Link | None:
    with engine.connect() as conn:
        url, token, ca, state = (get_meta(conn, k) for k in _KEYS)
    if url is None or token is None:
        return None
    return Link(url.decode(), token.decode(), ca.decode() if ca else None, (state or b"").decode())


def save(engine: Engine, link: Link) -> None:
    values = (link.url, link.token, link.ca_bundle, link.state)
    with begin_write(engine) as conn:
        for key, value in zip(_KEYS, values, strict=True):
            put_meta(conn, key, value.encode() if value is not None else None)


def put(engine: Engine, **values: object) -> None:
    """Store small facts of the last sync (``state``, ``progress``, ``result``)."""
    with begin_write(engine) as conn:
        for key, value in values.items():
            put_meta(conn, f"sync_{key}", cbor2.dumps(value))


def get(conn: Connection, key: str) -> object:
    raw = get_meta(conn, f"sync_{key}")
    return cbor2.loads(raw) if raw else None


def progress(engine: Engine) -> Progress | None:
    """The server's count as last heard, or None if this tablet never heard one."""
    with engine.connect() as conn:
        doc = get(conn, "progress")
    if not isinstance(doc, dict):
        return None
    return Progress(int(doc["at_least"]), int(doc["goal"]), int(doc["as_of_ms"]))


def acked_through(engine: Engine) -> int:
    with engine.connect() as conn:
        raw = get_meta(conn, "acked_through")
    return struct.unpack(">Q", raw)[0] if raw else 0


def used_today(engine: Engine) -> int:
    """Bytes sync has moved today (local date), up and down, as counted by ``add_used``."""
    with engine.connect() as conn:
        doc = get(conn, "data_used")
    today = datetime.date.today().isoformat()
    return int(doc["bytes"]) if isinstance(doc, dict) and doc.get("day") == today else 0


def add_used(engine: Engine, n: int) -> None:
    put(
        engine,
        data_used={"day": datetime.date.today().isoformat(), "bytes": used_today(engine) + n},
    )

"""The bare limits the sync benchmark reads its ratio against: a server (uvicorn on 127.0.0.1,
in its own process) that takes the very same batch bytes and does only the least a server
must, in the same kind of database with the same durability (WAL and a full sync on SQLite):

- ``/noop``: reads the body and drops it (the wire and HTTP, nothing kept);
- ``/keep``: stores the body in one row and commits (the bytes kept, no record findable);
- ``/records``: stores the body in one row and, in the same transaction, one row per record
  with the keys a server finds records by (the device and sequence number, unique; the record
  id, unique; the withdrawal-code hash, indexed) and its link, then commits. This is the
  floor of a server that acknowledges records, answers "what do you hold", refuses a record
  id twice and applies a withdrawal; it parses the CBOR and the links' fixed fields, and
  verifies, authenticates, signs and counts nothing.
"""

import os
import sqlite3
import threading
from collections.abc import Callable

import cbor2
from fastapi import FastAPI, Request, Response
from starlette.concurrency import run_in_threadpool

from kiosk import chain

Keeper = Callable[[bytes, bool], None]  # the body, and whether to keep its records too
Row = tuple[str, int, bytes, bytes, bytes]
ROWS = 500  # rows per INSERT, as the server writes them


def _rows(body: bytes) -> list[Row]:
    doc = cbor2.loads(body)
    device = doc["device"]
    rows = []
    for link, _sealed, _identity in doc["records"]:
        fields = chain.unpack_raw(link)  # version, prev, kind, suite, flags, seq, record id, ...
        rows.append((device, fields[5], fields[6], fields[9], link))
    return rows


_TABLES = (
    "CREATE TABLE IF NOT EXISTS kept (body {blob})",
    "CREATE TABLE IF NOT EXISTS kept_records (id {key}, device TEXT, seq BIGINT, "
    "record_id {blob} UNIQUE, withdrawal_hash {blob}, link {blob}, UNIQUE (device, seq))",
    "CREATE INDEX IF NOT EXISTS kept_withdrawal ON kept_records (withdrawal_hash)",
)
_INSERT = "INSERT INTO kept_records (device, seq, record_id, withdrawal_hash, link) VALUES "


def _sqlite(path: str) -> Keeper:
    db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
    for pragma in ("page_size=16384", "journal_mode=WAL", "synchronous=FULL"):
        db.execute(f"PRAGMA {pragma}")
    for table in _TABLES:
        db.execute(table.format(blob="BLOB", key="INTEGER PRIMARY KEY"))
    lock = threading.Lock()

    def keep(body: bytes, records: bool) -> None:
        rows = _rows(body) if records else []
        with lock:
            db.execute("BEGIN IMMEDIATE")
            db.execute("INSERT INTO kept VALUES (?)", (body,))
            for start in range(0, len(rows), ROWS):
                part = rows[start : start + ROWS]
                marks = ", ".join(["(?, ?, ?, ?, ?)"] * len(part))
                db.execute(_INSERT + marks, tuple(v for row in part for v in row))
            db.execute("COMMIT")

    return keep


def _postgresql(url: str) -> Keeper:
    import psycopg

    pg = psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"))
    for table in _TABLES:
        pg.execute(table.format(blob="bytea", key="BIGSERIAL PRIMARY KEY"))
    pg.commit()
    lock = threading.Lock()
    copy_rows = "COPY kept_records (device, seq, record_id, withdrawal_hash, link) FROM STDIN"

    def keep(body: bytes, records: bool) -> None:
        rows = _rows(body) if records else []
        with lock, pg.transaction():
            pg.execute("INSERT INTO kept VALUES (%s)", (body,))
            if rows:
                with pg.cursor().copy(copy_rows) as copy:
                    for row in rows:
                        copy.write_row(row)

    return keep


def app() -> FastAPI:
    """The floors' server, storing into the database ``IMZA_BENCH_KEEP`` names."""
    floor = FastAPI()
    url = os.environ["IMZA_BENCH_KEEP"]
    keep = _sqlite(url.removeprefix("sqlite:///")) if url.startswith("sqlite") else _postgresql(url)

    async def body_of(request: Request) -> bytes:
        body = bytearray()
        async for chunk in request.stream():
            body += chunk
        return bytes(body)

    def answer(body: bytes) -> Response:
        return Response(str(len(body)).encode(), media_type="application/cbor")

    @floor.post("/noop")
    async def noop(request: Request) -> Response:
        return answer(await body_of(request))

    @floor.post("/keep")
    async def kept(request: Request) -> Response:
        body = await body_of(request)
        await run_in_threadpool(keep, body, False)
        return answer(body)

    @floor.post("/records")
    async def records(request: Request) -> Response:
        body = await body_of(request)
        await run_in_threadpool(keep, body, True)
        return answer(body)

    return floor

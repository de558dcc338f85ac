"""Sync throughput over loopback: 15,000 signatures from one tablet, then 50 tablets at once.

The bare limit, measured in the same run: plain ``requests`` POSTs of the very same batch
bytes to a server (uvicorn on 127.0.0.1) that stores each body durably in one row of the same
kind of database and commits, as a server that acknowledges only what it keeps must. The real
path adds reading the tablet's store, encoding, authentication, decoding and verifying the
chain and head signature, storing each record, signing the receipt, and checking and applying
it on the tablet. Budget: ratio (durable POSTs / real) >= 0.5. The no-op floor (POSTs whose
body is read and dropped) is printed beside it; it asks for less time than storing the bytes
takes, so it is not the budget. Counting happens after the reply, on the server's counter
thread; the figure for counting 15,000 is printed too.
PostgreSQL runs when IMZA_TEST_DATABASE_URL (or IMZA_BENCH_DATABASE_URL) is set.
"""

import os
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import requests
from fastapi import FastAPI, Request, Response
from starlette.concurrency import run_in_threadpool

from kiosk import sealing, simulate
from kiosk.vault import Vault
from sync import client, enrol, outbox, protocol
from sync.server import counting
from tests.conftest import write_campaign
from tests.serverside import Server, database, free_port, set_up, until

COUNT = 15_000
BATCH = 1000
CBOR = "application/cbor"


def _keep(url: str) -> Callable[[bytes], None]:
    """Store a body durably in one row and commit: the floor of a server that keeps what it
    acknowledges (same database, same durability as the real one, nothing else)."""
    if url.startswith("sqlite:///"):
        db = sqlite3.connect(url.removeprefix("sqlite:///"), check_same_thread=False)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=FULL")
        db.execute("CREATE TABLE IF NOT EXISTS kept (body BLOB)")
        lock = threading.Lock()

        def keep_sqlite(body: bytes) -> None:
            with lock, db:
                db.execute("INSERT INTO kept VALUES (?)", (body,))

        return keep_sqlite
    import psycopg

    pg = psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"))
    pg.execute("CREATE TABLE IF NOT EXISTS kept (body bytea)")
    pg.commit()
    lock = threading.Lock()

    def keep_pg(body: bytes) -> None:
        with lock, pg.transaction():
            pg.execute("INSERT INTO kept VALUES (%s)", (body,))

    return keep_pg


def noop_app() -> FastAPI:
    """The bare limit's server: reads the body as the real one does; ``/noop`` stores
    nothing, ``/keep`` stores the bytes durably in the same kind of database."""
    app = FastAPI()
    keep = _keep(os.environ["IMZA_BENCH_KEEP"])

    async def body_of(request: Request) -> bytes:
        body = bytearray()
        async for chunk in request.stream():
            body += chunk
        return bytes(body)

    @app.post("/noop")
    async def noop(request: Request) -> Response:
        body = await body_of(request)
        return Response(str(len(body)).encode(), media_type="application/cbor")

    @app.post("/keep")
    async def kept(request: Request) -> Response:
        body = await body_of(request)
        await run_in_threadpool(keep, body)
        return Response(str(len(body)).encode(), media_type="application/cbor")

    return app


def _answers(url: str) -> bool:
    try:
        return requests.get(url, timeout=2).status_code < 500
    except requests.ConnectionError:
        return False


@contextmanager
def _process(
    argv: list[str], probe: str, log: Path, env: dict[str, str] | None = None
) -> Iterator[None]:
    """A server in its own process, as in production (its own core and interpreter lock)."""
    with log.open("ab") as out:
        proc = subprocess.Popen(argv, stdout=out, stderr=out, env={**os.environ, **(env or {})})
    try:
        until(lambda: _answers(probe), 60, probe)
        yield
    finally:
        proc.terminate()
        proc.wait(30)


@contextmanager
def _noop_server(folder: Path, keep_url: str) -> Iterator[str]:
    port = free_port()
    argv = [sys.executable, "-m", "uvicorn", "--factory", "bench.sync_upload:noop_app"]
    argv += ["--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"]
    env = {"IMZA_BENCH_KEEP": keep_url}
    with _process(argv, f"http://127.0.0.1:{port}/docs", folder / "noop.log", env):
        yield f"http://127.0.0.1:{port}"


@contextmanager
def server_process(kind: str, parent: Path, run: str) -> Iterator[Server]:
    folder = parent / f"{kind}-{run}"
    folder.mkdir()
    pair, count = sealing.generate("hybrid"), sealing.generate("hybrid")
    lead = write_campaign(folder / f"{kind}-lead.toml", pair, count)
    with database(kind, folder) as url:
        engine, camp = set_up(url, lead, folder / f"{kind}-issued.toml")
        port = free_port()
        argv = [sys.executable, "-m", "kiosk.cli", "serve", "--database", url]
        base = f"http://127.0.0.1:{port}"
        try:
            with _process(
                [*argv, "--port", str(port)],
                f"{base}/v1/campaigns/{camp.slug}/progress",
                folder / "server.log",
            ):
                yield Server(base, engine, url, camp, folder / f"{kind}-issued.toml")
        finally:
            engine.dispose()


def signed_tablet(server: Server, path: Path, count: int, seed: int) -> None:
    enrol.enrol(path, server.url, server.code())
    vault = Vault.open(path)
    try:
        simulate.run(vault, count, 0.0, seed, None, None)
    finally:
        vault.close()


def _bodies(path: Path) -> list[bytes]:
    vault = Vault.open(path)
    try:
        out, seq = [], 1
        while (batch := outbox.batch_from(vault, seq, BATCH)) is not None:
            out.append(protocol.encode(batch))
            seq += len(batch.records)
        return out
    finally:
        vault.close()


def _post_all(url: str, bodies: list[bytes]) -> float:
    session = requests.Session()
    started = time.perf_counter()
    for body in bodies:
        session.post(url, data=body, headers={"Content-Type": CBOR}).raise_for_status()
    return time.perf_counter() - started


def one_tablet(kind: str, folder: Path) -> None:
    with (
        server_process(kind, folder, "one") as server,
        _noop_server(folder, server.database_url) as bare,
    ):
        path = folder / f"{kind}-tablet"
        signed_tablet(server, path, COUNT, 11)
        bodies = _bodies(path)
        noop = _post_all(f"{bare}/noop", bodies)
        keep = _post_all(f"{bare}/keep", bodies)
        started = time.perf_counter()
        outcome = client.sync(path, BATCH)
        real = time.perf_counter() - started
        assert outcome.unsent == 0
        assert outcome.acked_through == COUNT
        started = time.perf_counter()
        counting.drain(server.engine)
        counted = time.perf_counter() - started
        size = sum(map(len, bodies)) / 1e6
        print(
            f"  {kind:<10} {COUNT} records ({size:.1f} MB): {real:5.2f} s "
            f"{COUNT / real:6.0f} records/s | POSTs kept durably {keep:4.2f} s, "
            f"ratio {keep / real:.2f} (budget >= 0.5) | no-op POSTs {noop:4.2f} s, "
            f"ratio {noop / real:.2f} "
            f"| counted after the replies in {counted:.2f} s"
        )


def fifty_tablets(kind: str, folder: Path) -> None:
    with server_process(kind, folder, "fifty") as server:
        paths = [folder / f"{kind}-many-{i}" for i in range(50)]
        for i, path in enumerate(paths):
            signed_tablet(server, path, 300, 100 + i)
        errors: list[BaseException] = []

        def run(path: Path) -> None:
            try:
                client.sync(path, 300, attempts=8)
            except BaseException as exc:  # counted and printed below
                errors.append(exc)

        threads = [threading.Thread(target=run, args=(p,)) for p in paths]
        started = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        took = time.perf_counter() - started
        print(f"  {kind:<10} 50 tablets x 300 at once: {took:6.2f} s   errors {len(errors)}")


def main() -> None:
    kinds = ["sqlite"]
    if os.environ.get("IMZA_BENCH_DATABASE_URL"):
        os.environ["IMZA_TEST_DATABASE_URL"] = os.environ["IMZA_BENCH_DATABASE_URL"]
    if os.environ.get("IMZA_TEST_DATABASE_URL"):
        kinds.append("postgresql")
    print("sync upload over loopback vs durable POSTs of the same bytes; budget ratio >= 0.5")
    with tempfile.TemporaryDirectory() as tmp:
        for kind in kinds:
            one_tablet(kind, Path(tmp))
        for kind in kinds:
            fifty_tablets(kind, Path(tmp))

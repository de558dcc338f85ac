"""A real sync server on loopback for tests: uvicorn on 127.0.0.1, a random port, SQLite or
PostgreSQL (a fresh database per test when IMZA_TEST_DATABASE_URL is set)."""

import os
import secrets
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import uvicorn
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from sync.server import campaigns, db, enrolment, listen
from sync.server.app import Limits, create_app

PG_ENV = "IMZA_TEST_DATABASE_URL"


def until(condition: Callable[[], bool], timeout: float = 30.0, what: str = "") -> None:
    """Wait for ``condition`` (checked every 20 ms) or fail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    tick = threading.Event()
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what or condition}")
        tick.wait(0.02)


@contextmanager
def fresh_postgres() -> Iterator[str]:
    """A new, empty PostgreSQL database for one test, dropped afterwards."""
    base = make_url(os.environ[PG_ENV])
    name = f"imza_{secrets.token_hex(6)}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield base.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@contextmanager
def database(kind: str, tmp_path: Path) -> Iterator[str]:
    if kind == "sqlite":
        yield f"sqlite:///{tmp_path / 'server.db'}"
        return
    with fresh_postgres() as url:
        yield url


def answers(url: str) -> bool:
    """Whether a server answers at ``url`` yet (its API documentation page)."""
    import requests

    try:
        return requests.get(f"{url}/docs", timeout=2).status_code == 200
    except requests.RequestException:
        return False


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@dataclass
class Server:
    url: str
    engine: Engine
    database_url: str
    campaign: campaigns.ServerCampaign
    issued: Path

    def code(self, approved: bool = True, hours: float = 24) -> str:
        return enrolment.make_code(self.engine, self.campaign.slug, hours, approved).text


@contextmanager
def serving(
    engine: Engine,
    limits: Limits | None = None,
    tls: tuple[Path, Path] | None = None,
    guards: listen.Guards | None = None,
) -> Iterator[str]:
    """Serve ``engine`` in this process on a random loopback port, as ``imza serve`` does;
    yields the base URL. ``tls``: (certificate chain, key) files to serve HTTPS with;
    ``guards``: other header limits."""
    app = create_app(engine, limits or Limits(progress_ttl_s=0))
    cert, key = (str(tls[0]), str(tls[1])) if tls else (None, None)
    config = uvicorn.Config(
        app,
        log_level="warning",
        lifespan="on",
        ssl_certfile=cert,
        ssl_keyfile=key,
        **listen.settings(guards=guards),
    )
    server = uvicorn.Server(config)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        until(lambda: server.started, 20, "the server to start")
        yield f"{'https' if tls else 'http'}://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(20)
        sock.close()


def set_up(
    database_url: str, campaign_file: Path, issued: Path
) -> tuple[Engine, campaigns.ServerCampaign]:
    engine = db.connect(database_url)
    camp = campaigns.add(engine, campaign_file)
    issued.write_text(camp.issued, encoding="utf-8")
    return engine, camp


def spawn(database_url: str, port: int, log: Path, *extra: str) -> subprocess.Popen[bytes]:
    """``imza serve`` as its own process (for tests that kill it)."""
    out = log.open("ab")
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "kiosk.cli",
            "serve",
            "--database",
            database_url,
            "--port",
            str(port),
            *extra,
        ],
        stdout=out,
        stderr=out,
    )

"""The server's database: a SQLite file by default, PostgreSQL by URL; migrated at start.

Several server processes may share one PostgreSQL: every write is one transaction, rows that
decide (a device's head, a signer's tag, the counter) are locked or upserted, and migrations
run under an advisory lock so processes starting together migrate once.
"""

import itertools
import logging
import os
import threading
import weakref
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import platformdirs
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.sql import Executable

log = logging.getLogger(__name__)
_MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_LOCK_ID = 0x696D7A61  # "imza": the advisory lock that serialises migrations on PostgreSQL
CONNECT_TIMEOUT_S = 10  # an unreachable PostgreSQL is named in seconds, not after minutes


class DatabaseUrlError(ValueError):
    """The --database URL names nothing we can use."""


def _default_file() -> Path:
    return Path(platformdirs.user_data_dir("imza-server", False)) / "server.db"


def default_url() -> str:
    """``$IMZA_SERVER_DATABASE``, else ``server.db`` in the user data folder."""
    return os.environ.get("IMZA_SERVER_DATABASE") or f"sqlite:///{_default_file()}"


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
    cur = dbapi_conn.cursor()
    # 16 KB pages: a record (sealed envelopes, ~4 KB) fits a page instead of overflowing.
    for pragma in ("page_size=16384", "busy_timeout=30000", "journal_mode=WAL", "synchronous=FULL"):
        cur.execute(f"PRAGMA {pragma}")
    cur.close()


def _sqlite_begin(conn: Any) -> None:
    # A write takes the write lock first, so two processes never both read a head and then
    # fail to upgrade their lock; a read is a deferred snapshot that never waits.
    immediate = conn.get_execution_options().get("imza_write", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _sqlite_file(path: Path, url: str, create: bool) -> None:
    """Make the file (and its folder) when ``create``; else refuse a path that is not there,
    so a mistyped path is named instead of answering from a new, empty database."""
    if create:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not path.exists():
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    elif not path.parent.is_dir() and path != _default_file():
        raise DatabaseUrlError(
            f"no folder {path.parent} for the database {url}; create it or check the path"
        )
    elif not path.exists():
        raise DatabaseUrlError(
            f"no server database at {path}; start with imza server campaign or imza serve"
        )


def connect(url: str, create: bool = True) -> Engine:
    """An engine on ``url``, its schema migrated to the newest revision.

    ``create``: a SQLite file and its folder are made when missing (``serve``, ``server
    campaign``); without it a missing one is refused. PostgreSQL gives up connecting after
    ``CONNECT_TIMEOUT_S`` unless the URL says otherwise."""
    try:
        parsed = make_url(url)
    except Exception as exc:  # SQLAlchemy raises ArgumentError with a long text
        raise DatabaseUrlError(f"not a database URL: {url!r}") from exc
    if parsed.get_backend_name() == "sqlite":
        if not parsed.database or parsed.database == ":memory:":
            # Each connection would get its own empty database: the server's would be lost.
            raise DatabaseUrlError("the server's SQLite database is a file: sqlite:///PATH")
        _sqlite_file(Path(parsed.database), url, create)
        engine = create_engine(parsed)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    elif parsed.get_backend_name() == "postgresql":
        if parsed.drivername == "postgresql":
            parsed = parsed.set(drivername="postgresql+psycopg")
        timeout = (
            {} if "connect_timeout" in parsed.query else {"connect_timeout": CONNECT_TIMEOUT_S}
        )
        engine = create_engine(
            parsed, pool_pre_ping=True, pool_size=8, max_overflow=8, connect_args=timeout
        )
    else:
        raise DatabaseUrlError("the server runs on sqlite:///FILE or postgresql://...")
    upgrade(engine)
    return engine


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(_MIGRATIONS))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory(str(_MIGRATIONS)).get_current_head()
    assert head is not None
    return head


def upgrade(engine: Engine, revision: str = "head") -> None:
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
    if revision == "head" and current == head_revision():
        return
    cfg = _config()
    with write(engine) as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": _LOCK_ID})
        log.info("migrating the server database from %s to %s", current, revision)
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def downgrade(engine: Engine, revision: str) -> None:
    cfg = _config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)


_SQLITE_WRITERS: "weakref.WeakKeyDictionary[Engine, threading.Lock]" = weakref.WeakKeyDictionary()


@contextmanager
def write(engine: Engine) -> Iterator[Connection]:
    """One transaction; on SQLite it holds the write lock from its first statement.

    SQLite has one writer at a time; within a process, writers queue on a lock here rather
    than in SQLite's busy handler, which polls and lets a thread starve under fifty tablets.
    """
    if engine.dialect.name != "sqlite":
        with engine.connect().execution_options(imza_write=True) as conn, conn.begin():
            yield conn
        return
    turn = _SQLITE_WRITERS.setdefault(engine, threading.Lock())
    with turn, engine.connect().execution_options(imza_write=True) as conn, conn.begin():
        yield conn


def insert_for(conn: Connection, table: Any) -> Any:
    """INSERT with ON CONFLICT for this connection's dialect (both speak it)."""
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    return dialect.insert(table)


def describe(engine: Engine) -> str:
    """The database for a log line, without a password."""
    return engine.url.render_as_string(hide_password=True)


def first(conn: Connection, stmt: Executable) -> Any:
    """The first row of an ORM select, as objects (read-only: the session is closed after)."""
    with Session(bind=conn) as session:
        return session.execute(stmt).first()


SQLITE_ROWS = 500  # rows per INSERT on SQLite
SQLITE_VARIABLES = 32_766  # SQLite's limit on ? in one statement (since 3.32)


def insert_rows(
    conn: Connection, table: str, cols: tuple[str, ...], rows: Sequence[Sequence[Any]]
) -> None:
    """INSERT many rows on the driver's own bulk path: the hot path of a batch.

    PostgreSQL takes them by COPY; SQLite by INSERTs of many rows each. Not executemany:
    Python's sqlite3 lets go of the interpreter lock for every row, and while another thread
    decodes the next batch each row then waits for the lock to come back (a convoy: 1,000
    rows took seconds in a test with one busy thread, against 10 ms alone). SQLAlchemy would
    first wrap each of a batch's 9,000 byte strings in a driver Binary object. Column names
    are ours, never input."""
    if conn.dialect.name == "postgresql":
        import psycopg

        statement = f"COPY {table} ({', '.join(cols)}) FROM STDIN"
        cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            with cursor.copy(statement) as copy:
                for row in rows:
                    copy.write_row(row)
        except psycopg.IntegrityError as exc:  # as SQLAlchemy would say it
            raise IntegrityError(statement, None, exc) from exc
        return
    per = min(SQLITE_ROWS, SQLITE_VARIABLES // len(cols))
    one = f"({', '.join('?' * len(cols))})"
    for start in range(0, len(rows), per):
        part = rows[start : start + per]
        marks = ", ".join([one] * len(part))
        statement = f"INSERT INTO {table} ({', '.join(cols)}) VALUES {marks}"  # noqa: S608
        conn.exec_driver_sql(statement, tuple(itertools.chain.from_iterable(part)))

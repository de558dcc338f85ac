"""The tablet's SQLite file: WAL, synchronous=FULL, owner-only, migrated to head at open.

Reads begin a deferred transaction, so ``imza status`` never waits on the kiosk. The vault's
record writes begin with ``BEGIN IMMEDIATE``, so that sequence numbers are allocated under
the write lock, even with two processes on one data dir.
"""

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import URL, Connection, Engine, create_engine, delete, event, insert, select

from kiosk.models import Meta

log = logging.getLogger(__name__)
DB_NAME = "imza.db"
_MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def _pragmas(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
    cur = dbapi_conn.cursor()
    # busy_timeout first: switching to WAL needs a lock another process may hold.
    for pragma in (
        "busy_timeout=10000",
        "journal_mode=WAL",
        "synchronous=FULL",
        "foreign_keys=ON",
        "secure_delete=ON",
        # 1 MiB of pages per connection (SQLite's default is 2): the lookups a signing makes
        # are a few index pages, and a kiosk's memory stays flat as the store grows.
        "cache_size=-1024",
    ):
        cur.execute(f"PRAGMA {pragma}")
    cur.close()


def _begin(conn: Any) -> None:
    # pysqlite's own transaction handling is off (isolation_level None): begin explicitly.
    # A write begins IMMEDIATE: a deferred transaction that reads and then writes gets
    # "database is locked" at once, without waiting, if another process wrote in between.
    immediate = conn.get_execution_options().get("imza_write", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def get_meta(conn: Connection, key: str) -> bytes | None:
    return conn.scalar(select(Meta.value).where(Meta.key == key))


def put_meta(conn: Connection, key: str, value: bytes | None) -> None:
    """Set (or, with None, remove) one meta value inside the caller's write transaction."""
    conn.execute(delete(Meta).where(Meta.key == key))
    if value is not None:
        conn.execute(insert(Meta).values(key=key, value=value))


@contextmanager
def begin_write(engine: Engine) -> Iterator[Connection]:
    """A write transaction that holds the write lock from its first statement."""
    with engine.connect().execution_options(imza_write=True) as conn, conn.begin():
        yield conn


def alembic_config(engine: Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(_MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    head = ScriptDirectory(str(_MIGRATIONS)).get_current_head()
    assert head is not None
    return head


def create_file(path: Path) -> None:
    """Create the database file owner-only, before SQLite makes it with the umask's mode."""
    if not path.exists():
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))


def open_engine(data_dir: Path, migrate: bool = True) -> Engine:
    """An engine on ``data_dir``'s store, migrated to the newest schema."""
    path = data_dir / DB_NAME
    create_file(path)
    # URL.create, not an f-string: a ? or % in a folder name must not change the target file.
    engine = create_engine(URL.create("sqlite", database=str(path)))
    event.listen(engine, "connect", _pragmas)
    event.listen(engine, "begin", _begin)
    if migrate:
        upgrade(engine)
    return engine


def upgrade(engine: Engine, revision: str = "head") -> None:
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
    if revision == "head" and current == head_revision():
        return
    log.info("migrating the store from %s to %s", current, revision)
    cfg = alembic_config(engine)
    with begin_write(engine) as conn:  # two processes starting at once migrate one after other
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def downgrade(engine: Engine, revision: str) -> None:
    cfg = alembic_config(engine)
    with begin_write(engine) as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)

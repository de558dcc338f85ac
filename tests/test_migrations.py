"""Alembic: the models equal ``upgrade head``, and migrations go down and up again on data."""

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from kiosk import store
from kiosk.models import Base
from kiosk.vault import Stored, Vault
from tests.conftest import form_with


def test_models_equal_upgrade_head(tmp_path: Path) -> None:
    engine = store.open_engine(tmp_path)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []
    engine.dispose()


def test_store_files_are_owner_only(vault: Vault, tablet: Path) -> None:
    assert isinstance(vault.submit(form_with()), Stored)
    for path in tablet.rglob("*"):
        if path.is_file():
            assert path.stat().st_mode & 0o077 == 0, path


def test_down_and_up_again(tmp_path: Path) -> None:
    engine = store.open_engine(tmp_path)
    store.downgrade(engine, "base")
    assert set(inspect(engine).get_table_names()) == {"alembic_version"}
    store.upgrade(engine)
    assert {"meta", "records"} <= set(inspect(create_engine(engine.url)).get_table_names())
    engine.dispose()


def test_acknowledgement_survives_the_move_to_acked_through(tablet: Path) -> None:
    import struct

    from kiosk.store import begin_write, put_meta

    vault = Vault.open(tablet)
    for name in ("Aysel", "Bəhruz", "Cavid"):
        assert isinstance(vault.submit(form_with(given_name=name)), Stored)
    with begin_write(vault.engine) as conn:
        put_meta(conn, "acked_through", struct.pack(">Q", 2))
    assert vault.status().unsent == 1
    vault.close()
    engine = store.open_engine(tablet)
    store.downgrade(engine, "0001")
    with engine.connect() as conn:
        flags = conn.exec_driver_sql("SELECT seq, acked FROM records ORDER BY seq").all()
    assert [tuple(f) for f in flags] == [(1, 1), (2, 1), (3, 0)]
    store.upgrade(engine)
    engine.dispose()
    vault = Vault.open(tablet)
    assert vault.status().unsent == 1
    vault.close()

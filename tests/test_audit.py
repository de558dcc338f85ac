"""``imza verify`` names every deleted, altered or moved row, and passes an honest store."""

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.audit import Report, verify
from kiosk.signature import SignatureForm
from kiosk.vault import Stored, Vault

Make = Callable[..., SignatureForm]


@pytest.fixture
def filled(vault: Vault, make_form: Make, tablet: Path) -> Path:
    names = ["Aysel", "Bəhruz", "Cavid", "Dünya", "Elnur", "Fərid"]
    for name in names:
        assert isinstance(vault.submit(make_form(given_name=name)), Stored)
    return tablet / "imza.db"


def audit(vault: Vault) -> Report:
    return verify(vault.engine, vault.campaign.slug)


def tamper(db: Path, *sql: str) -> None:
    conn = sqlite3.connect(db)
    for statement in sql:
        conn.execute(statement)
    conn.commit()
    conn.close()


def test_an_untouched_store_verifies(vault: Vault, filled: Path) -> None:
    report = audit(vault)
    assert report.ok
    assert (report.first_seq, report.last_seq, report.count) == (1, 6, 6)


def test_a_deleted_row_is_a_gap(vault: Vault, filled: Path) -> None:
    tamper(filled, "DELETE FROM records WHERE seq = 3")
    report = audit(vault)
    assert not report.ok
    assert report.gaps == [(3, 3)]
    assert report.reordered == [4]  # its successor no longer follows what precedes it


def test_deleting_the_newest_rows_is_seen_too(vault: Vault, filled: Path) -> None:
    tamper(filled, "DELETE FROM records WHERE seq >= 5")
    assert audit(vault).gaps == [(5, 6)]


def test_an_altered_sealed_envelope_is_named(vault: Vault, filled: Path) -> None:
    conn = sqlite3.connect(filled)
    (sealed,) = conn.execute("SELECT sealed FROM records WHERE seq = 2").fetchone()
    flipped = sealed[:40] + bytes([sealed[40] ^ 0x01]) + sealed[41:]  # one bit, always a change
    conn.execute("UPDATE records SET sealed = ? WHERE seq = 2", (flipped,))
    conn.commit()
    conn.close()
    report = audit(vault)
    assert report.altered == [2]
    assert not report.ok


def test_an_altered_clear_column_is_named(vault: Vault, filled: Path) -> None:
    tamper(filled, "UPDATE records SET created_ms = created_ms + 1000 WHERE seq = 5")
    assert audit(vault).altered == [5]


def test_reordered_rows_are_named(vault: Vault, filled: Path) -> None:
    tamper(
        filled,
        "UPDATE records SET seq = 100 WHERE seq = 2",
        "UPDATE records SET seq = 2 WHERE seq = 4",
        "UPDATE records SET seq = 4 WHERE seq = 100",
    )
    report = audit(vault)
    assert set(report.reordered) >= {2, 4}
    assert not report.ok


def test_a_forged_signature_is_named(vault: Vault, filled: Path) -> None:
    tamper(filled, "UPDATE records SET head_sig = zeroblob(64) WHERE seq = 6")
    assert audit(vault).bad_signatures == [6]

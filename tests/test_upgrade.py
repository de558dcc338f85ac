"""Upgrade in place: a data dir made by the first release's schema (kept in tests/golden,
made by that code) migrates when the tablet starts, and nothing in it is lost."""

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import text

from kiosk import audit
from kiosk.cli import main
from kiosk.store import head_revision
from kiosk.vault import Stored, Vault
from tests.conftest import form_with

FIRST = Path(__file__).parent / "golden" / "datadir-0001"


@pytest.fixture
def old(tmp_path: Path) -> Path:
    """A copy of the store the first schema made: 8 signatures (one withdrawn), 9 records,
    in DEMO mode, never synced."""
    path = tmp_path / "old"
    shutil.copytree(FIRST, path)
    return path


def test_a_store_of_the_first_schema_migrates_at_start_and_keeps_everything(
    old: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault = Vault.open(old)
    try:
        with vault.engine.connect() as conn:
            assert conn.scalar(text("SELECT version_num FROM alembic_version")) == head_revision()
        st = vault.status()
        assert (st.signatures, st.withdrawn, st.unsent, st.head_seq) == (8, 1, 9, 9)
        assert audit.verify(vault.engine, vault.campaign.slug).ok
        later = vault.submit(form_with(given_name="Nərmin", surname="Əliyeva"))
        assert isinstance(later, Stored)
        assert later.seq == 10  # the chain goes on from the old head
        assert audit.verify(vault.engine, vault.campaign.slug).ok
    finally:
        vault.close()
    out = old.parent / "signers.csv"
    assert main(["export", "--format", "csv", "--out", str(out), "--data-dir", str(old)]) == 0
    exported = out.read_text(encoding="utf-8-sig")
    assert "Hüseynova" in exported  # signed under the first schema, opened today
    assert "055 765 43 21" in exported  # +994 55 765 43 21, as dialled from Azerbaijan
    assert "Abbasov" not in exported  # withdrawn under the first schema
    assert "Əliyeva" in exported
    capsys.readouterr()
    assert main(["status", "--json", "--data-dir", str(old)]) == 0
    assert json.loads(capsys.readouterr().out)["signatures"] == 9

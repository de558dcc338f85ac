"""Faults a reviewer found: races at first start, odd paths, malformed rows, changed pins."""

import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk import datadir, sealing
from kiosk.audit import verify
from kiosk.export import Summary, opened_signatures, rows_from_store
from kiosk.normalise import identity
from kiosk.signature import SignatureForm
from kiosk.vault import Invalid, MaybeDuplicate, Stored, Vault
from tests.conftest import CampaignKeys, write_campaign

Make = Callable[..., SignatureForm]


@pytest.mark.slow
def test_three_processes_starting_a_fresh_data_dir_at_once_agree(tmp_path: Path) -> None:
    for attempt in range(3):
        data_dir = tmp_path / f"fresh{attempt}"
        argv = [
            sys.executable,
            "-m",
            "kiosk.cli",
            "simulate",
            "--count",
            "2",
            "--data-dir",
            str(data_dir),
        ]
        procs = [
            subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            for _ in range(3)
        ]
        errors = [p.communicate()[1].decode() for p in procs]
        assert [p.returncode for p in procs] == [0, 0, 0], errors
        out = tmp_path / f"out{attempt}.csv"
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "kiosk.cli",
                "export",
                "--data-dir",
                str(data_dir),
                "--out",
                str(out),
            ],
            capture_output=True,
            text=True,
        )
        assert done.returncode == 0, done.stderr
        assert "unique signers: 6" in done.stdout


def test_a_question_mark_in_the_path_keeps_the_store_inside(
    tmp_path: Path, make_form: Make
) -> None:
    odd = tmp_path / "odd" / "q?x=1%41"
    vault = Vault.open(odd)
    assert isinstance(vault.submit(make_form()), Stored)
    vault.close()
    assert (odd / "imza.db").stat().st_size > 0
    assert sorted(p.name for p in (tmp_path / "odd").iterdir()) == ["q?x=1%41"]


def _tamper(db: Path, sql: str) -> None:
    conn = sqlite3.connect(db)
    conn.execute(sql)
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    ("sql", "field", "expected"),
    [
        ("UPDATE records SET sealed = 'abc' WHERE seq = 2", "altered", [2]),
        ("UPDATE records SET suite = 1 WHERE seq = 2", "altered", [2]),
        ("UPDATE records SET synthetic = 1 WHERE seq = 1", "altered", [1]),
        ("UPDATE records SET head_sig = 'abc' WHERE seq = 3", "bad_signatures", [3]),
        ("UPDATE meta SET value = x'0102' WHERE key = 'head'", "head_damaged", True),
        ("DELETE FROM meta WHERE key = 'head'", "head_damaged", True),
    ],
)
def test_malformed_values_are_named_not_crashed_on(
    vault: Vault, make_form: Make, tablet: Path, sql: str, field: str, expected: object
) -> None:
    for name in ("Aysel", "Bəhruz", "Cavid"):
        assert isinstance(vault.submit(make_form(given_name=name)), Stored)
    _tamper(tablet / "imza.db", sql)
    report = verify(vault.engine, vault.campaign.slug)
    assert getattr(report, field) == expected
    assert not report.ok


def test_names_in_other_scripts_do_not_collapse(vault: Vault, make_form: Make) -> None:
    # Normalising keeps the letters of every script: two Persian names stay two people.
    assert identity("علی", "رضایی", "Ağdam") != identity("محمد", "حسینی", "Ağdam")
    # The kiosk itself takes names in the scripts its keyboards type and its font draws
    # (Latin, Cyrillic; Greek too): a name it could not print on the petition is refused.
    refused = vault.submit(make_form(given_name="علی", surname="رضایی"))
    assert isinstance(refused, Invalid)
    assert {p.code for p in refused.problems} == {"characters"}
    assert isinstance(vault.submit(make_form(given_name="ƎLİ", surname="MƎMMƎDOV")), Stored)
    assert isinstance(vault.submit(make_form(given_name="Əli", surname="Məmmədov")), MaybeDuplicate)


def test_a_campaign_file_may_not_flip_production_or_swap_the_count_key(
    tablet: Path, keys: CampaignKeys, tmp_path: Path
) -> None:
    flipped = write_campaign(tmp_path / "p.toml", keys.pair, keys.count, production=True)
    with pytest.raises(datadir.DataDirError, match="count key, receipt key or production"):
        datadir.init(tablet, flipped)
    swapped = write_campaign(tmp_path / "c.toml", keys.pair, sealing.generate())
    with pytest.raises(datadir.DataDirError, match="count key, receipt key or production"):
        datadir.init(tablet, swapped)
    retitled = write_campaign(tmp_path / "t.toml", keys.pair, keys.count, goal=20_000)
    assert datadir.init(tablet, retitled)[1] == "updated"


def test_export_counts_people_as_the_server_will(
    tmp_path: Path, keys: CampaignKeys, make_form: Make
) -> None:
    """Two tablets: one signer gave a patronymic on one and not the other (one person); a
    namesake said "that is not me" and gave hers (two people)."""
    rows = []
    for name, forms in (
        ("a", [(make_form(patronymic="Əli oğlu"), False)]),
        ("b", [(make_form(), False), (make_form(patronymic="Vəli oğlu"), True)]),
    ):
        datadir.init(tmp_path / name, keys.campaign_file)
        vault = Vault.open(tmp_path / name)
        for form, not_same in forms:
            assert isinstance(vault.submit(form, not_the_same=not_same), Stored)
        rows += list(rows_from_store(vault.engine))
        vault.close()
    summary = Summary()
    opener = sealing.Opener(keys.pair.suite, keys.pair.private_raw)
    people = opened_signatures(rows, "landmine-maps", opener, summary)
    assert len(people) == 2
    assert summary.duplicates_removed == 1

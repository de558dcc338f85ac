"""The CSV a spreadsheet opens runs nothing, whatever it splits the lines on; ``--raw`` gives
programs the values exactly as signed."""

import csv
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from kiosk.export_csv import dialled, guard
from kiosk.validation import clean
from kiosk.vault import Stored, Vault
from tests.conftest import CampaignKeys, form_with
from tests.test_export_formats import export

HOSTILE: list[dict[str, Any]] = [
    {"given_name": "Ali;=1+1;x", "surname": "Həsənov", "settlement": "Ağdam"},
    {"given_name": '=HYPERLINK("http://x";"y")', "surname": "Kərimov", "settlement": "Laçın"},
    {"given_name": "Rəna", "surname": "Quliyeva|@SUM(1)", "settlement": "Şuşa,+1"},
    {"given_name": "Elçin", "surname": 'x;"=1+2"', "settlement": "Füzuli\t-3"},
    {"given_name": "Aysel", "surname": "Məmmədova", "settlement": "Zəngilan", "wants_updates": True,
     "phone": "+994 50 123 45 67", "email": "aysel@example.az"},
    {"given_name": "Oleg", "surname": "Petrov", "settlement": "Bakı", "wants_updates": True,
     "phone": "+7 916 123-45-67", "locale": "ru"},
]  # fmt: skip
DANGER = ("=", "+", "-", "@", "\t", "\r")


@pytest.fixture
def hostile(tablet: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A tablet holding names a spreadsheet could run, as older software let them through."""
    monkeypatch.setattr("kiosk.vault.validate", lambda *a, **k: [])
    vault = Vault.open(tablet)
    try:
        for person in HOSTILE:
            assert isinstance(vault.submit(form_with(**person)), Stored)
    finally:
        vault.close()
    return tablet


@pytest.mark.parametrize("separator", [",", ";", "\t", "|"])
def test_no_cell_starts_a_formula_whatever_the_separator(
    capsys: pytest.CaptureFixture[str],
    keys: CampaignKeys,
    hostile: Path,
    tmp_path: Path,
    separator: str,
) -> None:
    out = tmp_path / "signers.csv"
    export(capsys, keys, [hostile], "csv", out)
    text = out.read_text("utf-8-sig")
    rows = list(csv.reader(text.splitlines(), delimiter=separator))
    assert len(rows) == len(HOSTILE) + 1
    cells = [cell for row in rows for cell in row]
    assert not [c for c in cells if c.startswith(DANGER)]


def test_phones_are_written_as_dialled_and_need_no_apostrophe(
    capsys: pytest.CaptureFixture[str], keys: CampaignKeys, hostile: Path, tmp_path: Path
) -> None:
    out = tmp_path / "signers.csv"
    export(capsys, keys, [hostile], "csv", out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel then shows ə
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert sorted(r["phone"] for r in rows if r["phone"]) == ["00 7 916 123-45-67", "050 123 45 67"]
    assert all(line.startswith('"') for line in raw.decode("utf-8-sig").splitlines())  # all quoted


def test_raw_csv_gives_programs_every_value_exactly_as_signed(
    capsys: pytest.CaptureFixture[str], keys: CampaignKeys, hostile: Path, tmp_path: Path
) -> None:
    out = tmp_path / "signers.csv"
    export(capsys, keys, [hostile], "csv", out, "--raw")
    raw = out.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(raw.decode("utf-8").splitlines()))
    got = {(r["given_name"], r["surname"], r["settlement"], r["phone"]) for r in rows}
    fields = ("given_name", "surname", "settlement", "phone")
    want = {tuple(clean(p.get(f, "")) for f in fields) for p in HOSTILE}  # as the form keeps it
    assert got == want


def test_the_guard_marks_only_pieces_that_start_a_formula() -> None:
    assert guard("Abdulrəhmanbəyli-Zülfüqarovlar") == "Abdulrəhmanbəyli-Zülfüqarovlar"
    assert guard("Ali;=1+1;x") == "Ali;'=1+1;x"
    assert guard("a, -1|b") == "a,' -1|b"
    assert guard('x;"=1"') == 'x;\'"=1"'
    assert guard(None) == ""
    assert dialled("+994501234567") == "0501234567"
    assert dialled("050 123 45 67") == "050 123 45 67"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
def test_libreoffice_opening_it_with_semicolons_finds_no_formula(
    capsys: pytest.CaptureFixture[str], keys: CampaignKeys, hostile: Path, tmp_path: Path
) -> None:
    out = tmp_path / "signers.csv"
    export(capsys, keys, [hostile], "csv", out)
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless",
         "--infilter=CSV:59,34,76,1", "--convert-to", "xlsx", "--outdir", str(tmp_path),
         str(out)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    sheet = load_workbook(tmp_path / "signers.xlsx").active
    assert sheet is not None
    cells = [c for row in sheet.iter_rows() for c in row if c.value is not None]
    assert sheet.max_row == len(HOSTILE) + 1
    assert not [c.value for c in cells if c.data_type == "f"]
    computed = [c.value for c in cells if type(c.value) in (int, float) and c.value in (2, 3)]
    assert not computed  # =1+1 and =1+2 did not run

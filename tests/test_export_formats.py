"""What the campaign lead gets from ``imza export``: every name back exactly (ə, Cyrillic, a
name that looks like a formula), one person once across tablets, headings in the campaign's
language, and a delivery PDF that shows every signer and signature and no contact detail."""

import csv
import json
import re
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtGui import QImage, qGray

from kiosk import datadir, sealing, simulate
from kiosk.cli import main
from kiosk.export import Signer, Summary, open_signers, rows_from_store
from kiosk.vault import Stored, Vault
from tests.conftest import CampaignKeys, form_with

FORMULA = '=HYPERLINK("http://x","y")'
PEOPLE: list[dict[str, Any]] = [
    {"given_name": "İlkin", "surname": "Məmmədov", "settlement": "Ağdam", "wants_updates": True,
     "phone": "+994 50 123 45 67", "email": "ilkin@example.az"},
    {"given_name": "Илкин", "surname": "Мамедов", "settlement": "Ağdam", "locale": "ru"},
    {"given_name": "Сәкинә", "surname": "Әлијева", "settlement": "Шуша", "locale": "az-Cyrl"},
    {"given_name": "Aysel", "surname": "Quliyeva", "settlement": "Laçın", "method": "typed",
     "typed_name": "Aysel Quliyeva", "typed_confirmed": True, "strokes": []},
    {"given_name": "Rafiq", "surname": "Şəfiqov", "settlement": "Füzuli", "method": "assisted",
     "volunteer_code": "V07", "assist_reason": "sight", "strokes": []},
    {"given_name": FORMULA, "surname": "Kərimov", "settlement": "Zəngilan"},
]  # fmt: skip
NAMES = {(p["surname"], p["given_name"]) for p in PEOPLE}


@pytest.fixture
def tablets(
    tmp_path: Path, keys: CampaignKeys, tablet: Path, monkeypatch: pytest.MonkeyPatch
) -> list[Path]:
    """Two tablets: six signers and one who withdrew on the first; on the second, one of the
    six again, typed in capitals."""
    second = tmp_path / "tablet2"
    datadir.init(second, keys.campaign_file)
    vault = Vault.open(tablet)
    try:
        for person in PEOPLE[:-1]:
            assert isinstance(vault.submit(form_with(**person)), Stored)
        gone = vault.submit(form_with(given_name="Tural", surname="Həsənov", settlement="Şuşa"))
        assert isinstance(gone, Stored)
        vault.withdraw(gone.receipt_code)
        # Tablets refuse a name starting with "="; one on older software let it through,
        # and the export must still keep it from running as a formula.
        monkeypatch.setattr("kiosk.vault.validate", lambda *a, **k: [])
        assert isinstance(vault.submit(form_with(**PEOPLE[-1])), Stored)
    finally:
        vault.close()
    vault = Vault.open(second)
    try:
        again = form_with(given_name="İLKİN", surname="MƏMMƏDOV", settlement="AĞDAM")
        assert isinstance(vault.submit(again), Stored)
    finally:
        vault.close()
    return [tablet, second]


def export(
    capsys: pytest.CaptureFixture[str],
    keys: CampaignKeys,
    sources: list[Path],
    fmt: str,
    out: Path,
    *extra: str,
) -> dict[str, Any]:
    dirs = [a for d in sources for a in ("--data-dir", str(d))]
    code = main(["export", "--key", str(keys.key_file), "--passphrase-file",
                 str(keys.passphrase_file), "--format", fmt, "--out", str(out), "--json",
                 *dirs, *extra])  # fmt: skip
    printed, err = capsys.readouterr()
    assert code == 0, err
    doc: dict[str, Any] = json.loads(printed)
    return doc


EXPECTED = {"unique": 6, "duplicates_removed": 1, "withdrawn": 1, "drawn": 4, "typed": 1,
            "assisted": 1}  # fmt: skip


def test_csv_gives_back_every_name_and_defuses_the_formula(
    capsys: pytest.CaptureFixture[str], keys: CampaignKeys, tablets: list[Path], tmp_path: Path
) -> None:
    out = tmp_path / "signers.csv"
    doc = export(capsys, keys, tablets, "csv", out)
    assert {k: doc[k] for k in EXPECTED} == EXPECTED
    rows = list(csv.DictReader(out.read_text("utf-8-sig").splitlines()))
    read = {(r["surname"], r["given_name"]) for r in rows}
    assert len(rows) == 6
    # The one difference allowed: the guard's apostrophe, which makes a spreadsheet show the
    # cell as text instead of running it.
    assert read - NAMES == {("Kərimov", "'" + FORMULA)}
    assert NAMES - read == {("Kərimov", FORMULA)}
    assert not any(v.startswith(("=", "+", "-", "@")) for r in rows for v in r.values())


def test_xlsx_gives_back_every_name_exactly_as_text_in_the_campaigns_language(
    capsys: pytest.CaptureFixture[str], keys: CampaignKeys, tablets: list[Path], tmp_path: Path
) -> None:
    out = tmp_path / "signers.xlsx"
    doc = export(capsys, keys, tablets, "xlsx", out)
    assert {k: doc[k] for k in EXPECTED} == EXPECTED
    assert doc["language"] == "az-Latn"  # the campaign's first language
    book = load_workbook(out)
    assert book.sheetnames == [
        "İmzalayanlar",
        "Yaşayış yerləri üzrə cəmi",
        "Ehtimal olunan təkrarlar",
    ]
    sheet = book["İmzalayanlar"]
    heading = [c.value for c in sheet[1]]
    assert heading[:4] == ["Soyad", "Ad", "Ata adı", "Yaşayış yeri"]
    rows = list(sheet.iter_rows(min_row=2))
    assert {(r[0].value, r[1].value) for r in rows} == NAMES
    assert all(c.data_type == "s" for r in rows for c in r[:4] if c.value is not None)
    # No cell of the workbook is a formula: the name is stored as a string, not as <f>.
    with zipfile.ZipFile(out) as z:
        sheets = [z.read(n) for n in z.namelist() if n.startswith("xl/worksheets/")]
    assert not any(b"<f>" in s or b"<f " in s for s in sheets)
    formula_row = next(r for r in rows if r[1].value == FORMULA)
    assert formula_row[1].quotePrefix  # Excel keeps it text even when someone edits the cell


def test_xlsx_totals_and_possible_duplicates(
    capsys: pytest.CaptureFixture[str], keys: CampaignKeys, tablets: list[Path], tmp_path: Path
) -> None:
    out = tmp_path / "signers.xlsx"
    export(capsys, keys, tablets, "xlsx", out, "--language", "ru")
    book = load_workbook(out)
    signers, totals, near = (book[n] for n in book.sheetnames)
    assert signers["A1"].value == "Фамилия"
    places = {r[0].value: r[1].value for r in totals.iter_rows(min_row=2) if r[0].value}
    assert places["Ağdam"] == 2
    assert places["Итого"] == 6
    assert places["Подписавшие, каждый учтён один раз"] == 6
    assert places["Удалены повторы"] == 1
    # Мамедов and Məmmədov are kept apart by the count and flagged here for a person.
    flagged = [(r[0].value, r[2].value) for r in near.iter_rows() if isinstance(r[0].value, int)]
    assert sorted(flagged) == sorted([(1, "Мамедов"), (1, "Məmmədov")])


def _text(pdf: Path, *args: str) -> str:
    return subprocess.run(
        ["pdftotext", *args, str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_the_delivery_pdf_shows_every_signer_the_count_and_no_contact(
    capsys: pytest.CaptureFixture[str], keys: CampaignKeys, tablets: list[Path], tmp_path: Path
) -> None:
    out = tmp_path / "delivery.pdf"
    export(capsys, keys, tablets, "pdf", out, "--language", "en")
    text = _text(out, "-layout")
    flat = " ".join(text.split())
    solid = "".join(_text(out, "-raw").split())  # in drawing order: a long name wraps
    for surname, given in NAMES:
        assert surname in solid
        assert given in solid
    for label, figure in (("People who signed, each counted once", 6), ("Duplicates removed", 1),
                          ("Withdrawn by their signers", 1), ("Signed with a typed name", 1),
                          ("Signed with a volunteer's help", 1)):  # fmt: skip
        assert re.search(rf"{re.escape(label)}\s+{figure}\b", text), label
    assert "@" not in text
    assert "123 45 67" not in flat
    assert "Tural" not in flat  # withdrawn
    assert "assisted by V07" in flat
    pages = int(re.findall(r"page \d+ of (\d+)", flat)[0])
    assert all(f"page {n} of {pages}" in flat for n in range(1, pages + 1))
    campaign = datadir.open_dir(tablets[0], create=False).campaign
    for locale in ("az-Latn", "ru", "az-Cyrl"):  # the versions that were signed
        assert campaign.texts[locale].sha256.hex() in flat
    assert campaign.texts["en"].sha256.hex() not in flat  # nobody signed the English text
    assert "Facts as of: 2021-03" in flat
    last = " ".join(_text(out, "-f", str(pages), "-l", str(pages)).split())
    assert campaign.texts["en"].title in last  # the request, atop the signature page


def test_a_pdf_with_simulated_signatures_says_test_data_on_every_page(
    capsys: pytest.CaptureFixture[str], keys: CampaignKeys, tablet: Path, tmp_path: Path
) -> None:
    vault = Vault.open(tablet)
    try:
        simulate.run(vault, 3, 0.0, 7, None, None)
    finally:
        vault.close()
    out = tmp_path / "rehearsal.pdf"
    export(capsys, keys, [tablet], "pdf", out, "--language", "en")
    flat = " ".join(_text(out).split())
    pages = int(re.findall(r"page 1 of (\d+)", flat)[0])
    assert flat.count("TEST DATA: this file holds simulated signatures") == pages


def test_signatures_are_drawn_in_their_cells(
    capsys: pytest.CaptureFixture[str], keys: CampaignKeys, tablets: list[Path], tmp_path: Path
) -> None:
    from ui.delivery.layout import new_writer
    from ui.delivery.pdf import list_order
    from ui.delivery.signers import SignerPages
    from ui.export_text import texts

    out = tmp_path / "delivery.pdf"
    export(capsys, keys, tablets, "pdf", out, "--language", "en")
    pages = int(re.findall(r"page 1 of (\d+)", _text(out))[0])
    subprocess.run(["pdftoppm", "-png", "-r", "50", "-f", str(pages), "-l", str(pages),
                    str(out), str(tmp_path / "page")], check=True)  # fmt: skip
    image = QImage(str(next(tmp_path.glob("page*.png"))))
    assert not image.isNull()

    # Where each row's signature cell is, from the same layout the PDF was drawn with.
    campaign = datadir.open_dir(tablets[0], create=False).campaign
    words = texts("en")
    t = campaign.text("en")
    listed = sorted(signers_of(tablets, keys), key=list_order)
    layout = SignerPages(new_writer(tmp_path / "m.pdf", "m"), t.title,
                         f"{words['pdf.to']}: {t.recipient}", words, listed)  # fmt: skip
    top = layout.body.top + layout.header_h + layout.columns_h
    scale = 50 / 300

    def dark(row: int) -> int:
        cell = layout.columns.at(top + row * layout.row_h).signature.adjusted(10, 10, -10, -10)
        x0, y0 = int(cell.left() * scale), int(cell.top() * scale)
        x1, y1 = int(cell.right() * scale), int(cell.bottom() * scale)
        return sum(qGray(image.pixel(x, y)) < 128 for x in range(x0, x1) for y in range(y0, y1))

    drawn = [i for i, s in enumerate(listed) if s.method == "drawn"]
    assert len(drawn) == 4
    assert all(dark(i) > 15 for i in drawn), [dark(i) for i in drawn]
    assert dark(len(listed)) == 0  # below the last signer the page is blank: the check sees


def signers_of(tablets: list[Path], keys: CampaignKeys) -> list[Signer]:
    opener = sealing.Opener(keys.pair.suite, keys.pair.private_raw)
    rows = []
    for path in tablets:
        opened = datadir.open_dir(path, create=False)
        rows += list(rows_from_store(opened.engine))
        opened.engine.dispose()
    return open_signers(rows, "landmine-maps", opener, Summary())

"""Every signer's whole name, patronymic and settlement is on the delivery PDF's page, inside
its row: the row grows to what it needs, a long word breaks where it must, nothing is hidden."""

import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage, qGray

from kiosk import datadir, simulate
from kiosk.vault import Stored, Vault
from tests.conftest import CampaignKeys, form_with
from tests.test_export_formats import export, signers_of

LONG: list[dict[str, Any]] = [
    {"given_name": "Məhəmmədəli Əbülfəz Hüseynqulu Nəsrəddin",
     "surname": "Abdulrəhmanbəyli-Zülfüqarovlar", "patronymic": "Əbdürrəhimbəy Fərhadoğlu",
     "settlement": "Ağdam"},
    {"given_name": "Ə" * 60, "surname": "Ş" * 60, "patronymic": "Ü" * 60, "settlement": "Q" * 80},
    {"given_name": "Gülbahar", "surname": "Kəngərli",
     "settlement": "Yuxarı Qışlaq kəndi, Ağdam rayonu, köhnə məktəbin yanında"},
]  # fmt: skip
DPI = 100


@pytest.fixture
def long_names(tablet: Path) -> Path:
    vault = Vault.open(tablet)
    try:
        for person in LONG:
            assert isinstance(vault.submit(form_with(**person)), Stored)
        simulate.run(vault, 40, 0.0, 5, None, None)  # the long ones fall on later pages
    finally:
        vault.close()
    return tablet


def _squeezed(text: str) -> str:
    """Without spaces and hyphens: pdftotext joins a line that ends in a hyphen to the next."""
    return "".join(text.split()).replace("-", "")


def test_long_names_are_whole_and_inside_their_rows(
    capsys: pytest.CaptureFixture[str], keys: CampaignKeys, long_names: Path, tmp_path: Path
) -> None:
    from ui.delivery.layout import new_writer
    from ui.delivery.pdf import list_order
    from ui.delivery.signers import SignerPages
    from ui.export_text import texts

    out = tmp_path / "delivery.pdf"
    export(capsys, keys, [long_names], "pdf", out, "--language", "az-Latn")
    campaign = datadir.open_dir(long_names, create=False).campaign
    words, t = texts("az-Latn"), campaign.text("az-Latn")
    listed = sorted(signers_of([long_names], keys), key=list_order)
    layout = SignerPages(new_writer(tmp_path / "m.pdf", "m"), t.title,
                         f"{words['pdf.to']}: {t.recipient}", words, listed)  # fmt: skip
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True)
    total = int(next(ln for ln in info.stdout.splitlines() if ln.startswith("Pages:")).split()[1])
    front = total - layout.pages()
    scale = DPI / 300  # the layout's device units are 300 dpi
    checked = 0
    for page, first in enumerate(layout.starts):
        end = layout.starts[page + 1] if page + 1 < len(layout.starts) else len(layout.rows)
        y = layout.body.top + layout.header_h + layout.columns_h
        image: QImage | None = None
        for row in layout.rows[first:end]:
            s, cols = row.signer, layout.columns.at(y)
            name = " ".join(p for p in (s.surname, s.given_name, s.patronymic) if p)
            if len(name) > 40 or len(s.settlement) > 30:
                for cell, want in ((cols.name, name), (cols.place, s.settlement)):
                    box = cell.adjusted(0, 0, 0, row.height - cell.height())
                    x, top = int(box.left() * scale), int(box.top() * scale)
                    w, h = int(box.width() * scale), int(box.height() * scale)
                    crop = [
                        "-r",
                        str(DPI),
                        "-x",
                        str(x),
                        "-y",
                        str(top),
                        "-W",
                        str(w),
                        "-H",
                        str(h),
                    ]
                    text = subprocess.run(
                        ["pdftotext", "-f", str(front + page + 1), "-l", str(front + page + 1),
                         *crop, str(out), "-"], capture_output=True, text=True, check=True,
                    ).stdout  # fmt: skip
                    assert _squeezed(text) == _squeezed(want)  # all of it, in its own cell
                # the name's last line is drawn, and above the rule that ends the row
                image = image or _page(out, front + page + 1, tmp_path)
                last_line = y + (len(row.name) - 1) * layout.metrics.lineSpacing()
                bottom = y + row.height
                assert bottom - last_line > layout.metrics.lineSpacing()
                assert _dark(image, cols.name.left(), last_line, cols.name.right(), bottom, scale)
                checked += 1
            y += row.height
    assert checked == len(LONG)


def _page(pdf: Path, page: int, folder: Path) -> QImage:
    stem = folder / f"page{page}"
    subprocess.run(["pdftoppm", "-png", "-r", str(DPI), "-f", str(page), "-l", str(page),
                    "-singlefile", str(pdf), str(stem)], check=True)  # fmt: skip
    image = QImage(f"{stem}.png")
    assert not image.isNull()
    return image


def _dark(image: QImage, left: float, top: float, right: float, bottom: float, k: float) -> int:
    """Dark pixels of the last text line of a cell (the rule under the row left out)."""
    x0, x1 = int(left * k) + 2, int(right * k) - 2
    y0, y1 = int(top * k), int(bottom * k) - 3
    return sum(qGray(image.pixel(x, y)) < 100 for x in range(x0, x1) for y in range(y0, y1))


def test_no_page_holds_text_outside_what_it_shows(
    capsys: pytest.CaptureFixture[str], keys: CampaignKeys, long_names: Path, tmp_path: Path
) -> None:
    """Text a page clips away (a line of the page before, drawn above this one's top) would
    still be in the text layer; every word must be in the body, the footer or the test mark."""
    from ui.delivery.layout import MARGIN_BOTTOM_MM, MARGIN_TOP_MM, PAGE_H_MM

    out = tmp_path / "delivery.pdf"
    for language in ("az-Latn", "ru", "en"):
        export(capsys, keys, [long_names], "pdf", out, "--language", language)
        xml = subprocess.run(["pdftotext", "-bbox", str(out), "-"], capture_output=True,
                             text=True, check=True).stdout  # fmt: skip
        pt = 72 / 25.4
        top, bottom = MARGIN_TOP_MM * pt, (PAGE_H_MM - MARGIN_BOTTOM_MM) * pt
        pages = xml.split("<page ")[1:]
        assert len(pages) > 5
        for number, page in enumerate(pages, 1):
            words = re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<', page)
            above = " ".join(w for y0, y1, w in words if float(y1) <= top + 0.5)
            below = " ".join(w for y0, y1, w in words if float(y0) >= bottom - 0.5)
            straddling = [w for y0, y1, w in words if float(y0) < top - 0.5 < float(y1)]
            assert not straddling, (language, number)
            assert not above or above.startswith(("SINAQ", "ТЕСТ", "TEST")), (language, number)
            assert str(number) in below, (language, number, below)  # the footer, and only it
            assert len(below.split()) <= 4, (language, number, below)


def test_the_pdf_carries_only_the_bundled_fonts(
    capsys: pytest.CaptureFixture[str], keys: CampaignKeys, long_names: Path, tmp_path: Path
) -> None:
    out = tmp_path / "delivery.pdf"
    export(capsys, keys, [long_names], "pdf", out, "--language", "ru")
    listed = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True)
    fonts = {line.split()[0].split("+")[-1] for line in listed.stdout.splitlines()[2:]}
    bundled = {p.stem for p in (Path(__file__).parent.parent / "resources" / "fonts").glob("*.ttf")}
    assert fonts
    assert fonts <= bundled  # nothing from the export computer's own fonts

"""The signer list as an Excel workbook: signers, totals per settlement, possible duplicates.

Every heading comes translated from the caller (``ui.export_text``; the core has no Qt), in
the campaign's language. Text is always written as a text cell: openpyxl would otherwise store
a name like ``=HYPERLINK(...)`` as a formula that Excel runs. Such cells also carry Excel's
quote prefix, so editing one in Excel keeps it text.
"""

from collections.abc import Mapping, Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from kiosk.export import COLUMNS, Progress, Signer, Summary
from kiosk.export_near import NearGroup
from kiosk.export_output import staged
from kiosk.validation import FORMULA_START

Texts = Mapping[str, str]
_BOLD = Font(bold=True)
_WIDTHS = {"surname": 22, "given_name": 18, "patronymic": 22, "settlement": 20, "method": 14,
           "typed_name": 24, "phone": 18, "email": 26, "signed_at": 20, "record": 34,
           "site": 26}  # fmt: skip
SUMMARY_ROWS = ("unique", "duplicates_removed", "withdrawn", "excluded", "drawn", "typed",
                "assisted", "held_aside")  # fmt: skip
NEAR_COLUMNS = ("group", "why", "surname", "given_name", "patronymic", "settlement", "signed_at",
                "device", "record")  # fmt: skip


def text_cell(ws: WriteOnlyWorksheet, value: str, bold: bool = False) -> Cell:
    """A cell Excel shows as exactly this text, whatever it starts with."""
    cell = WriteOnlyCell(ws, value=ILLEGAL_CHARACTERS_RE.sub("\ufffd", value))
    cell.data_type = "s"  # never "f": a name is not a formula
    if value.startswith(FORMULA_START):
        cell.quotePrefix = True
    if bold:
        cell.font = _BOLD
    return cell


def _widths(ws: WriteOnlyWorksheet, widths: Sequence[int]) -> None:
    columns = ws.column_dimensions  # type: ignore[attr-defined]  # there, though not in the stubs
    for i, width in enumerate(widths, 1):
        columns[get_column_letter(i)].width = width


def _value(row: dict[str, object], column: str, texts: Texts) -> str:
    value = str(row[column])
    if column == "method":
        return texts.get(f"method.{value}", value)
    if column == "assist_reason" and value:
        return texts.get(f"reason.{value}", value)
    if column == "synthetic" and value:
        return texts["value.synthetic"]
    return value


def _signers_sheet(
    wb: Workbook, signers: Sequence[Signer], texts: Texts, progress: Progress | None
) -> None:
    ws = wb.create_sheet(texts["sheet.signers"])
    ws.freeze_panes = "A2"
    _widths(ws, [_WIDTHS.get(c, 14) for c in COLUMNS])
    ws.append([text_cell(ws, texts[f"col.{c}"], bold=True) for c in COLUMNS])
    for done, signer in enumerate(signers, 1):
        row = signer.row()
        values = (_value(row, c, texts) for c in COLUMNS)
        ws.append([text_cell(ws, v) if v else None for v in values])  # empty: no cell at all
        if progress:
            progress(done, len(signers))


def _totals_sheet(wb: Workbook, summary: Summary, texts: Texts) -> None:
    ws = wb.create_sheet(texts["sheet.totals"])
    ws.freeze_panes = "A2"
    _widths(ws, [40, 14])
    ws.append([text_cell(ws, texts["col.settlement"], True), text_cell(ws, texts["signers"], True)])
    for place, count in summary.per_settlement.items():
        ws.append([text_cell(ws, place), count])
    ws.append([text_cell(ws, texts["total"], True), sum(summary.per_settlement.values())])
    ws.append([])
    counts = summary.counts()
    for key in SUMMARY_ROWS:
        ws.append([text_cell(ws, texts[f"count.{key}"]), counts[key]])


def _near_sheet(wb: Workbook, groups: Sequence[NearGroup], texts: Texts) -> None:
    ws = wb.create_sheet(texts["sheet.near"])
    _widths(ws, [8, 30, 22, 18, 22, 20, 20, 14, 34])
    # What was flagged, said where the list starts (overflowing into the empty cells beside).
    ws.append([text_cell(ws, texts["near.title"], bold=True)])
    for key in ("near.rule.sound", "near.rule.letter", "near.note"):
        ws.append([text_cell(ws, texts[key])])
    ws.append([])
    ws.append([text_cell(ws, texts[f"col.{c}"], bold=True) for c in NEAR_COLUMNS])
    for number, group in enumerate(groups, 1):
        reasons = (("near.sound", group.sound_alike), ("near.letter", group.one_letter))
        why = "; ".join(texts[key] for key, applies in reasons if applies)
        for signer in group.members:
            row = signer.row()
            values = [why, *(str(row[c]) for c in NEAR_COLUMNS[2:])]
            ws.append([number, *(text_cell(ws, v) for v in values)])
    if not groups:
        ws.append([text_cell(ws, texts["near.none"])])


def write_xlsx(
    path: Path,
    signers: Sequence[Signer],
    summary: Summary,
    groups: Sequence[NearGroup],
    texts: Texts,
    progress: Progress | None = None,
) -> None:
    wb = Workbook(write_only=True)
    _signers_sheet(wb, signers, texts, progress)
    _totals_sheet(wb, summary, texts)
    _near_sheet(wb, groups, texts)
    with staged(path) as tmp:
        wb.save(tmp)

"""The signer list as CSV: for a spreadsheet by default, for programs with ``--raw``.

For a spreadsheet: UTF-8 with BOM (Excel then shows ə), RFC 4180, every field quoted, and no
cell a spreadsheet could run as a formula whatever it splits the lines on. Quoting alone does
not do it: LibreOffice, and Excel with Azerbaijani or Russian regional settings, may open the
file with ``;`` as the separator, and then ``"Ali;=1+1;x"`` is three cells, the middle one a
formula. So every piece of a field that a ``,`` ``;`` tab or ``|`` could cut out, and that
starts with ``=`` ``+`` ``-`` or ``@``, gets an apostrophe in front (the spreadsheet's "this
is text"). Phones are written as a clerk dials them from Azerbaijan ("050 123 45 67", "00 7
916 …"), so they need no apostrophe. Validation refuses these characters in names already;
the guard is for what is typed elsewhere and for records signed before it did.

For programs (``raw``): the values exactly as signed, RFC 4180 quoting only where needed.

The column names stay the same in every language (``kiosk.export.COLUMNS``): the CSV is what
scripts read; the XLSX and the PDF are for people and speak the campaign's language.
"""

import csv
import os
import re
from collections.abc import Sequence
from pathlib import Path

from kiosk.export import COLUMNS, Signer
from kiosk.export_output import staged
from kiosk.validation import FORMULA_START

_PIECES = re.compile(r"([,;|\t\r\n])")  # what a spreadsheet may split a line on
_HOME = "+994"


def guard(value: object) -> str:
    """A field a spreadsheet shows as text, however it splits the line into cells."""
    text = "" if value is None else str(value)
    if not any(ch in text for ch in FORMULA_START):
        return text
    pieces = _PIECES.split(text)
    for i in range(0, len(pieces), 2):  # the pieces between the separators
        if pieces[i].lstrip(' "').startswith(FORMULA_START):
            pieces[i] = "'" + pieces[i]
    return "".join(pieces)


def dialled(phone: str) -> str:
    """A phone as it is dialled from Azerbaijan: +994 50 … is 050 …, +7 916 … is 00 7 916 …
    (digits and spaces only: a spreadsheet keeps it as text and runs nothing)."""
    phone = phone.strip()
    if phone.startswith(_HOME):
        return "0" + phone.removeprefix(_HOME).lstrip()
    if phone.startswith("+"):
        return "00 " + phone[1:].lstrip()
    return phone


def write_csv(path: Path, signers: Sequence[Signer], raw: bool = False) -> None:
    with staged(path) as tmp:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        encoding = "utf-8" if raw else "utf-8-sig"
        with os.fdopen(fd, "w", encoding=encoding, newline="") as fh:
            # RFC 4180: CRLF, doubled quotes; for a spreadsheet every field in quotes
            writer = csv.writer(fh, quoting=csv.QUOTE_MINIMAL if raw else csv.QUOTE_ALL)
            writer.writerow(COLUMNS)
            for signer in signers:
                row = signer.row()
                if raw:
                    writer.writerow(["" if row[c] is None else row[c] for c in COLUMNS])
                    continue
                row["phone"] = dialled(str(row["phone"] or ""))
                writer.writerow([guard(row[c]) for c in COLUMNS])

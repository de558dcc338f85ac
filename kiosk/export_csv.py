"""The signer list as CSV, as Excel expects it: UTF-8 with BOM, RFC 4180, no formulas.

The column names stay the same in every language (``kiosk.export.COLUMNS``): the CSV is what
scripts read; the XLSX and the PDF are for people and speak the campaign's language.
"""

import csv
import os
from collections.abc import Sequence
from pathlib import Path

from kiosk.export import COLUMNS, Signer
from kiosk.export_output import staged

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def guard(value: object) -> str:
    """A cell a spreadsheet shows as text: a leading = + - @ would otherwise run as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def write_csv(path: Path, signers: Sequence[Signer]) -> None:
    with staged(path) as tmp:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)  # the default dialect is RFC 4180: CRLF, doubled quotes
            writer.writerow(COLUMNS)
            for signer in signers:
                row = signer.row()
                writer.writerow([guard(row[c]) for c in COLUMNS])

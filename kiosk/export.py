"""``imza export``: open the sealed records with the campaign private key, on the export computer.

De-duplicates by normalised identity across all devices, leaves withdrawn signatures out, and
writes CSV as Excel expects it (UTF-8 with BOM, RFC 4180), each cell guarded against formula
injection. The output appears only when everything opened: a wrong key leaves no file.
"""

import csv
import datetime as dt
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, select

from kiosk import chain, sealing
from kiosk.device import device_id
from kiosk.models import Meta, Record
from kiosk.normalise import identity
from kiosk.signature import read_payload

COLUMNS = (
    "surname",
    "given_name",
    "patronymic",
    "settlement",
    "method",
    "volunteer",
    "assist_reason",
    "typed_name",
    "phone",
    "email",
    "locale",
    "signed_at",
    "device",
    "record",
    "synthetic",
    "clock_warning",
    "site",
    "day_volunteer",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class ExportError(Exception):
    """The export cannot be made; the message says why in one line."""


@dataclass(frozen=True)
class SealedRow:
    device: str
    record_id: bytes
    kind: int
    suite: int
    created_ms: int
    withdrawal_hash: bytes
    sealed: bytes | None
    synthetic: bool = False


@dataclass
class Summary:
    unique: int = 0
    duplicates_removed: int = 0
    withdrawn: int = 0
    drawn: int = 0
    typed: int = 0
    assisted: int = 0
    per_settlement: dict[str, int] = field(default_factory=dict)

    def lines(self) -> list[str]:
        return [
            f"unique signers: {self.unique}",
            f"duplicates removed: {self.duplicates_removed}",
            f"withdrawn: {self.withdrawn}",
            f"signed by drawing: {self.drawn}, typed: {self.typed}, assisted: {self.assisted}",
        ]


def rows_from_store(engine: Engine) -> Iterator[SealedRow]:
    """The sealed rows of one tablet's data dir."""
    with engine.connect() as conn:
        public = conn.scalar(select(Meta.value).where(Meta.key == "device_public")) or b""
        dev = device_id(public)
        query = select(
            Record.record_id,
            Record.kind,
            Record.suite,
            Record.created_ms,
            Record.withdrawal_hash,
            Record.sealed,
            Record.synthetic,
        ).order_by(Record.seq)
        for rid, kind, suite, created, whash, sealed, synthetic in conn.execute(query):
            yield SealedRow(dev, rid, kind, suite, created, whash, sealed, bool(synthetic))


def guard(value: object) -> str:
    """A cell a spreadsheet shows as text: a leading = + - @ would otherwise run as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def opened_signatures(
    rows: Iterable[SealedRow],
    campaign: str,
    opener: sealing.Opener,
    summary: Summary,
    progress: Callable[[int, int], None] | None = None,
) -> list[dict[str, object]]:
    """Every signature not withdrawn, opened and de-duplicated; counts go into ``summary``."""
    rows = list(rows)
    withdrawn = {r.withdrawal_hash for r in rows if r.kind == chain.KIND_WITHDRAWAL}
    seen: set[bytes] = set()
    out: list[dict[str, object]] = []
    unopened: list[SealedRow] = []
    for done, row in enumerate(rows, 1):
        if progress:
            progress(done, len(rows))
        if row.kind != chain.KIND_SIGNATURE or row.sealed is None:
            continue
        if row.withdrawal_hash in withdrawn:
            summary.withdrawn += 1
            continue
        try:
            suite = sealing.SUITE_NAMES[row.suite]
            info = sealing.seal_info(suite, campaign, row.device, row.record_id, "signature")
            doc = read_payload(opener.open(row.sealed, info))
        except (sealing.SealError, ValueError, KeyError):
            unopened.append(row)
            continue
        # The same identity the tablet sealed for the server's count: name and settlement,
        # plus what told namesakes apart only where the signer said "that is not me".
        key = identity(
            str(doc["given"]),
            str(doc["surname"]),
            str(doc["settlement"]),
            str(doc.get("distinct", "")),
        )
        if key in seen:
            summary.duplicates_removed += 1
            continue
        seen.add(key)
        method = str(doc["method"])
        setattr(summary, method, getattr(summary, method) + 1)
        summary.per_settlement[str(doc["settlement"])] = (
            summary.per_settlement.get(str(doc["settlement"]), 0) + 1
        )
        signed = dt.datetime.fromtimestamp(row.created_ms / 1000, dt.UTC)
        out.append(
            {
                "surname": doc["surname"],
                "given_name": doc["given"],
                "patronymic": doc["patronymic"],
                "settlement": doc["settlement"],
                "method": method,
                "volunteer": doc["volunteer"],
                "assist_reason": doc.get("assist_reason", ""),
                "typed_name": doc["typed_name"],
                "phone": doc["phone"],
                "email": doc["email"],
                "locale": doc["locale"],
                "signed_at": signed.strftime("%Y-%m-%d %H:%M UTC"),
                "device": row.device[:12],
                "record": row.record_id.hex(),
                "synthetic": "synthetic" if row.synthetic else "",
                "clock_warning": doc.get("clock", ""),
                "site": doc.get("site", ""),
                "day_volunteer": doc.get("day_volunteer", ""),
            }
        )
    if unopened:
        first = unopened[0]
        raise ExportError(
            f"{len(unopened)} of {len(rows)} records do not open with this key (the first: "
            f"device {first.device[:12]}, record {first.record_id.hex()}); is it this "
            "campaign's key? No file was written"
        )
    summary.unique = len(out)
    return out


def write_csv(path: Path, records: list[dict[str, object]]) -> None:
    # Beside the target so the rename is atomic; a partial file left by a killed export is
    # truncated here before anything else is written.
    tmp = path.with_name(f".{path.name}.partial")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)  # the default dialect is RFC 4180: CRLF, doubled quotes
            writer.writerow(COLUMNS)
            for rec in records:
                writer.writerow([guard(rec[c]) for c in COLUMNS])
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


WRITERS: dict[str, Callable[[Path, list[dict[str, object]]], None]] = {"csv": write_csv}


def export(
    rows: Iterable[SealedRow],
    campaign: str,
    opener: sealing.Opener,
    fmt: str,
    out: Path,
    progress: Callable[[int, int], None] | None = None,
) -> Summary:
    if fmt not in WRITERS:
        raise ExportError(f"format {fmt!r} is not available yet (choose: {', '.join(WRITERS)})")
    summary = Summary()
    records = opened_signatures(rows, campaign, opener, summary, progress)
    WRITERS[fmt](out, records)
    return summary

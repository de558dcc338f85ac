"""``imza export``: open the sealed records with the campaign private key, on the export computer.

Every signature not withdrawn is opened and each person is kept once, judged by the same
normalised identity the server counts by (``sync.server.counting`` keeps a keyed tag of it),
so the export's "unique" equals the server's figure for the same records. What was left out is
counted: duplicates, withdrawals, records of a revoked tablet. The writers (``export_csv``,
``export_xlsx``, and the delivery PDF in ``ui``) take the opened signers; nothing is written
until everything opened, so a wrong key leaves no file.
"""

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field

from sqlalchemy import Engine, select

from kiosk import chain, sealing
from kiosk.device import device_id
from kiosk.models import Meta, Record
from kiosk.normalise import Headcount, az_order, identity
from kiosk.places import canonical_settlement, settlement_key
from kiosk.signature import read_payload

# The CSV's columns: stable names a script can rely on (the XLSX and PDF headings are translated).
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
Progress = Callable[[int, int], None]


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
    withdrawn: bool = False  # the server's mark: withdrawn by code at the server
    excluded: bool = False  # the server's mark: its tablet was revoked before this record


@dataclass
class Summary:
    unique: int = 0
    duplicates_removed: int = 0
    withdrawn: int = 0
    excluded: int = 0
    drawn: int = 0
    typed: int = 0
    assisted: int = 0
    held_aside: int = 0  # records the server holds aside (gap, fork) and does not count
    per_settlement: dict[str, int] = field(default_factory=dict)

    def lines(self) -> list[str]:
        out = [
            f"unique signers: {self.unique}",
            f"duplicates removed: {self.duplicates_removed}",
            f"withdrawn: {self.withdrawn}",
            f"signed by drawing: {self.drawn}, typed: {self.typed}, assisted: {self.assisted}",
        ]
        if self.excluded:
            out.append(f"left out, their tablet was revoked: {self.excluded}")
        if self.held_aside:
            out.append(f"held aside at the server, neither counted nor exported: {self.held_aside}")
        return out

    def counts(self) -> dict[str, int]:
        doc = asdict(self)
        doc.pop("per_settlement")
        return doc


@dataclass(frozen=True)
class Signer:
    """One person's signature, opened: what the writers show."""

    surname: str
    given_name: str
    patronymic: str
    settlement: str
    place: str  # the gazetteer's id when the signer picked the place from the list
    method: str
    volunteer: str
    assist_reason: str
    typed_name: str
    phone: str
    email: str
    locale: str
    signed_ms: int
    device: str
    record: str
    synthetic: bool
    clock_warning: str
    site: str
    day_volunteer: str
    strokes: bytes  # as packed by kiosk.ink.pack
    text_sha256: bytes
    salt: bytes = b""  # the commitment's (chain version 2): the recipient's kit lists it
    distinct: str = ""  # what told namesakes apart, when the tablet had to ask

    @property
    def signed_at(self) -> str:
        return dt.datetime.fromtimestamp(self.signed_ms / 1000, dt.UTC).strftime(
            "%Y-%m-%d %H:%M UTC"
        )

    @property
    def signed_on(self) -> str:
        return self.signed_at[:10]

    def row(self) -> dict[str, object]:
        """The CSV's columns for this signer."""
        return {
            "surname": self.surname,
            "given_name": self.given_name,
            "patronymic": self.patronymic,
            "settlement": self.settlement,
            "method": self.method,
            "volunteer": self.volunteer,
            "assist_reason": self.assist_reason,
            "typed_name": self.typed_name,
            "phone": self.phone,
            "email": self.email,
            "locale": self.locale,
            "signed_at": self.signed_at,
            "device": self.device[:12],
            "record": self.record,
            "synthetic": "synthetic" if self.synthetic else "",
            "clock_warning": self.clock_warning,
            "site": self.site,
            "day_volunteer": self.day_volunteer,
        }


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


def _text(doc: dict[str, object], key: str) -> str:
    value = doc.get(key)
    return "" if value is None else str(value)


def _signer(doc: dict[str, object], row: SealedRow) -> Signer:
    strokes = doc.get("strokes")
    text_hash = doc.get("text_sha256")
    return Signer(
        surname=_text(doc, "surname"),
        given_name=_text(doc, "given"),
        patronymic=_text(doc, "patronymic"),
        settlement=_text(doc, "settlement"),
        place=_text(doc, "place"),
        method=_text(doc, "method"),
        volunteer=_text(doc, "volunteer"),
        assist_reason=_text(doc, "assist_reason"),
        typed_name=_text(doc, "typed_name"),
        phone=_text(doc, "phone"),
        email=_text(doc, "email"),
        locale=_text(doc, "locale"),
        signed_ms=row.created_ms,
        device=row.device,
        record=row.record_id.hex(),
        synthetic=row.synthetic,
        clock_warning=_text(doc, "clock"),
        site=_text(doc, "site"),
        day_volunteer=_text(doc, "day_volunteer"),
        strokes=strokes if isinstance(strokes, bytes) else b"",
        text_sha256=text_hash if isinstance(text_hash, bytes) else b"",
        salt=salt if isinstance(salt := doc.get("salt"), bytes) else b"",
        distinct=_text(doc, "distinct"),
    )


def settlement_totals(signers: Iterable[Signer]) -> dict[str, int]:
    """Signers per settlement, spellings of one place together (Ağdam, AĞDAM, Агдам) under
    the spelling most of them used; largest first, then in Azerbaijani alphabetical order."""
    counts: Counter[str] = Counter()
    spellings: dict[str, Counter[str]] = {}
    for s in signers:
        # One place in any script or spelling: its Latin name stands (kiosk.places).
        key, shown = settlement_key(s.settlement, s.place)
        counts[key] += 1
        spellings.setdefault(key, Counter())[shown] += 1
    name = {key: names.most_common(1)[0][0] for key, names in spellings.items()}
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], az_order(name[kv[0]])))
    return {name[key]: n for key, n in ranked}


def open_signers(
    rows: Iterable[SealedRow],
    campaign: str,
    opener: sealing.Opener,
    summary: Summary,
    progress: Progress | None = None,
    withdrawals: Iterable[bytes] = (),
    duplicates: list[Signer] | None = None,
) -> list[Signer]:
    """Every signature not withdrawn, opened and de-duplicated; counts go into ``summary``;
    the duplicates left out go into ``duplicates`` when it is given (the recipient's kit
    lists them, so its verifier can recount).

    ``withdrawals``: withdrawal-code hashes known besides the rows' own withdrawal records
    (the server holds these for signatures that had not arrived when the code did)."""
    rows = list(rows)
    withdrawn = {r.withdrawal_hash for r in rows if r.kind == chain.KIND_WITHDRAWAL}
    withdrawn.update(withdrawals)
    signatures = [r for r in rows if r.kind == chain.KIND_SIGNATURE and r.sealed is not None]
    # The earliest signature of a person is the one kept (stable: ties keep the source order).
    signatures.sort(key=lambda r: r.created_ms)
    headcount = Headcount()  # as the server counts
    out: list[Signer] = []
    unopened: list[SealedRow] = []
    for done, row in enumerate(signatures, 1):
        if progress:
            progress(done, len(signatures))
        if row.withdrawn or row.withdrawal_hash in withdrawn:
            summary.withdrawn += 1
            continue
        if row.excluded:
            summary.excluded += 1
            continue
        assert row.sealed is not None
        try:
            suite = sealing.SUITE_NAMES[row.suite]
            info = sealing.seal_info(suite, campaign, row.device, row.record_id, "signature")
            doc = read_payload(opener.open(row.sealed, info))
        except (sealing.SealError, ValueError, KeyError):
            unopened.append(row)
            continue
        ident = identity(
            _text(doc, "given"),
            _text(doc, "surname"),
            canonical_settlement(_text(doc, "settlement"), _text(doc, "place")),
            _text(doc, "distinct"),
        )
        if not headcount.adds(ident, row.device):
            summary.duplicates_removed += 1
            if duplicates is not None:
                duplicates.append(_signer(doc, row))
            continue
        signer = _signer(doc, row)
        if signer.method in ("drawn", "typed", "assisted"):
            setattr(summary, signer.method, getattr(summary, signer.method) + 1)
        out.append(signer)
    if unopened:
        first = unopened[0]
        raise ExportError(
            f"{len(unopened)} of {len(signatures)} signatures do not open with this key (the "
            f"first: device {first.device[:12]}, record {first.record_id.hex()}); is it this "
            "campaign's key? No file was written"
        )
    summary.unique = len(out)
    summary.per_settlement = settlement_totals(out)
    return out


def opened_signatures(
    rows: Iterable[SealedRow],
    campaign: str,
    opener: sealing.Opener,
    summary: Summary,
    progress: Progress | None = None,
) -> list[dict[str, object]]:
    """The opened signers as CSV rows (column name to value)."""
    return [s.row() for s in open_signers(rows, campaign, opener, summary, progress)]

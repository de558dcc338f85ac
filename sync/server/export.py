"""Sealed records for the export computer: everything it needs to check and open them, and
nothing the server could read (no identity envelopes, no tags).

``imza server export`` writes them to a file. ``imza export --database`` reads the server's
database directly (``open_database``, ``database_source``: read only, never migrated), and
``imza export --from-file`` reads hand-over files (``handover_source``), checking each batch's
chain and head signature as the server's import does.

The file is ``IMZA-SEALED-1\\n``, then length-prefixed CBOR items: a header naming the
campaign and each device (its key, the head it reached and its state), then one item per
record in device and sequence order, with the link as hashed, the device's head signature
where a batch ended, and the server's withdrawn/excluded marks. Records a campaign lead
accepted from quarantine follow, marked so. The file appears complete or not at all.
"""

import os
import struct
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

import cbor2
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, Engine, create_engine, func, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError, OperationalError

from kiosk import campaign as kiosk_campaigns
from kiosk import chain, fsio
from kiosk.export import ExportError, SealedRow
from kiosk.export_sources import Source
from sync import handover, protocol
from sync.server import campaigns, db
from sync.server.models import (
    Campaign,
    Device,
    PendingWithdrawal,
    Quarantined,
    Record,
    SealedBatch,
)
from sync.server.refusals import Refused

MAGIC = b"IMZA-SEALED-1\n"
_FIELDS = (
    "device_id", "seq", "record_id", "kind", "suite", "flags", "created_ms", "text_hash",
    "withdrawal_hash", "target", "link", "withdrawn", "excluded",
)  # fmt: skip


class _Batches:
    """The sealed envelopes of the batch a record came in, read once per batch (records
    are written in device and sequence order, so a batch's records come together)."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._id: int | None = None
        self._first, self._head_sig = 0, b""
        self._sealed: list[bytes | None] = []

    def of(self, batch_id: int, seq: int) -> tuple[bytes | None, bytes | None]:
        """The record's sealed envelope, and the head signature if the batch ended on it."""
        if batch_id != self._id:
            row = self._conn.execute(
                select(SealedBatch.first_seq, SealedBatch.sealed, SealedBatch.head_sig).where(
                    SealedBatch.id == batch_id
                )
            ).one()
            self._id, self._first, self._head_sig = batch_id, row.first_seq, row.head_sig
            self._sealed = cbor2.loads(row.sealed)
        at = seq - self._first
        last = at == len(self._sealed) - 1
        return self._sealed[at], self._head_sig if last else None


def _put(fh: BinaryIO, item: dict[str, Any]) -> None:
    data = cbor2.dumps(item, canonical=True)
    fh.write(struct.pack(">I", len(data)) + data)


def write(engine: Engine, slug: str, out: Path) -> int:
    """Write the campaign's sealed records to ``out``; returns how many."""
    camp = campaigns.by_slug(engine, slug)
    if camp is None:
        raise Refused(404, "no_campaign", f"the server runs no campaign '{slug}'", "fix")
    staging = out.with_name(f".{out.name}.partial")
    count = 0
    try:
        with staging.open("wb") as fh, engine.connect() as conn:
            fh.write(MAGIC)
            devices = conn.execute(
                select(Device.id, Device.public_key, Device.head_seq, Device.head, Device.state,
                       Device.revoked_after).where(Device.campaign_id == camp.id)
            ).all()  # fmt: skip
            _put(fh, {"v": 1, "campaign": slug, "devices": [
                dict(zip(("device", "public", "head_seq", "head", "state", "revoked_after"),
                         d, strict=True)) for d in devices]})  # fmt: skip
            columns = [getattr(Record, f) for f in _FIELDS]
            rows = conn.execution_options(yield_per=2000).execute(
                select(Record.batch_id, *columns)
                .where(Record.campaign_id == camp.id)
                .order_by(Record.device_id, Record.seq)
            )
            batches = _Batches(conn)
            for batch_id, *row in rows:
                record = dict(zip(_FIELDS, row, strict=True))
                record["sealed"], record["head_sig"] = batches.of(batch_id, record["seq"])
                _put(fh, record)
                count += 1
            for device, doc, withdrawn, excluded in _accepted(conn, [d[0] for d in devices]):
                doc.pop("identity", None)
                _put(fh, {**doc, "device_id": device, "quarantine": "accepted",
                          "withdrawn": withdrawn, "excluded": excluded})  # fmt: skip
                count += 1
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(staging, out)
        fsio.fsync_dir(out.parent)
    finally:
        staging.unlink(missing_ok=True)
    return count


def read(path: Path) -> Iterator[dict[str, Any]]:
    """The header, then each record, of a sealed export file."""
    with path.open("rb") as fh:
        if fh.read(len(MAGIC)) != MAGIC:
            raise ValueError(f"{path} is not an Imza sealed export")
        while head := fh.read(4):
            (size,) = struct.unpack(">I", head)
            yield cbor2.loads(fh.read(size))


def open_database(url: str) -> Engine:
    """The server's database, to read from: a missing SQLite file is not created and the
    schema is not migrated (the export computer may hold a copy it must not change)."""
    try:
        parsed = make_url(url)
    except Exception:  # SQLAlchemy raises ArgumentError with a long text
        raise ExportError(f"not a database URL: {url!r}") from None
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        if not parsed.database or not Path(parsed.database).is_file():
            raise ExportError(f"no server database at {parsed.database or url}")
    elif backend == "postgresql":
        if parsed.drivername == "postgresql":
            parsed = parsed.set(drivername="postgresql+psycopg")
    else:
        raise ExportError("the server database is sqlite:///FILE or postgresql://...")
    engine = create_engine(parsed)
    try:
        with engine.connect() as conn:
            revision = MigrationContext.configure(conn).get_current_revision()
    except (OperationalError, DatabaseError) as exc:
        engine.dispose()
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else "unreadable"
        raise ExportError(f"cannot read the server database: {reason}") from None
    if revision != db.head_revision():
        engine.dispose()
        if revision is None:
            raise ExportError(f"{db.describe(engine)} is not an Imza server database")
        raise ExportError(
            f"the server database has schema {revision}, this imza reads {db.head_revision()}: "
            "export with the imza version the server runs"
        )
    return engine


def _server_rows(conn: Connection, campaign_id: int) -> Iterator[SealedRow]:
    fields = (Record.device_id, Record.seq, Record.record_id, Record.kind, Record.suite,
              Record.flags, Record.created_ms, Record.withdrawal_hash, Record.withdrawn,
              Record.excluded)  # fmt: skip
    rows = conn.execution_options(yield_per=2000).execute(
        select(Record.batch_id, *fields)
        .where(Record.campaign_id == campaign_id)
        .order_by(Record.device_id, Record.seq)
    )
    batches = _Batches(conn)
    for batch_id, device, seq, rid, kind, suite, flags, created, whash, withdrawn, excluded in rows:
        sealed, _ = batches.of(batch_id, seq)
        synthetic = bool(flags & chain.FLAG_SYNTHETIC)
        yield SealedRow(device, rid, kind, suite, created, whash, sealed, synthetic,
                        bool(withdrawn), bool(excluded))  # fmt: skip


def _accepted(
    conn: Connection, devices: list[str]
) -> Iterator[tuple[str, dict[str, Any], bool, bool]]:
    """The records of ``devices`` the campaign lead accepted from quarantine: (device, the
    wire record, withdrawn by its signer since, excluded by its tablet's revocation)."""
    accepted = conn.execute(
        select(
            Quarantined.device_id, Quarantined.body, Quarantined.withdrawn, Quarantined.excluded
        ).where(Quarantined.device_id.in_(devices), Quarantined.state == "accepted")
    )
    for device, body, withdrawn, excluded in accepted:
        yield device, cbor2.loads(body), bool(withdrawn), bool(excluded)


def _accepted_rows(conn: Connection, devices: list[str]) -> Iterator[SealedRow]:
    """Records the campaign lead accepted from quarantine: they count, so they are exported."""
    for device, r, withdrawn, excluded in _accepted(conn, devices):
        synthetic = bool(r["flags"] & chain.FLAG_SYNTHETIC)
        yield SealedRow(device, r["record_id"], r["kind"], r["suite"], r["created_ms"],
                        r["withdrawal_hash"], r["sealed"], synthetic, withdrawn,
                        excluded)  # fmt: skip


def database_source(engine: Engine, fingerprint: str) -> Source:
    """The records of the campaign sealed to the key with ``fingerprint``, with the server's
    marks: withdrawn, excluded (a revoked tablet), withdrawals waiting for their signature."""
    with engine.connect() as conn:
        camps = conn.execute(select(Campaign.id, Campaign.slug, Campaign.fingerprint)).all()
        camp = next((c for c in camps if c.fingerprint == fingerprint), None)
        if camp is None:
            held = ", ".join(f"'{c.slug}'" for c in camps) or "none"
            raise ExportError(
                f"this is not the key of any campaign in the server database (it holds {held}; "
                "fingerprints differ)"
            )
        issued = conn.scalar(select(Campaign.issued).where(Campaign.id == camp.id))
        labels = dict(
            conn.execute(select(Device.id, Device.label).where(Device.campaign_id == camp.id)).all()
        )
        rows = list(_server_rows(conn, camp.id))
        rows += _accepted_rows(conn, list(labels))
        pending = conn.scalars(
            select(PendingWithdrawal.withdrawal_hash).where(
                PendingWithdrawal.campaign_id == camp.id
            )
        )
        withdrawals = frozenset(pending)
        held_aside = conn.scalar(
            select(func.count()).where(
                Quarantined.device_id.in_(list(labels)), Quarantined.state == "held"
            )
        )
    campaign = kiosk_campaigns.parse(tomllib.loads(issued or ""), "the server's campaign file")
    return Source(
        f"server database {db.describe(engine)}",
        camp.slug,
        rows,
        campaign,
        withdrawals,
        labels,
        held_aside or 0,
    )


def handover_source(path: Path) -> Source:
    """The records of a hand-over file, each batch checked: its chain links up and its head
    carries the tablet's signature."""
    if not path.is_file():
        raise ExportError(f"no hand-over file at {path}")
    rows: list[SealedRow] = []
    slug: str | None = None
    try:
        for body in handover.read(path):
            batch = protocol.decode(body)
            protocol.verify(batch)
            if slug not in (None, batch.campaign):
                raise ExportError(f"{path} mixes campaigns '{slug}' and '{batch.campaign}'")
            slug = batch.campaign
            rows += (
                SealedRow(batch.device, r.record_id, r.kind, r.suite, r.created_ms,
                          r.withdrawal_hash, r.sealed, bool(r.flags & chain.FLAG_SYNTHETIC))
                for r in batch.records
            )  # fmt: skip
    except protocol.ProtocolError as exc:
        raise ExportError(str(exc) if str(path) in str(exc) else f"{path}: {exc}") from None
    if slug is None:
        raise ExportError(f"{path} holds no records")
    return Source(f"hand-over file {path}", slug, rows)

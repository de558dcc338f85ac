"""Sealed records for the export computer: everything it needs to check and open them, and
nothing the server could read (no identity envelopes, no tags).

The file is ``IMZA-SEALED-1\\n``, then length-prefixed CBOR items: a header naming the
campaign and each device (its key, the head it reached and its state), then one item per
record in device and sequence order, with the link as hashed, the device's head signature
where a batch ended, and the server's withdrawn/excluded marks. Records a campaign lead
accepted from quarantine follow, marked so. The file appears complete or not at all.
"""

import os
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

import cbor2
from sqlalchemy import Connection, Engine, select

from kiosk import fsio
from sync.server import campaigns
from sync.server.models import Device, Quarantined, Record, SealedBatch
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
            ids = [d[0] for d in devices]
            accepted = conn.execute(
                select(Quarantined.device_id, Quarantined.body).where(
                    Quarantined.device_id.in_(ids), Quarantined.state == "accepted"
                )
            )
            for device, body in accepted:
                doc = cbor2.loads(body)
                doc.pop("identity", None)
                _put(fh, {**doc, "device_id": device, "quarantine": "accepted"})
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

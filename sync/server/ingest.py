"""Storing a batch: one transaction, compare-and-swap on the device head, nothing lost.

The batch has been decoded and its chain and head signature verified (``sync.protocol``)
before any of this runs. Here it meets what the server holds for the device:

- records the server holds already must match byte for byte (a resend after a lost reply);
  the first that differs is a fork: the shared prefix stays counted, the rest is quarantined,
  and the tablet is told to make a new device identity;
- a batch that starts past the server's head is a gap: its records are quarantined and the
  reply names the sequence number to resend from;
- new records are stored, withdrawals applied across the campaign's devices, and the head
  moves only if no other transaction moved it first.
"""

import hashlib
import time
from dataclasses import dataclass
from typing import Any

import cbor2
from sqlalchemy import Connection, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from kiosk import chain
from sync import protocol
from sync import receipt as receipts
from sync.server import holds
from sync.server.campaigns import ServerCampaign
from sync.server.counting import uncount
from sync.server.db import first, insert_for, insert_rows
from sync.server.models import (
    Device,
    PendingWithdrawal,
    Quarantined,
    Record,
    SealedBatch,
    Uncounted,
)
from sync.server.refusals import Refused

SIGNATURE = chain.KIND_SIGNATURE
_RECORD_COLUMNS = (  # in the order prepare() builds its rows
    "device_id",
    "campaign_id",
    "seq",
    "record_id",
    "kind",
    "suite",
    "flags",
    "created_ms",
    "text_hash",
    "withdrawal_hash",
    "target",
    "link",
    "batch_id",
    "withdrawn",
    "received_ms",
)
_BATCH_ID, _WITHDRAWN = _RECORD_COLUMNS.index("batch_id"), _RECORD_COLUMNS.index("withdrawn")
_RECEIVED = _RECORD_COLUMNS.index("received_ms")
QUARANTINE_QUOTA = 20_000  # records a device may have held aside before it is refused


@dataclass(frozen=True)
class Stored:
    receipt: receipts.Receipt | None  # through the server's head after this batch
    new: int
    repeated: int
    held: Refused | None = None  # a gap or fork: records held aside; commit, then refuse


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


def device_for_update(conn: Connection, device_id: str) -> Device | None:
    """The device row, locked until the transaction ends (PostgreSQL; SQLite holds the
    whole database's write lock already)."""
    row = first(conn, select(Device).where(Device.id == device_id).with_for_update())
    return row[0] if row else None


def receipt_for(
    conn: Connection, camp: ServerCampaign, device: str, seq: int
) -> receipts.Receipt | None:
    """A signed receipt through ``seq`` with the chain hash the server holds there, dated when
    that record arrived: the same bytes as the receipt first sent for it."""
    if seq < 1:
        return None
    row = first(
        conn,
        select(Record.link, Record.received_ms).where(
            Record.device_id == device, Record.seq == seq
        ),
    )
    if row is None:
        return None
    link, received = row
    digest = hashlib.sha256(link).digest()
    return receipts.sign(camp.receipt_key, camp.slug, device, seq, digest, received)


def _signed(camp: ServerCampaign, batch: protocol.Batch, ready: "Prepared") -> receipts.Receipt:
    """The receipt for a batch just stored, dated as its records (``receipt_for`` agrees)."""
    received = ready.rows[-1][_RECEIVED]
    return receipts.sign(
        camp.receipt_key, camp.slug, batch.device, batch.head_seq, batch.head, received
    )


def _hash_at(conn: Connection, camp: ServerCampaign, device: Device, seq: int) -> bytes | None:
    if seq == 0:
        return chain.genesis(camp.slug, device.public_key)
    if seq == device.head_seq:
        return device.head
    link = conn.scalar(select(Record.link).where(Record.device_id == device.id, Record.seq == seq))
    return hashlib.sha256(link).digest() if link else None


def _quarantine(
    conn: Connection, device: str, records: tuple[protocol.WireRecord, ...], reason: str
) -> None:
    held = conn.scalar(select(func.count()).where(Quarantined.device_id == device)) or 0
    if held + len(records) > QUARANTINE_QUOTA:
        raise Refused(
            429, "quota", "this tablet has too many records held aside; call support", "stop"
        )
    now = _now_ms()
    rows = [
        {
            "device_id": device,
            "seq": r.seq,
            "record_digest": r.digest,
            "reason": reason,
            "body": cbor2.dumps(r._asdict(), canonical=True),
            "received_ms": now,
            "withdrawal_hash": r.withdrawal_hash if r.kind == SIGNATURE else None,
        }
        for r in records
    ]
    conn.execute(insert_for(conn, Quarantined).on_conflict_do_nothing(), rows)


def _withdraw(conn: Connection, camp: ServerCampaign, hashes: list[bytes]) -> int:
    """Apply withdrawals to whichever device's signature carries the code; hold the rest.
    Returns how many signatures were found."""
    if not hashes:
        return 0
    found = conn.execute(
        select(Record.id, Record.withdrawal_hash)
        .where(
            Record.campaign_id == camp.id,
            Record.kind == chain.KIND_SIGNATURE,
            Record.withdrawal_hash.in_(hashes),
        )
        .with_for_update()
    ).all()
    ids = [rid for rid, _ in found]
    accepted = holds.by_code(conn, camp, hashes)  # from a hold: counted outside a batch
    if ids:
        conn.execute(update(Record).where(Record.id.in_(ids)).values(withdrawn=True))
        uncount(conn, camp.id, ids, "withdrawn")
    held = holds.withdraw_held(conn, camp, accepted)
    missing = set(hashes) - {h for _, h in found} - held
    if missing:
        conn.execute(
            insert_for(conn, PendingWithdrawal).on_conflict_do_nothing(),
            [
                {"campaign_id": camp.id, "withdrawal_hash": h, "received_ms": _now_ms()}
                for h in missing
            ],
        )
    return len(ids) + len(held)


def withdraw(conn: Connection, camp: ServerCampaign, withdrawal_hash: bytes) -> bool:
    """A withdrawal by code (the server's own call); False when it is held for later."""
    return _withdraw(conn, camp, [withdrawal_hash]) > 0


def _pending(conn: Connection, camp: ServerCampaign, signatures: list[bytes]) -> set[bytes]:
    """Which of these signatures a withdrawal arrived for before they did (rare: one cheap
    look first whether any withdrawal is waiting at all)."""
    if not signatures:
        return set()
    waiting = select(PendingWithdrawal.withdrawal_hash).where(
        PendingWithdrawal.campaign_id == camp.id
    )
    if conn.scalar(waiting.limit(1)) is None:
        return set()
    return set(conn.scalars(waiting.where(PendingWithdrawal.withdrawal_hash.in_(signatures))))


@dataclass(frozen=True)
class Prepared:
    """What storing records needs that does not hang on what the server holds, made before
    the write lock is taken: while one batch is written the next is made ready."""

    records: tuple[protocol.WireRecord, ...]
    sealed: bytes  # CBOR [sealed or null, ...] from the first record on
    envelopes: bytes | None  # CBOR [[seq, identity envelope], ...], None when there are none
    rows: list[list[Any]]  # the records' rows; the batch's row id and "withdrawn" go in after


def prepare(
    camp: ServerCampaign,
    batch: protocol.Batch,
    records: tuple[protocol.WireRecord, ...] | None = None,
) -> Prepared:
    """Ready ``records`` (the whole batch by default) of a verified batch to be stored."""
    records = batch.records if records is None else records
    now = _now_ms()
    envelopes = [[r.seq, r.identity] for r in records if r.kind == SIGNATURE and r.identity]
    rows = [
        [
            batch.device,
            camp.id,
            r.seq,
            r.record_id,
            r.kind,
            r.suite,
            r.flags,
            r.created_ms,
            r.text_hash,
            r.withdrawal_hash,
            r.target,
            r.link,
            None,  # _BATCH_ID
            False,  # _WITHDRAWN
            now,
        ]
        for r in records
    ]
    return Prepared(
        records,
        cbor2.dumps([r.sealed for r in records]),
        cbor2.dumps(envelopes) if envelopes else None,
        rows,
    )


def _store(
    conn: Connection,
    camp: ServerCampaign,
    device: Device,
    batch: protocol.Batch,
    ready: Prepared,
    seen: dict[str, int],
) -> None:
    """Store ``ready`` (records all new), moving the device's head to the batch's; ``seen``:
    when the tablet was last heard from, for the same update."""
    records = ready.records
    pending = _pending(conn, camp, [r.withdrawal_hash for r in records if r.kind == SIGNATURE])
    batch_id = conn.scalar(
        insert(SealedBatch)
        .values(
            device_id=device.id,
            first_seq=records[0].seq,
            head_sig=batch.head_sig,
            sealed=ready.sealed,
        )
        .returning(SealedBatch.id)
    )
    for row, record in zip(ready.rows, records, strict=True):
        row[_BATCH_ID] = batch_id
        row[_WITHDRAWN] = bool(pending) and record.withdrawal_hash in pending
    try:
        insert_rows(conn, Record.__tablename__, _RECORD_COLUMNS, ready.rows)
    except IntegrityError:  # the transaction is rolled back as the refusal leaves it
        raise Refused(
            409, "conflict", "a record of this batch is held for another device", "stop"
        ) from None
    if ready.envelopes is not None:
        conn.execute(
            insert(Uncounted).values(
                campaign_id=camp.id, device_id=device.id, envelopes=ready.envelopes
            )
        )
    if pending:
        conn.execute(
            delete(PendingWithdrawal).where(
                PendingWithdrawal.campaign_id == camp.id,
                PendingWithdrawal.withdrawal_hash.in_(pending),
            )
        )
    _withdraw(conn, camp, [r.withdrawal_hash for r in records if r.kind == chain.KIND_WITHDRAWAL])
    moved = conn.execute(
        update(Device)
        .where(Device.id == device.id, Device.head_seq == device.head_seq)
        .values(head_seq=batch.head_seq, head=batch.head, head_sig=batch.head_sig, **seen)
    ).rowcount
    if moved != 1:
        raise Refused(409, "busy", "another sync of this tablet moved its head; try again", "retry")


def ingest(
    conn: Connection,
    camp: ServerCampaign,
    device: Device,
    batch: protocol.Batch,
    clock_skew_ms: int | None = None,
    ready: Prepared | None = None,
) -> Stored:
    """Store a verified batch for ``device`` (its row locked) inside the caller's transaction.
    ``clock_skew_ms``: the tablet's clock against ours as its request arrived (None for a
    hand-over file, whose age says nothing of the tablet's clock). ``ready``: the batch
    prepared (``prepare``) before the lock was taken."""
    if batch.campaign != camp.slug or batch.device != device.id:
        raise Refused(403, "wrong_device", "this batch is for another tablet or campaign", "fix")
    if batch.device_public != device.public_key:
        raise Refused(403, "wrong_device", "this batch is signed by another device key", "fix")
    if camp.production and any(r.flags & chain.FLAG_SYNTHETIC for r in batch.records):
        raise Refused(422, "synthetic", "a production campaign refuses synthetic signatures", "fix")
    seen: dict[str, int] = {"last_contact_ms": _now_ms()}
    if clock_skew_ms is not None:
        seen["clock_skew_ms"] = clock_skew_ms
    head = device.head_seq
    following = batch.from_seq == head + 1 and batch.prev_head == _hash_at(conn, camp, device, head)
    if batch.records and following:  # the common case: nothing held to compare, one update
        ready = ready or prepare(camp, batch)
        _store(conn, camp, device, batch, ready, seen)
        return Stored(_signed(camp, batch, ready), len(batch.records), 0)
    conn.execute(update(Device).where(Device.id == device.id).values(**seen))
    if not batch.records:
        return Stored(receipt_for(conn, camp, device.id, head), 0, 0)
    if batch.from_seq > head + 1:
        _quarantine(conn, device.id, batch.records, "gap")
        gap = Refused(
            409,
            "gap",
            f"the server holds this tablet through {head}",
            "resend",
            expected_seq=head + 1,
        )
        return Stored(None, 0, 0, gap)
    fork = None
    if batch.prev_head != _hash_at(conn, camp, device, batch.from_seq - 1):
        fork = batch.from_seq
    else:
        held = dict(
            conn.execute(
                select(Record.seq, Record.link).where(
                    Record.device_id == device.id,
                    Record.seq >= batch.from_seq,
                    Record.seq <= min(head, batch.head_seq),
                )
            ).all()
        )
        fork = next((r.seq for r in batch.records if r.seq in held and held[r.seq] != r.link), None)
    if fork is not None:
        _quarantine(conn, device.id, tuple(r for r in batch.records if r.seq >= fork), "fork")
        conn.execute(update(Device).where(Device.id == device.id).values(fork_seq=fork))
        prefix = receipt_for(conn, camp, device.id, min(fork - 1, head))
        forked = Refused(
            409,
            "fork",
            f"this tablet's chain differs from the server's at {fork}: make a new device "
            "identity and enrol it",
            "re-enrol",
            fork_seq=fork,
            receipt=receipts.encode(prefix).hex() if prefix else None,
        )
        return Stored(prefix, 0, 0, forked)
    new = tuple(r for r in batch.records if r.seq > head)
    if not new:  # all of it held already: the same receipt as before
        return Stored(receipt_for(conn, camp, device.id, head), 0, len(batch.records))
    ready = prepare(camp, batch, new)
    _store(conn, camp, device, batch, ready, {})
    return Stored(_signed(camp, batch, ready), len(new), len(batch.records) - len(new))

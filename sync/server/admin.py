"""What the campaign lead does on the server: devices, hand-over imports, quarantine review."""

import time
from dataclasses import dataclass
from pathlib import Path

import cbor2
from sqlalchemy import Connection, Engine, func, insert, select, update

from kiosk import fsio
from sync import handover, logformat, protocol
from sync import receipt as receipts
from sync.server import auditlog, campaigns, counting, holds, ingest
from sync.server.auditlog import Actor
from sync.server.db import first, write
from sync.server.enrolment import ENROLLING
from sync.server.models import Campaign, Device, PendingWithdrawal, Quarantined, Record
from sync.server.refusals import Refused


@dataclass(frozen=True)
class DeviceRow:
    id: str
    campaign: str
    state: str
    label: str
    head_seq: int
    signatures: int
    last_contact_ms: int | None
    clock_skew_ms: int | None
    fork_seq: int | None
    held_aside: int
    revoked_after: int | None = None
    successor: str | None = None
    predecessor: str | None = None


def devices(engine: Engine) -> list[DeviceRow]:
    counts = (
        select(Record.device_id, func.count().label("n"))
        .where(Record.kind == 1)
        .group_by(Record.device_id)
        .subquery()
    )
    held = (
        select(Quarantined.device_id, func.count().label("q"))
        .where(Quarantined.state == "held")
        .group_by(Quarantined.device_id)
        .subquery()
    )
    with engine.connect() as conn:
        rows = conn.execute(
            select(
                Device.id,
                Campaign.slug,
                Device.state,
                Device.label,
                Device.head_seq,
                func.coalesce(counts.c.n, 0),
                Device.last_contact_ms,
                Device.clock_skew_ms,
                Device.fork_seq,
                func.coalesce(held.c.q, 0),
                Device.revoked_after,
                Device.successor,
                Device.predecessor,
            )
            .join(Campaign, Campaign.id == Device.campaign_id)
            .outerjoin(counts, counts.c.device_id == Device.id)
            .outerjoin(held, held.c.device_id == Device.id)
            .where(Device.state != ENROLLING)  # a claim not yet confirmed is no device
            .order_by(Campaign.slug, Device.enrolled_ms)
        ).all()
    return [DeviceRow(*r) for r in rows]


def import_file(engine: Engine, path: Path, receipt_out: Path) -> tuple[int, int]:
    """Import a hand-over file through the same checks as HTTP; write the receipt file.

    A device never enrolled is registered from the file (the coordinator carrying the stick
    vouches for it). Returns (new records, records held already)."""
    new = repeated = 0
    signed: receipts.Receipt | None = None
    for body in handover.read(path):
        batch = protocol.decode(body)
        protocol.verify(batch)
        camp = campaigns.by_slug(engine, batch.campaign)
        if camp is None:
            raise Refused(404, "no_campaign", f"no campaign '{batch.campaign}' here", "fix")
        with write(engine) as conn:
            device = ingest.device_for_update(conn, batch.device)
            if device is None:
                conn.execute(
                    insert(Device).values(
                        id=batch.device,
                        campaign_id=camp.id,
                        public_key=batch.device_public,
                        state="approved",
                        label="hand-over",
                        enrolled_ms=time.time_ns() // 1_000_000,
                    )
                )
                device = ingest.device_for_update(conn, batch.device)
                assert device is not None
            if device.state == "revoked":
                raise Refused(403, "revoked", "this tablet is revoked", "stop")
            stored = ingest.ingest(conn, camp, device, batch)
        if stored.held is not None:
            raise stored.held
        new, repeated = new + stored.new, repeated + stored.repeated
        signed = stored.receipt or signed
    if signed is None:
        raise Refused(422, "empty", f"{path} holds no records", "fix")
    fsio.replace(receipt_out, receipts.encode(signed))
    counting.drain(engine)
    return new, repeated


@dataclass(frozen=True)
class HeldRow:
    id: int
    device: str
    seq: int
    reason: str
    state: str
    received_ms: int = 0


def quarantine(engine: Engine) -> list[HeldRow]:
    with engine.connect() as conn:
        rows = conn.execute(
            select(
                Quarantined.id,
                Quarantined.device_id,
                Quarantined.seq,
                Quarantined.reason,
                Quarantined.state,
                Quarantined.received_ms,
            ).order_by(Quarantined.id)
        ).all()
    return [HeldRow(*r) for r in rows]


def decide(engine: Engine, entry: int, accept: bool, actor: Actor | None = None) -> None:
    """Accept (count the signer) or reject (keep, never count) a record held aside."""
    with write(engine) as conn:
        held, campaign_id = _decide(conn, engine, entry, accept)
        auditlog.record(
            conn,
            actor or auditlog.at_the_shell(),
            "accept" if accept else "reject",
            campaign_id,
            held.device_id,
            seq=held.seq,
            reason=held.reason,
        )


def decide_group(
    engine: Engine, device: str, reason: str, accept: bool, actor: Actor | None = None
) -> int:
    """Accept or reject every record of ``device`` still held for ``reason`` (a whole fork or
    gap), in one transaction; returns how many."""
    with write(engine) as conn:
        entries = conn.scalars(
            select(Quarantined.id)
            .where(
                Quarantined.device_id == device,
                Quarantined.reason == reason,
                Quarantined.state == "held",
            )
            .order_by(Quarantined.seq)
        ).all()
        if not entries:
            raise Refused(404, "no_entry", "nothing of that tablet is held aside", "fix")
        seqs = [_decide(conn, engine, entry, accept)[0].seq for entry in entries]
        campaign_id = conn.scalar(select(Device.campaign_id).where(Device.id == device))
        auditlog.record(
            conn,
            actor or auditlog.at_the_shell(),
            "accept" if accept else "reject",
            campaign_id,
            device,
            n=len(seqs),
            first=min(seqs),
            last=max(seqs),
            reason=reason,
        )
    return len(entries)


def reopen(engine: Engine, entry: int, actor: Actor | None = None) -> None:
    """Take a rejection back: the record is held aside again, to be decided anew."""
    with write(engine) as conn:
        held, campaign_id = _locked(conn, entry, "rejected")
        conn.execute(update(Quarantined).where(Quarantined.id == entry).values(state="held"))
        counting.log_event(
            conn,
            campaign_id,
            logformat.event_leaf("reopened", [(held.device_id, held.seq)], held.record_digest),
        )
        auditlog.record(
            conn,
            actor or auditlog.at_the_shell(),
            "reopen",
            campaign_id,
            held.device_id,
            seq=held.seq,
            reason=held.reason,
        )


def _locked(conn: Connection, entry: int, state: str) -> tuple[Quarantined, int]:
    """The quarantine entry (locked) and its campaign, if it is in ``state``."""
    row = first(
        conn,
        select(Quarantined, Device.campaign_id)
        .join(Device, Device.id == Quarantined.device_id)
        .where(Quarantined.id == entry)
        .with_for_update(),
    )
    if row is None or row[0].state != state:
        raise Refused(404, "no_entry", f"no record {state} under number {entry}", "fix")
    return row[0], row[1]


def _logged_at(conn: Connection, entry: int, index: int | None) -> None:
    """The log entry that counted an accepted record (None: it does not count)."""
    conn.execute(update(Quarantined).where(Quarantined.id == entry).values(log_idx=index))


def _decide(conn: Connection, engine: Engine, entry: int, accept: bool) -> tuple[Quarantined, int]:
    held, campaign_id = _locked(conn, entry, "held")
    conn.execute(
        update(Quarantined)
        .where(Quarantined.id == entry)
        .values(state="accepted" if accept else "rejected")
    )
    doc = cbor2.loads(held.body)
    counts = accept and holds.counts(doc)
    kind = "accepted" if counts else "settled" if accept else "rejected"
    leaf = logformat.event_leaf(kind, [(held.device_id, held.seq)], held.record_digest)
    if not counts:
        counting.log_event(conn, campaign_id, leaf)
        return held, campaign_id
    cut = conn.execute(
        select(Device.revoked_after).where(Device.id == held.device_id, Device.state == "revoked")
    ).first()
    if cut is not None and (cut[0] is None or held.seq > cut[0]):
        raise Refused(
            409,
            "revoked_before",
            f"its tablet is revoked after record {cut[0] or 0}: record {held.seq} cannot "
            "count; reject it, or take the revocation back first",
            "fix",
        )
    camp = campaigns.by_id(engine, campaign_id)
    assert camp is not None
    tags = holds.held_tags(camp, held.device_id, doc)
    if tags is None:
        raise Refused(422, "unreadable", "its identity does not open; reject it", "fix")
    _logged_at(conn, entry, holds.add_signer(conn, campaign_id, held.device_id, tags, leaf))
    code = held.withdrawal_hash
    pending = select(PendingWithdrawal.withdrawal_hash).where(
        PendingWithdrawal.campaign_id == campaign_id, PendingWithdrawal.withdrawal_hash == code
    )
    if code is not None and conn.scalar(pending) is not None:
        # its signer withdrew it while it was held
        holds.withdraw_held(conn, camp, holds.by_code(conn, camp, [code]))
    return held, campaign_id

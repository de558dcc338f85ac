"""The tablet's side of a batch: the records from a sequence number on, as the chain holds them."""

import time

from sqlalchemy import select

from kiosk import chain
from kiosk.models import Record
from kiosk.vault import Vault
from sync.protocol import MAX_RECORDS, Batch, WireRecord


def batch_from(vault: Vault, from_seq: int, limit: int = MAX_RECORDS) -> Batch | None:
    """The next batch starting at ``from_seq``; None when nothing is stored from there on."""
    table = Record.__table__
    with vault.engine.connect() as conn:
        rows = conn.execute(
            select(table).where(table.c.seq >= from_seq).order_by(table.c.seq).limit(limit)
        ).all()
        prev = vault.genesis
        if from_seq > 1:
            before = conn.scalar(select(Record.chain_hash).where(Record.seq == from_seq - 1))
            if before is None:
                raise ValueError(f"seq {from_seq - 1} is not in this store")
            prev = before
    if not rows:
        return None
    records = tuple(
        WireRecord(
            seq=r.seq,
            record_id=r.record_id,
            kind=r.kind,
            suite=r.suite,
            flags=chain.FLAG_SYNTHETIC if r.synthetic else 0,
            created_ms=r.created_ms,
            text_hash=r.text_hash,
            withdrawal_hash=r.withdrawal_hash,
            target=r.target,
            sealed=r.sealed,
            identity=r.identity,
            link=r.link,
        )
        for r in rows
    )
    last = rows[-1]
    return Batch(
        campaign=vault.campaign.slug,
        device=vault.device.id,
        device_public=vault.device.public,
        from_seq=from_seq,
        prev_head=prev,
        device_clock_ms=time.time_ns() // 1_000_000,
        head_seq=last.seq,
        head=last.chain_hash,
        head_sig=last.head_sig,
        records=records,
    )

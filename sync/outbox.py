"""The tablet's side of a batch: the records from a sequence number on, as the chain holds them."""

import time

from sqlalchemy import select

from kiosk import wipe
from kiosk.models import Meta, Record
from kiosk.vault import Vault
from sync.protocol import MAX_RECORDS, Batch, WireRecord


def batch_from(vault: Vault, from_seq: int, limit: int = MAX_RECORDS) -> Batch | None:
    """The next batch starting at ``from_seq``; None when nothing is stored from there on."""
    wanted = (Record.seq, Record.link, Record.sealed, Record.identity, Record.chain_hash)
    with vault.engine.connect() as conn:
        rows = conn.execute(
            select(*wanted, Record.head_sig)
            .where(Record.seq >= from_seq)
            .order_by(Record.seq)
            .limit(limit)
        ).all()
        kept = select(Meta.key, Meta.value).where(Meta.key == wipe.WIPED_THROUGH)
        wiped, anchor = wipe.anchor(dict(conn.execute(kept).all()), vault.genesis)
        if from_seq <= wiped:
            raise ValueError(f"seq {from_seq}..{wiped} were wiped once the server held them")
        prev = anchor  # the genesis, or the hash where a wipe ended
        if from_seq > wiped + 1:
            before = conn.scalar(select(Record.chain_hash).where(Record.seq == from_seq - 1))
            if before is None:
                raise ValueError(f"seq {from_seq - 1} is not in this store")
            prev = before
    if not rows:
        return None
    records = tuple(WireRecord.from_link(r.link, r.sealed, r.identity) for r in rows)
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

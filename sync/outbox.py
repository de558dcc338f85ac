"""The tablet's side of a batch: the records from a sequence number on, as the chain holds them."""

import time
from collections.abc import Iterable

from sqlalchemy import select

from kiosk import wipe
from kiosk.models import Meta, Record
from kiosk.vault import Vault
from sync.protocol import MAX_RECORDS, Batch, WireRecord


def batch_from(
    vault: Vault, from_seq: int, limit: int = MAX_RECORDS, budget: int | None = None
) -> Batch | None:
    """The next batch starting at ``from_seq``, at most ``limit`` records and (but for its first
    record) ``budget`` bytes of them; None when nothing is stored from there on."""
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
    if budget is not None:
        sizes = (len(r.link) + len(r.sealed or b"") + len(r.identity or b"") for r in rows)
        rows = rows[: _fitting(sizes, budget)]
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


def _fitting(sizes: Iterable[int], budget: int) -> int:
    """How many records, taken in order, come to at most ``budget`` bytes (one at least)."""
    total = count = 0
    for size in sizes:
        total += size
        if total > budget and count:
            break
        count += 1
    return count

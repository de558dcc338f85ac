"""Signed tree heads of a campaign's log (RFC 9162 section 4.10, our encoding): the tree's
size and root, the time, and the count the log implies, signed with the campaign's receipt
key. Proofs are given for the sizes a head was signed at."""

from typing import Any

from sqlalchemy import Connection, Engine, insert, select

from sync.logformat import Head as Head  # the heads this module signs and reads
from sync.logformat import log_head_message
from sync.server import campaigns, ledger
from sync.server.db import write
from sync.server.models import Campaign, LogHead

_HEAD = (LogHead.size, LogHead.root, LogHead.at_ms, LogHead.count, LogHead.signature)


def _head(slug: str, row: Any) -> Head:
    size, root, at_ms, count, signature = row
    return Head(slug, size, bytes(root), at_ms, count, bytes(signature))


def latest_head(engine: Engine, slug: str) -> Head | None:
    with engine.connect() as conn:
        return _latest(conn, slug)


def _latest(conn: Connection, slug: str) -> Head | None:
    row = conn.execute(
        select(*_HEAD)
        .join(Campaign, Campaign.id == LogHead.campaign_id)
        .where(Campaign.slug == slug)
        .order_by(LogHead.size.desc())
        .limit(1)
    ).first()
    return _head(slug, row) if row else None


def heads(engine: Engine, slug: str) -> list[Head]:
    """Every head the campaign signed, oldest first."""
    with engine.connect() as conn:
        rows = conn.execute(
            select(*_HEAD)
            .join(Campaign, Campaign.id == LogHead.campaign_id)
            .where(Campaign.slug == slug)
            .order_by(LogHead.size)
        ).all()
    return [_head(slug, row) for row in rows]


def has_head(engine: Engine, slug: str, size: int) -> bool:
    with engine.connect() as conn:
        return (
            conn.scalar(
                select(LogHead.size)
                .join(Campaign, Campaign.id == LogHead.campaign_id)
                .where(Campaign.slug == slug, LogHead.size == size)
            )
            is not None
        )


def sign_head(engine: Engine, slug: str, every_ms: int = 0) -> Head | None:
    """A new signed head when the log grew since the last one and that one is ``every_ms``
    old or older; else the last one (None: nothing logged yet)."""
    camp = campaigns.by_slug(engine, slug)
    if camp is None:
        return None
    now = ledger.now_ms()

    def due(conn: Connection, lock: bool) -> tuple[int, Head | None, bool]:
        query = select(Campaign.log_size).where(Campaign.id == camp.id)
        size = int(conn.scalar(query.with_for_update() if lock else query) or 0)
        last = _latest(conn, slug)
        stale = not last or (last.size != size and now - last.at_ms >= every_ms)
        return size, last, size > 0 and stale

    with engine.connect() as conn:  # most calls find the head fresh: no write lock for them
        _size, last, sign = due(conn, lock=False)
        if not sign:
            return last
    with write(engine) as conn:  # under the campaign row's lock: one head per size
        size, last, sign = due(conn, lock=True)
        if not sign:
            return last
        root = ledger.Tree(conn, camp.id).prove(lambda sub: [sub(0, size)])[0]
        last_leaf = ledger.leaf_at(conn, camp.id, size - 1)
        assert last_leaf is not None, (slug, size)
        count = last_leaf[1]
        at = max(now, last.at_ms + 1) if last else now
        signature = camp.receipt_key.sign(log_head_message(slug, size, root, at, count))
        conn.execute(
            insert(LogHead).values(
                campaign_id=camp.id,
                size=size,
                root=root,
                at_ms=at,
                count=count,
                signature=signature,
            )
        )
    return Head(slug, size, root, at, count, signature)

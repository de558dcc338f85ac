"""Each campaign's append-only log, as Certificate Transparency keeps one (RFC 9162): every
accepted record's link hash is a leaf, and so is every event that changes the count; signed
tree heads commit to the whole log, inclusion and consistency proofs show a record is in it
and that a later head only added to an earlier one.

Leaves are appended by the counter and by whatever changes the count, inside their
transaction and under the campaign row's lock (``counting._bump`` takes it), so every server
process appends in one order, on PostgreSQL and on SQLite. A leaf is CBOR without personal
data: ``["record", device, seq, SHA-256(link)]`` for a record counted from its batch, and
``[kind, [[device, seq], ...]]`` for an event: ``withdrawn``, ``revoked`` (past a tablet's
cut-off), ``restored`` (a revocation taken back), ``accepted`` / ``rejected`` / ``reopened``
(a record held aside, decided by the lead).

Whole subtrees of 2**STORED leaves and larger keep their hash in ``log_nodes`` as they
complete, so a proof reads a few dozen rows of a log of millions.
"""

import hashlib
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import cbor2
from sqlalchemy import Connection, Engine, insert, select, update

from sync import merkle
from sync.server import campaigns
from sync.server.db import write
from sync.server.models import Campaign, LogHead, LogLeaf, LogNode

STORED = 8  # subtrees of 256 leaves and more are stored; smaller ones are hashed when asked
HEAD_CONTEXT = b"imza log head v1\x00"


def record_leaf(device: str, seq: int, link: bytes) -> bytes:
    return cbor2.dumps(["record", device, seq, hashlib.sha256(link).digest()])


EVENTS = ("withdrawn", "revoked", "restored", "accepted", "rejected", "reopened")


def event_leaf(kind: str, records: Sequence[tuple[str, int]]) -> bytes:
    """An event that changed (or, deciding a held record, settled) what counts."""
    assert kind in EVENTS, kind
    return cbor2.dumps([kind, [[device, seq] for device, seq in sorted(records)]])


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


def _leaf_hashes(conn: Connection, campaign_id: int, start: int, end: int) -> list[bytes]:
    return list(
        conn.scalars(
            select(LogLeaf.hash)
            .where(LogLeaf.campaign_id == campaign_id, LogLeaf.idx >= start, LogLeaf.idx < end)
            .order_by(LogLeaf.idx)
        )
    )


def append(conn: Connection, campaign_id: int, bodies: Sequence[bytes], count_after: int) -> None:
    """Put ``bodies`` at the end of the campaign's log. The caller holds the campaign row's
    lock (``counting._bump``) and its transaction: the leaves land with the change they
    record, or not at all."""
    if not bodies:
        return
    size = int(conn.scalar(select(Campaign.log_size).where(Campaign.id == campaign_id)) or 0)
    now = _now_ms()
    hashes = [merkle.leaf_hash(body) for body in bodies]
    conn.execute(
        insert(LogLeaf),
        [
            {
                "campaign_id": campaign_id,
                "idx": size + i,
                "hash": h,
                "body": body,
                "count_after": count_after,
                "at_ms": now,
            }
            for i, (h, body) in enumerate(zip(hashes, bodies, strict=True))
        ],
    )
    end = size + len(bodies)
    made: dict[tuple[int, int], bytes] = {}
    level = STORED
    while (first := size >> level) < (last := end >> level):  # subtrees completed just now
        for pos in range(first, last):
            if level == STORED:
                made[level, pos] = merkle.root(
                    _leaf_hashes(conn, campaign_id, pos << level, (pos + 1) << level)
                )
            else:
                left, right = (
                    _node(conn, campaign_id, level - 1, p, made) for p in (2 * pos, 2 * pos + 1)
                )
                made[level, pos] = merkle.node_hash(left, right)
        level += 1
    if made:
        conn.execute(
            insert(LogNode),
            [
                {"campaign_id": campaign_id, "level": lv, "pos": pos, "hash": h}
                for (lv, pos), h in made.items()
            ],
        )
    conn.execute(update(Campaign).where(Campaign.id == campaign_id).values(log_size=end))


def _node(
    conn: Connection, campaign_id: int, level: int, pos: int, made: dict[tuple[int, int], bytes]
) -> bytes:
    if (level, pos) in made:
        return made[level, pos]
    found = conn.scalar(
        select(LogNode.hash).where(
            LogNode.campaign_id == campaign_id, LogNode.level == level, LogNode.pos == pos
        )
    )
    assert found is not None, (campaign_id, level, pos)
    return bytes(found)


class Tree:
    """A campaign's log as stored, for building proofs: ``subtree(start, end)`` from stored
    nodes where whole, from leaves below 2**STORED."""

    def __init__(self, conn: Connection, campaign_id: int) -> None:
        self.conn, self.campaign_id = conn, campaign_id

    def subtree(self, start: int, end: int) -> bytes:
        width = end - start
        if width & (width - 1) == 0 and width >> STORED and start % width == 0:
            return _node(self.conn, self.campaign_id, width.bit_length() - 1, start // width, {})
        if width <= 1 << STORED:
            return merkle.root(_leaf_hashes(self.conn, self.campaign_id, start, end))
        k = merkle.split(width)
        return merkle.node_hash(self.subtree(start, start + k), self.subtree(start + k, end))


@dataclass(frozen=True)
class Head:
    """A signed tree head."""

    slug: str
    size: int
    root: bytes
    at_ms: int
    count: int
    signature: bytes

    def message(self) -> bytes:
        return head_message(self.slug, self.size, self.root, self.at_ms, self.count)

    def as_json(self) -> dict[str, object]:
        return {
            "campaign": self.slug,
            "tree_size": self.size,
            "root_hash": self.root.hex(),
            "timestamp_ms": self.at_ms,
            "count": self.count,
            "signature": self.signature.hex(),
        }


def head_message(slug: str, size: int, root: bytes, at_ms: int, count: int) -> bytes:
    """What a head's signature covers: a context string, then the fields in CBOR."""
    return HEAD_CONTEXT + cbor2.dumps([slug, size, root, at_ms, count])


_HEAD = (LogHead.size, LogHead.root, LogHead.at_ms, LogHead.count, LogHead.signature)


def _head(slug: str, row: Any) -> Head:
    size, root, at_ms, count, signature = row
    return Head(slug, size, bytes(root), at_ms, count, bytes(signature))


def latest_head(engine: Engine, slug: str) -> Head | None:
    with engine.connect() as conn:
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
    last = latest_head(engine, slug)
    now = _now_ms()
    with write(engine) as conn:
        size = int(conn.scalar(select(Campaign.log_size).where(Campaign.id == camp.id)) or 0)
        if size == 0 or (last and (last.size == size or now - last.at_ms < every_ms)):
            return last
        root = Tree(conn, camp.id).subtree(0, size)
        count = int(
            conn.scalar(
                select(LogLeaf.count_after).where(
                    LogLeaf.campaign_id == camp.id, LogLeaf.idx == size - 1
                )
            )
            or 0
        )
        at = max(now, last.at_ms + 1) if last else now
        signature = camp.receipt_key.sign(head_message(slug, size, root, at, count))
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


def inclusion(engine: Engine, slug: str, index: int, size: int) -> tuple[bytes, list[bytes]]:
    """The leaf at ``index`` (its CBOR) and its audit path in the tree of ``size`` leaves."""
    camp = campaigns.by_slug(engine, slug)
    assert camp is not None
    with engine.connect() as conn:
        body = conn.scalar(
            select(LogLeaf.body).where(LogLeaf.campaign_id == camp.id, LogLeaf.idx == index)
        )
        if body is None:
            raise ValueError(f"no leaf {index}")
        return bytes(body), merkle.inclusion_path(index, size, Tree(conn, camp.id).subtree)


def consistency(engine: Engine, slug: str, old: int, new: int) -> list[bytes]:
    camp = campaigns.by_slug(engine, slug)
    assert camp is not None
    with engine.connect() as conn:
        return merkle.consistency_path(old, new, Tree(conn, camp.id).subtree)

"""Each campaign's append-only log, as Certificate Transparency keeps one (RFC 9162): every
accepted record's link hash is a leaf, and so is every event that changes the count; signed
tree heads commit to the whole log, inclusion and consistency proofs show a record is in it
and that a later head only added to an earlier one.

Leaves are appended by the counter and by whatever changes the count, inside their
transaction and under the campaign row's lock (``counting.bump`` takes it), so every server
process appends in one order, on PostgreSQL and on SQLite. No leaf holds personal data: a
record counted from its batch is ``R``, its device id, its number and the SHA-256 of its link
(``record_leaf``); an event is ``E`` then CBOR ``[kind, [[device, seq], ...]]``, kind one of
``withdrawn``, ``revoked`` (past a tablet's cut-off), ``restored`` (a revocation taken back),
``accepted`` / ``rejected`` / ``reopened`` (a record held aside, decided by the lead),
``unreadable`` (its identity envelope did not open, so it was not counted), ``settled`` (a
held record accepted that counts nobody). A record that
arrives withdrawn or past its tablet's cut-off is logged with the event right after it, so
what counts at any head follows from the leaves alone (``sync.kit.verify`` replays them).

Whole subtrees of 2**STORED leaves and larger keep their hash in ``log_nodes`` as they
complete, so a proof reads a few dozen rows of a log of millions.
"""

import time
from collections.abc import Callable, Sequence
from typing import Any

import cbor2
from sqlalchemy import Connection, Engine, func, insert, null, select, tuple_

from sync import merkle
from sync.server.models import Campaign, LogLeaves, LogNode

STORED = 8  # subtrees of 256 leaves and more are stored; smaller ones are hashed when asked


def now_ms() -> int:
    return time.time_ns() // 1_000_000


def _runs(
    conn: Connection, campaign_id: int, start: int, end: int, bodies: bool = False
) -> list[Any]:
    """The stored runs holding leaves [start, end), in order: (first, n, hashes, bodies,
    count_after) each; ``bodies`` is None unless asked for (the hashes are a 32nd of them)."""
    at = (
        select(func.max(LogLeaves.first))
        .where(LogLeaves.campaign_id == campaign_id, LogLeaves.first <= start)
        .scalar_subquery()
    )
    return list(
        conn.execute(
            select(
                LogLeaves.first,
                LogLeaves.n,
                LogLeaves.hashes,
                LogLeaves.bodies if bodies else null(),
                LogLeaves.count_after,
            )
            .where(
                LogLeaves.campaign_id == campaign_id,
                LogLeaves.first >= func.coalesce(at, 0),
                LogLeaves.first < end,
            )
            .order_by(LogLeaves.first)
        ).all()
    )


def _hashes_in(runs: list[Any], start: int, end: int) -> list[bytes]:
    """The leaf hashes of [start, end) out of ``runs`` (as ``_runs`` gives them)."""
    out: list[bytes] = []
    for first, n, hashes, _bodies, _count in runs:
        for i in range(max(start, first), min(end, first + n)):
            out.append(bytes(hashes[(i - first) * 32 : (i - first + 1) * 32]))
    return out


def _leaf_hashes(conn: Connection, campaign_id: int, start: int, end: int) -> list[bytes]:
    return _hashes_in(_runs(conn, campaign_id, start, end), start, end)


def _leaf_in(runs: list[Any], index: int) -> tuple[bytes, int] | None:
    """The leaf at ``index`` and the count after its run, out of ``runs`` read with bodies."""
    for first, n, _hashes, bodies, count in runs:
        if first <= index < first + n:
            return bytes(cbor2.loads(bodies)[index - first]), int(count)
    return None


def leaves(conn: Connection, campaign_id: int, end: int) -> list[bytes]:
    """The first ``end`` leaves, in order (for a recipient's kit: 73 bytes a record)."""
    out: list[bytes] = []
    for _first, _n, _hashes, bodies, _count in _runs(conn, campaign_id, 0, end, bodies=True):
        out += (bytes(b) for b in cbor2.loads(bodies))
    return out[:end]


def leaf_at(conn: Connection, campaign_id: int, index: int) -> tuple[bytes, int] | None:
    """The leaf at ``index`` (its bytes) and the count after its run."""
    return _leaf_in(_runs(conn, campaign_id, index, index + 1, bodies=True), index)


def append(
    conn: Connection, campaign_id: int, bodies: Sequence[bytes], count_after: int, have: int
) -> None:
    """Put ``bodies`` at the end of the campaign's log, as one run, from leaf ``have`` on.
    Only ``counting.move`` calls this: it holds the campaign row's lock (``bump`` took it)
    and has moved ``campaigns.log_size`` past these leaves in the update it makes anyway, in
    the same transaction: the leaves land with the change they record, or not at all."""
    if not bodies:
        return
    hashes = [merkle.leaf_hash(body) for body in bodies]
    conn.execute(
        insert(LogLeaves).values(
            campaign_id=campaign_id,
            first=have,
            n=len(bodies),
            hashes=b"".join(hashes),
            bodies=cbor2.dumps(list(bodies)),
            count_after=count_after,
            at_ms=now_ms(),
        )
    )
    end = have + len(bodies)
    made: dict[tuple[int, int], bytes] = {}
    level = STORED
    while (first := have >> level) < (last := end >> level):  # subtrees completed just now
        for pos in range(first, last):
            if level == STORED:
                lo, hi = pos << level, (pos + 1) << level
                old = _leaf_hashes(conn, campaign_id, lo, have) if lo < have else []
                made[level, pos] = merkle.root(old + hashes[max(lo, have) - have : hi - have])
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


_BLOCKS: dict[tuple[str, int, int], list[bytes]] = {}  # (database, campaign, block) -> hashes
_BLOCKS_KEPT = 64  # 8 KB each at most


class Tree:
    """A campaign's log as stored, for building proofs: ``subtree(start, end)`` from stored
    nodes where whole and 2**STORED leaves or more, else from the leaf hashes of the block
    of 2**STORED it lies in. ``prove`` reads everything a proof needs in two queries."""

    def __init__(self, conn: Connection, campaign_id: int) -> None:
        self.conn, self.campaign_id = conn, campaign_id
        self._blocks: dict[int, list[bytes]] = {}
        self._nodes: dict[tuple[int, int], bytes] = {}

    def leaf(self, index: int) -> bytes:
        """The leaf at ``index``, read with the hashes of its block of 2**STORED (one query:
        the block is what its proof reads first)."""
        block = index >> STORED
        lo, hi = block << STORED, (block + 1) << STORED
        runs = _runs(self.conn, self.campaign_id, lo, hi, bodies=True)
        found = _leaf_in(runs, index)
        if found is None:
            raise ValueError(f"no leaf {index}")
        self._blocks[block] = _hashes_in(runs, lo, hi)
        return found[0]

    def _parts(
        self, start: int, end: int, nodes: set[tuple[int, int]], blocks: dict[int, int]
    ) -> None:
        """The stored nodes and leaf blocks ``subtree(start, end)`` will read (for a block: how
        many of its leaves)."""
        width = end - start
        if width & (width - 1) == 0 and width >> STORED and start % width == 0:
            nodes.add((width.bit_length() - 1, start // width))
        elif (end - 1) >> STORED == start >> STORED:
            block = start >> STORED
            blocks[block] = max(blocks.get(block, 0), end - (block << STORED))
        else:
            k = merkle.split(width)
            self._parts(start, start + k, nodes, blocks)
            self._parts(start + k, end, nodes, blocks)

    def prove(self, build: Callable[[merkle.Subtree], list[bytes]]) -> list[bytes]:
        """``build`` (a proof of ``sync.merkle``) run twice: once to learn which subtrees it
        asks for, which are then read at once, and once to hash them."""
        ranges: list[tuple[int, int]] = []

        def note(start: int, end: int) -> bytes:
            ranges.append((start, end))
            return b""

        build(note)
        nodes: set[tuple[int, int]] = set()
        blocks: dict[int, int] = {}
        for start, end in ranges:
            self._parts(start, end, nodes, blocks)
        if nodes:
            self._nodes.update(
                ((level, pos), bytes(h))
                for level, pos, h in self.conn.execute(
                    select(LogNode.level, LogNode.pos, LogNode.hash).where(
                        LogNode.campaign_id == self.campaign_id,
                        tuple_(LogNode.level, LogNode.pos).in_(sorted(nodes)),
                    )
                ).all()
            )
        for block, need in blocks.items():  # the leaf's own, the log's last part
            if block not in self._blocks:
                self._blocks[block] = self._block(block, need)
        return build(self.subtree)

    def _block(self, block: int, need: int) -> list[bytes]:
        """The leaf hashes of a block, at least ``need`` of them: from the process's cache
        when it holds them (a leaf never changes; every proof against one head reads the
        same last block), else read."""
        key = (str(self.conn.engine.url), self.campaign_id, block)
        hashes = _BLOCKS.get(key)
        if hashes is None or len(hashes) < need:
            hashes = _leaf_hashes(
                self.conn, self.campaign_id, block << STORED, (block + 1) << STORED
            )
            _BLOCKS[key] = hashes
            while len(_BLOCKS) > _BLOCKS_KEPT:
                _BLOCKS.pop(next(iter(_BLOCKS)))
        return hashes

    def subtree(self, start: int, end: int) -> bytes:
        width = end - start
        if width & (width - 1) == 0 and width >> STORED and start % width == 0:
            key = (width.bit_length() - 1, start // width)
            if key not in self._nodes:
                self._nodes[key] = _node(self.conn, self.campaign_id, *key, {})
            return self._nodes[key]
        block = start >> STORED
        if (end - 1) >> STORED == block:
            if block not in self._blocks:
                self._blocks[block] = _leaf_hashes(
                    self.conn, self.campaign_id, block << STORED, (block + 1) << STORED
                )
            base = block << STORED
            return merkle.root(self._blocks[block][start - base : end - base])
        k = merkle.split(width)
        return merkle.node_hash(self.subtree(start, start + k), self.subtree(start + k, end))


_IDS: dict[tuple[str, str], int] = {}  # (database, slug) -> row id: a campaign's never changes


def _campaign_id(conn: Connection, slug: str) -> int:
    key = (str(conn.engine.url), slug)
    if key not in _IDS:
        found = conn.scalar(select(Campaign.id).where(Campaign.slug == slug))
        if found is None:
            raise ValueError(f"no campaign '{slug}'")
        _IDS[key] = int(found)
    return _IDS[key]


def inclusion(engine: Engine, slug: str, index: int, size: int) -> tuple[bytes, list[bytes]]:
    """The leaf at ``index`` (its bytes) and its audit path in the tree of ``size`` leaves."""
    with engine.connect() as conn:
        tree = Tree(conn, _campaign_id(conn, slug))
        body = tree.leaf(index)
        return body, tree.prove(lambda sub: merkle.inclusion_path(index, size, sub))


def consistency(engine: Engine, slug: str, old: int, new: int) -> list[bytes]:
    with engine.connect() as conn:
        tree = Tree(conn, _campaign_id(conn, slug))
        return tree.prove(lambda sub: merkle.consistency_path(old, new, sub))

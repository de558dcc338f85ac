"""``imza server log verify``: the log checked end to end from what the database holds, as a
monitor would: every leaf re-hashed in order, every signed head's root recomputed from the
leaves and its signature checked with the campaign's receipt key, each head shown consistent
with the one before it by a proof built from the stored subtrees (so those are checked too),
and each head's count equal to the count its last leaf recorded."""

from dataclasses import dataclass, field

import cbor2
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import Engine, select

from sync import merkle
from sync.server import campaigns, ledger, treeheads
from sync.server.models import LogLeaves

CHUNK = 100  # runs read at a time


@dataclass
class Report:
    slug: str
    leaves: int = 0
    heads: list[treeheads.Head] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        newest = self.heads[-1] if self.heads else None
        said = f"{self.slug}: {self.leaves:,} leaves, {len(self.heads)} signed heads" + (
            f"; newest: size {newest.size:,}, root {newest.root.hex()[:16]}, count {newest.count:,}"
            if newest
            else ""
        )
        if not self.failures:
            return [said + ("; all consistent" if self.heads else "")]
        return [said, *(f"  FAILED: {failure}" for failure in self.failures)]


def verify(engine: Engine, slug: str) -> Report:
    camp = campaigns.by_slug(engine, slug)
    if camp is None:
        raise ValueError(f"no campaign '{slug}'")
    report = Report(slug, heads=treeheads.heads(engine, slug))
    key = camp.receipt_key.public_key()
    wanted = {head.size: head for head in report.heads}
    frontier = merkle.Frontier()
    with engine.connect() as conn:
        while True:
            runs = conn.execute(
                select(LogLeaves.first, LogLeaves.hashes, LogLeaves.bodies, LogLeaves.count_after)
                .where(LogLeaves.campaign_id == camp.id, LogLeaves.first >= frontier.size)
                .order_by(LogLeaves.first)
                .limit(CHUNK)
            ).all()
            for first, hashes, bodies, count_after in runs:
                if first != frontier.size:
                    report.failures.append(f"leaves from {frontier.size} are missing")
                    return report
                for i, body in enumerate(cbor2.loads(bodies)):
                    leaf = merkle.leaf_hash(body)
                    if leaf != bytes(hashes[i * 32 : (i + 1) * 32]):
                        report.failures.append(f"leaf {first + i}: its hash does not match it")
                    frontier.add(leaf)
                if (head := wanted.get(frontier.size)) is not None:
                    _check_head(report, head, frontier.root(), count_after, key)
            if len(runs) < CHUNK:
                break
    report.leaves = frontier.size
    for size in wanted:
        if size > frontier.size:
            report.failures.append(f"head of size {size}: the log holds only {frontier.size}")
    for old, new in zip(report.heads, report.heads[1:], strict=False):
        proof = ledger.consistency(engine, slug, old.size, new.size)
        if not merkle.verify_consistency(old.size, new.size, old.root, new.root, proof):
            report.failures.append(f"heads {old.size} and {new.size} are not consistent")
    return report


def _check_head(
    report: Report, head: treeheads.Head, root: bytes, count: int, key: Ed25519PublicKey
) -> None:
    if root != head.root:
        report.failures.append(f"head of size {head.size}: its root is not the leaves' root")
    if count != head.count:
        report.failures.append(f"head of size {head.size}: count {head.count}, leaves {count}")
    try:
        key.verify(head.signature, head.message())
    except InvalidSignature:
        report.failures.append(f"head of size {head.size}: the signature does not verify")

"""``imza verify``: re-walk a device's chain and name every sequence number that is wrong.

Finds gaps (deleted rows), altered rows (any clear column or sealed byte that no longer matches
the hashed link), reordered rows (links that do not follow their predecessor) and bad head
signatures. Reads only; never repairs.
"""

import hashlib
import struct
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, Row, select

from kiosk import chain, wipe
from kiosk.device import device_id, device_number, verify_signature
from kiosk.models import Meta, Record


@dataclass
class Report:
    device: str
    first_seq: int | None = None
    last_seq: int | None = None
    head: str = ""
    count: int = 0
    gaps: list[tuple[int, int]] = field(default_factory=list)
    altered: list[int] = field(default_factory=list)
    reordered: list[int] = field(default_factory=list)
    bad_signatures: list[int] = field(default_factory=list)
    head_damaged: bool = False
    wiped_through: int = 0  # records up to here were wiped once the server held them

    @property
    def ok(self) -> bool:
        return not (
            self.gaps or self.altered or self.reordered or self.bad_signatures or self.head_damaged
        )

    def lines(self) -> list[str]:
        span = f"seq {self.first_seq}..{self.last_seq}" if self.count else "no records"
        number = device_number(self.device)
        out = [f"device {number}: {span}, {self.count} records, head {self.head[:16]}"]
        if self.wiped_through:
            out.append(f"  seq 1..{self.wiped_through} wiped after the server acknowledged them")
        out += [f"  missing seq {a}..{b}" if a != b else f"  missing seq {a}" for a, b in self.gaps]
        out += [f"  altered seq {s}" for s in self.altered]
        out += [f"  out of order at seq {s}" for s in self.reordered]
        out += [f"  bad head signature at seq {s}" for s in self.bad_signatures]
        if self.head_damaged:
            out.append("  the stored chain head is missing or damaged")
        out.append("  chain intact" if self.ok else "  CHAIN BROKEN")
        return out


def _matches(row: Row[Any], link: chain.Link) -> bool:
    return (
        link.kind == row.kind
        and link.suite == row.suite
        and link.flags == (chain.FLAG_SYNTHETIC if row.synthetic else 0)
        and link.record_id == row.record_id
        and link.created_ms == row.created_ms
        and link.text_hash == row.text_hash
        and link.withdrawal_hash == row.withdrawal_hash
        and link.target == row.target
        and link.sealed_hash == chain.digest(row.sealed)
        and link.identity_hash == chain.digest(row.identity)
    )


def _row_verdict(row: Row[Any], prev_hash: bytes) -> str:
    """``ok``, ``altered`` or ``reordered`` for one row; malformed values count as altered."""
    try:
        link = chain.Link.unpack(bytes(row.link))
        if hashlib.sha256(row.link).digest() != row.chain_hash or not _matches(row, link):
            return "altered"
    except (ValueError, TypeError, struct.error):
        return "altered"
    if link.seq != row.seq or link.prev != prev_hash:
        return "reordered"
    return "ok"


def verify(engine: Engine, campaign: str) -> Report:
    """Audit the chain in ``engine``'s store against its device key."""
    with engine.connect() as conn:
        meta = dict(conn.execute(select(Meta.key, Meta.value)).all())
        rows = conn.execute(select(Record.__table__).order_by(Record.seq))
        public = meta.get("device_public", b"")
        dev = device_id(public)
        report = Report(dev)
        # A wiped store's chain starts where the wipe ended: its hash, kept in meta, is
        # what the first remaining record must link to.
        report.wiped_through, prev_hash = wipe.anchor(meta, chain.genesis(campaign, public))
        expected = report.wiped_through + 1
        for row in rows:
            report.count += 1
            report.first_seq = report.first_seq or row.seq
            report.last_seq = row.seq
            if row.seq > expected:
                report.gaps.append((expected, row.seq - 1))
            expected = row.seq + 1
            verdict = _row_verdict(row, prev_hash)
            if verdict == "altered":
                report.altered.append(row.seq)
            elif verdict == "reordered":
                report.reordered.append(row.seq)
            message = chain.head_message(campaign, dev, row.seq, bytes(row.chain_hash or b""))
            if not verify_signature(public, row.head_sig, message):
                report.bad_signatures.append(row.seq)
            prev_hash = row.chain_hash
    try:
        last, head = chain.unpack_head(meta.get("head"))
    except ValueError:
        last, head, report.head_damaged = 0, None, True
    if head is None and report.count:
        report.head_damaged = True
    if not report.count and report.wiped_through and (last, head) != (expected - 1, prev_hash):
        report.head_damaged = True  # nothing since the wipe: the head is where it ended
    if last >= expected:  # the newest rows were deleted: the stored head still names them
        report.gaps.append((expected, last))
    report.head = head.hex() if head else ""
    return report

"""The bytes of a campaign's log: its leaves and what a tree head's signature covers.

Standard library only (with ``kiosk.smallcbor``), so the server that writes them and the
kit's single-file verifier that reads them share one text. A counted record's leaf is
fixed bytes: ``R``, the device id (32 bytes), the record's number (8, big-endian), SHA-256
of its link. An event's is ``E`` then CBOR ``[kind, [[device, seq], ...]]``.
"""

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from kiosk.smallcbor import Item, cbor_dumps, cbor_loads

RECORD, EVENT = b"R", b"E"
RECORD_LEAF_SIZE = 73
EVENTS = (
    "withdrawn", "revoked", "restored", "accepted", "rejected", "reopened", "unreadable",
    "settled",  # a held record accepted that counts nobody (a withdrawal record, no identity)
)  # fmt: skip
HEAD_CONTEXT = b"imza log head v1\x00"


def record_leaf(device: str, seq: int, link: bytes) -> bytes:
    """A record's leaf: cheap to make 15,000 times and to read without a CBOR library."""
    return RECORD + bytes.fromhex(device) + seq.to_bytes(8, "big") + hashlib.sha256(link).digest()


def event_leaf(kind: str, records: Sequence[tuple[str, int]], held: bytes = b"") -> bytes:
    """An event that changed (or, deciding a held record, settled) what counts. ``held``:
    the SHA-256 of a held record's link, which a decision on it names, since a held record
    can share its tablet and number with a stored one (a fork)."""
    assert kind in EVENTS, kind
    named: list[Item] = [[device, seq] for device, seq in sorted(records)]
    return EVENT + cbor_dumps([kind, named, held] if held else [kind, named])


def read_leaf(body: bytes) -> tuple[str, list[tuple[str, int]], bytes]:
    """(kind, [(device, seq), ...], link hash or b"") of a leaf: kind is "record" or an
    event's, whose link hash is a held record's; ValueError for anything else."""
    if body[:1] == RECORD and len(body) == RECORD_LEAF_SIZE:
        return "record", [(body[1:33].hex(), int.from_bytes(body[33:41], "big"))], body[41:]
    if body[:1] == EVENT:
        doc = cbor_loads(body[1:])
        if isinstance(doc, list) and len(doc) in (2, 3) and doc[0] in EVENTS:
            kind, named, *held = doc
            records = [_record(r) for r in named] if isinstance(named, list) else [None]
            link_hash = held[0] if held else b""
            if None not in records and isinstance(link_hash, bytes):
                return str(kind), [r for r in records if r is not None], link_hash
    raise ValueError("not a leaf of this log")


def _record(item: Item) -> tuple[str, int] | None:
    if isinstance(item, list) and len(item) == 2:
        device, seq = item
        if isinstance(device, str) and isinstance(seq, int):
            return device, seq
    return None


def log_head_message(slug: str, size: int, root: bytes, at_ms: int, count: int) -> bytes:
    """What a tree head's signature covers: a context string, then the fields in CBOR."""
    return HEAD_CONTEXT + cbor_dumps([slug, size, root, at_ms, count])


@dataclass(frozen=True)
class Head:
    """A signed tree head (RFC 9162 section 4.10, our encoding)."""

    slug: str
    size: int
    root: bytes
    at_ms: int
    count: int
    signature: bytes

    def message(self) -> bytes:
        return log_head_message(self.slug, self.size, self.root, self.at_ms, self.count)

    def as_json(self) -> dict[str, object]:
        """As ``/log/head`` serves it and a kit's head.json holds it."""
        return {
            "campaign": self.slug,
            "tree_size": self.size,
            "root_hash": self.root.hex(),
            "timestamp_ms": self.at_ms,
            "count": self.count,
            "signature": self.signature.hex(),
        }

    @classmethod
    def from_json(cls, doc: Any) -> "Head":
        """The head ``as_json`` wrote; ValueError for anything else."""
        try:
            numbers = [doc["tree_size"], doc["timestamp_ms"], doc["count"]]
            if not all(type(n) is int and 0 <= n < 2**63 for n in numbers):
                raise ValueError
            size, at_ms, count = numbers
            return cls(
                str(doc["campaign"]),
                size,
                bytes.fromhex(doc["root_hash"]),
                at_ms,
                count,
                bytes.fromhex(doc["signature"]),
            )
        except (KeyError, TypeError, ValueError, AttributeError):
            raise ValueError("not a signed tree head") from None

"""Sync protocol v1: the batch and receipt wire formats that tablet and server share.

A batch is canonical CBOR (RFC 8949), raw bytes, no base64 and no compression: a header (the
campaign, the device, where the batch starts and the chain head it ends on, signed by the
device) and the records exactly as the tablet's chain holds them: each record is
``[link, sealed, identity]``, the link as hashed (it carries every field of the record, so
nothing on the wire can disagree with what was signed) and the two envelopes it names by
hash. The same bytes are the hand-over file. Every limit is checked before any work: whole
body, record count, record size.
"""

import hashlib
from dataclasses import dataclass
from typing import Any, NamedTuple

import cbor2

from kiosk import chain
from kiosk.device import device_id, verify_signature

VERSION = 1
MAX_BODY = 8 * 1024 * 1024
MAX_RECORDS = 1000
MAX_RECORD = 64 * 1024
_RECORD_BYTES = {"record_id": 16, "text_hash": 32, "withdrawal_hash": 32, "target": 16}


class ProtocolError(Exception):
    """A batch or receipt that cannot be accepted; ``code`` says what to do (fix or stop)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


class WireRecord(NamedTuple):
    """One chain entry: the fields its link packs, in the link's order, and the envelopes."""

    kind: int
    suite: int
    flags: int
    seq: int
    record_id: bytes
    created_ms: int
    text_hash: bytes
    withdrawal_hash: bytes
    target: bytes
    sealed: bytes | None
    identity: bytes | None
    link: bytes

    @classmethod
    def from_link(cls, link: bytes, sealed: bytes | None, identity: bytes | None) -> "WireRecord":
        """The record a link describes; ValueError if it is not a link we can store."""
        _, _, *fields, _, _ = chain.unpack_raw(link)
        record = cls._make((*fields, sealed, identity, link))
        if not (0 <= record.seq < 2**62 and 0 <= record.created_ms < 2**62):
            raise ValueError("a link number is out of range")
        return record

    @property
    def prev(self) -> bytes:
        """The chain hash this record follows."""
        return self.link[1:33]

    @property
    def digest(self) -> bytes:
        """What idempotency compares: the record's link hash (it covers every field)."""
        return hashlib.sha256(self.link).digest()


_ENVELOPE = {type(None), bytes}


@dataclass(frozen=True)
class Batch:
    campaign: str
    device: str
    device_public: bytes
    from_seq: int
    prev_head: bytes
    device_clock_ms: int
    head_seq: int
    head: bytes
    head_sig: bytes
    records: tuple[WireRecord, ...]


def encode(batch: Batch) -> bytes:
    doc = {
        "v": VERSION,
        "campaign": batch.campaign,
        "device": batch.device,
        "device_public": batch.device_public,
        "from_seq": batch.from_seq,
        "prev_head": batch.prev_head,
        "clock_ms": batch.device_clock_ms,
        "head_seq": batch.head_seq,
        "head": batch.head,
        "head_sig": batch.head_sig,
        "records": [[r.link, r.sealed, r.identity] for r in batch.records],
    }
    return cbor2.dumps(doc, canonical=True)


def _field(doc: dict[str, Any], key: str, kind: type, size: int | None = None) -> Any:
    value: Any = doc.get(key)
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is int):
        raise ProtocolError("malformed", f"{key} is missing or of the wrong type")
    if isinstance(value, int) and not 0 <= value < 2**62:
        raise ProtocolError("malformed", f"{key} is out of range")
    if size is not None and len(doc[key]) != size:
        raise ProtocolError("malformed", f"{key} must be {size} bytes")
    return value


def _record(item: Any) -> WireRecord:
    """``[link, sealed, identity]``, checked: the hot path of a batch, a few C calls each."""
    if type(item) is not list or len(item) != 3:
        raise ProtocolError("malformed", "a record is [link, sealed, identity]")
    link, sealed, identity = item
    if type(link) is not bytes or type(sealed) not in _ENVELOPE or type(identity) not in _ENVELOPE:
        raise ProtocolError("malformed", "a record's link and envelopes must be bytes")
    if len(sealed or b"") + len(identity or b"") > MAX_RECORD:
        raise ProtocolError("too_large", f"a record may carry at most {MAX_RECORD} bytes")
    try:
        return WireRecord.from_link(link, sealed, identity)
    except ValueError as exc:
        raise ProtocolError("malformed", f"not a chain link (version 1 or 2): {exc}") from None


def decode(data: bytes) -> Batch:
    """Parse a batch body, every limit first; ProtocolError on anything unexpected."""
    if len(data) > MAX_BODY:
        raise ProtocolError("too_large", f"a batch may be at most {MAX_BODY} bytes")
    try:
        doc = cbor2.loads(data)
    except Exception as exc:  # cbor2 raises several types for broken input
        raise ProtocolError("malformed", "the body is not CBOR") from exc
    if not isinstance(doc, dict) or doc.get("v") != VERSION:
        raise ProtocolError("malformed", "not a version 1 batch")
    records = doc.get("records")
    if not isinstance(records, list):
        raise ProtocolError("malformed", "records must be a list")
    if len(records) > MAX_RECORDS:
        raise ProtocolError("too_large", f"a batch may hold at most {MAX_RECORDS} records")
    batch = Batch(
        campaign=_field(doc, "campaign", str),
        device=_field(doc, "device", str),
        device_public=_field(doc, "device_public", bytes, 32),
        from_seq=_field(doc, "from_seq", int),
        prev_head=_field(doc, "prev_head", bytes, 32),
        device_clock_ms=_field(doc, "clock_ms", int),
        head_seq=_field(doc, "head_seq", int),
        head=_field(doc, "head", bytes, 32),
        head_sig=_field(doc, "head_sig", bytes, 64),
        records=tuple(_record(r) for r in records),
    )
    if device_id(batch.device_public) != batch.device:
        raise ProtocolError("malformed", "device is not the id of device_public")
    if batch.from_seq < 1 or batch.head_seq < batch.from_seq - 1:
        raise ProtocolError("malformed", "from_seq and head_seq do not describe a range")
    return batch


def verify(batch: Batch) -> None:
    """The records form the device's chain from ``prev_head`` to the head its key signed."""
    prev, seq = batch.prev_head, batch.from_seq
    for record in batch.records:
        if record.seq != seq or record.prev != prev:
            raise ProtocolError("altered", f"seq {record.seq} does not follow the chain")
        hashes = record.link[chain.LINK_SIZE_V1 - 64 : chain.LINK_SIZE_V1]  # then a commitment
        if hashes != chain.digest(record.sealed) + chain.digest(record.identity):
            raise ProtocolError("altered", f"seq {record.seq}: envelope differs from its link")
        prev, seq = record.digest, seq + 1
    if batch.records and (prev != batch.head or seq - 1 != batch.head_seq):
        raise ProtocolError("altered", "the records do not end on the signed head")
    message = chain.head_message(batch.campaign, batch.device, batch.head_seq, batch.head)
    if not verify_signature(batch.device_public, batch.head_sig, message):
        raise ProtocolError("bad_signature", "the head signature does not verify")

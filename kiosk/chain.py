"""The per-device hash chain: fixed-width versioned links, hashed with SHA-256, heads signed.

``h0 = H("imza-chain-v1" | campaign | device public key)`` and
``h[n] = H(link[n])`` with ``link[n] = version | h[n-1] | kind | suite | flags | seq u64 |
record id | created ms i64 | text hash | withdrawal-code hash | tombstone target | H(sealed) |
H(identity envelope) | commitment``. The link is stored exactly as hashed, so an audit needs
no code that re-serialises anything.

Version 2 added the commitment: a salted hash of what the signer gave (``commitment``), the
salt sealed inside the personal envelope, so whoever is handed a signer's opened record can
check it against the link (and the public log that holds the link's hash), and nobody else
learns anything from it. Version 1 links, without it, stay valid as they were hashed.
"""

import hashlib
import struct
from dataclasses import dataclass
from typing import Any

from kiosk.smallcbor import Item, cbor_dumps

VERSION = 2
COMMITMENT_CONTEXT = b"imza-commitment-v1\x00"
KIND_SIGNATURE = 1
KIND_WITHDRAWAL = 2
ZERO32 = bytes(32)
ZERO16 = bytes(16)
FLAG_SYNTHETIC = 1
_LINK = struct.Struct(">B32sBBBQ16sq32s32s16s32s32s")  # version 1; version 2 adds 32 bytes
LINK_SIZE_V1 = _LINK.size
LINK_SIZE = LINK_SIZE_V1 + 32


def _framed(*parts: bytes) -> bytes:
    return b"".join(struct.pack(">H", len(p)) + p for p in parts)


def genesis(campaign: str, device_public: bytes) -> bytes:
    return hashlib.sha256(_framed(b"imza-chain-v1", campaign.encode(), device_public)).digest()


def digest(data: bytes | None) -> bytes:
    """H(sealed) or H(identity envelope); all zeros where a record has none."""
    return hashlib.sha256(data).digest() if data else ZERO32


@dataclass(frozen=True)
class Link:
    prev: bytes
    kind: int
    suite: int
    flags: int
    seq: int
    record_id: bytes
    created_ms: int
    text_hash: bytes
    withdrawal_hash: bytes
    target: bytes
    sealed_hash: bytes
    identity_hash: bytes
    commitment: bytes = ZERO32

    def pack(self) -> bytes:
        return (
            _LINK.pack(
                VERSION,
                self.prev,
                self.kind,
                self.suite,
                self.flags,
                self.seq,
                self.record_id,
                self.created_ms,
                self.text_hash,
                self.withdrawal_hash,
                self.target,
                self.sealed_hash,
                self.identity_hash,
            )
            + self.commitment
        )

    @classmethod
    def unpack(cls, data: bytes) -> "Link":
        _version, *fields = unpack_raw(data)
        return cls(*fields, commitment=commitment_of(data))  # type: ignore[misc]


def unpack_raw(data: bytes) -> tuple[Any, ...]:
    """A link's fields up to H(identity) as a tuple, version first (the server checks
    thousands a second); a version 2 link's commitment is ``commitment_of``."""
    if len(data) == LINK_SIZE and data[0] == VERSION:
        return _LINK.unpack_from(data)
    if len(data) == LINK_SIZE_V1 and data[0] == 1:
        return _LINK.unpack(data)
    raise ValueError("not a chain link of version 1 or 2")


def commitment_of(link: bytes) -> bytes:
    """A version 2 link's commitment; zeros for version 1, which has none."""
    return link[LINK_SIZE_V1:] if len(link) == LINK_SIZE else ZERO32


def commitment(
    salt: bytes,
    record_id: bytes,
    names: tuple[str, str, str],
    place: tuple[str, str],
    distinct: str,
    method: str,
    text_hash: bytes,
) -> bytes:
    """``H(context | salt | CBOR [record id, given, surname, patronymic, settlement, place id,
    what told namesakes apart, method, text hash])``: every field the count judges a person
    by is in it, so the recipient's kit can recount from opened records it can trust; and
    nothing a guesser could try without the 16 random bytes of salt. ``place``: the
    settlement as given and the gazetteer's id ("" when typed)."""
    fields: list[Item] = [record_id, *names, *place, distinct, method, text_hash]
    return hashlib.sha256(COMMITMENT_CONTEXT + salt + cbor_dumps(fields)).digest()


def pack_head(seq: int, head: bytes) -> bytes:
    """The newest sequence number and chain hash, as kept in the store's meta table."""
    return struct.pack(">Q", seq) + head


def unpack_head(data: bytes | None) -> tuple[int, bytes | None]:
    if not data:
        return 0, None
    if len(data) != 40:
        raise ValueError("the stored chain head is damaged")
    return struct.unpack(">Q", data[:8])[0], data[8:]


def head_message(campaign: str, device_id: str, seq: int, head: bytes) -> bytes:
    """What the device signs: ``("imza-head-v1", campaign, device, seq, head)``."""
    return _framed(
        b"imza-head-v1", campaign.encode(), device_id.encode(), struct.pack(">Q", seq), head
    )

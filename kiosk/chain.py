"""The per-device hash chain: fixed-width versioned links, hashed with SHA-256, heads signed.

``h0 = H("imza-chain-v1" | campaign | device public key)`` and
``h[n] = H(link[n])`` with ``link[n] = version | h[n-1] | kind | suite | flags | seq u64 |
record id | created ms i64 | text hash | withdrawal-code hash | tombstone target | H(sealed) |
H(identity envelope)``. The link is stored exactly as hashed, so an audit needs no code
that re-serialises anything.
"""

import hashlib
import struct
from dataclasses import dataclass
from typing import Any

VERSION = 1
KIND_SIGNATURE = 1
KIND_WITHDRAWAL = 2
ZERO32 = bytes(32)
ZERO16 = bytes(16)
FLAG_SYNTHETIC = 1
_LINK = struct.Struct(">B32sBBBQ16sq32s32s16s32s32s")
LINK_SIZE = _LINK.size


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

    def pack(self) -> bytes:
        return _LINK.pack(
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

    @classmethod
    def unpack(cls, data: bytes) -> "Link":
        return cls(*unpack_raw(data)[1:])


def unpack_raw(data: bytes) -> tuple[Any, ...]:
    """A link's fields as a tuple, version first (the server checks thousands a second)."""
    if len(data) != LINK_SIZE or data[0] != VERSION:
        raise ValueError("not a chain link of version 1")
    return _LINK.unpack(data)


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

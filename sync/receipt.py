"""Receipts: the server's signed word that it holds a device's chain through sequence N.

The tablet marks records acknowledged only from a receipt that verifies under the server's
receipt key and names the chain head the tablet itself has at that sequence number; otherwise
nothing changes. The same bytes travel by HTTP or, as a receipt file, on a USB stick.
"""

import struct
import time
from dataclasses import dataclass

import cbor2
from cryptography.hazmat.primitives.asymmetric import ed25519

from kiosk.device import verify_signature
from sync.protocol import ProtocolError

VERSION = 1


@dataclass(frozen=True)
class Receipt:
    campaign: str
    device: str
    through_seq: int
    head: bytes
    server_time_ms: int
    signature: bytes = b""

    def message(self) -> bytes:
        parts = (
            b"imza-receipt-v1",
            self.campaign.encode(),
            self.device.encode(),
            struct.pack(">Q", self.through_seq),
            self.head,
            struct.pack(">q", self.server_time_ms),
        )
        return b"".join(struct.pack(">H", len(p)) + p for p in parts)


def sign(
    key: ed25519.Ed25519PrivateKey,
    campaign: str,
    device: str,
    through_seq: int,
    head: bytes,
    server_time_ms: int | None = None,
) -> Receipt:
    """The server's receipt for ``device`` through ``through_seq`` (server side).

    ``server_time_ms``: when the server received the record at ``through_seq`` (now by
    default). Ed25519 signs deterministically, so the same record gets the same bytes each
    time: a resend after a lost reply gets the very receipt the first reply carried."""
    when = time.time_ns() // 1_000_000 if server_time_ms is None else server_time_ms
    unsigned = Receipt(campaign, device, through_seq, head, when)
    return Receipt(**{**unsigned.__dict__, "signature": key.sign(unsigned.message())})


def encode(receipt: Receipt) -> bytes:
    return cbor2.dumps({"v": VERSION, **receipt.__dict__}, canonical=True)


def decode(data: bytes) -> Receipt:
    try:
        doc = cbor2.loads(data)
        if not isinstance(doc, dict) or doc.pop("v", None) != VERSION:
            raise ValueError
        receipt = Receipt(**doc)
    except Exception as exc:  # broken CBOR, missing or extra fields
        raise ProtocolError("malformed", "not an Imza receipt") from exc
    kinds = (
        (receipt.campaign, str),
        (receipt.device, str),
        (receipt.through_seq, int),
        (receipt.head, bytes),
        (receipt.server_time_ms, int),
        (receipt.signature, bytes),
    )
    if not all(isinstance(v, t) and not isinstance(v, bool) for v, t in kinds):
        raise ProtocolError("malformed", "a receipt field has the wrong type")
    if len(receipt.head) != 32 or len(receipt.signature) != 64 or receipt.through_seq < 1:
        raise ProtocolError("malformed", "a receipt field has the wrong size")
    return receipt


def verify(receipt: Receipt, server_public: bytes) -> None:
    if not verify_signature(server_public, receipt.signature, receipt.message()):
        raise ProtocolError("bad_signature", "the receipt is not signed by this campaign's server")

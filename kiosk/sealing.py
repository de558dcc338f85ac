"""HPKE sealing of personal data and identities, and the campaign's key material.

Two suites: ``hybrid`` (ML-KEM-768 + X25519, HKDF-SHA256, AES-256-GCM; the default, because a
signer list from a conflict region must stay secret for decades) and ``x25519`` (RFC 9180,
HKDF-SHA256, AES-256-GCM). Every record names its suite by a one-byte id.

An identity envelope is padded (version 2) so that its length does not give away the length
of the name; the first release sealed the identity bare (version 1), and both still open.
"""

import hashlib
import struct
from dataclasses import dataclass
from typing import Literal

from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric import mlkem, x25519

SuiteName = Literal["hybrid", "x25519"]
SUITE_IDS: dict[SuiteName, int] = {"x25519": 1, "hybrid": 2}
SUITE_NAMES: dict[int, SuiteName] = {v: k for k, v in SUITE_IDS.items()}

_SUITES = {
    "x25519": hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM),
    "hybrid": hpke.Suite(hpke.KEM.MLKEM768_X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM),
}
_MLKEM_SEED = 64
_MLKEM_PUBLIC = 1184
_X25519 = 32

IDENTITY_PAD_TO = 256  # as the personal payload: a name's length hides in the bucket
# Version 2 starts with NUL: a version 1 identity is normalised text (kiosk.normalise), which
# never does; the byte after it leaves room for a later version.
_IDENTITY_V2 = b"\x00\x02"
_IDENTITY_HEAD = len(_IDENTITY_V2) + 2  # the marker, then the identity's length (u16)

PrivateKey = x25519.X25519PrivateKey | hpke.MLKEM768X25519PrivateKey
PublicKey = x25519.X25519PublicKey | hpke.MLKEM768X25519PublicKey


class SealError(Exception):
    """A sealed envelope did not open: wrong key, wrong context, or altered bytes."""


@dataclass(frozen=True)
class KeyPair:
    """An HPKE key pair with its raw encodings (public: as in the campaign file)."""

    suite: SuiteName
    private_raw: bytes
    public_raw: bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.suite, self.public_raw)


def generate(suite: SuiteName = "hybrid") -> KeyPair:
    """A fresh key pair for the suite."""
    x = x25519.X25519PrivateKey.generate()
    if suite == "x25519":
        return KeyPair(suite, x.private_bytes_raw(), x.public_key().public_bytes_raw())
    m = mlkem.MLKEM768PrivateKey.generate()
    return KeyPair(
        suite,
        m.private_bytes_raw() + x.private_bytes_raw(),
        m.public_key().public_bytes_raw() + x.public_key().public_bytes_raw(),
    )


def fingerprint(suite: SuiteName, public_raw: bytes) -> str:
    """SHA-256 over the suite and the public key, hex; shown grouped for people to compare."""
    return hashlib.sha256(b"imza-key-v1\x00" + suite.encode() + b"\x00" + public_raw).hexdigest()


def group_fingerprint(fp: str, groups: int = 8) -> str:
    """The first ``groups`` blocks of four hex digits, spaced for reading aloud."""
    return " ".join(fp[i : i + 4] for i in range(0, groups * 4, 4)).upper()


def load_public(suite: SuiteName, raw: bytes) -> PublicKey:
    """Parse a raw public key of the suite; ValueError if it has the wrong shape."""
    if suite == "x25519":
        if len(raw) != _X25519:
            raise ValueError("an x25519 public key is 32 bytes")
        return x25519.X25519PublicKey.from_public_bytes(raw)
    if len(raw) != _MLKEM_PUBLIC + _X25519:
        raise ValueError("a hybrid public key is 1216 bytes")
    return hpke.MLKEM768X25519PublicKey(
        mlkem.MLKEM768PublicKey.from_public_bytes(raw[:_MLKEM_PUBLIC]),
        x25519.X25519PublicKey.from_public_bytes(raw[_MLKEM_PUBLIC:]),
    )


def load_private(suite: SuiteName, raw: bytes) -> PrivateKey:
    """Parse a raw private key of the suite (ML-KEM seed + X25519 scalar for hybrid)."""
    if suite == "x25519":
        if len(raw) != _X25519:
            raise ValueError("an x25519 private key is 32 bytes")
        return x25519.X25519PrivateKey.from_private_bytes(raw)
    if len(raw) != _MLKEM_SEED + _X25519:
        raise ValueError("a hybrid private key is 96 bytes")
    return hpke.MLKEM768X25519PrivateKey(
        mlkem.MLKEM768PrivateKey.from_seed_bytes(raw[:_MLKEM_SEED]),
        x25519.X25519PrivateKey.from_private_bytes(raw[_MLKEM_SEED:]),
    )


def public_raw_of(suite: SuiteName, private_raw: bytes) -> bytes:
    """The raw public key that belongs to a raw private key."""
    if suite == "x25519":
        return load_private(suite, private_raw).public_key().public_bytes_raw()  # type: ignore[union-attr]
    m = mlkem.MLKEM768PrivateKey.from_seed_bytes(private_raw[:_MLKEM_SEED])
    x = x25519.X25519PrivateKey.from_private_bytes(private_raw[_MLKEM_SEED:])
    return m.public_key().public_bytes_raw() + x.public_key().public_bytes_raw()


def seal_info(
    suite: SuiteName, campaign: str, device_id: str, record_id: bytes, kind: str
) -> bytes:
    """``"imza-seal-v1" | suite | campaign | device | record id | kind``, each length-prefixed."""
    out = bytearray()
    for part in (
        b"imza-seal-v1",
        suite.encode(),
        campaign.encode(),
        device_id.encode(),
        record_id,
        kind.encode(),
    ):
        out += struct.pack(">H", len(part)) + part
    return bytes(out)


def identity_plaintext(identity: bytes) -> bytes:
    """What an identity envelope seals (version 2): marker, length, identity, then zeros to a
    multiple of ``IDENTITY_PAD_TO``, so every name of an ordinary length seals to one size."""
    framed = _IDENTITY_V2 + struct.pack(">H", len(identity)) + identity
    return framed + b"\x00" * (-len(framed) % IDENTITY_PAD_TO)


def identity_of(plaintext: bytes) -> bytes:
    """The normalised identity from an opened identity envelope of either version; the same
    bytes for both, so a signer's tag does not depend on which release sealed it."""
    if not plaintext.startswith(b"\x00"):
        return plaintext  # version 1: the identity, bare
    if not plaintext.startswith(_IDENTITY_V2) or len(plaintext) < _IDENTITY_HEAD:
        raise SealError("an identity envelope of an unknown version")
    (length,) = struct.unpack_from(">H", plaintext, len(_IDENTITY_V2))
    end = _IDENTITY_HEAD + length
    if end > len(plaintext) or plaintext[end:].strip(b"\x00"):
        raise SealError("an identity envelope whose length or padding is wrong")
    return plaintext[_IDENTITY_HEAD:end]


class Sealer:
    """Seals to one public key; built once and reused for every record."""

    def __init__(self, suite: SuiteName, public_raw: bytes) -> None:
        self.suite = suite
        self._suite = _SUITES[suite]
        self._key = load_public(suite, public_raw)

    def seal(self, plaintext: bytes, info: bytes) -> bytes:
        return self._suite.encrypt(plaintext, self._key, info=info)


class Opener:
    """Opens envelopes sealed to one key pair."""

    def __init__(self, suite: SuiteName, private_raw: bytes) -> None:
        self.suite = suite
        self._suite = _SUITES[suite]
        self._key = load_private(suite, private_raw)

    def open(self, envelope: bytes, info: bytes) -> bytes:
        try:
            return self._suite.decrypt(envelope, self._key, info=info)
        except Exception as exc:  # the binding raises several types; all mean "does not open"
            raise SealError("the envelope does not open with this key") from exc

    def open_identity(self, envelope: bytes, info: bytes) -> bytes:
        """The normalised identity in an identity envelope, padded (v2) or bare (v1)."""
        return identity_of(self.open(envelope, info))

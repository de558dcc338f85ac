"""The tablet's identity: an Ed25519 key made at first use; its id is SHA-256 of the public key."""

import hashlib
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric import ed25519

from kiosk.fsio import create_once

KEY_NAME = "device.key"


class DeviceKeyError(Exception):
    """The device key file cannot be used."""


@dataclass(frozen=True)
class Device:
    key: ed25519.Ed25519PrivateKey
    public: bytes

    @property
    def id(self) -> str:
        return device_id(self.public)

    def sign(self, message: bytes) -> bytes:
        return self.key.sign(message)


def device_id(public: bytes) -> str:
    return hashlib.sha256(public).hexdigest()


def device_number(ident: str) -> str:
    """The device number people read and compare: the id's first 12 hex digits in groups of
    four ("3f9a 0c21 b7e4"), the same on the tablet, the command line, the dashboard and the
    delivered petition. 48 bits: enough to tell a campaign's tablets apart by eye."""
    ident = ident.lower()
    return f"{ident[:4]} {ident[4:8]} {ident[8:12]}"


def verify_signature(public: bytes, signature: bytes, message: bytes) -> bool:
    try:
        ed25519.Ed25519PublicKey.from_public_bytes(public).verify(signature, message)
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True


def load_or_create(data_dir: Path) -> Device:
    """The device key in ``data_dir``, made (0600) if this tablet has none yet."""
    path = data_dir / KEY_NAME
    if not path.exists():
        create_once(path, ed25519.Ed25519PrivateKey.generate().private_bytes_raw())
    raw = path.read_bytes()
    if len(raw) != 32:
        raise DeviceKeyError(f"{path} is damaged (not a 32-byte device key)")
    key = ed25519.Ed25519PrivateKey.from_private_bytes(raw)
    return Device(key, key.public_key().public_bytes_raw())

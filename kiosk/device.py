"""The tablet's identity: an Ed25519 key made at first use; its id is SHA-256 of the public key."""

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric import ed25519

KEY_NAME = "device.key"


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


def verify_signature(public: bytes, signature: bytes, message: bytes) -> bool:
    try:
        ed25519.Ed25519PublicKey.from_public_bytes(public).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def load_or_create(data_dir: Path) -> Device:
    """The device key in ``data_dir``, made (0600) if this tablet has none yet."""
    path = data_dir / KEY_NAME
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        key = ed25519.Ed25519PrivateKey.generate()
        raw = key.private_bytes_raw()
        tmp = path.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    if len(raw) != 32:
        raise ValueError(f"{path} is not a device key")
    key = ed25519.Ed25519PrivateKey.from_private_bytes(raw)
    return Device(key, key.public_key().public_bytes_raw())

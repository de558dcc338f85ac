"""Enrolment codes: 16 Crockford base32 characters (80 random bits) after the first six hex
digits of the campaign key's fingerprint, like ``7F3A9C-K2QW-8MXD-4HTB-9RJE``.

The server stores only a hash of the random part. The tablet compares the prefix with the
fingerprint of the campaign file the server hands back: a server that hands out another
campaign key is caught before the tablet pins it.
"""

import hashlib
import secrets
from dataclasses import dataclass

from kiosk.receipt import ALPHABET

PREFIX = 6
SECRET = 16
_DECODE = {ch: ch for ch in ALPHABET} | {"I": "1", "L": "1", "O": "0"}


@dataclass(frozen=True)
class Code:
    prefix: str  # lower-case hex, as fingerprints are written
    secret: str

    @property
    def text(self) -> str:
        s = self.secret
        return "-".join([self.prefix.upper(), s[:4], s[4:8], s[8:12], s[12:]])

    @property
    def digest(self) -> bytes:
        return hashlib.sha256(f"imza-enrol-v1\x00{self.secret}".encode()).digest()


def new(fingerprint: str) -> Code:
    bits = int.from_bytes(secrets.token_bytes(10))  # 80 random bits, 5 per character
    return Code(
        fingerprint[:PREFIX].lower(),
        "".join(ALPHABET[(bits >> (5 * i)) & 31] for i in range(SECRET)),
    )


def parse(text: str) -> Code | None:
    """The code in ``text`` (case, spaces and hyphens forgiven), or None."""
    chars = [ch for ch in text.upper() if ch not in " -\t"]
    if len(chars) != PREFIX + SECRET:
        return None
    prefix = "".join(chars[:PREFIX]).lower()
    if any(ch not in "0123456789abcdef" for ch in prefix):
        return None
    rest = chars[PREFIX:]
    if any(ch not in _DECODE for ch in rest):
        return None
    return Code(prefix, "".join(_DECODE[ch] for ch in rest))

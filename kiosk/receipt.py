"""Receipt codes: 12 Crockford base32 characters (60 bits), the signer's key to withdraw.

Only a hash of the code is stored. Reading is forgiving: case, spaces, hyphens, the letters
people confuse with digits (I, L -> 1; O -> 0) and Cyrillic look-alikes (К, М, Х, Н, В, Т)
are all accepted.
"""

import hashlib
import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
LENGTH = 12
# Cyrillic letters that look like the code's Latin ones: a Russian or Azerbaijani Cyrillic
# keyboard types these when a signer copies the code from paper.
_LOOKALIKES = {
    "А": "A",
    "В": "B",
    "С": "C",
    "Е": "E",
    "Н": "H",
    "К": "K",
    "М": "M",
    "О": "0",
    "Р": "P",
    "Т": "T",
    "Х": "X",
    "У": "Y",
    "З": "3",
    "Ј": "J",
}
_DECODE = {ch: ch for ch in ALPHABET} | {"I": "1", "L": "1", "O": "0"} | _LOOKALIKES


def new_code() -> str:
    bits = int.from_bytes(secrets.token_bytes(8)) >> 4  # 60 random bits, 5 per character
    return "".join(ALPHABET[(bits >> (5 * i)) & 31] for i in range(LENGTH))


def grouped(code: str) -> str:
    """``ABCD EFGH JKMN``: three groups of four, for reading aloud and writing down."""
    return " ".join(code[i : i + 4] for i in range(0, LENGTH, 4))


def parse(text: str) -> str | None:
    """The canonical code in ``text``, or None when it cannot be one."""
    chars = [ch for ch in text.upper() if ch not in " -\t"]
    if len(chars) != LENGTH or any(ch not in _DECODE for ch in chars):
        return None
    return "".join(_DECODE[ch] for ch in chars)


def code_hash(campaign: str, code: str) -> bytes:
    """The stored (and synced) form: the server matches withdrawals across tablets by it."""
    return hashlib.sha256(f"imza-withdraw-v1\x00{campaign}\x00{code}".encode()).digest()

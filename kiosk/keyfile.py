"""Campaign private key files: our own small versioned format, scrypt + AES-256-GCM.

Encrypted PEM uses a weak KDF and the hybrid key has no standard PEM form, so the private
key is wrapped here: scrypt (N = 2^17, r = 8, p = 1) derives the wrapping key from a
passphrase, by default a generated six words (77 bits from the EFF large word list); every
header field is authenticated as associated data.

What scrypt gets is the passphrase made canonical by a rule the file names, so a file opens
with what its maker would type however it was made:

- ``imza-private-key-1`` files name no rule and always used ``lower-spaces``: lowercased,
  whitespace runs made one space, ends trimmed. They still open that way, in any case.
- ``imza-private-key-2`` files carry ``passphrase_rule`` in the (authenticated) header:
  ``nfc-lower-spaces`` for the generated words, which are all lowercase, so case carries no
  strength and forgiving it is kind to a coordinator typing from paper with caps lock on or
  a keyboard that capitalises the first letter; ``nfc-spaces`` for a chosen passphrase,
  whose case is part of its strength and is kept as typed.
- Both new rules NFC-normalise (``ə`` or ``ü`` typed as one code point or as a letter plus a
  combining mark, as keyboards differ, is the same passphrase; RFC 8265's OpaqueString
  does the same) and make whitespace runs one space with the ends trimmed (spaces are
  invisible on paper).
"""

import base64
import json
import os
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from kiosk import passphrases
from kiosk.sealing import SUITE_IDS, KeyPair, SuiteName, fingerprint, public_raw_of

FORMAT = "imza-private-key-2"
FORMAT_V1 = "imza-private-key-1"
RULE_V1 = "lower-spaces"  # implied by FORMAT_V1
RULE_WORDS = "nfc-lower-spaces"
RULE_AS_TYPED = "nfc-spaces"
_RULES = (RULE_WORDS, RULE_AS_TYPED)
_FIELDS = ("format", "suite", "fingerprint", "kdf", "aead")
_HEADER = {FORMAT_V1: _FIELDS, FORMAT: (*_FIELDS, "passphrase_rule")}
SCRYPT_N = 2**17
SCRYPT_R = 8
SCRYPT_P = 1
PASSPHRASE_WORDS = passphrases.WORDS
PRIVATE_NAME = "campaign-key.imzakey"
PUBLIC_NAME = "campaign-key.pub.json"


class KeyFileError(Exception):
    """A key file that cannot be used; the message says why in one line."""


@dataclass(frozen=True)
class PublicKeyFile:
    suite: SuiteName
    public_raw: bytes
    fingerprint: str


def generate_passphrase(words: int = PASSPHRASE_WORDS) -> str:
    return passphrases.generate(words)


def canonical(passphrase: str, rule: str) -> bytes:
    """The bytes scrypt derives from for ``passphrase`` under ``rule`` (module docstring)."""
    if rule == RULE_V1:
        return " ".join(passphrase.lower().split()).encode()  # exactly as format 1 did
    text = " ".join(unicodedata.normalize("NFC", passphrase).split())
    return (text.lower() if rule == RULE_WORDS else text).encode()


def _derive(passphrase: str, rule: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(canonical(passphrase, rule))


def _aad(header: dict[str, object]) -> bytes:
    return json.dumps(header, sort_keys=True, separators=(",", ":")).encode()


def wrap(pair: KeyPair, passphrase: str, n: int = SCRYPT_N, *, rule: str = RULE_WORDS) -> bytes:
    """The key file bytes for ``pair`` under ``passphrase``.

    ``rule`` RULE_WORDS (case forgiven) suits the generated passphrase; give RULE_AS_TYPED for
    one a person chose. Strength is the caller's to check (``passphrases.weakness``)."""
    if rule not in _RULES:
        raise ValueError(f"unknown passphrase rule {rule!r}")
    salt = os.urandom(16)
    header: dict[str, object] = {
        "format": FORMAT,
        "passphrase_rule": rule,
        "suite": pair.suite,
        "fingerprint": pair.fingerprint,
        "kdf": {
            "name": "scrypt",
            "n": n,
            "r": SCRYPT_R,
            "p": SCRYPT_P,
            "salt": base64.b64encode(salt).decode(),
        },
        "aead": "AES-256-GCM",
    }
    nonce = os.urandom(12)
    key = _derive(passphrase, rule, salt, n, SCRYPT_R, SCRYPT_P)
    sealed = AESGCM(key).encrypt(nonce, pair.private_raw, _aad(header))
    doc = dict(
        header, nonce=base64.b64encode(nonce).decode(), ciphertext=base64.b64encode(sealed).decode()
    )
    return (json.dumps(doc, indent=2) + "\n").encode()


def unwrap(data: bytes, passphrase: str) -> KeyPair:
    """The key pair in a key file; KeyFileError on a wrong passphrase or a damaged file.

    No strength rule here: a key file made before there was one must still open."""
    try:
        doc = json.loads(data)
        if doc["format"] not in _HEADER:
            raise KeyFileError(f"not an Imza private key file (format {doc['format']!r})")
        header = {k: doc[k] for k in _HEADER[doc["format"]]}
        rule = header.get("passphrase_rule", RULE_V1)
        if header["format"] == FORMAT and rule not in _RULES:
            raise KeyFileError("the key file names a passphrase rule this imza does not know")
        kdf = header["kdf"]
        if not isinstance(header["suite"], str) or header["suite"] not in SUITE_IDS:
            raise KeyFileError("unsupported suite in the key file")
        if kdf["name"] != "scrypt":
            raise KeyFileError("unsupported key derivation in the key file")
        n, r, p = (kdf[k] for k in ("n", "r", "p"))
        if not all(isinstance(v, int) for v in (n, r, p)):
            raise KeyFileError("the key file's scrypt parameters are damaged")
        if n < 2**14 or r < 8:
            raise KeyFileError("the key file's scrypt cost is too low to trust")
        # Bounded above too: a crafted file must not make the export computer swap to death.
        if n > 2**20 or n & (n - 1) or r > 16 or not 1 <= p <= 4:
            raise KeyFileError("the key file's scrypt parameters are out of range")
        salt = base64.b64decode(kdf["salt"], validate=True)
        nonce = base64.b64decode(doc["nonce"], validate=True)
        sealed = base64.b64decode(doc["ciphertext"], validate=True)
        if len(salt) < 16 or len(nonce) != 12:
            raise KeyFileError("the key file is damaged (salt or nonce)")
    except KeyFileError:
        raise
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise KeyFileError("the key file is damaged or not an Imza private key") from exc
    key = _derive(passphrase, rule, salt, n, r, p)
    try:
        private_raw = AESGCM(key).decrypt(nonce, sealed, _aad(header))
    except InvalidTag:
        raise KeyFileError("wrong passphrase for this key file (or the file was altered)") from None
    suite: SuiteName = header["suite"]
    try:
        pair = KeyPair(suite, private_raw, public_raw_of(suite, private_raw))
    except ValueError:
        raise KeyFileError("the key file holds a key of the wrong shape for its suite") from None
    if pair.fingerprint != header["fingerprint"]:
        raise KeyFileError("the key file's fingerprint does not match its key")
    return pair


def public_file(pair: KeyPair) -> bytes:
    doc = {
        "format": "imza-public-key-1",
        "suite": pair.suite,
        "public_key": base64.b64encode(pair.public_raw).decode(),
        "fingerprint": pair.fingerprint,
    }
    return (json.dumps(doc, indent=2) + "\n").encode()


def read_public_file(path: Path) -> PublicKeyFile:
    try:
        doc = json.loads(path.read_bytes())
        suite = doc["suite"]
        raw = base64.b64decode(doc["public_key"], validate=True)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise KeyFileError(f"{path}: not a readable Imza public key file") from exc
    if suite not in SUITE_IDS or fingerprint(suite, raw) != doc.get("fingerprint"):
        raise KeyFileError(f"{path}: suite or fingerprint does not match the key")
    return PublicKeyFile(suite, raw, doc["fingerprint"])


def write_private(path: Path, data: bytes) -> None:
    """Write a secret file readable by its owner only, refusing to overwrite."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())

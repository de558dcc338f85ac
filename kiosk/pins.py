"""Coordinator and volunteer PINs: scrypt hashes in the meta table, with a persistent lockout.

A role's PIN lives under ``pin:<role>`` as a versioned JSON document; its failure state under
``pin_failures:<role>``. Every check reads and writes that state in one write transaction, so
two screens (or two processes) cannot both spend the same attempt, and a restart or a power
cut keeps the lock.

Lockout: after ``MAX_FAILURES`` wrong PINs in a row the role is locked for 5 minutes; each
later lockout doubles (10, 20, 40 ... minutes, at most 24 hours) and the count of attempts
starts again after each one. The doubling is kept until a correct PIN, which resets
everything: otherwise a guesser would get five tries every five minutes for ever. Setting a
new PIN also resets the role's state; it is how a coordinator (or ``imza`` on the data dir)
frees a role whose lock was stretched by a wrong clock.
"""

import base64
import hmac
import json
import logging
import os
import re
import time
from dataclasses import dataclass
from itertools import pairwise
from typing import Literal, get_args

from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from sqlalchemy import Engine

from kiosk.datadir import meta_get
from kiosk.store import begin_write, get_meta, put_meta

log = logging.getLogger(__name__)

Role = Literal["coordinator", "volunteer"]
ROLES: tuple[Role, ...] = get_args(Role)
FORMAT = "imza-pin-1"
PIN_MIN_LEN = 6
PIN_MAX_LEN = 8
# A PIN has at most 10^8 values: no KDF cost stops an offline search of a stolen store, so
# the cost is chosen for the tablet, not the attacker. 2^14 x r=8 (16 MiB) takes ~40 ms on a
# laptop and well under 0.2 s on a low-end tablet, so an unlock never feels slow; it still
# makes each guess cost as much as the key files' DEMO wrap, and the PIN is never in clear.
# What stops guessing on the tablet is the lockout below.
SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
HASH_BYTES = 32
MAX_FAILURES = 5
FIRST_LOCK_S = 5 * 60.0
MAX_LOCK_S = 24 * 3600.0
_MAX_LEVEL = 10  # 5 min x 2^9 is past the cap: any level from here on locks for MAX_LOCK_S
_PIN = re.compile(r"[0-9]{6,8}")  # PIN_MIN_LEN to PIN_MAX_LEN ASCII digits

MESSAGES = {
    "pin_digits": "A PIN is 6 to 8 digits.",
    "pin_trivial": "Choose a PIN that is not a simple sequence.",
}


@dataclass(frozen=True)
class PinCheck:
    """The answer to one PIN attempt; ``locked_until`` is in epoch seconds."""

    ok: bool
    attempts_left: int
    locked_until: float | None


@dataclass(frozen=True)
class _Failures:
    count: int = 0  # wrong PINs since the last lockout (or the last correct PIN)
    level: int = 0  # lockouts since the last correct PIN
    locked_until: float | None = None
    last_failure: float | None = None


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise ValueError(f"unknown PIN role {role!r}")


def _is_run(pin: str) -> bool:
    """All one digit, or each digit one more (or one less) than the last, 9 wrapping to 0."""
    steps = {(int(b) - int(a)) % 10 for a, b in pairwise(pin)}
    return steps in ({0}, {1}, {9})


def validate_new_pin(pin: str) -> str | None:
    """The code (a key of MESSAGES) of what is wrong with ``pin`` as a new PIN, or None."""
    if not _PIN.fullmatch(pin):  # not str.isdigit: that also takes ٣ and other digits
        return "pin_digits"
    if _is_run(pin):
        return "pin_trivial"
    return None


def _derive(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=HASH_BYTES, n=n, r=r, p=p).derive(pin.encode())


def _hash_doc(pin: str) -> bytes:
    salt = os.urandom(SALT_BYTES)
    doc = {
        "format": FORMAT,
        "kdf": "scrypt",
        "n": SCRYPT_N,
        "r": SCRYPT_R,
        "p": SCRYPT_P,
        "salt": base64.b64encode(salt).decode(),
        "hash": base64.b64encode(_derive(pin, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)).decode(),
    }
    return json.dumps(doc, sort_keys=True).encode()


def _matches(stored: bytes, pin: str) -> bool | None:
    """Whether ``pin`` matches the stored document; None if the document is damaged."""
    try:
        doc = json.loads(stored)
        n, r, p = doc["n"], doc["r"], doc["p"]
        if doc["format"] != FORMAT or doc["kdf"] != "scrypt":
            return None
        if not all(type(v) is int for v in (n, r, p)):
            return None
        # Bounded both ways, as for key files: a doctored store must not hang the kiosk.
        if not (2**14 <= n <= 2**20 and n & (n - 1) == 0 and 8 <= r <= 16 and 1 <= p <= 4):
            return None
        salt = base64.b64decode(doc["salt"], validate=True)
        expected = base64.b64decode(doc["hash"], validate=True)
    except (ValueError, KeyError, TypeError):
        return None
    if len(salt) < SALT_BYTES or len(expected) != HASH_BYTES:
        return None
    return hmac.compare_digest(_derive(pin, salt, n, r, p), expected)


def _pin_key(role: str) -> str:
    return f"pin:{role}"


def _failures_key(role: str) -> str:
    return f"pin_failures:{role}"


def _load_failures(raw: bytes | None) -> _Failures | None:
    """The stored failure state; None if it is damaged."""
    if raw is None:
        return _Failures()
    try:
        doc = json.loads(raw)
        return _Failures(
            int(doc["count"]),
            int(doc["level"]),
            None if doc["locked_until"] is None else float(doc["locked_until"]),
            None if doc["last_failure"] is None else float(doc["last_failure"]),
        )
    except (ValueError, KeyError, TypeError):
        return None


def _dump_failures(state: _Failures) -> bytes | None:
    if state == _Failures():
        return None
    return json.dumps(
        {
            "count": state.count,
            "level": state.level,
            "locked_until": state.locked_until,
            "last_failure": state.last_failure,
        }
    ).encode()


def _lock_length(level: int) -> float:
    return min(FIRST_LOCK_S * float(2 ** (min(level, _MAX_LEVEL) - 1)), MAX_LOCK_S)


def _locked_until(state: _Failures, now: float) -> float | None:
    """Until when the role is refused at ``now``, or None if it may try."""
    if state.locked_until is not None and now < state.locked_until:
        return state.locked_until
    # A clock behind the last failure cannot tell how long ago that failure was: treat it as
    # still locked until it catches up (or a new PIN is set), whatever the count.
    if state.last_failure is not None and now < state.last_failure:
        return state.last_failure
    return None


def set_pin(engine: Engine, role: Role, pin: str) -> None:
    """Store a new PIN for ``role`` and forget its failures; ValueError on an invalid PIN."""
    _check_role(role)
    if code := validate_new_pin(pin):
        raise ValueError(MESSAGES[code])
    doc = _hash_doc(pin)  # hashed before the write lock is taken: the lock is held briefly
    with begin_write(engine) as conn:
        put_meta(conn, _pin_key(role), doc)
        put_meta(conn, _failures_key(role), None)
    log.info("a new %s PIN was set", role)


def has_pin(engine: Engine, role: Role) -> bool:
    _check_role(role)
    return meta_get(engine, _pin_key(role)) is not None


def check_pin(engine: Engine, role: Role, pin: str, now: float | None = None) -> PinCheck:
    """Try ``pin`` for ``role`` at ``now`` (epoch seconds, the clock by default).

    A role without a PIN, or with a damaged one, is refused without counting the attempt.
    """
    _check_role(role)
    now = time.time() if now is None else now
    # One write transaction from the read of the state to its update, hash included: two
    # checks at once are serialised, and an attempt whose result was shown is recorded.
    with begin_write(engine) as conn:
        stored = get_meta(conn, _pin_key(role))
        state = _load_failures(get_meta(conn, _failures_key(role)))
        if state is None:
            # Fail closed, and persist it: damaged state must not hand out fresh attempts.
            log.error("the %s PIN failure state is damaged; locking the role", role)
            state = _Failures(0, _MAX_LEVEL, now + MAX_LOCK_S, now)
            put_meta(conn, _failures_key(role), _dump_failures(state))
        if (until := _locked_until(state, now)) is not None:
            return PinCheck(False, 0, until)
        if stored is None:
            return PinCheck(False, MAX_FAILURES - state.count, None)
        matched = _matches(stored, pin)
        if matched is None:
            log.error("the stored %s PIN is damaged; set a new one", role)
            return PinCheck(False, MAX_FAILURES - state.count, None)
        if matched:
            put_meta(conn, _failures_key(role), None)
            return PinCheck(True, MAX_FAILURES, None)
        count, level, locked_until = state.count + 1, state.level, None
        if count >= MAX_FAILURES:
            level = min(level + 1, _MAX_LEVEL)
            locked_until = now + _lock_length(level)
            count = 0
            log.warning("%s PIN locked for %d s after repeated failures", role, locked_until - now)
        put_meta(
            conn, _failures_key(role), _dump_failures(_Failures(count, level, locked_until, now))
        )
    left = 0 if locked_until is not None else MAX_FAILURES - count
    return PinCheck(False, left, locked_until)

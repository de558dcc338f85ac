"""Coordinator accounts for the web dashboard: names and Argon2id password hashes."""

import time
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Engine, delete, insert, select, update

from sync.server.db import write
from sync.server.models import Coordinator, WebSession

MIN_PASSWORD = 10
_HASHER = PasswordHasher()  # Argon2id with the library's current (RFC 9106 low-memory) costs
# Checked against when the name is unknown, so a wrong name costs as long as a wrong password.
_DUMMY = _HASHER.hash("imza-no-such-coordinator")


class CoordinatorError(ValueError):
    """A name or password the server will not take."""


@dataclass(frozen=True)
class CoordinatorRow:
    id: int
    name: str
    created_ms: int


def _check_name(name: str) -> str:
    name = name.strip()
    if not 1 <= len(name) <= 64 or not name.isprintable():
        raise CoordinatorError("a coordinator name is 1 to 64 printable characters")
    return name


def add(engine: Engine, name: str, password: str) -> CoordinatorRow:
    name = _check_name(name)
    if len(password) < MIN_PASSWORD:
        raise CoordinatorError(f"a password has at least {MIN_PASSWORD} characters")
    hashed = _HASHER.hash(password)
    now = time.time_ns() // 1_000_000
    with write(engine) as conn:
        if conn.scalar(select(Coordinator.id).where(Coordinator.name == name)) is not None:
            raise CoordinatorError(f"there is a coordinator '{name}' already")
        ident = conn.execute(
            insert(Coordinator)
            .values(name=name, password_hash=hashed, created_ms=now)
            .returning(Coordinator.id)
        ).scalar_one()
    return CoordinatorRow(ident, name, now)


def listed(engine: Engine) -> list[CoordinatorRow]:
    with engine.connect() as conn:
        rows = conn.execute(
            select(Coordinator.id, Coordinator.name, Coordinator.created_ms).order_by(
                Coordinator.name
            )
        ).all()
    return [CoordinatorRow(*r) for r in rows]


def remove(engine: Engine, name: str) -> None:
    """Remove a coordinator and end every session they have."""
    with write(engine) as conn:
        ident = conn.scalar(select(Coordinator.id).where(Coordinator.name == name.strip()))
        if ident is None:
            raise CoordinatorError(f"no coordinator '{name}'")
        conn.execute(delete(WebSession).where(WebSession.coordinator_id == ident))
        conn.execute(delete(Coordinator).where(Coordinator.id == ident))


def verify(engine: Engine, name: str, password: str) -> CoordinatorRow | None:
    """The coordinator if ``password`` is theirs; None otherwise, in about the same time."""
    with engine.connect() as conn:
        row = conn.execute(
            select(
                Coordinator.id, Coordinator.name, Coordinator.created_ms, Coordinator.password_hash
            ).where(Coordinator.name == name.strip()[:64])
        ).first()
    try:
        _HASHER.verify(row[3] if row else _DUMMY, password)
    except (VerificationError, InvalidHashError):
        return None
    if row is None:
        return None
    if _HASHER.check_needs_rehash(row[3]):
        with write(engine) as conn:
            conn.execute(
                update(Coordinator)
                .where(Coordinator.id == row[0])
                .values(password_hash=_HASHER.hash(password))
            )
    return CoordinatorRow(row[0], row[1], row[2])

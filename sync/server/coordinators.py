"""Coordinator accounts for the web dashboard: names, roles and Argon2id password hashes.

Roles, each with the powers of those before it: ``viewer`` sees every page; ``manager``
approves and refuses tablets, makes and cancels enrolment codes and decides held records;
``admin`` revokes tablets and takes revocations back. Accounts are made and removed at the
server's shell (``imza server user ...``), which is an admin's place anyway."""

import time
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Engine, delete, insert, select, update

from sync.server import auditlog
from sync.server.auditlog import Actor
from sync.server.db import write
from sync.server.models import Coordinator, WebSession

MIN_PASSWORD = 10
ROLES = ("viewer", "manager", "admin")
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
    role: str


def may(role: str, needed: str) -> bool:
    """Whether ``role`` has the powers of ``needed``."""
    return role in ROLES and ROLES.index(role) >= ROLES.index(needed)


def _check_name(name: str) -> str:
    name = name.strip()
    if not 1 <= len(name) <= 64 or not name.isprintable():
        raise CoordinatorError("a coordinator name is 1 to 64 printable characters")
    return name


def add(
    engine: Engine, name: str, password: str, role: str | None = None, actor: Actor | None = None
) -> CoordinatorRow:
    """Add a coordinator. ``role``: by default admin for the first (somebody must hold every
    power), viewer for the others (a power is given, not assumed)."""
    name = _check_name(name)
    if role is not None and role not in ROLES:
        raise CoordinatorError(f"a role is one of {', '.join(ROLES)}")
    if len(password) < MIN_PASSWORD:
        raise CoordinatorError(f"a password has at least {MIN_PASSWORD} characters")
    hashed = _HASHER.hash(password)
    now = time.time_ns() // 1_000_000
    with write(engine) as conn:
        if conn.scalar(select(Coordinator.id).where(Coordinator.name == name)) is not None:
            raise CoordinatorError(f"there is a coordinator '{name}' already")
        first = conn.scalar(select(Coordinator.id).limit(1)) is None
        role = role or ("admin" if first else "viewer")
        ident = conn.execute(
            insert(Coordinator)
            .values(name=name, password_hash=hashed, created_ms=now, role=role)
            .returning(Coordinator.id)
        ).scalar_one()
        auditlog.record(conn, actor or auditlog.at_the_shell(), "user-add", None, name, role=role)
    return CoordinatorRow(ident, name, now, role)


def listed(engine: Engine) -> list[CoordinatorRow]:
    with engine.connect() as conn:
        rows = conn.execute(
            select(
                Coordinator.id, Coordinator.name, Coordinator.created_ms, Coordinator.role
            ).order_by(Coordinator.name)
        ).all()
    return [CoordinatorRow(*r) for r in rows]


def remove(engine: Engine, name: str, actor: Actor | None = None) -> None:
    """Remove a coordinator and end every session they have."""
    with write(engine) as conn:
        ident = conn.scalar(select(Coordinator.id).where(Coordinator.name == name.strip()))
        if ident is None:
            raise CoordinatorError(f"no coordinator '{name}'")
        conn.execute(delete(WebSession).where(WebSession.coordinator_id == ident))
        conn.execute(delete(Coordinator).where(Coordinator.id == ident))
        auditlog.record(conn, actor or auditlog.at_the_shell(), "user-remove", None, name.strip())


def verify(engine: Engine, name: str, password: str) -> CoordinatorRow | None:
    """The coordinator if ``password`` is theirs; None otherwise, in about the same time."""
    with engine.connect() as conn:
        row = conn.execute(
            select(
                Coordinator.id,
                Coordinator.name,
                Coordinator.created_ms,
                Coordinator.role,
                Coordinator.password_hash,
            ).where(Coordinator.name == name.strip()[:64])
        ).first()
    try:
        _HASHER.verify(row[4] if row else _DUMMY, password)
    except (VerificationError, InvalidHashError):
        return None
    if row is None:
        return None
    if _HASHER.check_needs_rehash(row[4]):
        with write(engine) as conn:
            conn.execute(
                update(Coordinator)
                .where(Coordinator.id == row[0])
                .values(password_hash=_HASHER.hash(password))
            )
    return CoordinatorRow(row[0], row[1], row[2], row[3])

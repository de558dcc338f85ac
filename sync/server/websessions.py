"""Web dashboard sessions, kept on the server: the cookie is a random token, the table holds
its hash; the CSRF token is derived from the session token, so it is per session and needs
no column."""

import hashlib
import hmac
import secrets
import time
from dataclasses import dataclass

from sqlalchemy import Engine, delete, insert, select

from sync.server.db import write
from sync.server.models import Coordinator, WebSession


@dataclass(frozen=True)
class Session:
    token: str
    coordinator_id: int
    name: str
    expires_ms: int
    role: str = "viewer"  # looked up on each request: a changed role applies at once

    @property
    def csrf(self) -> str:
        return csrf_for(self.token)


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


def session_hash(token: str) -> bytes:
    return hashlib.sha256(f"imza-web-session-v1\x00{token}".encode()).digest()


def csrf_for(token: str) -> str:
    return hashlib.sha256(f"imza-web-csrf-v1\x00{token}".encode()).hexdigest()


def csrf_ok(session: Session, given: str | None) -> bool:
    """Constant-time comparison of a form's CSRF token with the session's."""
    return bool(given) and hmac.compare_digest(session.csrf.encode(), (given or "").encode())


def start(engine: Engine, coordinator_id: int, name: str, ttl_s: int, role: str) -> Session:
    token = secrets.token_urlsafe(32)
    now = _now_ms()
    expires = now + ttl_s * 1000
    with write(engine) as conn:
        conn.execute(delete(WebSession).where(WebSession.expires_ms < now))  # tidy as we go
        conn.execute(
            insert(WebSession).values(
                token_hash=session_hash(token),
                coordinator_id=coordinator_id,
                created_ms=now,
                expires_ms=expires,
            )
        )
    return Session(token, coordinator_id, name, expires, role)


def find(engine: Engine, token: str | None) -> Session | None:
    """The live session a cookie names, or None (unknown, expired, or its user removed)."""
    if not token or len(token) > 100:
        return None
    with engine.connect() as conn:
        row = conn.execute(
            select(
                WebSession.coordinator_id,
                Coordinator.name,
                WebSession.expires_ms,
                Coordinator.role,
            )
            .join(Coordinator, Coordinator.id == WebSession.coordinator_id)
            .where(WebSession.token_hash == session_hash(token))
        ).first()
    if row is None or row[2] <= _now_ms():
        return None
    return Session(token, row[0], row[1], row[2], row[3])


def end(engine: Engine, token: str) -> None:
    with write(engine) as conn:
        conn.execute(delete(WebSession).where(WebSession.token_hash == session_hash(token)))

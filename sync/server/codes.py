"""Enrolment codes as the dashboard handles them: the open ones listed, cancelled, and the
one a browser just made shown again on reload without making another.

The server keeps only a code's hash. So that a reload of the code's page shows the same code
(Post/Redirect/Get) and not a new one, the session that made it keeps it sealed with
AES-GCM under a key derived from the session's cookie, which the server does not store:
the database alone cannot give the code back, and no other browser can see it.
"""

import hashlib
import os
import time
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import Engine, delete, select, update

from sync.server import auditlog, campaigns, enrolment
from sync.server.auditlog import Actor
from sync.server.db import write
from sync.server.models import Campaign, EnrolCode, WebSession
from sync.server.websessions import Session, session_hash


@dataclass(frozen=True)
class OpenCode:
    ref: str  # what names it in an address: a prefix of its hash, never the code
    label: str
    expires_ms: int
    approved: bool


def ref_of(digest: bytes) -> str:
    return digest[:8].hex()


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


def open_codes(engine: Engine, slug: str) -> list[OpenCode]:
    """Codes of ``slug`` not used and not expired, soonest to expire first."""
    with engine.connect() as conn:
        rows = conn.execute(
            select(EnrolCode.code_hash, EnrolCode.label, EnrolCode.expires_ms, EnrolCode.approved)
            .join(Campaign, Campaign.id == EnrolCode.campaign_id)
            .where(
                Campaign.slug == slug,
                EnrolCode.used_by.is_(None),
                EnrolCode.expires_ms > _now_ms(),
            )
            .order_by(EnrolCode.expires_ms)
        ).all()
    return [OpenCode(ref_of(h), label, expires, approved) for h, label, expires, approved in rows]


def _find(engine: Engine, slug: str, ref: str) -> OpenCode | None:
    return next((c for c in open_codes(engine, slug) if c.ref == ref), None)


def make(
    engine: Engine,
    session: Session,
    slug: str,
    hours: float,
    approved: bool,
    label: str,
    actor: Actor,
) -> str:
    """A new code for ``slug``, kept sealed for ``session``; returns its ref."""
    code = enrolment.make_code(engine, slug, hours, approved, label, actor)
    ref = ref_of(code.digest)
    nonce = os.urandom(12)
    sealed = nonce + AESGCM(_key(session)).encrypt(nonce, code.text.encode(), ref.encode())
    with write(engine) as conn:
        conn.execute(
            update(WebSession)
            .where(WebSession.token_hash == session_hash(session.token))
            .values(shown=sealed)
        )
    return ref


def shown(engine: Engine, session: Session, slug: str, ref: str) -> tuple[OpenCode, str | None]:
    """The open code ``ref`` and, if this session made it, its text; None: no such open code."""
    found = _find(engine, slug, ref)
    if found is None:
        raise LookupError(ref)
    with engine.connect() as conn:
        sealed = conn.scalar(
            select(WebSession.shown).where(WebSession.token_hash == session_hash(session.token))
        )
    if not sealed:
        return found, None
    try:
        text = AESGCM(_key(session)).decrypt(sealed[:12], sealed[12:], ref.encode())
    except InvalidTag:  # another code's, or not this session's
        return found, None
    return found, text.decode()


def cancel(engine: Engine, slug: str, ref: str, actor: Actor) -> OpenCode:
    """Make an open code unusable; the audit log says who and which."""
    found = _find(engine, slug, ref)
    camp = campaigns.by_slug(engine, slug)
    if found is None or camp is None:
        raise LookupError(ref)
    with write(engine) as conn:
        for digest in conn.scalars(
            select(EnrolCode.code_hash).where(
                EnrolCode.campaign_id == camp.id, EnrolCode.used_by.is_(None)
            )
        ).all():
            if ref_of(digest) == ref:
                conn.execute(delete(EnrolCode).where(EnrolCode.code_hash == digest))
        auditlog.record(conn, actor, "cancel-code", camp.id, found.label or ref)
    return found


def _key(session: Session) -> bytes:
    return hashlib.sha256(f"imza-shown-code-v1\x00{session.token}".encode()).digest()

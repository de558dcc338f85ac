"""Enrolment: single-use codes, device tokens (stored hashed), approval and revocation."""

import hashlib
import hmac
import logging
import secrets
import time
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, delete, insert, select, update

from kiosk.device import device_id
from sync import enrolcode
from sync.server import auditlog, campaigns, holds
from sync.server.auditlog import Actor
from sync.server.counting import uncount
from sync.server.db import first, write
from sync.server.models import Campaign, Device, EnrolCode, Quarantined, Record
from sync.server.refusals import Refused

log = logging.getLogger(__name__)
MAX_HOURS = 24
ENROLLING = "enrolling"  # claimed a code; not a device until the tablet confirms


@dataclass(frozen=True)
class Enrolled:
    device: str
    token: str
    state: str
    campaign: str  # the issued campaign file (TOML)


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


def token_hash(token: str) -> bytes:
    return hashlib.sha256(f"imza-token-v1\x00{token}".encode()).digest()


def make_code(
    engine: Engine,
    slug: str,
    hours: float = MAX_HOURS,
    approved: bool = False,
    label: str = "",
    actor: Actor | None = None,
) -> enrolcode.Code:
    """A new single-use code for ``slug``, valid ``hours`` (at most 24)."""
    camp = campaigns.by_slug(engine, slug)
    if camp is None:
        raise Refused(404, "no_campaign", f"the server runs no campaign '{slug}'", "fix")
    if not 0 < hours <= MAX_HOURS:
        raise Refused(422, "bad_expiry", f"a code is valid for at most {MAX_HOURS} hours", "fix")
    code = enrolcode.new(camp.fingerprint)
    with write(engine) as conn:
        conn.execute(
            insert(EnrolCode).values(
                code_hash=code.digest,
                campaign_id=camp.id,
                expires_ms=_now_ms() + int(hours * 3_600_000),
                approved=approved,
                label=label[:80],
            )
        )
        auditlog.record(
            conn,
            actor or auditlog.at_the_shell(),
            "make-code",
            camp.id,
            label[:80],
            hours=f"{hours:g}",
            approved=int(approved),
        )
    return code


def _new_device(
    conn: Connection,
    campaign_id: int,
    public: bytes,
    state: str,
    label: str,
    predecessor: str | None,
) -> tuple[str, str]:
    token = secrets.token_urlsafe(32)
    ident = device_id(public)
    if conn.scalar(select(Device.id).where(Device.id == ident)) is not None:
        raise Refused(409, "known_device", "this device key is enrolled already", "fix")
    conn.execute(
        insert(Device).values(
            id=ident,
            campaign_id=campaign_id,
            public_key=public,
            token_hash=token_hash(token),
            state=state,
            label=label[:80],
            predecessor=predecessor,
            enrolled_ms=_now_ms(),
            last_contact_ms=_now_ms(),
        )
    )
    return ident, token


def _forget_claim(conn: Connection, ident: str | None) -> bool:
    """Drop an unconfirmed claim on a code; False when the code's device is confirmed."""
    if ident is None:
        return True
    state = conn.scalar(select(Device.state).where(Device.id == ident))
    if state is not None and state != ENROLLING:
        return False
    conn.execute(delete(Device).where(Device.id == ident, Device.state == ENROLLING))
    return True


def enrol(engine: Engine, code_text: str, public: bytes, label: str = "") -> Enrolled:
    """Claim a single-use code for a device key, in one transaction.

    The device stays ``enrolling`` and the code usable until the tablet confirms it has
    pinned the campaign (``confirm``, or its first authenticated call): a tablet that fails
    after the reply (a full disk, a refused campaign file, a dropped link) leaves nothing
    behind, and its retry, with the same key or a new one, claims the code afresh.
    """
    code = enrolcode.parse(code_text)
    if code is None:
        raise Refused(422, "bad_code", "that is not an enrolment code", "fix")
    if len(public) != 32:
        raise Refused(422, "bad_key", "a device key is 32 bytes", "fix")
    with write(engine) as conn:
        row = first(
            conn,
            select(EnrolCode, Campaign.fingerprint, Campaign.issued)
            .join(Campaign, Campaign.id == EnrolCode.campaign_id)
            .where(EnrolCode.code_hash == code.digest)
            .with_for_update(),
        )
        used = row is not None and not _forget_claim(conn, row[0].used_by)
        if row is None or used or row[0].expires_ms < _now_ms():
            raise Refused(403, "bad_code", "that code is unknown, used or expired", "fix")
        entry, fingerprint, issued = row
        if not fingerprint.startswith(code.prefix):
            raise Refused(403, "bad_code", "that code is unknown, used or expired", "fix")
        ident, token = _new_device(
            conn, entry.campaign_id, public, ENROLLING, label or entry.label, None
        )
        conn.execute(
            update(EnrolCode).where(EnrolCode.code_hash == code.digest).values(used_by=ident)
        )
    return Enrolled(ident, token, "approved" if entry.approved else "pending", issued)


def confirm(engine: Engine, device: Device) -> str:
    """The tablet has pinned its campaign: the code is spent and the device counts as one,
    pending or approved as its code said."""
    if device.state != ENROLLING:
        return device.state
    with write(engine) as conn:
        approved = conn.scalar(select(EnrolCode.approved).where(EnrolCode.used_by == device.id))
        state = "approved" if approved else "pending"
        conn.execute(
            update(Device)
            .where(Device.id == device.id, Device.state == ENROLLING)
            .values(state=state)
        )
    log.info("device %s confirmed its enrolment (%s)", device.id[:12], state)
    return state


def successor(engine: Engine, old: Device, public: bytes) -> Enrolled:
    """After a fork: a new identity for the tablet, with the old one's standing."""
    if old.fork_seq is None:
        raise Refused(409, "no_fork", "this device has no fork to re-enrol after", "fix")
    camp = campaigns.by_id(engine, old.campaign_id)
    assert camp is not None
    with write(engine) as conn:
        ident, token = _new_device(conn, camp.id, public, old.state, old.label, old.id)
        conn.execute(update(Device).where(Device.id == old.id).values(successor=ident))
    return Enrolled(ident, token, old.state, camp.issued)


def authenticate(engine: Engine, authorization: str | None) -> Device:
    """The device a ``Bearer`` token belongs to; Refused before anything else is read."""
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise Refused(401, "no_token", "this call needs the tablet's token", "fix")
    wanted = token_hash(token.strip())
    with engine.connect() as conn:
        row = first(conn, select(Device).where(Device.token_hash == wanted))
    device: Device | None = row[0] if row else None
    if device is None or device.token_hash is None:
        raise Refused(401, "bad_token", "this token is unknown to the server", "re-enrol")
    if not hmac.compare_digest(device.token_hash, wanted):
        raise Refused(401, "bad_token", "this token is unknown to the server", "re-enrol")
    if device.state == "revoked":
        raise Refused(403, "revoked", "this tablet is revoked; call the campaign lead", "stop")
    if device.state == ENROLLING:  # its confirmation was lost; this call shows it pinned
        device.state = confirm(engine, device)
    return device


def approve(engine: Engine, ident: str, actor: Actor | None = None) -> None:
    with write(engine) as conn:
        done = conn.execute(
            update(Device)
            .where(Device.id == ident, Device.state == "pending")
            .values(state="approved")
        ).rowcount
        if done != 1:
            raise Refused(404, "no_device", f"no pending device {ident}", "fix")
        campaign_id = conn.scalar(select(Device.campaign_id).where(Device.id == ident))
        auditlog.record(conn, actor or auditlog.at_the_shell(), "approve", campaign_id, ident)


def revoke(
    engine: Engine,
    ident: str,
    after_seq: int,
    actor: Actor | None = None,
    action: str = "revoke",
) -> int:
    """Revoke a device; its records past ``after_seq`` leave the count, those stored and those
    accepted from a hold. Returns how many. ``action``: "refuse" for a tablet that never sent
    (the audit log says so)."""
    camp = campaigns.of_device(engine, ident)
    with write(engine) as conn:
        row = first(conn, select(Device).where(Device.id == ident).with_for_update())
        if row is None or camp is None:
            raise Refused(404, "no_device", f"no device {ident}", "fix")
        was = row[0].revoked_after if row[0].state == "revoked" else None
        if was is not None and after_seq > was:  # the records between would stay out
            raise Refused(
                409,
                "loosens",
                f"this tablet is revoked after record {was} already: take that back first to "
                f"revoke it after record {after_seq}",
                "fix",
            )
        conn.execute(
            update(Device)
            .where(Device.id == ident)
            .values(state="revoked", revoked_after=after_seq)
        )
        out = Record.device_id == ident, Record.seq > after_seq, Record.excluded.is_(False)
        ids = list(conn.scalars(select(Record.id).where(*out)))  # not those out already
        if ids:
            conn.execute(update(Record).where(Record.id.in_(ids)).values(excluded=True))
        cut = Quarantined.seq > after_seq, Quarantined.excluded.is_(False)
        held = holds.counted(conn, ident, *cut)  # locked before the tags and the campaign
        if ids:
            uncount(conn, row[0].campaign_id, ids, "revoked")
        n = len(ids) + holds.shift(conn, camp, ident, held, "revoked", excluded=True)
        fields = {} if action == "refuse" else {"after": after_seq, "n": n}
        auditlog.record(
            conn, actor or auditlog.at_the_shell(), action, row[0].campaign_id, ident, **fields
        )
    return n


def find(engine: Engine, prefix: str) -> str:
    """The one device id starting with ``prefix``: its device number as a person types it
    ("3F9A 0C21 b7e4", any case, spaces anywhere) or any longer part of the id."""
    prefix = "".join(prefix.split()).lower()
    if len(prefix) < 6 or not set(prefix) <= set("0123456789abcdef"):
        raise Refused(422, "bad_device", "give at least 6 hex digits of the device id", "fix")
    with engine.connect() as conn:
        ids = list(conn.scalars(select(Device.id).where(Device.id.startswith(prefix)).limit(2)))
    if len(ids) != 1:
        raise Refused(404, "no_device", f"no single device starts with {prefix}", "fix")
    return ids[0]

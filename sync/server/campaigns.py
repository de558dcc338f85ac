"""Campaigns on the server: adding one adds the server's own keys and issues the file tablets get.

A campaign lead brings a campaign file carrying the campaign public key (from ``imza keygen
--campaign``). The server makes a count key pair and count secret (for the honest count) and a
receipt key (to sign acknowledgements), and issues the campaign file with the public halves.
"""

import hashlib
import hmac
import os
import time
import tomllib
import weakref
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import tomli_w
from cryptography.hazmat.primitives.asymmetric import ed25519
from sqlalchemy import Connection, Engine, insert, select

from kiosk import campaign as campaigns
from kiosk import sealing
from sync.server.db import write
from sync.server.models import Campaign, Device


class CampaignExistsError(Exception):
    """The server already runs a campaign of that slug."""


@dataclass(frozen=True)
class ServerCampaign:
    """One campaign row with its keys parsed, shared read-only across requests."""

    id: int
    slug: str
    production: bool
    goal: int
    suite: sealing.SuiteName
    fingerprint: str
    issued: str
    count_private: bytes
    count_secret: bytes
    receipt_private: bytes

    @cached_property
    def opener(self) -> sealing.Opener:
        return sealing.Opener(self.suite, self.count_private)

    @cached_property
    def receipt_key(self) -> ed25519.Ed25519PrivateKey:
        return ed25519.Ed25519PrivateKey.from_private_bytes(self.receipt_private)

    @cached_property
    def document(self) -> dict[str, Any]:
        """The campaign file as tablets have it."""
        return tomllib.loads(self.issued)

    def title(self, locale: str) -> str:
        """The petition's title in ``locale``, else in the campaign's own language."""
        texts = self.document.get("text", {})
        chosen = texts.get(locale) or texts.get(self.document.get("default_locale", "")) or {}
        return str(chosen.get("title", self.slug))

    @cached_property
    def zone(self) -> ZoneInfo:
        """The campaign's time zone (``time_zone`` in its file; UTC when it names none)."""
        name = self.document.get("time_zone") or "UTC"
        try:
            return ZoneInfo(str(name))
        except (ZoneInfoNotFoundError, ValueError):
            return ZoneInfo("UTC")

    def tag(self, identity: bytes) -> bytes:
        """The signer's tag: an HMAC of the normalised identity under the count secret."""
        return hmac.digest(self.count_secret, identity, hashlib.sha256)


def add(engine: Engine, campaign_file: Path) -> ServerCampaign:
    """Add a campaign from the lead's file; the server's keys are made here and kept here."""
    camp = campaigns.load(campaign_file)
    assert camp.keys is not None
    count = sealing.generate(camp.keys.suite)
    receipt = ed25519.Ed25519PrivateKey.generate()
    keys = campaigns.Keys(
        camp.keys.suite,
        camp.keys.campaign_public,
        camp.keys.campaign_fingerprint,
        count.public_raw,
        receipt.public_key().public_bytes_raw(),
    )
    issued = tomli_w.dumps(campaigns.with_keys(camp, keys))
    campaigns.parse(tomllib.loads(issued), "issued campaign")  # what tablets will load
    with write(engine) as conn:
        if conn.scalar(select(Campaign.id).where(Campaign.slug == camp.slug)) is not None:
            raise CampaignExistsError(f"the server runs campaign '{camp.slug}' already")
        conn.execute(
            insert(Campaign).values(
                slug=camp.slug,
                production=camp.production,
                goal=camp.goal,
                issued=issued,
                suite=camp.keys.suite,
                fingerprint=camp.keys.campaign_fingerprint,
                count_private=count.private_raw,
                count_secret=os.urandom(32),
                receipt_private=receipt.private_bytes_raw(),
                created_ms=time.time_ns() // 1_000_000,
            )
        )
    found = by_slug(engine, camp.slug)
    assert found is not None
    return found


def _row(conn: Connection, where: object) -> ServerCampaign | None:
    c = Campaign
    row = conn.execute(
        select(
            c.id,
            c.slug,
            c.production,
            c.goal,
            c.suite,
            c.fingerprint,
            c.issued,
            c.count_private,
            c.count_secret,
            c.receipt_private,
        ).where(where)  # type: ignore[arg-type]
    ).first()
    return ServerCampaign(*row) if row else None  # type: ignore[arg-type, call-arg]


def by_slug(engine: Engine, slug: str) -> ServerCampaign | None:
    with engine.connect() as conn:
        return _row(conn, Campaign.slug == slug)


_READ: "weakref.WeakKeyDictionary[Engine, dict[int, ServerCampaign]]" = weakref.WeakKeyDictionary()


def by_id(engine: Engine, campaign_id: int) -> ServerCampaign | None:
    """A campaign by its row id, read once per process: nothing in its row but the counters
    (not read here) changes after it is added, and every batch asks for it."""
    read = _READ.setdefault(engine, {})
    if (camp := read.get(campaign_id)) is None:
        with engine.connect() as conn:
            camp = _row(conn, Campaign.id == campaign_id)
        if camp is not None:
            read[campaign_id] = camp
    return camp


def of_device(engine: Engine, device: str) -> ServerCampaign | None:
    """The campaign of tablet ``device``; None when there is no such tablet."""
    with engine.connect() as conn:
        campaign_id = conn.scalar(select(Device.campaign_id).where(Device.id == device))
    return None if campaign_id is None else by_id(engine, campaign_id)


def all_slugs(engine: Engine) -> list[str]:
    with engine.connect() as conn:
        return list(conn.scalars(select(Campaign.slug).order_by(Campaign.slug)))


def zones(engine: Engine) -> dict[str, ZoneInfo]:
    """Each campaign's time zone, by slug."""
    found = (by_slug(engine, slug) for slug in all_slugs(engine))
    return {camp.slug: camp.zone for camp in found if camp is not None}


def progress(engine: Engine, slug: str) -> dict[str, object]:
    """The counter as it stands: at least this many unique signers."""
    with engine.connect() as conn:
        row = conn.execute(
            select(Campaign.unique_signers, Campaign.goal, Campaign.counted_at_ms).where(
                Campaign.slug == slug
            )
        ).first()
    if row is None:
        return {}
    return {"campaign": slug, "at_least": row[0], "goal": row[1], "as_of_ms": row[2]}

"""What the campaign page shows, gathered from the tables and from admin.py's own lists."""

import time
from dataclasses import dataclass

from sqlalchemy import Engine, func, select

from sync.server import admin, campaigns
from sync.server.models import Campaign, PendingWithdrawal, Record

DAY_MS = 86_400_000
DAYS = 30
SKEW_FLAG_MS = 5 * 60_000  # a tablet clock further off than this is flagged


@dataclass(frozen=True)
class CampaignView:
    slug: str
    production: bool
    goal: int
    at_least: int
    as_of_ms: int
    pending_withdrawals: int
    days: list[tuple[int, int]]  # (day number since 1970, signatures), oldest first
    tablets: list[admin.DeviceRow]
    pending: list[admin.DeviceRow]
    held: list[admin.HeldRow]

    @property
    def percent(self) -> int:
        return min(100, self.at_least * 100 // self.goal) if self.goal > 0 else 0


def per_day(engine: Engine, campaign_id: int, today: int) -> list[tuple[int, int]]:
    """Signatures per UTC day by the tablets' clocks, the last ``DAYS`` days to ``today``."""
    first = today - DAYS + 1
    day = (Record.created_ms // DAY_MS).label("day")
    with engine.connect() as conn:
        rows = conn.execute(
            select(day, func.count())
            .where(
                Record.campaign_id == campaign_id,
                Record.kind == 1,
                Record.excluded.is_(False),
                Record.created_ms >= first * DAY_MS,
                Record.created_ms < (today + 1) * DAY_MS,
            )
            .group_by(day)
        ).all()
    found = {int(d): int(n) for d, n in rows}
    return [(d, found.get(d, 0)) for d in range(first, today + 1)]


def view(engine: Engine, slug: str) -> CampaignView | None:
    camp = campaigns.by_slug(engine, slug)
    if camp is None:
        return None
    figure = campaigns.progress(engine, slug)
    with engine.connect() as conn:
        waiting = conn.scalar(
            select(func.count())
            .select_from(PendingWithdrawal)
            .where(PendingWithdrawal.campaign_id == camp.id)
        )
        as_of = conn.scalar(select(Campaign.counted_at_ms).where(Campaign.id == camp.id))
    rows = [r for r in admin.devices(engine) if r.campaign == slug]
    mine = {r.id for r in rows}
    held = [h for h in admin.quarantine(engine) if h.device in mine and h.state == "held"]
    today = time.time_ns() // 1_000_000 // DAY_MS
    return CampaignView(
        slug=slug,
        production=camp.production,
        goal=camp.goal,
        at_least=int(str(figure["at_least"])),
        as_of_ms=int(as_of or 0),
        pending_withdrawals=int(waiting or 0),
        days=per_day(engine, camp.id, today),
        tablets=[r for r in rows if r.state != "pending"],
        pending=[r for r in rows if r.state == "pending"],
        held=held,
    )

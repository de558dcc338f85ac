"""What the campaign page shows, gathered from the tables and from admin.py's own lists.

Days are the campaign's (its ``time_zone``), by each tablet's own clock: a record carries the
time the tablet gave it. Health flags: a tablet not heard from for ``SILENT_DAYS`` days, a
clock more than ``SKEW_FLAG_MS`` off (measured from the clock the tablet sends with each
request against the server's as it arrives, so a slow upload is not taken for a wrong clock).
"""

import datetime as dt
import time
from collections import Counter
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, func, select

from kiosk.device import device_number
from sync.server import admin, campaigns, treeheads
from sync.server.models import Campaign, PendingWithdrawal, Record
from sync.server.web import i18n

DAY_MS = 86_400_000
DAYS = 30
SKEW_FLAG_MS = 5 * 60_000  # a tablet clock further off than this is flagged
SILENT_DAYS = 2  # an approved tablet not heard from for this long is flagged


@dataclass(frozen=True)
class Tablet:
    """A row of the tablets table, with what the page says about its health."""

    row: admin.DeviceRow
    number: str
    silent_days: int | None  # whole days since last contact, when flagged
    skew_minutes: int | None  # + ahead, - behind, when flagged

    def __getattr__(self, name: str) -> object:  # the row's own fields, as before
        return getattr(self.row, name)


@dataclass(frozen=True)
class PerTablet:
    label: str
    number: str
    counts: list[int]  # one per day of ``CampaignView.days``


@dataclass(frozen=True)
class HeldGroup:
    """Records of one tablet held aside for one reason (a fork, a gap): decided together."""

    device: str
    number: str
    reason: str
    entries: list[admin.HeldRow]
    successor: str | None  # the device the tablet became after its fork

    @property
    def first(self) -> int:
        return min(h.seq for h in self.entries)

    @property
    def last(self) -> int:
        return max(h.seq for h in self.entries)

    @property
    def arrived_ms(self) -> int:
        return max(h.received_ms for h in self.entries)


@dataclass(frozen=True)
class CampaignView:
    slug: str
    titles: dict[str, str]  # the petition's title in each language the dashboard speaks
    production: bool
    goal: int
    at_least: int
    as_of_ms: int
    zone: ZoneInfo
    pending_withdrawals: int
    days: list[tuple[dt.date, int]]  # (day in the campaign's zone, signatures), oldest first
    per_tablet: list[PerTablet]
    tablets: list[Tablet]
    pending: list[Tablet]
    held: list[admin.HeldRow]
    held_groups: list[HeldGroup]
    rejected: list[admin.HeldRow]
    heads: list[treeheads.Head]  # the public log's newest signed heads, newest first

    @property
    def percent(self) -> int:
        return min(100, self.at_least * 100 // self.goal) if self.goal > 0 else 0

    @property
    def total_days(self) -> int:
        return sum(n for _, n in self.days)

    def name_of(self, device: str) -> str:
        found = next((t for t in self.tablets if t.row.id == device), None)
        return (found.row.label if found else "") or device_number(device)


def day_name(day: dt.date) -> str:
    return day.isoformat()


def _days(
    engine: Engine, campaign_id: int, zone: ZoneInfo
) -> tuple[list[dt.date], Counter[tuple[str, dt.date]]]:
    """The last ``DAYS`` days in ``zone`` to today, and signatures per (device, day)."""
    today = dt.datetime.now(zone).date()
    days = [today - dt.timedelta(days=n) for n in range(DAYS - 1, -1, -1)]
    start = dt.datetime.combine(days[0], dt.time(), zone).timestamp() * 1000
    with engine.connect() as conn:
        rows = conn.execute(
            select(Record.device_id, Record.created_ms).where(
                Record.campaign_id == campaign_id,
                Record.kind == 1,
                Record.excluded.is_(False),
                Record.created_ms >= int(start) - DAY_MS,
            )
        ).all()
    found: Counter[tuple[str, dt.date]] = Counter()
    for device, ms in rows:
        day = dt.datetime.fromtimestamp(ms / 1000, zone).date()
        if days[0] <= day <= today:
            found[device, day] += 1
    return days, found


def _tablet(row: admin.DeviceRow, now_ms: int) -> Tablet:
    silent = None
    if row.state == "approved" and row.last_contact_ms is not None:
        days = (now_ms - row.last_contact_ms) // DAY_MS
        silent = int(days) if days >= SILENT_DAYS else None
    skew = row.clock_skew_ms
    off = round(skew / 60_000) if skew is not None and abs(skew) > SKEW_FLAG_MS else None
    return Tablet(row, device_number(row.id), silent, off)


def _groups(held: list[admin.HeldRow], successor: dict[str, str | None]) -> list[HeldGroup]:
    grouped: dict[tuple[str, str], list[admin.HeldRow]] = {}
    for h in held:
        grouped.setdefault((h.device, h.reason), []).append(h)
    return [
        HeldGroup(device, device_number(device), reason, entries, successor.get(device))
        for (device, reason), entries in grouped.items()
    ]


def sorted_tablets(tablets: list[Tablet], key: str, descending: bool) -> list[Tablet]:
    """The tablets table in the order asked (a column's link), labels breaking ties."""
    keys = {
        "label": lambda t: (t.row.label.lower() or "~", t.number),
        "state": lambda t: (t.row.state, t.row.label.lower()),
        "signatures": lambda t: (t.row.signatures, t.row.label.lower()),
        "contact": lambda t: (t.row.last_contact_ms or 0, t.row.label.lower()),
        "skew": lambda t: (abs(t.row.clock_skew_ms or 0), t.row.label.lower()),
    }
    return sorted(tablets, key=keys[key], reverse=descending)


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
    now_ms = time.time_ns() // 1_000_000
    rows = [_tablet(r, now_ms) for r in admin.devices(engine) if r.campaign == slug]
    mine = {t.row.id for t in rows}
    quarantined = [h for h in admin.quarantine(engine) if h.device in mine]
    days, per = _days(engine, camp.id, camp.zone)
    listed = [t for t in rows if t.row.state != "pending"]
    held = [h for h in quarantined if h.state == "held"]
    successor = {t.row.id: t.row.successor for t in rows}
    return CampaignView(
        slug=slug,
        titles={lang: camp.title(lang) for lang in i18n.LANGS},
        production=camp.production,
        goal=camp.goal,
        at_least=int(str(figure["at_least"])),
        as_of_ms=int(as_of or 0),
        zone=camp.zone,
        pending_withdrawals=int(waiting or 0),
        days=[(d, sum(n for (_, day), n in per.items() if day == d)) for d in days],
        per_tablet=[
            PerTablet(t.row.label, t.number, [per[t.row.id, d] for d in days]) for t in listed
        ],
        tablets=listed,
        pending=[t for t in rows if t.row.state == "pending"],
        held=held,
        held_groups=_groups(held, successor),
        rejected=[h for h in quarantined if h.state == "rejected"],
        heads=treeheads.heads(engine, slug)[-5:][::-1],
    )

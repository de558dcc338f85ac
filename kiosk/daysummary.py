"""The day's-end summary: signatures per local hour, method and state, with no key at all.

Reads only clear columns (created ms, kind, method, sequence number) through the covering
``ix_records_day`` index, so the coordinator console can call it on the UI thread: 5 to 10 ms
for a day of 15,000 signatures in a store of 45,000 (a table scan took 45 ms, cache warm).
Records a wipe erased are kept as per-day tallies in meta (``wiped_days``), so a day's
summary stays whole after the coordinator wipes.

Times are the device clock, bucketed in the tablet's local time zone. States partition the
day's signatures: ``withdrawn`` (whether or not the server has it), else ``acknowledged``
(the server's receipt covers it) or ``unsent``.
"""

import datetime as dt
import json
import struct
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field

from sqlalchemy import Connection, Engine, bindparam, func, select

from kiosk import chain
from kiosk.models import METHOD_CODES, Meta, Record

WIPED_DAYS = "wiped_days"  # meta: {"YYYY-MM-DD": tally} of records erased by wipes
METHODS = ("drawn", "typed", "assisted", "unknown")  # unknown: stored before 0003
STATES = ("acknowledged", "unsent", "withdrawn")
_METHOD_NAME = {code: name for name, code in METHOD_CODES.items()}
_HOUR_MS = 3_600_000


@dataclass(frozen=True)
class DaySummary:
    day: dt.date
    per_hour: tuple[int, ...]  # 24 counts, index = local hour the signature was made in
    per_method: dict[str, int]  # every key of METHODS
    per_state: dict[str, int]  # every key of STATES; they add up to total
    total: int  # signatures made that day, withdrawn ones included
    first: dt.datetime | None  # local, aware; None when nobody signed
    last: dt.datetime | None
    wiped: int  # of total: erased from the tablet after the server acknowledged them

    def as_dict(self) -> dict[str, object]:
        """JSON-ready, for the day's-end summary file."""
        return {
            "day": self.day.isoformat(),
            "per_hour": list(self.per_hour),
            "per_method": dict(self.per_method),
            "per_state": dict(self.per_state),
            "total": self.total,
            "first": self.first.isoformat(timespec="minutes") if self.first else None,
            "last": self.last.isoformat(timespec="minutes") if self.last else None,
            "wiped": self.wiped,
        }


def day_bounds_ms(day: dt.date) -> tuple[int, int]:
    """Local midnight of ``day`` and of the next day, in epoch ms (23 or 25 hours apart on
    a daylight-saving change)."""

    def midnight(d: dt.date) -> int:
        return int(dt.datetime.combine(d, dt.time()).astimezone().timestamp() * 1000)

    return midnight(day), midnight(day + dt.timedelta(days=1))


def local(ms: int) -> dt.datetime:
    return dt.datetime.fromtimestamp(ms / 1000).astimezone()


def _method(code: int | None) -> str:
    return _METHOD_NAME.get(code, "unknown") if code is not None else "unknown"


@dataclass
class Tally:
    """One day's signatures that a wipe erased (all acknowledged by then)."""

    hours: list[int] = field(default_factory=lambda: [0] * 24)
    methods: dict[str, int] = field(default_factory=lambda: dict.fromkeys(METHODS, 0))
    withdrawn: int = 0
    first_ms: int | None = None
    last_ms: int | None = None

    def add(self, ms: int, method: str, withdrawn: bool) -> None:
        self.hours[local(ms).hour] += 1
        self.methods[method] = self.methods.get(method, 0) + 1
        self.withdrawn += withdrawn
        self.first_ms = ms if self.first_ms is None else min(ms, self.first_ms)
        self.last_ms = ms if self.last_ms is None else max(ms, self.last_ms)


def load_wiped(meta: Mapping[str, bytes]) -> dict[str, Tally]:
    """The kept tallies of wiped signatures, by local day (ISO date)."""
    raw = meta.get(WIPED_DAYS)
    return {day: Tally(**doc) for day, doc in json.loads(raw).items()} if raw else {}


def wiped_on(meta: Mapping[str, bytes], day: dt.date) -> int:
    """Signatures made on ``day`` that a wipe has erased (``status`` adds them to today)."""
    tally = load_wiped(meta).get(day.isoformat())
    return sum(tally.hours) if tally else 0


# Built once: a statement is immutable, and a kiosk asks this at every signer.
_W = Record.__table__.alias("w")
_S = Record.__table__.alias("s")
_WITHDRAWN = (
    select(_S.c.seq, _S.c.created_ms, _S.c.method)
    .select_from(_W.join(_S, _S.c.record_id == _W.c.target))
    .where(_W.c.kind == chain.KIND_WITHDRAWAL, _S.c.kind == chain.KIND_SIGNATURE)
    .distinct()
)
_WITHDRAWN_BETWEEN = _WITHDRAWN.where(
    _S.c.created_ms >= bindparam("lo"), _S.c.created_ms < bindparam("hi")
)


def withdrawn_signatures(
    conn: Connection, lo_ms: int | None = None, hi_ms: int | None = None
) -> list[tuple[int, int, int | None]]:
    """(seq, created ms, method) of withdrawn signatures, made in [lo_ms, hi_ms) if given.
    Withdrawals are rare and found through their partial index, so this stays cheap."""
    if lo_ms is not None and hi_ms is not None:
        rows = conn.execute(_WITHDRAWN_BETWEEN, {"lo": lo_ms, "hi": hi_ms}).all()
    else:
        rows = conn.execute(_WITHDRAWN).all()
    return [(r[0], r[1], r[2]) for r in rows]


def _acked(meta: Mapping[str, bytes]) -> int:
    raw = meta.get("acked_through")
    return struct.unpack(">Q", raw)[0] if raw else 0


def summarise(engine: Engine, day: dt.date | None = None) -> DaySummary:
    """Today's (or ``day``'s) signatures on this tablet, including those wiped since."""
    day = day or dt.date.today()
    start, end = day_bounds_ms(day)
    with engine.connect() as conn:
        wanted = Meta.key.in_(("acked_through", WIPED_DAYS))
        meta = dict(conn.execute(select(Meta.key, Meta.value).where(wanted)).all())
        acked = _acked(meta)
        elapsed = ((Record.created_ms - start) // _HOUR_MS).label("elapsed")
        is_acked = (Record.seq <= acked).label("acked")
        groups = conn.execute(
            select(
                elapsed,
                Record.method,
                is_acked,
                func.count(),
                func.min(Record.created_ms),
                func.max(Record.created_ms),
            )
            .where(
                Record.created_ms >= start,
                Record.created_ms < end,
                Record.kind == chain.KIND_SIGNATURE,
            )
            .group_by(elapsed, Record.method, is_acked)
        ).all()
        withdrawn = withdrawn_signatures(conn, start, end)
    hours = [0] * 24
    methods = dict.fromkeys(METHODS, 0)
    states = dict.fromkeys(STATES, 0)
    times: list[int] = []
    # An elapsed hour since local midnight maps to a local hour; on a daylight-saving day
    # two elapsed hours share one local hour, or one local hour has none.
    hour_of = [local(start + k * _HOUR_MS).hour for k in range(26)]
    for k, method, was_acked, count, first, last in groups:
        hours[hour_of[min(int(k), 25)]] += count
        methods[_method(method)] += count
        states["acknowledged" if was_acked else "unsent"] += count
        times += (first, last)
    for seq, _, _ in withdrawn:
        states["acknowledged" if seq <= acked else "unsent"] -= 1
        states["withdrawn"] += 1
    wiped = 0
    if tally := load_wiped(meta).get(day.isoformat()):
        wiped = sum(tally.hours)
        hours = [a + b for a, b in zip(hours, tally.hours, strict=True)]
        for name, n in tally.methods.items():
            methods[name if name in methods else "unknown"] += n
        states["withdrawn"] += tally.withdrawn
        states["acknowledged"] += wiped - tally.withdrawn  # a wipe erases only what is held
        times += [t for t in (tally.first_ms, tally.last_ms) if t is not None]
    return DaySummary(
        day=day,
        per_hour=tuple(hours),
        per_method=methods,
        per_state=states,
        total=sum(hours),
        first=local(min(times)) if times else None,
        last=local(max(times)) if times else None,
        wiped=wiped,
    )


def fold(conn: Connection, through_seq: int, meta: Mapping[str, bytes]) -> bytes:
    """The ``wiped_days`` meta value once every record through ``through_seq`` is erased:
    their signatures join the kept tallies. Runs inside the wipe's transaction."""
    days = load_wiped(meta)
    rows = conn.execute(
        select(Record.seq, Record.created_ms, Record.method).where(
            Record.kind == chain.KIND_SIGNATURE, Record.seq <= through_seq
        )
    ).all()
    gone = {seq for seq, _, _ in withdrawn_signatures(conn)}
    for seq, created_ms, method in rows:
        day = local(created_ms).date().isoformat()
        days.setdefault(day, Tally()).add(created_ms, _method(method), seq in gone)
    doc = {day: asdict(tally) for day, tally in sorted(days.items())}
    return json.dumps(doc, separators=(",", ":")).encode()

"""The honest count: one tag per signer, progress from a counter that moves only at 0 <-> 1.

A record is counted after its batch is stored: the counter opens the identity envelope with
the count key, keeps ``HMAC(count secret, identity)`` and drops the envelope. Counting runs
after the reply, on its own thread, so a tablet never waits for it; progress is "at least".
Rows are taken with ``FOR UPDATE SKIP LOCKED`` on PostgreSQL, so several server processes
share the work, and a withdrawal that races a count waits for the row.
"""

import logging
import threading
import time
from collections import Counter as Tally

from sqlalchemy import Connection, Engine, bindparam, select, update
from sqlalchemy.dialects import postgresql, sqlite

from kiosk import sealing
from sync.server import campaigns
from sync.server.db import write
from sync.server.models import Campaign, Record, SignerTag

log = logging.getLogger(__name__)
PASS = 500


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


def _bump(conn: Connection, campaign_id: int, tags: Tally[bytes]) -> int:
    """Add ``tags`` to their live counts; returns how many signers this adds or removes."""
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    delta = 0
    for tag, n in tags.items():
        if n == 0:
            continue
        stmt = dialect.insert(SignerTag).values(campaign_id=campaign_id, tag=tag, live=n)
        stmt = stmt.on_conflict_do_update(
            index_elements=["campaign_id", "tag"], set_={"live": SignerTag.live + n}
        ).returning(SignerTag.live)
        live = conn.execute(stmt).scalar_one()
        before = live - n
        delta += (live > 0) - (before > 0)
    return delta


def _move(conn: Connection, campaign_id: int, delta: int) -> None:
    conn.execute(
        update(Campaign)
        .where(Campaign.id == campaign_id)
        .values(unique_signers=Campaign.unique_signers + delta, counted_at_ms=_now_ms())
    )


def uncount(conn: Connection, campaign_id: int, record_ids: list[int]) -> None:
    """Take counted records out of the count (withdrawn, or revoked past a cut-off)."""
    if not record_ids:
        return
    tags = conn.execute(
        select(Record.tag)
        .where(Record.id.in_(record_ids), Record.counted.is_(True))
        .with_for_update()
    ).scalars()
    tally: Tally[bytes] = Tally()
    for tag in tags:
        if tag is not None:
            tally[tag] -= 1
    conn.execute(update(Record).where(Record.id.in_(record_ids)).values(counted=False))
    _move(conn, campaign_id, _bump(conn, campaign_id, tally))


def count_pass(engine: Engine, limit: int = PASS) -> int:
    """Count up to ``limit`` uncounted records; returns how many it took."""
    keys: dict[int, campaigns.ServerCampaign | None] = {}
    with write(engine) as conn:
        rows = conn.execute(
            select(
                Record.id,
                Record.campaign_id,
                Record.device_id,
                Record.record_id,
                Record.suite,
                Record.identity,
                Record.withdrawn,
                Record.excluded,
            )
            .where(Record.identity.is_not(None))
            .order_by(Record.id)
            .limit(limit)
            .with_for_update(skip_locked=True)
        ).all()
        tallies: dict[int, Tally[bytes]] = {}
        done: list[dict[str, object]] = []
        for rid, cid, device, record_id, suite, envelope, withdrawn, excluded in rows:
            camp = keys.get(cid) or keys.setdefault(cid, campaigns.by_id(engine, cid))
            assert camp is not None
            try:
                ident = camp.opener.open(
                    envelope or b"",
                    sealing.seal_info(
                        sealing.SUITE_NAMES[suite], camp.slug, device, record_id, "identity"
                    ),
                )
            except (sealing.SealError, KeyError):
                log.warning("device %s: the identity envelope of row %s does not open", device, rid)
                done.append({"i": rid, "t": None, "c": False})
                continue
            tag = camp.tag(ident)
            live = not withdrawn and not excluded
            done.append({"i": rid, "t": tag, "c": live})
            if live:
                tallies.setdefault(cid, Tally())[tag] += 1
        if done:
            conn.execute(
                update(Record)
                .where(Record.id == bindparam("i"))
                .values(tag=bindparam("t"), counted=bindparam("c"), identity=None),
                done,
            )
        for cid, tally in tallies.items():
            _move(conn, cid, _bump(conn, cid, tally))
    return len(rows)


def drain(engine: Engine) -> int:
    """Count everything waiting; returns how many records it counted."""
    total = 0
    while n := count_pass(engine):
        total += n
    return total


class Counter:
    """A thread that counts after each stored batch (``poke``) and every few seconds."""

    def __init__(self, engine: Engine, every: float = 5.0) -> None:
        self._engine = engine
        self._every = every
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="imza-counter", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def poke(self) -> None:
        self._wake.set()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        self._thread.join(timeout=30)

    def _run(self) -> None:
        while not self._stop.is_set():
            self._wake.wait(self._every)
            self._wake.clear()
            try:
                drain(self._engine)
            except Exception:  # keep counting after a database hiccup; the next pass retries
                log.exception("counting pass failed")


def add_tags(conn: Connection, campaign_id: int, tags: list[bytes]) -> None:
    """Count signers accepted outside a batch (a quarantine entry the lead accepted)."""
    _move(conn, campaign_id, _bump(conn, campaign_id, Tally(tags)))

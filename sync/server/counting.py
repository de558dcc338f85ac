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

from sqlalchemy import Connection, Engine, delete, insert, select, update

from kiosk import sealing
from sync.server import campaigns
from sync.server.db import insert_for, write
from sync.server.models import Campaign, Record, RecordTag, SignerTag, Uncounted

log = logging.getLogger(__name__)
PASS = 500


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


def _bump(conn: Connection, campaign_id: int, tags: Tally[bytes]) -> int:
    """Add ``tags`` to their live counts; returns how many signers this adds or removes."""
    delta = 0
    for tag, n in tags.items():
        if n == 0:
            continue
        stmt = insert_for(conn, SignerTag).values(campaign_id=campaign_id, tag=tag, live=n)
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


def uncount(conn: Connection, campaign_id: int, record_pks: list[int]) -> None:
    """Take counted records out of the count (withdrawn, or revoked past a cut-off)."""
    if not record_pks:
        return
    tags = conn.execute(
        select(RecordTag.tag)
        .where(RecordTag.record_pk.in_(record_pks), RecordTag.counted.is_(True))
        .with_for_update()
    ).scalars()
    tally: Tally[bytes] = Tally()
    for tag in tags:
        if tag is not None:
            tally[tag] -= 1
    conn.execute(update(RecordTag).where(RecordTag.record_pk.in_(record_pks)).values(counted=False))
    _move(conn, campaign_id, _bump(conn, campaign_id, tally))


def _tags(engine: Engine, limit: int) -> dict[int, tuple[int, bytes | None]]:
    """Open up to ``limit`` waiting identity envelopes (no lock held): row -> (campaign, tag)."""
    keys: dict[int, campaigns.ServerCampaign | None] = {}
    out: dict[int, tuple[int, bytes | None]] = {}
    with engine.connect() as conn:
        rows = conn.execute(
            select(
                Uncounted.record_pk,
                Record.campaign_id,
                Record.device_id,
                Record.record_id,
                Record.suite,
                Uncounted.envelope,
            )
            .join(Record, Record.id == Uncounted.record_pk)
            .order_by(Uncounted.record_pk)
            .limit(limit)
        ).all()
    for pk, cid, device, record_id, suite, envelope in rows:
        camp = keys.get(cid) or keys.setdefault(cid, campaigns.by_id(engine, cid))
        assert camp is not None
        try:
            info = sealing.seal_info(
                sealing.SUITE_NAMES[suite], camp.slug, device, record_id, "identity"
            )
            out[pk] = (cid, camp.tag(camp.opener.open(envelope, info)))
        except (sealing.SealError, KeyError):
            log.warning("device %s: the identity envelope of row %s does not open", device, pk)
            out[pk] = (cid, None)
    return out


def count_pass(engine: Engine, limit: int = PASS) -> tuple[int, int]:
    """Count up to ``limit`` waiting records; returns (records seen waiting, counted here).

    The envelopes are opened before the write transaction, so the database's write lock is
    held only for the small writes; a row another process is counting (or a withdrawal is
    changing) is skipped until the next pass. The record row is locked with it, so a
    withdrawal racing the count either comes first (and is seen) or waits (and uncounts)."""
    tags = _tags(engine, limit)
    if not tags:
        return 0, 0
    with write(engine) as conn:
        rows = conn.execute(
            select(Uncounted.record_pk, Record.withdrawn, Record.excluded)
            .join(Record, Record.id == Uncounted.record_pk)
            .where(Uncounted.record_pk.in_(list(tags)))
            .with_for_update(skip_locked=True)
        ).all()
        done: list[dict[str, object]] = []
        tallies: dict[int, Tally[bytes]] = {}
        for pk, withdrawn, excluded in rows:
            cid, tag = tags[pk]
            live = tag is not None and not withdrawn and not excluded
            done.append({"record_pk": pk, "campaign_id": cid, "tag": tag, "counted": live})
            if live and tag is not None:
                tallies.setdefault(cid, Tally())[tag] += 1
        if done:
            conn.execute(insert(RecordTag), done)
            conn.execute(
                delete(Uncounted).where(Uncounted.record_pk.in_([d["record_pk"] for d in done]))
            )
        for cid, tally in tallies.items():
            _move(conn, cid, _bump(conn, cid, tally))
    return len(tags), len(rows)


def drain(engine: Engine) -> int:
    """Count everything waiting, also what another counter is counting right now (it waits
    for that to commit); returns how many records this call counted."""
    total = 0
    pause = threading.Event()
    while True:
        seen, counted = count_pass(engine)
        if not seen:
            return total
        total += counted
        if not counted:  # another counter holds these rows: let it commit
            pause.wait(0.05)


class Counter:
    """A thread that counts when the server is quiet: ``poke`` after each stored batch.

    Opening envelopes takes CPU a tablet's upload would wait on; so counting waits until no
    batch has arrived for ``quiet`` seconds, but never lets a record wait longer than
    ``at_most`` seconds. The progress figure says "at least" for this reason."""

    def __init__(self, engine: Engine, quiet: float = 1.0, at_most: float = 30.0) -> None:
        self._engine = engine
        self._quiet = quiet
        self._at_most = at_most
        self._last_batch = 0.0
        self._waiting_since: float | None = None
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="imza-counter", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def poke(self) -> None:
        now = time.monotonic()
        self._last_batch = now
        if self._waiting_since is None:
            self._waiting_since = now
        self._wake.set()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        self._thread.join(timeout=30)

    def _due(self) -> float:
        """Seconds until counting should start (0: now)."""
        now = time.monotonic()
        quiet_in = self._last_batch + self._quiet - now
        overdue_in = (self._waiting_since or now) + self._at_most - now
        return max(0.0, min(quiet_in, overdue_in))

    def _run(self) -> None:
        self._wake.wait(self._quiet)  # whatever waits from before a restart
        while not self._stop.is_set():
            self._wake.clear()
            if (due := self._due()) > 0:
                self._wake.wait(due)
                continue
            self._waiting_since = None
            try:
                drain(self._engine)
            except Exception:  # keep counting after a database hiccup; the next pass retries
                log.exception("counting pass failed")
                self._waiting_since = time.monotonic()
            if self._waiting_since is None:
                self._wake.wait(self._at_most)


def add_tags(conn: Connection, campaign_id: int, tags: list[bytes]) -> None:
    """Count signers accepted outside a batch (a quarantine entry the lead accepted)."""
    _move(conn, campaign_id, _bump(conn, campaign_id, Tally(tags)))

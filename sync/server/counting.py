"""The honest count: one tag per signer across tablets, kept in a counter, never recounted.

A record is counted after its batch is stored: the counter opens the identity envelope with
the count key, keeps ``HMAC(count secret, name and settlement)`` and, when the tablet had to
ask what told two namesakes apart, a keyed hash of that answer (the variant), and drops the
envelope. A tag counts as many people as the most variants live on one tablet (``bump``).
Counting runs after the reply, on its own thread, so a tablet never waits for it; progress
is "at least".
Rows are taken with ``FOR UPDATE SKIP LOCKED`` on PostgreSQL, so several server processes
share the work, and a withdrawal that races a count waits for the row.
"""

import logging
import threading
import time
from collections import Counter as Tally
from dataclasses import dataclass

import cbor2
from sqlalchemy import Connection, Engine, bindparam, delete, insert, select, update

from kiosk import sealing
from kiosk.normalise import split_identity
from sync import logformat
from sync.server import campaigns, ledger, treeheads
from sync.server.db import write
from sync.server.models import Campaign, Record, RecordTag, SignerVariant, Uncounted

log = logging.getLogger(__name__)
PASS = 4  # batches of up to 1,000 records


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


Key = tuple[bytes, str, bytes]  # a signer's tag, the tablet, the variant (b"": none)


def _people(live: dict[Key, int]) -> Tally[bytes]:
    """How many people each tag stands for: the most variants live on any one tablet."""
    per_tablet: Tally[tuple[bytes, str]] = Tally()
    for (tag, device, _variant), n in live.items():
        if n > 0:
            per_tablet[tag, device] += 1
    people: Tally[bytes] = Tally()
    for (tag, _device), n in per_tablet.items():
        people[tag] = max(people[tag], n)
    return people


def bump(conn: Connection, campaign_id: int, changes: Tally[Key]) -> int:
    """Add ``changes`` to their live counts; returns how many signers this adds or removes.

    A tag is a person across tablets (name and settlement). What told namesakes apart was
    asked on one tablet only, so it separates people there and nowhere else: a tag counts
    as many people as the most variants live on any one tablet. The same person asked on one
    tablet and not on two others is one; two namesakes told apart on one tablet are two.

    Every change to a campaign's tags happens under its campaign row's lock (taken here,
    after the record rows a caller locked: the same order everywhere, so no deadlock), which
    lets a batch of tags move in three statements instead of one each."""
    # NO KEY UPDATE: rows that merely refer to the campaign (new tags) need not wait for it.
    conn.execute(
        select(Campaign.id).where(Campaign.id == campaign_id).with_for_update(key_share=True)
    )
    items = {key: n for key, n in changes.items() if n}
    if not items:
        return 0
    tags = sorted({tag for tag, _, _ in items})
    held = SignerVariant
    before: dict[Key, int] = {
        (tag, device, variant): live
        for tag, device, variant, live in conn.execute(
            select(held.tag, held.device_id, held.variant, held.live).where(
                held.campaign_id == campaign_id, held.tag.in_(tags)
            )
        ).all()
    }
    changed = [
        {"c": campaign_id, "t": t, "d": d, "v": v, "n": n}
        for (t, d, v), n in items.items()
        if (t, d, v) in before
    ]
    if changed:
        conn.execute(
            update(held)
            .where(
                held.campaign_id == bindparam("c"),
                held.tag == bindparam("t"),
                held.device_id == bindparam("d"),
                held.variant == bindparam("v"),
            )
            .values(live=held.live + bindparam("n")),
            changed,
        )
    new = [
        {"campaign_id": campaign_id, "tag": t, "device_id": d, "variant": v, "live": n}
        for (t, d, v), n in items.items()
        if (t, d, v) not in before
    ]
    if new:
        conn.execute(insert(held), new)
    after = dict(before)
    for key, n in items.items():
        after[key] = after.get(key, 0) + n
    then, now = _people(before), _people(after)
    return sum(now[tag] - then[tag] for tag in tags)


def move(conn: Connection, campaign_id: int, delta: int, leaves: list[bytes]) -> int:
    """Move the count by ``delta`` and log ``leaves`` with the count they leave (the caller
    holds the campaign row's lock: ``bump`` took it); returns the first leaf's index."""
    count, log_size = conn.execute(
        update(Campaign)
        .where(Campaign.id == campaign_id)
        .values(
            unique_signers=Campaign.unique_signers + delta,
            counted_at_ms=_now_ms(),
            log_size=Campaign.log_size + len(leaves),
        )
        .returning(Campaign.unique_signers, Campaign.log_size)
    ).one()
    first = log_size - len(leaves)
    ledger.append(conn, campaign_id, leaves, count, first)
    return first


def log_event(conn: Connection, campaign_id: int, leaf: bytes) -> int:
    """Log an event that leaves the count as it is (a held record rejected or reopened);
    returns its index."""
    return move(conn, campaign_id, bump(conn, campaign_id, Tally()), [leaf])


def _event(conn: Connection, kind: str, record_pks: list[int]) -> bytes:
    named = conn.execute(select(Record.device_id, Record.seq).where(Record.id.in_(record_pks)))
    return logformat.event_leaf(kind, [(device, seq) for device, seq in named.all()])


def uncount(conn: Connection, campaign_id: int, record_pks: list[int], kind: str) -> None:
    """Take counted records out of the count (``kind``: withdrawn, or revoked past a
    cut-off), and log that."""
    if not record_pks:
        return
    counted = conn.execute(
        select(RecordTag.tag, Record.device_id, RecordTag.variant)
        .join(Record, Record.id == RecordTag.record_pk)
        .where(RecordTag.record_pk.in_(record_pks), RecordTag.counted.is_(True))
        .with_for_update(of=RecordTag)
    ).all()
    tally: Tally[Key] = Tally()
    for tag, device, variant in counted:
        if tag is not None:
            tally[tag, device, variant or b""] -= 1
    conn.execute(update(RecordTag).where(RecordTag.record_pk.in_(record_pks)).values(counted=False))
    move(conn, campaign_id, bump(conn, campaign_id, tally), [_event(conn, kind, record_pks)])


def recount(conn: Connection, campaign_id: int, record_pks: list[int]) -> None:
    """Put records back into the count (a revocation taken back): those whose envelope
    opened and that were not withdrawn meanwhile. Records not counted yet are left to the
    counter, which reads ``excluded`` as it counts."""
    if not record_pks:
        return
    back = conn.execute(
        select(RecordTag.record_pk, RecordTag.tag, Record.device_id, RecordTag.variant)
        .join(Record, Record.id == RecordTag.record_pk)
        .where(
            RecordTag.record_pk.in_(record_pks),
            RecordTag.counted.is_(False),
            RecordTag.tag.is_not(None),
            Record.withdrawn.is_(False),
        )
        .with_for_update(of=RecordTag)
    ).all()
    tally: Tally[Key] = Tally()
    for _pk, tag, device, variant in back:
        if tag is not None:
            tally[tag, device, variant or b""] += 1
    if back:
        conn.execute(
            update(RecordTag)
            .where(RecordTag.record_pk.in_([pk for pk, *_ in back]))
            .values(counted=True)
        )
    leaf = _event(conn, "restored", record_pks)
    move(conn, campaign_id, bump(conn, campaign_id, tally), [leaf])


@dataclass(frozen=True)
class _Opened:
    """One waiting batch, its envelopes opened outside any lock."""

    row: int
    campaign: int
    device: str
    tags: dict[int, tuple[bytes, bytes] | None]  # seq -> (tag, variant); None: did not open


def _open(engine: Engine, limit: int) -> list[_Opened]:
    """Open the identity envelopes of up to ``limit`` waiting batches (no lock held)."""
    keys: dict[int, campaigns.ServerCampaign | None] = {}
    out = []
    with engine.connect() as conn:
        waiting = conn.execute(
            select(Uncounted.id, Uncounted.campaign_id, Uncounted.device_id, Uncounted.envelopes)
            .order_by(Uncounted.id)
            .limit(limit)
        ).all()
        for row, cid, device, blob in waiting:
            pairs = {int(seq): env for seq, env in cbor2.loads(blob)}
            meta = conn.execute(
                select(Record.seq, Record.record_id, Record.suite).where(
                    Record.device_id == device, Record.seq.in_(list(pairs))
                )
            ).all()
            camp = keys.get(cid) or keys.setdefault(cid, campaigns.by_id(engine, cid))
            assert camp is not None
            tags: dict[int, tuple[bytes, bytes] | None] = {}
            for seq, record_id, suite in meta:
                try:
                    info = sealing.seal_info(
                        sealing.SUITE_NAMES[suite], camp.slug, device, record_id, "identity"
                    )
                    tags[seq] = signer_tags(camp, camp.opener.open_identity(pairs[seq], info))
                except (sealing.SealError, KeyError):
                    log.warning("device %s: the identity envelope of %s does not open", device, seq)
                    tags[seq] = None
            out.append(_Opened(row, cid, device, tags))
    return out


def count_pass(engine: Engine, limit: int = PASS) -> tuple[int, int]:
    """Count up to ``limit`` waiting batches; returns (batches seen waiting, counted here).

    The envelopes are opened before the write transaction, so the database's write lock is
    held only for the small writes; a batch another process is counting is skipped. The
    record rows are locked too, so a withdrawal racing the count either comes first (and is
    seen) or waits (and then uncounts)."""
    opened = _open(engine, limit)
    if not opened:
        return 0, 0
    done = 0
    for batch in opened:  # one transaction each: locks are held for one batch at a time
        with write(engine) as conn:
            still = conn.execute(
                select(Uncounted.id)
                .where(Uncounted.id == batch.row)
                .with_for_update(skip_locked=True)
            ).scalar()
            if still is None:
                continue
            rows = conn.execute(
                select(Record.id, Record.seq, Record.withdrawn, Record.excluded, Record.link)
                .where(Record.device_id == batch.device, Record.seq.in_(list(batch.tags)))
                .order_by(Record.seq)
                .with_for_update()
            ).all()
            tally: Tally[Key] = Tally()
            marks = []
            leaves = []
            left_out: dict[str, list[tuple[str, int]]] = {}
            for pk, seq, withdrawn, excluded, link in rows:
                leaves.append(logformat.record_leaf(batch.device, seq, link))
                tag, variant = batch.tags[seq] or (None, b"")
                live = tag is not None and not withdrawn and not excluded
                if not live:  # logged as left out, so the log alone says what counts
                    why = ["withdrawn"] if withdrawn else ["revoked"] if excluded else []
                    if tag is None:  # for good: taking a revocation back does not count it
                        why.append("unreadable")
                    for each in why:
                        left_out.setdefault(each, []).append((batch.device, seq))
                marks.append(
                    {
                        "record_pk": pk,
                        "campaign_id": batch.campaign,
                        "tag": tag,
                        "variant": variant or None,
                        "counted": live,
                    }
                )
                if live and tag is not None:
                    tally[tag, batch.device, variant] += 1
            conn.execute(delete(Uncounted).where(Uncounted.id == batch.row))
            leaves += [logformat.event_leaf(why, named) for why, named in sorted(left_out.items())]
            first = move(conn, batch.campaign, bump(conn, batch.campaign, tally), leaves)
            for at, mark in enumerate(marks):  # its leaf's place, for "is my signature counted?"
                mark["log_idx"] = first + at
            if marks:
                conn.execute(insert(RecordTag), marks)
            done += 1
    return len(opened), done


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
    """A thread that counts when the server is quiet: ``poke`` after each stored batch; it
    signs a new head of each campaign's log when the last is ``head_every_s`` old.

    Opening envelopes takes CPU a tablet's upload would wait on; so counting waits until no
    batch has arrived for ``quiet`` seconds, but never lets a record wait longer than
    ``at_most`` seconds. The progress figure says "at least" for this reason."""

    def __init__(
        self, engine: Engine, quiet: float = 1.0, at_most: float = 30.0, head_every_s: float = 300
    ) -> None:
        self._engine = engine
        self._head_every_ms = int(head_every_s * 1000)
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
                for slug in campaigns.all_slugs(self._engine):  # a new head, if one is due
                    treeheads.sign_head(self._engine, slug, self._head_every_ms)
            except Exception:  # keep counting after a database hiccup; the next pass retries
                log.exception("counting pass failed")
                self._waiting_since = time.monotonic()
            if self._waiting_since is None:
                self._wake.wait(self._at_most)


def signer_tags(camp: campaigns.ServerCampaign, identity: bytes) -> tuple[bytes, bytes]:
    """(tag, variant) of an opened identity: the keyed hash of name and settlement, and of
    what told namesakes apart on its tablet (b"" when nothing was asked)."""
    person, extra = split_identity(identity)
    return camp.tag(person), (camp.tag(b"variant\x1f" + extra) if extra else b"")

"""Day's end on a tablet: erase what the server has acknowledged, and keep the chain going.

Refused while any record is unacknowledged, so a wipe only ever erases all the store holds,
in one transaction: a power cut loses nothing the server does not hold. The chain's sequence
and hash carry on from the wiped point (meta ``wiped_through``), which ``imza verify`` and the
outbox start from; the counts a coordinator still needs stay in meta as numbers
(``wiped_totals``, and per-day tallies for the day's-end summary). Then the file is made to
forget: rows are deleted with ``secure_delete`` (zeroed in place), the WAL is checkpointed
and truncated, ``VACUUM`` rebuilds the file without free pages, and the WAL is truncated again
(VACUUM writes through it). The local duplicate key is renewed in the same transaction, so old
16-bit tags mean nothing; ``Vault.wipe`` refreshes its cached copy.
"""

import json
import logging
import sqlite3
import struct
from collections.abc import Mapping
from dataclasses import asdict, dataclass

from sqlalchemy import Engine, delete, func, select

from kiosk import chain, daysummary
from kiosk.models import Meta, Record
from kiosk.store import begin_write, put_meta

log = logging.getLogger(__name__)
WIPED_THROUGH = "wiped_through"  # seq u64 | chain hash at seq | genesis of that chain
WIPED_TOTALS = "wiped_totals"  # JSON: Totals


@dataclass(frozen=True)
class Wiped:
    """What one wipe erased."""

    records: int  # signatures and withdrawals
    through_seq: int  # the chain continues at through_seq + 1
    # False: another process kept the store busy, so the WAL may hold old page images until
    # its next checkpoint (the deleted rows themselves are zeroed in the file)
    scrubbed: bool


@dataclass(frozen=True)
class Totals:
    """Everything wiped from this tablet so far (all of it acknowledged by the server)."""

    records: int = 0
    signatures: int = 0
    withdrawn: int = 0  # of signatures
    newest_ms: int | None = None  # the newest wiped record's time, for the clock check


class WipeRefused(Exception):  # noqa: N818 - a refusal, not a fault: nothing went wrong
    """The wipe would lose data or has nothing to do; the message says why in one line."""


def anchor(meta: Mapping[str, bytes], genesis: bytes) -> tuple[int, bytes]:
    """Where this store's chain starts: (0, genesis), or the last wiped seq and its hash.

    The value names the genesis of its chain, so a wiped point kept over from another device
    identity (a store rebuilt after a fork copies meta) is not taken for this one's.
    """
    raw = meta.get(WIPED_THROUGH)
    if raw is None or len(raw) != 72 or raw[40:] != genesis:
        return 0, genesis
    seq, head = chain.unpack_head(raw[:40])
    assert head is not None
    return seq, head


def totals(meta: Mapping[str, bytes]) -> Totals:
    raw = meta.get(WIPED_TOTALS)
    return Totals(**json.loads(raw)) if raw else Totals()


def _several(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _waiting_reason(waiting: Mapping[int, int], missing: int) -> str:
    kinds = ((chain.KIND_SIGNATURE, "signature"), (chain.KIND_WITHDRAWAL, "withdrawal"))
    found = [(waiting[kind], noun) for kind, noun in kinds if waiting.get(kind)]
    found = found or [(missing, "record")]  # a head past the rows: verify tells the rest
    what = " and ".join(_several(n, noun) for n, noun in found)
    verb = "is" if sum(n for n, _ in found) == 1 else "are"
    return f"{what} {verb} not yet acknowledged by the server: sync or load a receipt first"


def erase(engine: Engine, genesis: bytes, new_dup_key: bytes) -> Wiped:
    """Delete every acknowledged record in one write transaction, keeping the chain's anchor,
    the totals and the day tallies, and renewing the duplicate key; WipeRefused when any
    record is unacknowledged or there is nothing to wipe (and then nothing changes)."""
    with begin_write(engine) as conn:
        conn.exec_driver_sql("PRAGMA secure_delete=ON")  # set at connect; a wipe insists
        meta = dict(conn.execute(select(Meta.key, Meta.value)).all())
        raw = meta.get("acked_through")
        acked = struct.unpack(">Q", raw)[0] if raw else 0
        try:
            head_seq, _ = chain.unpack_head(meta.get("head"))
        except ValueError:
            raise WipeRefused("the stored chain head is damaged: run `imza verify`") from None
        if head_seq > acked:
            waiting = conn.execute(
                select(Record.kind, func.count()).where(Record.seq > acked).group_by(Record.kind)
            ).all()
            raise WipeRefused(_waiting_reason({k: n for k, n in waiting}, head_seq - acked))
        held = conn.execute(
            select(Record.kind, func.count()).where(Record.seq <= acked).group_by(Record.kind)
        ).all()
        count = {k: n for k, n in held}
        if not count:
            raise WipeRefused("nothing to wipe: no signatures since the last wipe")
        last = conn.scalar(select(Record.chain_hash).where(Record.seq == acked))
        if last is None:
            raise WipeRefused(f"seq {acked} is missing from the store: run `imza verify`")
        newest = conn.scalar(select(func.max(Record.created_ms)).where(Record.seq <= acked))
        days = daysummary.fold(conn, acked, meta)
        withdrawn = sum(1 for seq, _, _ in daysummary.withdrawn_signatures(conn) if seq <= acked)
        before = totals(meta)
        after = Totals(
            records=before.records + sum(count.values()),
            signatures=before.signatures + count.get(chain.KIND_SIGNATURE, 0),
            withdrawn=before.withdrawn + withdrawn,
            newest_ms=max(t for t in (newest, before.newest_ms, 0) if t is not None) or None,
        )
        conn.execute(delete(Record).where(Record.seq <= acked))
        put_meta(conn, WIPED_THROUGH, chain.pack_head(acked, last) + genesis)
        put_meta(conn, WIPED_TOTALS, json.dumps(asdict(after)).encode())
        put_meta(conn, daysummary.WIPED_DAYS, days)
        put_meta(conn, "dup_key", new_dup_key)
    log.info("wiped %d records through seq %d", sum(count.values()), acked)
    return Wiped(sum(count.values()), acked, scrubbed=False)  # Vault.wipe scrubs next


def scrub(engine: Engine) -> bool:
    """Make the file forget deleted rows: checkpoint and truncate the WAL, VACUUM (in memory,
    no temp file), truncate again. False if another process kept the file busy throughout the
    busy timeout; the deleted rows are zeroed in the file already (secure_delete)."""
    raw = engine.raw_connection()
    db: sqlite3.Connection = raw.driver_connection  # type: ignore[assignment]
    try:
        db.execute("PRAGMA secure_delete=ON")
        db.execute("PRAGMA temp_store=MEMORY")
        done = _checkpoint(db)
        db.execute("VACUUM")
        done = _checkpoint(db) and done
    except sqlite3.OperationalError as exc:
        log.warning("wipe: the store could not be compacted now (%s)", exc)
        done = False
    finally:
        raw.close()
    if not done:
        log.warning("wipe: another process kept the store busy; its WAL is cleared next time")
    return done


def _checkpoint(db: sqlite3.Connection) -> bool:
    busy, _, _ = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return bool(busy == 0)

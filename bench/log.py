"""The signature log's costs (issue 19):

- appending 15,000 record leaves, a transaction per 1,000 as the counter appends them, beside
  the sync bench's figure measured in the same run (15,000 signatures from one tablet over
  loopback, ``bench.sync_upload``): budget < 10 % of it (the median of paired runs);
- an inclusion proof in a log of 1,000,000 leaves, as the server builds it from its stored
  subtrees: budget < 5 ms (median and worst of 200 random leaves printed).

SQLite, and PostgreSQL when IMZA_BENCH_DATABASE_URL or IMZA_TEST_DATABASE_URL is set.
"""

import os
import random
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import Engine

from bench.sync_upload import COUNT, server_process, signed_tablet
from kiosk import heap, sealing
from sync import client, logformat, merkle
from sync.server import counting, ledger, treeheads
from sync.server.db import write
from tests.conftest import write_campaign
from tests.serverside import database, set_up

BATCH = 1000
PAIRS = 7
BIG = 1_000_000


DEVICE = "be" * 32


def _leaves(start: int, n: int) -> list[bytes]:
    """Record leaves as the counter makes them from the rows it locked (a link is ~200 B)."""
    return [logformat.record_leaf(DEVICE, seq, b"%0200d" % seq) for seq in range(start, start + n)]


def _transactions(engine: Engine, campaign_id: int, first: int | None) -> float:
    """A transaction per 1,000 records that moves the campaign's count, as the counter's do;
    given ``first``, each also makes and appends its run of leaves from record ``first`` on.
    Seconds inside them, commits too."""
    seconds = 0.0
    for i in range(COUNT // BATCH):
        os.sync()
        started = time.perf_counter()
        with write(engine) as conn:  # the counter's own last step: count moved, leaves logged
            leaves = [] if first is None else _leaves(first + i * BATCH, BATCH)
            counting.move(conn, campaign_id, BATCH, leaves)
        seconds += time.perf_counter() - started
    return seconds


def _append(engine: Engine, campaign_id: int) -> float:
    """What making and appending 15,000 leaves adds to the counter's transactions: the
    median over seven pairs of runs, one without leaves and one with, taken in turn (the
    two differ by a tenth of a second, less than a commit's fsync varies between runs, so
    a best-of-three of each apart can land either side of the budget)."""
    differences = []
    for run in range(PAIRS):
        bare = _transactions(engine, campaign_id, None)
        differences.append(_transactions(engine, campaign_id, run * COUNT) - bare)
    return statistics.median(differences)


def _sync_seconds(kind: str, folder: Path) -> float:
    with server_process(kind, folder, "sync") as server:
        path = folder / f"{kind}-tablet"
        signed_tablet(server, path, COUNT, 11)
        heap.settle()
        os.sync()
        started = time.perf_counter()
        outcome = client.sync(path, BATCH)
        seconds = time.perf_counter() - started
        assert outcome.acked_through == COUNT
        return seconds


def one(kind: str, folder: Path) -> None:
    sync_s = _sync_seconds(kind, folder)
    pair, count = sealing.generate("hybrid"), sealing.generate("hybrid")
    lead = write_campaign(folder / f"{kind}-log.toml", pair, count)
    (folder / f"{kind}-log").mkdir()
    with database(kind, folder / f"{kind}-log") as url:
        engine, camp = set_up(url, lead, folder / f"{kind}-log-issued.toml")
        append_s = _append(engine, camp.id)
        print(
            f"  {kind:<10} logging {COUNT} records adds {append_s:5.3f} s to counting | "
            f"sync of {COUNT} {sync_s:5.2f} s | ratio {append_s / sync_s:.3f} (budget < 0.10)"
        )
        grow_s = _append_more(engine, camp.id, PAIRS * COUNT, BIG)
        head = treeheads.sign_head(engine, camp.slug)
        assert head is not None
        assert head.size == BIG
        rng = random.Random(19)
        times = []
        for index in (rng.randrange(BIG) for _ in range(200)):
            started = time.perf_counter()
            body, path = ledger.inclusion(engine, camp.slug, index, BIG)
            times.append(time.perf_counter() - started)
            assert merkle.verify_inclusion(merkle.leaf_hash(body), index, BIG, path, head.root)
        median, worst = statistics.median(times) * 1000, max(times) * 1000
        print(
            f"  {kind:<10} inclusion proof in {BIG:,} leaves (grown in {grow_s:.0f} s): "
            f"median {median:.2f} ms, worst {worst:.2f} ms | ratio {median / 5:.2f} "
            f"(budget < 5 ms)"
        )
        engine.dispose()


def _append_more(engine: Engine, campaign_id: int, have: int, want: int) -> float:
    started = time.perf_counter()
    for start in range(have, want, BATCH):  # runs of 1,000, as the counter appends them
        with write(engine) as conn:
            counting.move(conn, campaign_id, 0, _leaves(start, min(BATCH, want - start)))
    return time.perf_counter() - started


def main() -> None:
    print("signature log: appending leaves vs the sync bench; an inclusion proof in 1,000,000")
    kinds = ["sqlite"]
    if os.environ.get("IMZA_BENCH_DATABASE_URL") or os.environ.get("IMZA_TEST_DATABASE_URL"):
        kinds.append("postgresql")
    with tempfile.TemporaryDirectory(prefix="imza-bench-log-") as tmp:
        for kind in kinds:
            one(kind, Path(tmp))


if __name__ == "__main__":
    main()

"""Submit latency against the bare limit, at 0, 10,000 and 100,000 stored.

The bare limit, measured in the same run and interleaved with the real path: the same two HPKE
seals of the same payload bytes, then one insert of the same row bytes into a SQLite file with
the same durability (WAL, synchronous=FULL, one transaction). Budget: ratio <= 1.5, flat.
"""

import os
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from kiosk import sealing, simulate
from kiosk.signature import payload
from kiosk.vault import Stored, Vault

SAMPLES = 400


def _bare_db(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("CREATE TABLE IF NOT EXISTS r (seq INTEGER PRIMARY KEY, rid BLOB, sealed BLOB,"
               " ident BLOB, link BLOB, sig BLOB)")  # fmt: skip
    return db


def _measure(vault: Vault, bare: sqlite3.Connection, start: int) -> tuple[list[float], list[float]]:
    keys = vault.campaign.keys
    assert keys is not None
    personal = sealing.Sealer(keys.suite, keys.campaign_public)
    count = sealing.Sealer(keys.suite, keys.count_public)
    forms = list(simulate.signers(SAMPLES, 0.0, seed=start))
    real, base = [], []
    for i, form in enumerate(forms):
        plain = payload(form, bytes(32))
        info = sealing.seal_info(keys.suite, "bench", vault.device.id, os.urandom(16), "signature")
        t0 = time.perf_counter()
        a = personal.seal(plain, info)
        b = count.seal(b"given\x1fsurname\x1fsettlement", info)
        bare.execute("BEGIN IMMEDIATE")
        bare.execute("INSERT INTO r VALUES (?, ?, ?, ?, ?, ?)",
                     (start + i, os.urandom(16), a, b, bytes(210), bytes(64)))  # fmt: skip
        bare.execute("COMMIT")
        t1 = time.perf_counter()
        result = vault.submit(form, synthetic=True)
        t2 = time.perf_counter()
        if not isinstance(result, Stored):
            # The 16-bit tag matched by chance and the signer would be asked "is that you?":
            # not a store, so not a sample. Store it as the screens would, outside the timing.
            form.birth_year = 1970
            vault.submit(form, synthetic=True, not_the_same=True)
            continue
        base.append(t1 - t0)
        real.append(t2 - t1)
    return real, base


def _ms(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100)[int(q) - 1] * 1000 if q < 100 else max(values)


def main(levels: tuple[int, ...] = (0, 10_000, 100_000)) -> list[str]:
    lines = [f"{'stored':>8} {'submit p50':>11} {'p99':>7} {'bare p50':>9} {'p99':>7} {'ratio':>6}"]
    with tempfile.TemporaryDirectory() as tmp:
        vault = Vault.open(Path(tmp) / "tablet")
        bare = _bare_db(Path(tmp) / "bare.db")
        stored = 0
        print(lines[0], flush=True)
        for level in levels:
            if level > stored:
                simulate.run(vault, level - stored, seed=level)
            stored = level
            real, base = _measure(vault, bare, 1_000_000 + level)
            stored += SAMPLES
            r50, b50 = statistics.median(real) * 1000, statistics.median(base) * 1000
            lines.append(f"{level:>8} {r50:>9.3f}ms {_ms(real, 99):>5.3f}ms {b50:>7.3f}ms "
                         f"{_ms(base, 99):>5.3f}ms {r50 / b50:>6.2f}")  # fmt: skip
            print(lines[-1], flush=True)
        vault.close()
    return lines

"""Submit latency against the bare limit, at 0, 10,000 and 100,000 stored.

The bare limit, measured in the same run and interleaved with the real path: the same two HPKE
seals of the same payload bytes, then one insert of a row of the same size into a store of the
same schema with the same durability (WAL, synchronous=FULL, one transaction), filled to the
same level. Everything else the submit does (validation, normalisation, serialisation, the
duplicate check, chaining, the head signature) is the overhead the ratio measures.
Budget: ratio <= 1.5, flat.
"""

import os
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from kiosk import chain, sealing, simulate, store
from kiosk.normalise import identity
from kiosk.signature import payload
from kiosk.vault import Stored, Vault

SAMPLES = 400


_INSERT = (
    "INSERT INTO records (seq, record_id, kind, created_ms, suite, text_hash, withdrawal_hash,"
    " target, sealed, identity, link, chain_hash, head_sig, synthetic, local_tag)"
    " VALUES (?, ?, 1, 0, 2, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"
)


def _bare_db(path: Path) -> sqlite3.Connection:
    """A store of the same schema and pragmas (made by the same migrations), written raw."""
    path.mkdir()
    store.open_engine(path).dispose()
    db = sqlite3.connect(path / store.DB_NAME, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    return db


def _bare_insert(db: sqlite3.Connection, seq: int, sealed: bytes, ident: bytes) -> None:
    db.execute("BEGIN IMMEDIATE")
    db.execute(_INSERT, (seq, os.urandom(16), os.urandom(32), os.urandom(32), bytes(16), sealed,
                         ident, os.urandom(chain.LINK_SIZE), os.urandom(32), os.urandom(64),
                         seq % 65536))  # fmt: skip
    db.execute("COMMIT")


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
        b = count.seal(identity(form.given_name, form.surname, form.settlement), info)
        _bare_insert(bare, start + i, a, b)
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


def _fill(bare: sqlite3.Connection, start: int, end: int) -> None:
    """Bring the bare store to the same number of rows (one transaction: durability is not
    what is measured while filling)."""
    filler = os.urandom(1600)
    bare.execute("BEGIN")
    for seq in range(start, end):
        bare.execute(_INSERT, (2_000_000 + seq, os.urandom(16), filler[:32], filler[:32],
                               bytes(16), filler, filler[:1200], filler[:210], filler[:32],
                               filler[:64], seq % 65536))  # fmt: skip
    bare.execute("COMMIT")


def _ms(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100)[int(q) - 1] * 1000 if q < 100 else max(values)


def main(levels: tuple[int, ...] = (0, 10_000, 100_000)) -> list[str]:
    lines = [f"{'stored':>8} {'submit p50':>11} {'p99':>7} {'bare p50':>9} {'p99':>7} {'ratio':>6}"]
    with tempfile.TemporaryDirectory() as tmp:
        vault = Vault.open(Path(tmp) / "tablet")
        bare = _bare_db(Path(tmp) / "bare")
        stored = 0
        print(lines[0], flush=True)
        for level in levels:
            if level > stored:
                simulate.run(vault, level - stored, seed=level)
                _fill(bare, stored, level)
            stored = level
            real, base = _measure(vault, bare, 1_000_000 + level)
            stored += SAMPLES
            r50, b50 = statistics.median(real) * 1000, statistics.median(base) * 1000
            lines.append(f"{level:>8} {r50:>9.3f}ms {_ms(real, 99):>5.3f}ms {b50:>7.3f}ms "
                         f"{_ms(base, 99):>5.3f}ms {r50 / b50:>6.2f}")  # fmt: skip
            print(lines[-1], flush=True)
        vault.close()
    return lines

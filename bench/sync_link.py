"""Sync over a poor mobile link: ``imza sync``'s client through a shaped proxy on loopback.

300 and 3,000 signatures at 100 kbit/s and 1 Mbit/s each way, 300 ms to connect, a modem's
256 KB buffer, the tablet's default settings, a server in its own process on SQLite. The bare
limit is the link itself: the records' bytes sent once at its rate (payload / rate). Printed:
wall time against that floor (budget <= 1.3), bytes sent up against the payload (budget
<= 1.1), and bytes per signature on the wire. The 3,000 at 100 kbit/s run takes a quarter of
an hour: it is mobile data at village speed, for real.
"""

import sys
import tempfile
import time
from pathlib import Path

from bench.sync_upload import server_process, signed_tablet
from sync import client
from tests.linkproxy import LinkProxy, Shape
from tests.syncside import payload, route

RUNS = ((300, 100_000), (300, 1_000_000), (3000, 1_000_000), (3000, 100_000))


def one(folder: Path, count: int, rate_bps: int) -> None:
    run = f"{count}-{rate_bps}"
    with server_process("sqlite", folder, run) as server:
        path = folder / f"tablet-{run}"
        signed_tablet(server, path, count, 30)
        size = payload(path)
        shape = Shape(rate_bps=rate_bps, connect_s=0.3, buffer=256 * 1024)
        with LinkProxy(int(server.url.rsplit(":", 1)[1]), shape) as link:
            route(path, link.url)
            started = time.perf_counter()
            outcome = client.sync(path)
            wall = time.perf_counter() - started
            up = link.bytes_up
        assert outcome.unsent == 0
        assert outcome.acked_through == count
        floor = size * 8 / rate_bps
        print(
            f"  {count:>5} signatures at {rate_bps // 1000:>5} kbit/s: {wall:6.1f} s, "
            f"floor {floor:6.1f} s, ratio {wall / floor:.2f} (budget <= 1.3) | "
            f"up {up / 1e6:.2f} MB for {size / 1e6:.2f} MB of records, "
            f"ratio {up / size:.3f} (budget <= 1.1) | {up / count:.0f} bytes per signature"
        )
        sys.stdout.flush()


def main() -> None:
    print("sync over a shaped link (300 ms to connect, 256 KB modem buffer) vs payload / rate")
    with tempfile.TemporaryDirectory() as tmp:
        for count, rate in RUNS:
            one(Path(tmp), count, rate)

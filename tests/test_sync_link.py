"""Sync over the link a tablet in a resettled village really has (issue 15): 100 kbit/s each
way, 300 ms to connect, a modem's deep buffer, and a link that drops. Through a shaped proxy
of our own on loopback, ``imza sync`` as a process with the tablet's default settings.

The link does not depend on the server's database: these run on SQLite only (each takes
over a minute of simulated mobile data, the price of testing it for real).
"""

from pathlib import Path

import pytest
from sqlalchemy import select

from sync import client
from sync.server.models import Device
from tests.linkproxy import LinkProxy, Shape
from tests.serverside import Server
from tests.syncside import assert_exact, cli_sync, payload, route, sign

EDGE = Shape(rate_bps=100_000, connect_s=0.3, buffer=256 * 1024)
SIGNERS = 300
RUN_S = 400.0  # one `imza sync` on the cut link: it keeps going while it makes progress

pytestmark = [
    pytest.mark.slow,
    pytest.mark.parametrize("server_database", ["sqlite"], indirect=True),
]


def _sync(path: Path) -> tuple[int, str, str]:
    cli = cli_sync(path)
    try:
        out, err = cli.communicate(timeout=RUN_S)
    finally:
        if cli.poll() is None:
            cli.kill()
            cli.communicate()
    return cli.returncode, out, err


def test_300_signatures_cross_a_100_kbit_link_in_one_sync(server: Server, enrolled: Path) -> None:
    signers = sign(enrolled, SIGNERS, 21)
    with LinkProxy(int(server.url.rsplit(":", 1)[1]), EDGE) as edge:
        route(enrolled, edge.url)
        code, out, err = _sync(enrolled)
        assert code == 0, err
        assert f"all sent (acknowledged through {SIGNERS})" in out
        # Each record crossed once: what went up is the records plus a little protocol.
        assert edge.bytes_up < 1.1 * payload(enrolled)
        # One connection kept alive across all the batches (each new one costs 300 ms here);
        # the question before them and the one after take their own.
        assert edge.connections <= 3
    assert_exact(server.engine, server.url, enrolled, signers)


def test_a_link_that_drops_every_200_kb_loses_nothing_and_sends_little_twice(
    server: Server, enrolled: Path
) -> None:
    signers = sign(enrolled, SIGNERS, 22)
    dropping = Shape(rate_bps=100_000, connect_s=0.3, buffer=256 * 1024, cut_every=200_000)
    with LinkProxy(int(server.url.rsplit(":", 1)[1]), dropping) as edge:
        route(enrolled, edge.url)
        runs = []
        for _ in range(5):  # the volunteer (or the kiosk's worker) tries again
            code, out, err = _sync(enrolled)
            runs.append((code, err.strip()[-200:]))
            if code == 0:
                break
        assert runs[-1][0] == 0, runs
        assert f"all sent (acknowledged through {SIGNERS})" in out
        assert edge.cuts >= 5
        assert edge.bytes_up < 1.3 * payload(enrolled)
    assert_exact(server.engine, server.url, enrolled, signers)


def test_clock_skew_leaves_out_the_time_a_batch_spends_crossing(
    server: Server, enrolled: Path
) -> None:
    sign(enrolled, 30, 23)  # about 110 KB: nine seconds at 100 kbit/s
    with LinkProxy(int(server.url.rsplit(":", 1)[1]), EDGE) as edge:
        route(enrolled, edge.url)
        assert client.sync(enrolled).unsent == 0
    with server.engine.connect() as conn:
        skews = conn.scalars(select(Device.clock_skew_ms)).all()
    # The tablet's clock is the server's: the skew read is the request line's one-way
    # latency, not the seconds its body took (the batch was sealed before it left).
    assert [abs(s) < 1500 for s in skews if s is not None] == [True]

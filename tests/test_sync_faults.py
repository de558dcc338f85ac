"""Faults on one request between the tablet and a real server, through a small TCP proxy of our
own (issue 5): a reply lost after the server committed, a connection reset mid-request, a 503,
a server slower than the client's timeout. After each, a plain sync ends with the server
holding exactly the tablet's records: none lost, none twice, the chain verified, the receipt
naming the tablet's own head, every signer counted once.
"""

from pathlib import Path

import pytest

from sync import client, upload
from sync.http import SyncError
from tests.faultproxy import Fault, FaultProxy, Kind
from tests.serverside import Server, until
from tests.signers import unsent_on
from tests.syncside import (
    BATCHES,
    WAIT_S,
    assert_exact,
    device_of,
    held_by,
    route,
    sign,
)

# -- faults on one request ---------------------------------------------------------------------


def test_a_reply_lost_after_the_server_committed(
    server: Server, enrolled: Path, proxy: FaultProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    # One batch on the wire at a time, so that "the second batch" is always the same one.
    monkeypatch.setattr(upload, "IN_FLIGHT", 1)
    signers = sign(enrolled, 12, 1)
    route(enrolled, proxy.url)
    lost = proxy.add(Fault(Kind.LOSE_REPLY, skip=1))  # the second batch's receipt
    with pytest.raises(SyncError) as failed:
        client.sync(enrolled, batch_size=5, attempts=1)
    assert failed.value.action == "retry"
    assert str(failed.value).startswith(f"no answer from {proxy.url}")
    assert lost.answered.is_set()
    assert [e.status for e in proxy.exchanges(BATCHES)] == [200, 200]  # both committed
    assert unsent_on(enrolled) == 7  # the tablet knows of the first batch only
    assert len(held_by(server.engine, device_of(enrolled))) == 10

    done = client.sync(enrolled, batch_size=5)
    assert (done.unsent, done.acked_through) == (0, 12)
    assert done.summary() == "all sent (acknowledged through 12)"
    # The lost receipt came back with the server's head: only the third batch was sent.
    until(lambda: len(proxy.exchanges(BATCHES)) == 3, WAIT_S, "the third exchange")
    assert len(proxy.exchanges(BATCHES)) == 3
    assert_exact(server.engine, server.url, enrolled, signers)


def test_records_caught_up_after_a_lost_reply_count_as_acknowledged(
    server: Server, enrolled: Path, proxy: FaultProxy
) -> None:
    sign(enrolled, 6, 2)
    route(enrolled, proxy.url)
    proxy.add(Fault(Kind.LOSE_REPLY))
    with pytest.raises(SyncError):
        client.sync(enrolled, attempts=1)
    assert unsent_on(enrolled) == 6
    done = client.sync(enrolled)
    assert done.unsent == 0
    assert done.acknowledged == 6  # "sent 6": all six went from unsent to acknowledged


def test_a_connection_reset_mid_request_stores_nothing_of_it(
    server: Server, enrolled: Path, proxy: FaultProxy
) -> None:
    signers = sign(enrolled, 20, 3)
    route(enrolled, proxy.url)
    reset = proxy.add(Fault(Kind.RESET, after_bytes=8192))
    with pytest.raises(SyncError) as failed:
        client.sync(enrolled, attempts=1)
    assert failed.value.action == "retry"
    assert str(failed.value) == f"no answer from {proxy.url} (ConnectionError)"
    assert reset.hits == 1
    (cut,) = proxy.exchanges(BATCHES)
    assert cut.forwarded == 8192 < cut.length  # the server got part of the body, then nothing
    assert unsent_on(enrolled) == 20
    assert held_by(server.engine, device_of(enrolled)) == []

    done = client.sync(enrolled)
    assert (done.acknowledged, done.unsent, done.acked_through) == (20, 0, 20)
    assert_exact(server.engine, server.url, enrolled, signers)


def test_a_503_is_retried_and_then_reported_as_busy(
    server: Server, enrolled: Path, proxy: FaultProxy
) -> None:
    signers = sign(enrolled, 8, 4)
    route(enrolled, proxy.url)
    busy = proxy.add(Fault(Kind.REFUSE, times=3))
    with pytest.raises(SyncError) as failed:
        client.sync(enrolled, attempts=2)
    assert str(failed.value) == "the server is busy (HTTP 503)"
    assert failed.value.action == "retry"
    assert busy.hits == 2  # tried twice; nothing reached the server
    assert unsent_on(enrolled) == 8
    assert held_by(server.engine, device_of(enrolled)) == []

    # One more 503 on the next sync: its retry goes through, and the user sees it all sent.
    done = client.sync(enrolled, attempts=2)
    assert busy.hits == 3
    assert (done.acknowledged, done.unsent) == (8, 0)
    assert [e.status for e in proxy.exchanges(BATCHES)] == [None, None, None, 200]
    assert_exact(server.engine, server.url, enrolled, signers)


def test_after_a_timeout_the_tablet_asks_before_it_resends(
    server: Server, enrolled: Path, proxy: FaultProxy
) -> None:
    signers = sign(enrolled, 10, 5)
    route(enrolled, proxy.url)
    quick = (5.0, 1.0)  # connect, reply: the proxy holds the reply three times that
    slow = proxy.add(Fault(Kind.DELAY, delay_s=3.0))
    with pytest.raises(SyncError) as failed:
        client.sync(enrolled, attempts=1, timeout=quick)
    assert str(failed.value) == f"no answer from {proxy.url} (ReadTimeout)"
    assert slow.answered.is_set()  # the server committed; the tablet gave up waiting
    assert unsent_on(enrolled) == 10
    (first,) = proxy.exchanges(BATCHES)
    taken = len(held_by(server.engine, device_of(enrolled)))
    assert 0 < taken <= 10

    # Slow again for the next batch: the client times out, asks the server what it holds, and
    # learns that both batches arrived. Nothing crosses the link twice.
    signers += sign(enrolled, 5, 6)
    again = proxy.add(Fault(Kind.DELAY, delay_s=3.0))
    done = client.sync(enrolled, attempts=2, timeout=quick)
    assert again.hits == 1
    assert (done.unsent, done.acked_through) == (0, 15)
    assert [e.status for e in proxy.exchanges(BATCHES)] == [200] * len(proxy.exchanges(BATCHES))
    assert sum(e.length for e in proxy.exchanges(BATCHES)) < 2 * first.length + 15 * 4096
    assert len(held_by(server.engine, device_of(enrolled))) == 15
    assert_exact(server.engine, server.url, enrolled, signers)

"""Faults between the tablet and a real server, through a small TCP proxy of our own (issue 5).

A reply lost after the server committed, a connection reset mid-request, a 503, a server
slower than the client's timeout, the server SIGKILLed mid-batch and restarted, the client
SIGKILLed mid-sync, the kiosk's worker and ``imza sync`` at once. After each, a plain sync
ends with the server holding exactly the tablet's records: none lost, none twice, the chain
verified, the receipt naming the tablet's own head, every signer counted once.
"""

import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, select

from kiosk import audit, simulate
from kiosk.models import Record as TabletRecord
from kiosk.vault import Vault
from sync import client, link
from sync import receipt as receipts
from sync.enrol import enrol
from sync.http import SyncError
from sync.server import counting, enrolment
from sync.server.models import Campaign, Device
from sync.server.models import Record as ServerRecord
from tests.conftest import CampaignKeys
from tests.faultproxy import Fault, FaultProxy, Kind
from tests.kiosk_driver import make_window, release_filters
from tests.serverside import Server, free_port, set_up, spawn, until
from tests.signers import unsent_on

BATCHES = "POST /v1/batches"
WAIT_S = 30.0


@pytest.fixture
def proxy(server: Server) -> Iterator[FaultProxy]:
    """A fault proxy in front of the loopback server."""
    with FaultProxy(_port(server.url)) as p:
        yield p


def _port(url: str) -> int:
    return int(url.rsplit(":", 1)[1])


def _sign(path: Path, count: int, seed: int) -> int:
    """``count`` new signers on the tablet; returns how many were stored."""
    vault = Vault.open(path)
    try:
        return simulate.run(vault, count, 0.0, seed, None, None)["stored"]
    finally:
        vault.close()


def _route(path: Path, url: str) -> None:
    """Point the tablet at ``url`` (the proxy), keeping its token."""
    vault = Vault.open(path)
    try:
        now = link.load(vault.engine)
        assert now is not None
        link.save(vault.engine, link.Link(url, now.token, now.ca_bundle, now.state))
    finally:
        vault.close()


def _device(path: Path) -> str:
    vault = Vault.open(path)
    try:
        return vault.device.id
    finally:
        vault.close()


def _held(engine: Engine, device: str) -> list[tuple[int, bytes]]:
    """What the server holds for ``device``: (seq, record id), in order."""
    with engine.connect() as conn:
        rows = conn.execute(
            select(ServerRecord.seq, ServerRecord.record_id)
            .where(ServerRecord.device_id == device)
            .order_by(ServerRecord.seq)
        ).all()
    return [(seq, bytes(rid)) for seq, rid in rows]


def _cli_sync(path: Path, *extra: str) -> subprocess.Popen[str]:
    """``imza sync`` on ``path`` as its own process."""
    return subprocess.Popen(
        [sys.executable, "-m", "kiosk.cli", "sync", "--data-dir", str(path), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def assert_exact(engine: Engine, url: str, path: Path, signers: int) -> None:
    """The server holds exactly the tablet's chain, acknowledged through its head, counted once."""
    vault = Vault.open(path)
    try:
        with vault.engine.connect() as conn:
            rows = conn.execute(
                select(TabletRecord.seq, TabletRecord.record_id, TabletRecord.chain_hash).order_by(
                    TabletRecord.seq
                )
            ).all()
        ours = [(seq, bytes(rid)) for seq, rid, _ in rows]
        n = len(ours)
        head = bytes(rows[-1].chain_hash)
        assert [seq for seq, _ in ours] == list(range(1, n + 1))
        assert _held(engine, vault.device.id) == ours  # none missing, none twice, same ids
        assert vault.status().unsent == 0
        report = audit.verify(vault.engine, vault.campaign.slug)
        assert report.ok, report.lines()
        assert link.acked_through(vault.engine) == n
        with engine.connect() as conn:
            held_head = conn.execute(
                select(Device.head_seq, Device.head).where(Device.id == vault.device.id)
            ).one()
        assert (held_head.head_seq, bytes(held_head.head)) == (n, head)
        # The server's own word, as the tablet hears it: a signed receipt through our head.
        ours_link = link.load(vault.engine)
        assert ours_link is not None
        reply = requests.get(
            f"{url}/v1/devices/me",
            headers={"Authorization": f"Bearer {ours_link.token}"},
            timeout=10,
        )
        assert reply.status_code == 200
        signed = receipts.decode(bytes.fromhex(reply.json()["receipt"]))
        assert vault.campaign.keys is not None
        assert vault.campaign.keys.receipt_public is not None
        receipts.verify(signed, vault.campaign.keys.receipt_public)
        assert (signed.device, signed.through_seq, signed.head) == (vault.device.id, n, head)
    finally:
        vault.close()
    counting.drain(engine)
    with engine.connect() as conn:
        assert conn.scalar(select(Campaign.unique_signers)) == signers


# -- faults on one request ---------------------------------------------------------------------


def test_a_reply_lost_after_the_server_committed(
    server: Server, enrolled: Path, proxy: FaultProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    # One batch on the wire at a time, so that "the second batch" is always the same one.
    monkeypatch.setattr(client, "IN_FLIGHT", 1)
    signers = _sign(enrolled, 12, 1)
    _route(enrolled, proxy.url)
    lost = proxy.add(Fault(Kind.LOSE_REPLY, skip=1))  # the second batch's receipt
    with pytest.raises(SyncError) as failed:
        client.sync(enrolled, batch_size=5, attempts=1)
    assert failed.value.action == "retry"
    assert str(failed.value).startswith(f"no answer from {proxy.url}")
    assert lost.answered.is_set()
    assert [e.status for e in proxy.exchanges(BATCHES)] == [200, 200]  # both committed
    assert unsent_on(enrolled) == 7  # the tablet knows of the first batch only
    assert len(_held(server.engine, _device(enrolled))) == 10

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
    _sign(enrolled, 6, 2)
    _route(enrolled, proxy.url)
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
    signers = _sign(enrolled, 20, 3)
    _route(enrolled, proxy.url)
    reset = proxy.add(Fault(Kind.RESET, after_bytes=8192))
    with pytest.raises(SyncError) as failed:
        client.sync(enrolled, attempts=1)
    assert failed.value.action == "retry"
    assert str(failed.value) == f"no answer from {proxy.url} (ConnectionError)"
    assert reset.hits == 1
    (cut,) = proxy.exchanges(BATCHES)
    assert cut.forwarded == 8192 < cut.length  # the server got part of the body, then nothing
    assert unsent_on(enrolled) == 20
    assert _held(server.engine, _device(enrolled)) == []

    done = client.sync(enrolled)
    assert (done.acknowledged, done.unsent, done.acked_through) == (20, 0, 20)
    assert_exact(server.engine, server.url, enrolled, signers)


def test_a_503_is_retried_and_then_reported_as_busy(
    server: Server, enrolled: Path, proxy: FaultProxy
) -> None:
    signers = _sign(enrolled, 8, 4)
    _route(enrolled, proxy.url)
    busy = proxy.add(Fault(Kind.REFUSE, times=3))
    with pytest.raises(SyncError) as failed:
        client.sync(enrolled, attempts=2)
    assert str(failed.value) == "the server is busy (HTTP 503)"
    assert failed.value.action == "retry"
    assert busy.hits == 2  # tried twice; nothing reached the server
    assert unsent_on(enrolled) == 8
    assert _held(server.engine, _device(enrolled)) == []

    # One more 503 on the next sync: its retry goes through, and the user sees it all sent.
    done = client.sync(enrolled, attempts=2)
    assert busy.hits == 3
    assert (done.acknowledged, done.unsent) == (8, 0)
    assert [e.status for e in proxy.exchanges(BATCHES)] == [None, None, None, 200]
    assert_exact(server.engine, server.url, enrolled, signers)


def test_a_server_slower_than_the_timeout_is_resent_to_and_holds_it_once(
    server: Server, enrolled: Path, proxy: FaultProxy
) -> None:
    signers = _sign(enrolled, 10, 5)
    _route(enrolled, proxy.url)
    quick = (5.0, 1.0)  # connect, read: the proxy holds the reply three times that
    slow = proxy.add(Fault(Kind.DELAY, delay_s=3.0))
    with pytest.raises(SyncError) as failed:
        client.sync(enrolled, attempts=1, timeout=quick)
    assert str(failed.value) == f"no answer from {proxy.url} (ReadTimeout)"
    assert slow.answered.is_set()  # the server committed; the tablet gave up waiting
    assert unsent_on(enrolled) == 10
    assert len(_held(server.engine, _device(enrolled))) == 10

    # Slow again for the next batch: the client times out, resends the same bytes, and the
    # server takes them as held already.
    signers += _sign(enrolled, 5, 6)
    again = proxy.add(Fault(Kind.DELAY, delay_s=3.0))
    done = client.sync(enrolled, attempts=2, timeout=quick)
    assert again.hits == 1
    assert (done.unsent, done.acked_through) == (0, 15)
    first, resent = proxy.exchanges(BATCHES)[1:]
    assert first.length == resent.length
    assert (first.status, resent.status) == (200, 200)
    assert_exact(server.engine, server.url, enrolled, signers)


# -- processes killed ---------------------------------------------------------------------------


def _answers(url: str, slug: str) -> bool:
    try:
        return requests.get(f"{url}/v1/campaigns/{slug}/progress", timeout=2).status_code == 200
    except requests.RequestException:
        return False


@pytest.mark.slow
@pytest.mark.parametrize("moment", ["in flight", "committed"])
def test_the_server_sigkilled_mid_batch_and_restarted_loses_nothing(
    server_database: str, keys: CampaignKeys, tmp_path: Path, moment: str
) -> None:
    engine, camp = set_up(server_database, keys.campaign_file, tmp_path / "issued.toml")
    port, log = free_port(), tmp_path / "serve.log"
    url = f"http://127.0.0.1:{port}"
    procs: list[subprocess.Popen[bytes]] = []
    try:
        procs.append(spawn(server_database, port, log))
        until(lambda: _answers(url, camp.slug), WAIT_S, "the server to start")
        path = tmp_path / "tablet"
        enrol(path, url, enrolment.make_code(engine, camp.slug, 24, True).text)
        signers = _sign(path, 1000, 7)
        with FaultProxy(port) as proxy:
            _route(path, proxy.url)
            cut = proxy.add(Fault(Kind.LOSE_REPLY))
            errors: list[SyncError] = []

            def run() -> None:
                try:
                    client.sync(path, batch_size=1000, attempts=1)
                except SyncError as exc:
                    errors.append(exc)

            syncing = threading.Thread(target=run)
            syncing.start()
            if moment == "in flight":  # the whole batch sent, the server at work on it
                until(cut.forwarded.is_set, WAIT_S, "the whole batch to reach the server")
            else:  # the server committed and answered; its reply never reached the tablet
                until(cut.answered.is_set, WAIT_S, "the server to store the batch")
            procs[-1].send_signal(signal.SIGKILL)
            assert procs[-1].wait(WAIT_S) == -signal.SIGKILL
            syncing.join(WAIT_S)
            assert [e.action for e in errors] == ["retry"]
            assert str(errors[0]).startswith(f"no answer from {proxy.url}")
            assert unsent_on(path) == 1000
            # All of the batch or none of it: a transaction killed midway leaves nothing.
            held = len(_held(engine, _device(path)))
            assert held == 1000 if moment == "committed" else held in (0, 1000)

            procs.append(spawn(server_database, port, log))
            until(lambda: _answers(url, camp.slug), WAIT_S, "the server to restart")
            done = client.sync(path, batch_size=1000)
            assert (done.unsent, done.acked_through) == (0, 1000)
        assert_exact(engine, url, path, signers)
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
            proc.wait()
        engine.dispose()


@pytest.mark.slow
def test_the_client_sigkilled_mid_sync_resumes_where_the_server_is(
    server: Server, enrolled: Path, proxy: FaultProxy
) -> None:
    signers = _sign(enrolled, 30, 8)
    _route(enrolled, proxy.url)
    held = proxy.add(Fault(Kind.HOLD, skip=1))  # the second batch: committed, reply held
    cli = _cli_sync(enrolled, "--batch-size", "10")
    try:
        until(held.answered.is_set, WAIT_S, "the second batch to be committed")
    finally:
        cli.send_signal(signal.SIGKILL)
        cli.communicate(timeout=WAIT_S)
    assert cli.returncode == -signal.SIGKILL
    held.release.set()  # the reply goes to a dead process
    # Two batches travel at once: the held reply is the first or the second to arrive, and
    # the batch beside it may have been stored too. The tablet never knows more than it has
    # a receipt for, and the server never holds less than that.
    unsent = unsent_on(enrolled)
    assert unsent in (20, 30)  # as the tablet's own screen would say
    assert len(_held(server.engine, _device(enrolled))) >= 30 - unsent + 10

    # The dead process's lock went with it: a plain sync starts at once and catches up.
    done = client.sync(enrolled, batch_size=10, wait_for_lock=0.0)
    assert (done.unsent, done.acked_through) == (0, 30)
    # Each batch was stored once; none the server answered was sent again.
    assert sum(e.status == 200 for e in proxy.exchanges(BATCHES)) == 3
    assert_exact(server.engine, server.url, enrolled, signers)


def _has_open(pid: int, path: Path) -> bool:
    """Process ``pid`` holds ``path`` open (Linux: its /proc fd links)."""
    fds = Path(f"/proc/{pid}/fd")
    try:
        return any(os.readlink(fd) == os.path.realpath(path) for fd in fds.iterdir())
    except OSError:  # a descriptor closed while we looked
        return False


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_the_kiosk_worker_and_imza_sync_at_once(
    qtbot: QtBot, server: Server, enrolled: Path, proxy: FaultProxy
) -> None:
    signers = _sign(enrolled, 40, 9)
    _route(enrolled, proxy.url)
    # `imza sync` first: it holds the sync lock while its first reply is held.
    first = proxy.add(Fault(Kind.HOLD))
    cli = _cli_sync(enrolled, "--batch-size", "10")
    try:
        until(first.answered.is_set, WAIT_S, "imza sync to send its first batch")
    except BaseException:
        cli.kill()
        cli.communicate()
        raise
    vault = Vault.open(enrolled)
    window = make_window(qtbot, vault)
    try:
        window.start_sync(first_ms=0, attempts=1, backoff_base_ms=200, backoff_cap_ms=400)
        strip = window.strip
        qtbot.waitUntil(
            lambda: strip.problem.text() == "Another sync is running; will try again",
            timeout=int(WAIT_S * 1000),
        )
        first.release.set()
        out, err = cli.communicate(timeout=WAIT_S)
        assert cli.returncode == 0, err
        assert "all sent (acknowledged through 40)" in out
        qtbot.waitUntil(
            lambda: strip.unsent.text() == "Unsent: 0" and not strip.problem.isVisible(),
            timeout=int(WAIT_S * 1000),
        )

        # Now the kiosk's worker first: `imza sync` waits for the lock, then finds it all sent.
        signers += simulate.run(window.ctx.vault, 10, 0.0, 10, None, None)["stored"]
        strip.refresh()
        assert strip.unsent.text() == "Unsent: 10"
        second = proxy.add(Fault(Kind.HOLD))
        assert window.sync is not None
        window.sync.request()
        until(second.answered.is_set, WAIT_S, "the worker to send its batch")
        cli = _cli_sync(enrolled)
        until(lambda: _has_open(cli.pid, enrolled / "sync.lock"), WAIT_S, "imza sync to wait")
        assert cli.poll() is None
        second.release.set()
        out, err = cli.communicate(timeout=WAIT_S)
        assert cli.returncode == 0, err
        assert "all sent (acknowledged through 50)" in out
        qtbot.waitUntil(
            lambda: strip.unsent.text() == "Unsent: 0" and not strip.problem.isVisible(),
            timeout=int(WAIT_S * 1000),
        )
    finally:
        if cli.poll() is None:
            cli.kill()
            cli.communicate()
        window.stop_sync()
        release_filters(window)
        vault.close()
    assert_exact(server.engine, server.url, enrolled, signers)

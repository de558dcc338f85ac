"""Processes killed while syncing (issue 5): the server SIGKILLed mid-batch and restarted, the
client SIGKILLed mid-sync, the kiosk's worker and ``imza sync`` at once. Afterwards the server
holds exactly the tablet's records, each counted once.
"""

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import requests
from pytestqt.qtbot import QtBot

from kiosk import simulate
from kiosk.vault import Vault
from sync import client, outbox, pace
from sync.enrol import enrol
from sync.http import SyncError
from sync.server import enrolment
from tests.conftest import CampaignKeys
from tests.faultproxy import Fault, FaultProxy, Kind
from tests.kiosk_driver import make_window, release_filters
from tests.serverside import Server, free_port, set_up, spawn, until
from tests.signers import unsent_on
from tests.syncside import (
    BATCHES,
    WAIT_S,
    assert_exact,
    cli_sync,
    device_of,
    held_by,
    payload,
    route,
    sign,
)


def _first_batch(path: Path, most: int = 1000) -> int:
    """How many records a sync's first batch carries (small: the link is not known yet)."""
    vault = Vault.open(path)
    try:
        batch = outbox.batch_from(vault, 1, most, pace.FIRST_BYTES)
        assert batch is not None
        return len(batch.records)
    finally:
        vault.close()


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
        signers = sign(path, 1000, 7)
        with FaultProxy(port) as proxy:
            route(path, proxy.url)
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
            held = len(held_by(engine, device_of(path)))
            batch = _first_batch(path)
            assert held == batch if moment == "committed" else held in (0, batch)

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
    signers = sign(enrolled, 30, 8)
    route(enrolled, proxy.url)
    held = proxy.add(Fault(Kind.HOLD, skip=1))  # the second batch: committed, reply held
    cli = cli_sync(enrolled, "--batch-size", "10")
    try:
        until(held.answered.is_set, WAIT_S, "the second batch to be committed")
    finally:
        cli.send_signal(signal.SIGKILL)
        cli.communicate(timeout=WAIT_S)
    assert cli.returncode == -signal.SIGKILL
    held.release.set()  # the reply goes to a dead process
    # The batch beside it may still be on its way to the server: the tablet's next sync
    # would find it not yet stored and send it again (harmless, but not what is measured)
    until(proxy.quiet, WAIT_S, "the server to answer what reached it")
    # Two batches travel at once on two connections: the one held is whichever of them the
    # proxy sees second, and the one beside it may have been stored and acknowledged too.
    # The tablet never knows more than it has a receipt for, and the server holds more than
    # that: the held batch is committed, its receipt lost with the process.
    unsent = unsent_on(enrolled)
    first = _first_batch(enrolled, 10)
    assert 0 < unsent <= 30 - first  # the first batch was acknowledged before two went out
    assert len(held_by(server.engine, device_of(enrolled))) > 30 - unsent

    # The dead process's lock went with it: a plain sync starts at once and catches up.
    done = client.sync(enrolled, batch_size=10, wait_for_lock=0.0)
    assert (done.unsent, done.acked_through) == (0, 30)
    # Each batch was stored once; none the server answered was sent again.
    stored = sum(e.length for e in proxy.exchanges(BATCHES) if e.status == 200)
    assert stored < 1.1 * payload(enrolled)
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
    signers = sign(enrolled, 40, 9)
    route(enrolled, proxy.url)
    # `imza sync` first: it holds the sync lock while its first reply is held.
    first = proxy.add(Fault(Kind.HOLD))
    cli = cli_sync(enrolled, "--batch-size", "10")
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
        cli = cli_sync(enrolled)
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

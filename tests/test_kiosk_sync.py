"""The kiosk syncs in the background: the welcome counter takes the server's figure, the UI
thread never waits, a failure is shown in plain words, a fork renews the tablet's identity."""

import shutil
import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QThread, QTimer
from PySide6.QtNetwork import QNetworkInformation
from pytestqt.qtbot import QtBot

from kiosk.device import load_or_create
from kiosk.vault import Stored, Vault
from sync import client, link
from sync.server import counting
from tests.conftest import form_with
from tests.kiosk_driver import QUICK, make_window, release_filters, tap
from tests.linkproxy import LinkProxy, Shape
from tests.serverside import Server, free_port
from tests.signers import sign
from tests.syncside import route
from ui.window import KioskWindow

SERVER_WAIT_MS = 30_000
Reach = QNetworkInformation.Reachability


def _heard(server: Server, path: Path) -> None:
    """Send everything, let the server count it, and hear its figure."""
    client.sync(path)
    counting.drain(server.engine)
    client.sync(path)


@pytest.fixture
def kiosk(qtbot: QtBot) -> Iterator[Callable[[Path], KioskWindow]]:
    """Kiosk windows on data dirs; the sync thread stopped and the stores closed after."""
    opened: list[tuple[KioskWindow, Vault]] = []

    def make(path: Path) -> KioskWindow:
        vault = Vault.open(path)
        window = make_window(qtbot, vault)
        opened.append((window, vault))
        # No idle reset or dimming halfway through a test that waits for a server.
        window.ctx.settings = replace(QUICK, idle_seconds=600, reading_idle_seconds=600)
        window.reset()
        return window

    yield make
    for window, vault in opened:
        window.stop_sync()
        release_filters(window)
        if window.ctx.vault is not vault:  # a new identity after a fork
            window.ctx.vault.close()
        vault.close()


def _language_button(window: KioskWindow, code: str) -> Any:
    return next(b for b in window.welcome.languages.buttons() if b.property("code") == code)


def test_the_counter_moves_to_the_servers_figure_while_the_ui_thread_stays_responsive(
    qtbot: QtBot,
    server: Server,
    enrolled: Path,
    kiosk: Callable[[Path], KioskWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sign(enrolled, 30, 1)
    _heard(server, enrolled)
    sign(enrolled, 5, 2)  # signed since: not yet on the server
    real_sync, gate, inside = client.sync, threading.Event(), threading.Event()
    threads: set[int] = set()

    def gated(path: Path, *args: Any, **kwargs: Any) -> client.Outcome:
        threads.add(threading.get_ident())
        inside.set()
        assert gate.wait(SERVER_WAIT_MS / 1000)  # a slow network, held open by the test
        return real_sync(path, *args, **kwargs)

    monkeypatch.setattr(client, "sync", gated)
    w = kiosk(enrolled)
    assert w.sync is not None
    # Offline at start, the last figure heard is shown with what the server has not got.
    counter = w.welcome.counter
    assert counter.text().startswith("At least 30 signatures as of ")
    assert counter.text().endswith(" + 5 on this tablet.")

    w.sync.request()
    qtbot.waitUntil(inside.is_set, timeout=SERVER_WAIT_MS)
    # The sync is under way on its own thread; the UI thread goes on living meanwhile.
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    qtbot.waitUntil(lambda: len(ticks) >= 10)
    timer.stop()
    qtbot.waitUntil(lambda: w.strip.sending.isVisibleTo(w.strip))
    tap(qtbot, w, _language_button(w, "ru"))
    assert counter.text().startswith("Не менее 30 подписей по состоянию на ")
    tap(qtbot, w, _language_button(w, "en"))
    assert not gate.is_set()  # all of that while the sync was held
    assert threading.get_ident() not in threads

    gate.set()
    qtbot.waitUntil(lambda: w.strip.unsent.text() == "Unsent: 0", timeout=SERVER_WAIT_MS)
    assert not w.strip.sending.isVisibleTo(w.strip)
    assert not w.strip.problem.isVisibleTo(w.strip)
    counting.drain(server.engine)  # the server counts in the background; now, for the test
    w.sync.request()
    qtbot.waitUntil(
        lambda: counter.text().startswith("At least 35 signatures as of "),
        timeout=SERVER_WAIT_MS,
    )
    assert "on this tablet" not in counter.text()  # nothing left unsent
    assert w.welcome.progress.value() == 35
    assert link.progress(w.ctx.vault.engine) == w.welcome.server


def test_a_signature_is_sent_soon_after_it_is_stored(
    qtbot: QtBot, server: Server, enrolled: Path, kiosk: Callable[[Path], KioskWindow]
) -> None:
    w = kiosk(enrolled)
    assert w.sync is not None
    w.sync.reachability_changed(Reach.Online)
    stored = w.ctx.vault.submit(form_with())
    assert isinstance(stored, Stored)
    w.strip.refresh()
    assert (w.strip.unsent.text(), w.strip.sync.text()) == ("Unsent: 1", "Never synced")
    w.signed.emit()  # as the window does after "Confirm and sign"
    qtbot.waitUntil(lambda: w.ctx.vault.status().unsent == 0, timeout=SERVER_WAIT_MS)
    qtbot.waitUntil(lambda: w.strip.sync.text().startswith("Last sync: "))
    assert w.strip.unsent.text() == "Unsent: 0"


def test_no_server_is_said_in_plain_words_and_the_network_coming_back_retries(
    qtbot: QtBot, server: Server, enrolled: Path, kiosk: Callable[[Path], KioskWindow]
) -> None:
    sign(enrolled, 3, 3)
    vault = Vault.open(enrolled)
    real = link.load(vault.engine)
    assert real is not None
    link.save(
        vault.engine, link.Link(f"http://127.0.0.1:{free_port()}", real.token, None, "approved")
    )
    vault.close()
    w = kiosk(enrolled)
    w.start_sync(first_ms=0, attempts=1)  # no waiting between attempts in a test
    assert w.sync is not None
    qtbot.waitUntil((lambda: w.strip.problem.isVisibleTo(w.strip)), timeout=SERVER_WAIT_MS)
    assert w.strip.problem.text() == "Not sent: no connection to the server; will try again"
    w.ctx.languages.switch("az-Latn")
    assert w.strip.problem.text().startswith("Göndərilmədi")
    w.ctx.languages.switch("en")

    link.save(w.ctx.vault.engine, real)
    w.sync.reachability_changed(Reach.Disconnected)
    w.sync.request()  # known offline: a signature does not knock; the backoff holds anyway
    w.sync.reachability_changed(Reach.Online)  # the network is back: at once, backoff or not
    qtbot.waitUntil(lambda: w.strip.unsent.text() == "Unsent: 0", timeout=SERVER_WAIT_MS)
    assert not w.strip.problem.isVisibleTo(w.strip)


def test_a_tablet_never_enrolled_starts_no_sync_and_counts_as_before(
    qtbot: QtBot, tablet: Path, tmp_path: Path, kiosk: Callable[[Path], KioskWindow]
) -> None:
    sign(tablet, 3, 4)
    for path in (tablet, tmp_path / "demo"):  # set up but not enrolled; a DEMO data dir
        w = kiosk(path)
        assert w.sync is None
        assert w.findChildren(QThread) == []
        assert w.welcome.server is None
        expected = "3 signatures" if path == tablet else "0 signatures"
        assert w.welcome.counter.text() == f"{expected} on this tablet so far."
        w.signed.emit()  # a stored signature asks nobody to send it
        assert not w.strip.problem.isVisibleTo(w.strip)
        assert not w.strip.sending.isVisibleTo(w.strip)


def test_a_fork_renews_the_identity_once_nobody_is_signing(
    qtbot: QtBot,
    server: Server,
    enrolled: Path,
    tmp_path: Path,
    kiosk: Callable[[Path], KioskWindow],
) -> None:
    sign(enrolled, 10, 5)
    client.sync(enrolled)
    backup = tmp_path / "backup"
    shutil.copytree(enrolled, backup)  # a tablet restored from yesterday's backup
    sign(enrolled, 4, 6)
    sign(backup, 3, 7)
    client.sync(enrolled)
    old_id = load_or_create(backup).id
    w = kiosk(backup)
    assert w.sync is not None
    old_vault = w.ctx.vault
    tap(qtbot, w, w.welcome.sign)  # someone is signing: nothing is renewed under them
    w.sync.sync_now()  # a coordinator's "Sync now" goes even then (a timer's would wait)
    qtbot.waitUntil(lambda: w.sync is not None and w.sync.fork, timeout=SERVER_WAIT_MS)
    assert w.strip.problem.text().startswith("Not sent: this tablet renews its identity")
    assert w.ctx.vault is old_vault
    assert load_or_create(backup).id == old_id

    w.go(w.welcome)  # the signer is done: now
    qtbot.waitUntil(lambda: w.ctx.vault is not old_vault, timeout=SERVER_WAIT_MS)
    assert load_or_create(backup).id != old_id
    assert (backup / "forked").is_dir()  # the old chain is kept aside
    assert w.stack.isEnabled()
    assert w.sync.renewing is None
    assert w.current() is w.welcome
    stored = w.ctx.vault.submit(form_with())
    assert isinstance(stored, Stored)
    assert stored.seq == 1  # a new chain
    w.signed.emit()
    qtbot.waitUntil(lambda: w.ctx.vault.status().unsent == 0, timeout=SERVER_WAIT_MS)
    qtbot.waitUntil(lambda: not w.strip.problem.isVisibleTo(w.strip))


def test_a_busy_server_is_not_called_no_connection(
    qtbot: QtBot, server: Server, enrolled: Path, kiosk: Callable[[Path], KioskWindow]
) -> None:
    from tests.faultproxy import Fault, FaultProxy, Kind

    sign(enrolled, 2, 5)
    with FaultProxy(int(server.url.rsplit(":", 1)[1])) as proxy:
        vault = Vault.open(enrolled)
        real = link.load(vault.engine)
        assert real is not None
        link.save(vault.engine, link.Link(proxy.url, real.token, None, "approved"))
        vault.close()
        proxy.add(Fault(Kind.REFUSE, match="GET /v1/devices/me", times=1))
        w = kiosk(enrolled)
        w.start_sync(first_ms=0, attempts=1)
        qtbot.waitUntil((lambda: w.strip.problem.isVisibleTo(w.strip)), timeout=SERVER_WAIT_MS)
        assert w.strip.problem.text() == "Not sent: the server is busy; will try again"
        w.stop_sync()


@pytest.mark.parametrize("server_database", ["sqlite"], indirect=True)
def test_on_a_slow_link_the_strip_says_how_far_and_that_it_is_slow(
    qtbot: QtBot,
    kiosk: Callable[[Path], KioskWindow],
    server: Server,
    enrolled: Path,
    tmp_path: Path,
) -> None:
    sign(enrolled, 40)  # about 150 KB: twelve seconds at 100 kbit/s
    edge = Shape(rate_bps=100_000, connect_s=0.3, buffer=256 * 1024)
    with LinkProxy(int(server.url.rsplit(":", 1)[1]), edge) as slow_link:
        route(enrolled, slow_link.url)
        w = kiosk(enrolled)
        w.start_sync(first_ms=0, attempts=1)
        assert w.sync is not None
        shown: list[str] = []  # what the strip said at each step (it updates first)
        w.sync.worker.progress.connect(lambda *_: shown.append(w.strip.sending.text()))
        qtbot.waitUntil(lambda: any("slow connection" in t for t in shown), timeout=SERVER_WAIT_MS)
        assert shown[0].startswith("Sending ")  # a count from the first batch on
        assert any(t.startswith("Sending ") and " of 40 — slow connection" in t for t in shown)
        qtbot.waitUntil(lambda: w.strip.unsent.text() == "Unsent: 0", timeout=SERVER_WAIT_MS)
        w.stop_sync()


def test_a_daily_data_limit_used_up_is_said_and_nothing_is_sent(
    qtbot: QtBot, server: Server, enrolled: Path, kiosk: Callable[[Path], KioskWindow]
) -> None:
    sign(enrolled, 3, 4)
    w = kiosk(enrolled)
    w.start_sync(first_ms=0, attempts=1, daily_bytes=1_000)  # less than the smallest batch
    assert w.sync is not None
    qtbot.waitUntil((lambda: w.strip.problem.isVisibleTo(w.strip)), timeout=SERVER_WAIT_MS)
    assert w.strip.problem.text() == (
        "Not sent: today's data limit is used up; sending resumes tomorrow"
    )
    assert w.strip.unsent.text() == "Unsent: 3"
    assert link.used_today(w.ctx.vault.engine) == 0  # not even a question to the server


def test_no_sync_starts_while_a_signer_is_signing(
    qtbot: QtBot, server: Server, enrolled: Path, kiosk: Callable[[Path], KioskWindow]
) -> None:
    sign(enrolled, 1, 5)
    w = kiosk(enrolled)
    w.start_sync(first_ms=0, attempts=1)
    assert w.sync is not None
    worker = w.sync.worker
    qtbot.waitUntil(lambda: w.ctx.vault.status().unsent == 0, timeout=SERVER_WAIT_MS)
    tap(qtbot, w, w.welcome.sign)  # a signer begins
    sign(enrolled, 3, 6)  # signatures waiting to go (as if from earlier)
    with qtbot.assertNotEmitted(worker.started, wait=1500):
        w.sync.request()  # the five-minute timer
    assert w.ctx.vault.status().unsent == 3
    with qtbot.waitSignal(worker.started, timeout=SERVER_WAIT_MS):
        w.reset()  # the signer walked away: the idle timeout takes the kiosk back to welcome
    qtbot.waitUntil(lambda: w.ctx.vault.status().unsent == 0, timeout=SERVER_WAIT_MS)

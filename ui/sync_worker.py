"""The kiosk's background sync: a worker on its own QThread, and the window's side of it.

``SyncWorker`` tries soon after start, on a timer, after each signature and when the network
comes back; one sync at a time, and requests that pile up make one sync, not one each. After a
failure it waits longer each time (capped, with jitter, so tablets that come online together
do not knock at once). It reports only through signals: no screen ever waits for it.

``KioskSync`` lives on the UI thread: it starts and stops the thread, listens to the network,
passes results to the welcome counter and the status strip, and renews the tablet's identity
after a fork at a moment when nobody is signing. A DEMO or never-enrolled tablet gets neither:
it works offline as before.
"""

import logging
import random
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot
from PySide6.QtNetwork import QNetworkInformation

from kiosk.vault import Vault
from sync import client, fork, link
from sync.http import SyncError
from sync.lock import BusyError
from ui.widgets.paused import PausedOverlay

if TYPE_CHECKING:
    from ui.window import KioskWindow

log = logging.getLogger(__name__)

INTERVAL_MS = 5 * 60_000
FIRST_MS = 2_000  # the first try waits until the welcome screen is up, not during the start
BACKOFF_BASE_MS = 30_000
BACKOFF_CAP_MS = 30 * 60_000
TIMEOUT = (5.0, 30.0)  # connect, read: also how long closing the kiosk may wait for a reply
REACHABLE = (QNetworkInformation.Reachability.Online, QNetworkInformation.Reachability.Site)


def backoff_ms(failures: int, base_ms: int, cap_ms: int) -> int:
    """The wait before the next try: doubling, capped, a random half to all of it."""
    delay = min(cap_ms, base_ms * 2 ** max(0, failures - 1))
    return int(random.uniform(delay / 2, delay))  # noqa: S311 - jitter, not a secret


class SyncWorker(QObject):
    """Runs ``sync.client.sync`` on its own thread; create it, then ``moveToThread``."""

    started = Signal()
    progress = Signal(int, int, bool)  # records sent, of, a slow connection
    finished = Signal(object)  # sync.client.Outcome
    failed = Signal(str, str)  # message (English, for the log), action (retry, wait, ...)
    # at least, goal, as of: milliseconds since the epoch, too big for Signal(int)'s C int
    server_count = Signal(int, int, object)
    recovered = Signal(str)  # the new device id after a fork
    recovery_failed = Signal(str, str)

    def __init__(
        self,
        path: Path,
        interval_ms: int = INTERVAL_MS,
        *,
        first_ms: int = FIRST_MS,
        backoff_base_ms: int = BACKOFF_BASE_MS,
        backoff_cap_ms: int = BACKOFF_CAP_MS,
        batch_size: int = client.BATCH,
        attempts: int = 5,
        daily_bytes: int = 0,
    ) -> None:
        super().__init__()  # no parent: it moves to its thread
        self.path = path
        self.interval_ms, self.first_ms = interval_ms, first_ms
        self.backoff_base_ms, self.backoff_cap_ms = backoff_base_ms, backoff_cap_ms
        self.batch_size, self.attempts = batch_size, attempts
        self.daily_bytes = daily_bytes  # mobile data a day for sync (0: no limit)
        self._stopping = threading.Event()
        self._cancel = threading.Event()  # this sync only: set by stop, or a coordinator
        self._failures = 0
        self._halted = False  # after a fork: no sync until the identity is renewed
        self._next: QTimer | None = None
        self._every: QTimer | None = None

    def cancel(self) -> None:
        """From any thread: end a sync's waiting at once and start no other."""
        self._stopping.set()
        self._cancel.set()

    def cancel_current(self) -> None:
        """From any thread: a coordinator pressed Cancel; the timer tries again later."""
        self._cancel.set()

    def arm(self) -> None:
        """From any thread, before asking for a sync: a Cancel pressed after this ends it."""
        self._cancel.clear()

    @Slot()
    def begin(self) -> None:
        """On the worker thread once it runs, so the timers live there."""
        self._next = QTimer(self)
        self._next.setSingleShot(True)
        self._next.timeout.connect(self._attempt)
        self._every = QTimer(self)
        self._every.timeout.connect(self.request)
        self._every.start(self.interval_ms)
        self._next.start(self.first_ms)

    @Slot()
    def request(self) -> None:
        """Sync soon. After a failure the backoff says when, not the number of requests."""
        if self._next is None or self._halted or self._stopping.is_set():
            return
        if self._failures and self._next.isActive():
            return
        self._cancel.clear()
        self._next.start(0)  # restarting a due timer: many requests, one sync

    @Slot()
    def sync_now(self) -> None:
        """The network came back: try at once, whatever the backoff said."""
        if self._next is not None and not self._halted and not self._stopping.is_set():
            self._next.start(0)

    @Slot()
    def stop(self) -> None:
        self.cancel()
        for timer in (self._next, self._every):
            if timer is not None:
                timer.stop()
        self.thread().quit()

    def _back_off(self) -> None:
        self._failures += 1
        if self._next is not None:
            self._next.start(backoff_ms(self._failures, self.backoff_base_ms, self.backoff_cap_ms))

    def _attempt(self) -> None:
        if self._halted or self._stopping.is_set():
            return
        self.started.emit()
        try:
            outcome = client.sync(
                self.path,
                self.batch_size,
                attempts=self.attempts,
                timeout=TIMEOUT,
                cancel=self._cancel,
                on_progress=self.progress.emit,
                daily_bytes=self.daily_bytes,
            )
        except BusyError as exc:  # `imza sync` in a terminal, say: later
            self._back_off()
            self.failed.emit(str(exc), "busy")
            return
        except SyncError as exc:
            if exc.code == "cancelled":
                if not self._stopping.is_set():
                    self.failed.emit(str(exc), "cancelled")
                return
            if exc.action == "re-enrol":  # a fork: KioskSync renews the identity
                self._halted = True
            elif exc.action in ("retry", "wait"):
                self._back_off()
            # 503: up but busy, not "no connection"; a data cap: tomorrow, not the campaign lead
            shown = {"busy": "server-busy", "data_cap": "data-cap"}.get(exc.code, exc.action)
            self.failed.emit(str(exc), shown)
            return
        except Exception as exc:  # a disk or database fault must not end syncing for good
            log.exception("sync failed")
            self._back_off()
            self.failed.emit(str(exc) or type(exc).__name__, "retry")
            return
        self._failures = 0
        self.finished.emit(outcome)
        if outcome.progress is not None:
            p = outcome.progress
            self.server_count.emit(p.at_least, p.goal, p.as_of_ms)

    @Slot()
    def recover(self) -> None:
        """After a fork, with no store open on the data dir: a new device identity."""
        try:
            device = fork.recover(self.path, TIMEOUT)
        except SyncError as exc:
            self.recovery_failed.emit(str(exc), exc.action)
        except BusyError as exc:
            self.recovery_failed.emit(str(exc), "busy")
        except Exception as exc:  # the data dir is not as it should be: a person must look
            log.exception("renewing the device identity failed")
            self.recovery_failed.emit(str(exc) or type(exc).__name__, "fix")
        else:
            self._halted, self._failures = False, 0
            self.recovered.emit(device)


class RenewingOverlay(PausedOverlay):
    """Over the kiosk for the seconds a new identity takes: nothing under it can be touched."""

    def retranslate(self) -> None:
        self.text.setText(self.tr("One moment, please: this tablet is renewing its connection."))


def start(
    window: "KioskWindow", interval_ms: int | None = None, **worker: int
) -> "KioskSync | None":
    """Background sync for the window's tablet (its interval and batch size from imza.toml);
    None for a DEMO or never-enrolled tablet."""
    vault = window.ctx.vault
    if vault.demo or link.load(vault.engine) is None:
        return None
    config = window.ctx.config
    worker.setdefault("batch_size", config.batch_size)
    worker.setdefault("daily_bytes", config.sync_daily_megabytes * 1_000_000)
    every = interval_ms if interval_ms is not None else config.sync_interval_minutes * 60_000
    return KioskSync(window, SyncWorker(vault.path, every, **worker))


class KioskSync(QObject):
    """The UI thread's side: the thread, the network, the results on screen, a fork."""

    _request = Signal()
    _now = Signal()
    _recover = Signal()
    _stop = Signal()

    def __init__(self, window: "KioskWindow", worker: SyncWorker) -> None:
        super().__init__(window)
        self.window, self.worker, self.path = window, worker, worker.path
        self.worker_thread = QThread(self)
        self.worker_thread.setObjectName("sync")
        worker.moveToThread(self.worker_thread)
        self.worker_thread.started.connect(worker.begin)
        self.worker_thread.finished.connect(worker.deleteLater)
        for signal, slot in (
            (self._request, worker.request),
            (self._now, worker.sync_now),
            (self._recover, worker.recover),
            (self._stop, worker.stop),
            (worker.started, self._started),
            (worker.progress, self._progress),
            (worker.finished, self._finished),
            (worker.failed, self._failed),
            (worker.server_count, self._server_count),
            (worker.recovered, self._recovered),
            (worker.recovery_failed, self._recovery_failed),
        ):
            signal.connect(slot)
        window.signed.connect(self.request)
        window.screen_changed.connect(self._screen_changed)
        self.running = True
        self.fork = False  # reported; the identity is renewed at the next quiet moment
        self.renewing: RenewingOverlay | None = None
        self._fork_failures = 0
        self._fork_retry = QTimer(self)
        self._fork_retry.setSingleShot(True)
        self._fork_retry.timeout.connect(self._maybe_renew)
        self._reach = QNetworkInformation.Reachability.Unknown
        self._watch_network()
        self.worker_thread.start()

    def request(self) -> None:
        """After a signature: sync soon, unless the network is known to be down (then its
        return triggers the sync)."""
        if self.running and self._reach != QNetworkInformation.Reachability.Disconnected:
            self._request.emit()

    def sync_now(self) -> None:
        """A coordinator pressed "Sync now": at once, whatever the backoff said."""
        if self.running:
            self.worker.arm()
            self._now.emit()

    def cancel_current(self) -> None:
        """A coordinator pressed "Cancel": the sync on the wire ends at its next step."""
        self.worker.cancel_current()

    def stop(self) -> None:
        """End the thread before the window goes: no "QThread destroyed while running"."""
        if not self.running:
            return
        self.running = False
        self.worker.cancel()
        self._stop.emit()
        self.worker_thread.wait()

    # -- the network -------------------------------------------------------------------------
    def _watch_network(self) -> None:
        try:
            loaded = QNetworkInformation.loadDefaultBackend()
        except RuntimeError:
            loaded = False
        info = QNetworkInformation.instance() if loaded else None
        feature = QNetworkInformation.Feature.Reachability
        if info is None or not info.supports(feature):
            log.info("no network information here: syncing on the timer and after signatures")
            return
        self._reach = info.reachability()
        info.reachabilityChanged.connect(self.reachability_changed)

    def reachability_changed(self, reach: QNetworkInformation.Reachability) -> None:
        """Connectivity appeared: sync now, whatever the backoff said."""
        was, self._reach = self._reach, reach
        if self.running and reach in REACHABLE and was not in REACHABLE:
            self._now.emit()

    # -- results -----------------------------------------------------------------------------
    def _started(self) -> None:
        if self.running:
            self.window.strip.sync_started()

    def _progress(self, sent: int, of: int, slow: bool) -> None:
        if self.running:
            self.window.strip.sync_progress(sent, of, slow)

    def _finished(self, outcome: client.Outcome) -> None:
        if self.running and self.renewing is None:
            self.window.strip.sync_finished(outcome.state)
            self.window.welcome.show_counts()

    def _server_count(self, at_least: int, goal: int, as_of_ms: int) -> None:
        if self.running and self.renewing is None:
            self.window.welcome.show_server(link.Progress(at_least, goal, as_of_ms))

    def _failed(self, message: str, action: str) -> None:
        if not self.running or action == "cancelled":
            return
        log.warning("sync did not complete (%s): %s", action, message)
        if action == "re-enrol":
            self.fork = True
            action = "renewing"
        self.window.strip.show_problem(action)
        self._maybe_renew()

    # -- a fork: a new identity while nobody signs -------------------------------------------
    def _screen_changed(self, _name: str) -> None:
        QTimer.singleShot(0, self._maybe_renew)  # once the window has finished its change

    def _maybe_renew(self) -> None:
        w = self.window
        if not (self.running and self.fork) or self.renewing or self._fork_retry.isActive():
            return
        if w.current() is not w.welcome or w.lock.isVisible():
            return  # someone is signing, or a coordinator is in the menu
        self.renewing = RenewingOverlay(w, w.ctx.languages, w.ctx.campaign.locales)
        self.renewing.cover()
        w.stack.setEnabled(False)
        w.corner.blockSignals(True)  # no PIN pad: it would read the closed store
        w.idle.stop()
        w.strip.hold(True)
        w.ctx.vault.close()  # fork.recover moves the store: nothing may hold it open
        self._recover.emit()

    def _reopen(self) -> None:
        w = self.window
        w.ctx.vault = Vault.open(self.path)
        if self.renewing is not None:
            self.renewing.hide()
            self.renewing.deleteLater()
            self.renewing = None
        w.stack.setEnabled(True)
        w.corner.blockSignals(False)
        w.strip.hold(False)
        if w.paused.isVisible():
            w.welcome.enter()
            w.strip.refresh()
        else:
            w.go(w.welcome)

    def _recovered(self, device: str) -> None:
        if not self.running:
            return  # the kiosk is closing: the next start opens the new store
        log.info("new device identity %s after a fork", device[:12])
        self.fork, self._fork_failures = False, 0
        self._reopen()
        self.window.strip.show_problem(None)
        self.request()

    def _recovery_failed(self, message: str, action: str) -> None:
        log.warning("renewing the device identity failed (%s): %s", action, message)
        if not self.running:
            return
        self._reopen()
        if action in ("retry", "wait", "busy"):
            self._fork_failures += 1
            self._fork_retry.start(
                backoff_ms(self._fork_failures, self.worker.backoff_base_ms, BACKOFF_CAP_MS)
            )
            self.window.strip.show_problem("renewing")
        else:
            self.fork = False  # the worker stays halted: a coordinator re-enrols the tablet
            self.window.strip.show_problem("re-enrol")

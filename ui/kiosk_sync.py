"""The window's side of the background sync: ``KioskSync`` on the UI thread.

It starts and stops the worker's thread (``ui.sync_worker``), listens to the network, passes
results to the welcome counter and the status strip, and renews the tablet's identity after a
fork at a moment when nobody is signing. A DEMO or never-enrolled tablet gets neither: it works
offline as before.
"""

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, QTimer, Signal
from PySide6.QtNetwork import QNetworkInformation

from kiosk.vault import Vault
from sync import client, link
from ui.sync_worker import BACKOFF_CAP_MS, REACHABLE, SyncWorker, backoff_ms
from ui.widgets.paused import PausedOverlay

if TYPE_CHECKING:
    from ui.window import KioskWindow

log = logging.getLogger(__name__)
QUIET_SCREENS = ("WelcomeScreen", "ThanksScreen")  # nobody is signing: a sync may start


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
    _resume = Signal()
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
            (self._resume, worker.resume),
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
    def _screen_changed(self, name: str) -> None:
        if name in QUIET_SCREENS:
            self.worker.quiet.set()
            self._resume.emit()
        else:  # a signer is signing: a sync already on its way goes on, no new one starts
            self.worker.quiet.clear()
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

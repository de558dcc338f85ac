"""The kiosk's background sync, on its own QThread: ``SyncWorker``.

It tries soon after start, on a timer, after each signature and when the network comes back;
one sync at a time, and requests that pile up make one sync, not one each. After a failure it
waits longer each time (capped, with jitter, so tablets that come online together do not knock
at once). It reports only through signals: no screen ever waits for it. The window's side is
``ui.kiosk_sync``.
"""

import logging
import random
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtNetwork import QNetworkInformation

from sync import client, fork
from sync.http import SyncError
from sync.lock import BusyError

if TYPE_CHECKING:
    pass

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
        # Cleared by the window while a signer is signing: no sync starts then (its reading,
        # encoding and receipts share the interpreter with the screen); one waits to start.
        self.quiet = threading.Event()
        self.quiet.set()
        self._waiting = False
        self._asked = threading.Event()  # a coordinator's "Sync now": quiet or not

    def cancel(self) -> None:
        """From any thread: end a sync's waiting at once and start no other."""
        self._stopping.set()
        self._cancel.set()

    def cancel_current(self) -> None:
        """From any thread: a coordinator pressed Cancel; the timer tries again later."""
        self._cancel.set()

    def arm(self) -> None:
        """From any thread, before a coordinator's "Sync now": a Cancel pressed after this
        ends it, and it goes even while a signer is signing (the coordinator chose to)."""
        self._cancel.clear()
        self._asked.set()

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
    def resume(self) -> None:
        """Nobody is signing now: a sync that waited for that starts."""
        if self._waiting and self._next is not None and not self._stopping.is_set():
            self._waiting = False
            self._next.start(0)

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
        if not self.quiet.is_set() and not self._asked.is_set():
            self._waiting = True  # until ``resume``: the signer finishes or walks away
            return
        self._asked.clear()
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

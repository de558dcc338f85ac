"""StatusStrip: one quiet line for volunteers: unsent, last sync, battery, clock."""

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QWidget

from kiosk.device import device_number
from ui.context import KioskContext
from ui.sizing import mm
from ui.widgets.common import label
from ui.widgets.follows_language import FollowsLanguage

REFRESH_MS = 30_000


class StatusStrip(FollowsLanguage, QFrame):
    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("strip")
        self.unsent = label(role="strip")
        self.sync = label(role="strip")
        self.sending = label(role="strip")
        self.problem = label(role="strip-warning")
        self.battery = label(role="strip")
        self.clock = label(role="strip-warning")
        row = QHBoxLayout(self)
        row.setContentsMargins(mm(4), mm(1), mm(4), mm(1))
        for w in (self.unsent, self.sync, self.sending, self.battery, self.clock):
            w.setWordWrap(False)
            row.addWidget(w)
        # Last, taking the room that is left: a sync problem may take two lines on a portrait
        # tablet rather than make the window wider than the screen.
        row.addWidget(self.problem, 1)
        self.problem.setWordWrap(True)
        row.addStretch(0)
        self._sending: tuple[int, int, bool] | None = None  # (sent, of, slow) while syncing
        self._problem: str | None = None  # what the last sync ran into, as an action
        self._held = False
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh)
        self._timer.start(REFRESH_MS)
        self.refresh()

    def hold(self, held: bool) -> None:
        """While the store is closed (a new identity after a fork), read nothing from it."""
        self._held = held
        if held:
            self._timer.stop()
        else:
            self._timer.start(REFRESH_MS)

    def refresh(self) -> None:
        if self._held:
            return
        vault = self.ctx.vault
        st = vault.status()
        self.unsent.setText(self.tr("Unsent: %n", "", st.unsent))
        self.sync.setText(
            self.tr("Last sync: %1").replace("%1", st.last_sync)
            if st.last_sync
            else self.tr("Never synced")
        )
        self._show_sync()
        battery = self.ctx.battery()
        if battery is None:
            self.battery.setText(self.tr("Battery: unknown"))
        else:
            self.battery.setText(
                self.tr("Battery: %1%").replace("%1", QLocale().toString(round(battery.percent)))
                + (" ⚡" if battery.plugged else "")
            )
        problem = vault.clock_warning()
        self.clock.setVisible(problem is not None)
        self.clock.setText(self.tr("Check the tablet's clock: it is behind") if problem else "")

    # -- the background sync ------------------------------------------------------------------
    def sync_started(self) -> None:
        self._sending = (0, 0, False)
        self._show_sync()

    def sync_progress(self, sent: int, of: int, slow: bool = False) -> None:
        self._sending = (sent, of, slow)
        self._show_sync()

    def sync_finished(self, state: str) -> None:
        """After a sync: the new unsent count; approval still awaited, if it is."""
        self._sending = None
        self._problem = "pending" if state == "pending" else None
        self.refresh()

    def show_problem(self, action: str | None) -> None:
        """A sync that did not complete, by its next action (retry, wait, fix, re-enrol...)."""
        self._sending = None
        self._problem = action
        self.refresh()

    def sending_text(self, sent: int, of: int, slow: bool) -> str:
        """ "Sending 17 of 40", and on a slow link that it is slow (the console says it too)."""
        if not of:
            return self.tr("Sending…")
        line = (
            self.tr("Sending %1 of %2 — slow connection") if slow else self.tr("Sending %1 of %2")
        )
        locale = QLocale()
        return line.replace("%1", locale.toString(sent)).replace("%2", locale.toString(of))

    def _show_sync(self) -> None:
        sending = self._sending
        if sending is None:
            self.sending.hide()
        else:
            self.sending.setText(self.sending_text(*sending))
            self.sending.show()
        text = self.problem_text(self._problem)
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def problem_text(self, key: str | None) -> str:
        if key is None:
            return ""
        if key in ("pending", "wait"):  # the server says: wait for the campaign lead
            return self.tr(
                "Waiting for the campaign lead to approve this tablet (number %1)"
            ).replace("%1", device_number(self.ctx.vault.device.id))
        if key == "retry":
            return self.tr("Not sent: no connection to the server; will try again")
        if key == "data-cap":
            return self.tr("Not sent: today's data limit is used up; sending resumes tomorrow")
        if key == "server-busy":
            return self.tr("Not sent: the server is busy; will try again")
        if key == "busy":
            return self.tr("Another sync is running; will try again")
        if key == "renewing":
            return self.tr("Not sent: this tablet renews its identity when nobody is signing")
        if key == "re-enrol":
            return self.tr("Not sent: needs the coordinator: re-enrol")
        return self.tr("Not sent: ask the coordinator to check the sync")

    def retranslate(self) -> None:
        self.refresh()

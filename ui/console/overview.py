"""OverviewPage: the day on this tablet in numbers, the server's figure, the chain, and
"Sync now" with a progress bar and Cancel. What is on screen equals ``imza status``."""

import datetime as dt

from PySide6.QtCore import QDateTime, QLocale
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QProgressBar, QVBoxLayout, QWidget

from kiosk import audit, daysummary
from sync import link
from ui.console.host import ConsoleHost
from ui.console.hourly_chart import HourlyChart
from ui.console.job import BackgroundJob
from ui.context import KioskContext
from ui.sizing import mm
from ui.widgets.common import button, label
from ui.widgets.follows_language import FollowsLanguage


def local_time(utc_text: str) -> str:
    """``2026-11-28 14:32 UTC`` (as the store keeps the last sync) in the tablet's time."""
    try:
        when = dt.datetime.strptime(utc_text, "%Y-%m-%d %H:%M UTC").replace(tzinfo=dt.UTC)
    except ValueError:
        return utc_text
    shown = QDateTime.fromSecsSinceEpoch(int(when.timestamp()))
    return QLocale().toString(shown, QLocale.FormatType.ShortFormat)


class OverviewPage(FollowsLanguage, QWidget):
    def __init__(self, ctx: KioskContext, host: ConsoleHost, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.host = ctx, host
        self.heading = label(role="heading")
        self.captions = {k: label(role="note") for k in ("today", "total", "unsent", "acked")}
        self.values = {k: label(role="counter") for k in self.captions}
        numbers = QGridLayout()
        for column, key in enumerate(self.captions):
            numbers.addWidget(self.values[key], 0, column)
            numbers.addWidget(self.captions[key], 1, column)
        self.last_sync = label(role="body")
        self.server = label(role="body")
        self.chain = label(role="body")
        self.chart_caption = label(role="caption")
        self.chart = HourlyChart()
        self.sync_button = button("", "primary")
        self.cancel_button = button("", "secondary")
        self.bar = QProgressBar()
        self.bar.setMinimumHeight(mm(6))
        self.sync_message = label(role="note")
        self.config_note = label(role="error")  # imza.toml has a mistake: defaults apply
        self.sync_button.clicked.connect(self.sync_now)
        self.cancel_button.clicked.connect(self.cancel)
        actions = QHBoxLayout()
        actions.addWidget(self.sync_button)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.bar, 1)
        layout = QVBoxLayout(self)
        layout.setSpacing(mm(2))
        layout.addWidget(self.heading)
        layout.addWidget(self.config_note)
        layout.addLayout(numbers)
        for w in (self.last_sync, self.server, self.chain, self.chart_caption, self.chart):
            layout.addWidget(w)
        layout.addStretch(1)
        layout.addLayout(actions)
        layout.addWidget(self.sync_message)
        self._syncing = False
        self._problem: str | None = None
        self._chain_ok: bool | None = None
        self._check: BackgroundJob | None = None
        self._connected: object = None
        self.retranslate()

    # -- what is shown -----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("This tablet today"))
        self.captions["today"].setText(self.tr("signed today"))
        self.captions["total"].setText(self.tr("signed on this tablet"))
        self.captions["unsent"].setText(self.tr("not yet sent"))
        self.captions["acked"].setText(self.tr("acknowledged through no."))
        self.chart_caption.setText(self.tr("Signatures per hour today"))
        self.sync_button.setText(self.tr("Sync now"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._refresh_if_shown()

    def _refresh_if_shown(self) -> None:
        """The numbers cost a few queries: not at start-up, not at every switch of language
        a signer makes, not for a background sync nobody watches (the console refreshes a
        page as it shows it)."""
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Re-read the numbers (the console opened, a sync ended, a file was loaded)."""
        locale = QLocale()
        problem = self.ctx.config_problem
        self.config_note.setVisible(bool(problem))
        self.config_note.setText(
            self.tr("imza.toml has a mistake, so the defaults apply: %1").replace("%1", problem)
        )
        st = self.ctx.vault.status()
        for key, value in (
            ("today", st.today),
            ("total", st.signatures),
            ("unsent", st.unsent),
            ("acked", st.acknowledged_through),
        ):
            self.values[key].setText(locale.toString(value))
        self.chart.set_counts(daysummary.summarise(self.ctx.vault.engine).per_hour)
        self.last_sync.setText(self._last_sync_text(st.last_sync, st.unsent))
        self.server.setText(self._server_text())
        self.chain.setText(self._chain_text())
        enrolled = link.load(self.ctx.vault.engine) is not None
        can = enrolled and not self.ctx.vault.demo
        self.sync_button.setVisible(can)
        self.sync_button.setEnabled(not self._syncing)
        self.cancel_button.setVisible(self._syncing)
        self.cancel_button.setEnabled(self._syncing)
        self.bar.setVisible(self._syncing)
        if self.ctx.vault.demo:
            self.sync_message.setText(self.tr("A DEMO tablet never syncs."))
        elif not enrolled:
            self.sync_message.setText(self.tr("Not enrolled with a server yet: see Enrol."))
        elif not self._syncing and self._problem is None:
            self.sync_message.setText("")

    def _last_sync_text(self, when: str | None, unsent: int) -> str:
        if when is None:
            return self.tr("Never synced.")
        text = self.tr("Last sync: %1.").replace("%1", local_time(when))
        if self._problem is not None:
            return text + " " + self.tr("The last try did not complete.")
        if unsent:
            return text + " " + self.tr("%n signature(s) still to send.", "", unsent)
        return text + " " + self.tr("Everything is sent.")

    def _server_text(self) -> str:
        figure = link.progress(self.ctx.vault.engine)
        if figure is None:
            return self.tr("The server's count: not heard yet.")
        when = QDateTime.fromMSecsSinceEpoch(figure.as_of_ms)
        return (
            self.tr("The server counts at least %1 signers of %2, as of %3.")
            .replace("%1", QLocale().toString(figure.at_least))
            .replace("%2", QLocale().toString(figure.goal))
            .replace("%3", QLocale().toString(when, QLocale.FormatType.ShortFormat))
        )

    def _chain_text(self) -> str:
        if self._chain_ok is None:
            return self.tr("Chain check: running…")
        if self._chain_ok:
            return self.tr("Chain check: intact.")
        return self.tr("Chain check: DAMAGED. Do not wipe; call the campaign lead.")

    # -- the chain check, off the UI thread -------------------------------------------------
    def check_chain(self) -> None:
        if self._check is not None and self._check.running():
            return
        vault = self.ctx.vault
        self._chain_ok = None
        self._check = BackgroundJob(self, lambda: audit.verify(vault.engine, vault.campaign.slug))
        self._check.done.connect(self._checked)
        self._check.failed.connect(lambda _m: self._checked(None))
        self._check.start()
        self.chain.setText(self._chain_text())

    def _checked(self, report: audit.Report | None) -> None:
        self._chain_ok = bool(report is not None and report.ok)
        self.chain.setText(self._chain_text())

    @property
    def chain_ok(self) -> bool | None:
        return self._chain_ok

    # -- sync now ------------------------------------------------------------------------------
    def _watch(self) -> None:
        sync = self.host.sync
        if sync is None or self._connected is sync:
            return
        w = sync.worker
        w.started.connect(self._started)
        w.progress.connect(self._progress)
        w.finished.connect(self._finished)
        w.failed.connect(self._failed)
        self._connected = sync

    def sync_now(self) -> None:
        if self.host.sync is None:
            self.host.start_sync()
        self._watch()
        if self.host.sync is None:
            return
        self._problem = None
        self._started()
        self.host.sync.sync_now()

    def cancel(self) -> None:
        if self.host.sync is not None:
            self.host.sync.cancel_current()

    def _started(self) -> None:
        self._syncing = True
        self.bar.setRange(0, 0)  # busy until the first batch says how many
        self.sync_message.setText(self.tr("Sending…"))
        self._refresh_if_shown()

    def _progress(self, sent: int, of: int, slow: bool) -> None:
        self.bar.setRange(0, max(of, 1))
        self.bar.setValue(sent)
        self.sync_message.setText(self.host.strip.sending_text(sent, of, slow))

    def _finished(self, _outcome: object) -> None:
        self._syncing, self._problem = False, None
        self._refresh_if_shown()
        self.sync_message.setText(self.tr("Sync complete."))

    def _failed(self, _message: str, action: str) -> None:
        self._syncing = False
        self._problem = None if action == "cancelled" else action
        self._refresh_if_shown()
        if action == "cancelled":
            self.sync_message.setText(self.tr("Sync cancelled; it tries again later by itself."))
        else:
            self.sync_message.setText(self.host.strip.problem_text(action))

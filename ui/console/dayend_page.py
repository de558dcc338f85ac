"""DayEndPage: the day's summary (saved as PDF, no key needed) and the wipe of what the
server has acknowledged. A wipe is refused, with the reason, while anything is unsent."""

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from kiosk import daysummary
from kiosk.device import device_number
from kiosk.wipe import Wiped, WipeRefused
from ui.console import summary_pdf
from ui.console.handover_page import Chooser, choose_folder
from ui.console.hourly_chart import HourlyChart
from ui.console.job import BackgroundJob
from ui.context import KioskContext
from ui.sizing import mm
from ui.widgets.common import button, label
from ui.widgets.confirm import Confirm
from ui.widgets.follows_language import FollowsLanguage

METHODS = ("drawn", "typed", "assisted")
STATES = ("acknowledged", "unsent", "withdrawn")


class DayEndPage(FollowsLanguage, QWidget):
    wiped = Signal()

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.choose_folder: Chooser = choose_folder
        self.chain_ok: Callable[[], bool | None] = lambda: True
        self.heading = label(role="heading")
        self.day = label(role="body")
        self.captions = {k: label(role="body") for k in (*METHODS, *STATES)}
        self.values = {k: label(role="lead") for k in self.captions}
        grid = QGridLayout()
        for row, key in enumerate(METHODS):
            grid.addWidget(self.captions[key], row, 0)
            grid.addWidget(self.values[key], row, 1)
        for row, key in enumerate(STATES):
            grid.addWidget(self.captions[key], row, 2)
            grid.addWidget(self.values[key], row, 3)
        self.chart = HourlyChart()
        self.save = button("", "secondary")
        self.wipe = button("", "danger")
        self.confirm = Confirm()
        self.result = label(role="body")
        self.save.clicked.connect(self._save)
        self.wipe.clicked.connect(self._ask)
        self.confirm.yes.clicked.connect(self._wipe)
        layout = QVBoxLayout(self)
        layout.setSpacing(mm(2))
        layout.addWidget(self.heading)
        layout.addWidget(self.day)
        layout.addLayout(grid)
        layout.addWidget(self.chart)
        layout.addStretch(1)
        layout.addWidget(self.save)  # one above the other: Russian runs too long for a row
        layout.addWidget(self.wipe)
        layout.addWidget(self.confirm)
        layout.addWidget(self.result)
        self._summary: daysummary.DaySummary | None = None
        self._job: BackgroundJob | None = None
        self._waiting = 0
        self.retranslate()

    def _names(self) -> dict[str, str]:
        return {
            "drawn": self.tr("signed by drawing"),
            "typed": self.tr("typed name and tick"),
            "assisted": self.tr("assisted by a volunteer"),
            "acknowledged": self.tr("acknowledged by the server"),
            "unsent": self.tr("not yet sent"),
            "withdrawn": self.tr("withdrawn"),
        }

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Day's end"))
        for key, name in self._names().items():
            self.captions[key].setText(name)
        self.save.setText(self.tr("Save summary as PDF"))
        self.wipe.setText(self.tr("Wipe what the server holds…"))
        self.confirm.yes.setText(self.tr("Yes, wipe"))
        self.confirm.no.setText(self.tr("No"))
        if self.isVisible():  # a summary costs queries: the console refreshes it when shown
            self.refresh()

    def refresh(self) -> None:
        s = daysummary.summarise(self.ctx.vault.engine)
        self._summary = s
        locale = QLocale()
        self.day.setText(
            self.tr("%1: %n signature(s) today.", "", s.total).replace(
                "%1", locale.toString(QDate.currentDate(), QLocale.FormatType.LongFormat)
            )
        )
        for key in METHODS:
            self.values[key].setText(locale.toString(int(s.per_method.get(key, 0))))
        for key in STATES:
            self.values[key].setText(locale.toString(int(s.per_state.get(key, 0))))
        self.chart.set_counts(s.per_hour)
        self.wipe.setEnabled(not self.ctx.vault.demo)

    # -- the PDF -------------------------------------------------------------------------------
    def _save(self) -> None:
        folder = self.choose_folder(self)
        if folder is None or self._summary is None:
            return
        path = folder / f"imza-day-{self.ctx.vault.device.id[:8]}-{dt.date.today():%Y%m%d}.pdf"
        try:
            summary_pdf.write(path, self._page())
        except OSError:
            self.result.setText(self.tr("Could not save there: is the USB stick still there?"))
            return
        self.result.setText(self.tr("Saved to %1.").replace("%1", str(path)))

    def _page(self) -> summary_pdf.SummaryPage:
        s, names, locale = self._summary, self._names(), QLocale()
        assert s is not None
        vault = self.ctx.vault
        rows = [(names[k], locale.toString(int(s.per_method.get(k, 0)))) for k in METHODS]
        rows += [(names[k], locale.toString(int(s.per_state.get(k, 0)))) for k in STATES]
        return summary_pdf.SummaryPage(
            title=self.tr("Day's end summary"),
            lines=[
                *([self.tr("DEMO: practice signatures, never counted.")] if vault.demo else []),
                self.tr("Campaign: %1").replace("%1", vault.campaign.slug),
                self.tr("Tablet: %1").replace("%1", device_number(vault.device.id)),
                self.day.text(),
            ],
            table_heading=self.tr("Signatures"),
            rows=rows,
            per_hour=list(s.per_hour),
            chart_caption=self.tr("Signatures per hour today"),
            footer=self.tr("Counts only: this summary holds no names and needs no key."),
        )

    # -- the wipe ------------------------------------------------------------------------------
    def _ask(self) -> None:
        if self.chain_ok() is False:
            self.result.setText(
                self.tr("The chain check found damage: do not wipe; call the campaign lead.")
            )
            return
        self.result.setText("")
        self.confirm.ask(
            self.tr("Erase every acknowledged signature from this tablet? The server keeps "
                    "them. This cannot be undone.")
        )  # fmt: skip

    def _wipe(self) -> None:
        self.confirm.hide()
        self.wipe.setEnabled(False)
        self.result.setText(self.tr("Wiping…"))
        vault = self.ctx.vault
        self._waiting = vault.status().unsent
        self._job = BackgroundJob(self, vault.wipe)
        self._job.done.connect(self._wiped)
        self._job.failed.connect(self._refused)
        self._job.ended.connect(self.refresh)
        self._job.start()

    def _refused(self, error: Exception) -> None:
        if not isinstance(error, WipeRefused):
            self.result.setText(self.tr("The wipe did not complete. Nothing was lost."))
        elif self._waiting:
            self.result.setText(
                self.tr("Not wiped: %n record(s) are not yet acknowledged by the server. "
                        "Sync, or hand over and load the receipt, first.", "", self._waiting)
            )  # fmt: skip
        else:
            self.result.setText(self.tr("Nothing to wipe."))

    def _wiped(self, done: object) -> None:
        assert isinstance(done, Wiped)
        self.result.setText(
            self.tr("Wiped %n signature record(s). The tablet is ready for tomorrow.", "",
                    done.records)
        )  # fmt: skip
        self.wiped.emit()

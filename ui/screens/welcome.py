"""Welcome: the petition's title, the honest counter, progress by milestones, the language."""

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QProgressBar, QVBoxLayout, QWidget

from sync import link
from ui.context import KioskContext
from ui.i18n import LANGUAGES
from ui.screens.base import Screen
from ui.sizing import BUTTON_MM, mm
from ui.widgets.common import button, label

MILESTONES = (100, 500, 1_000, 2_500, 5_000, 10_000)


def next_milestone(count: int, goal: int) -> int:
    """The next round number to cheer for, ending at the goal."""
    return next((m for m in MILESTONES if count < m < goal), goal)


def as_of(ms: int, locale: QLocale) -> str:
    """When the server counted: the time if it was today, else the date and time."""
    when = QDateTime.fromMSecsSinceEpoch(ms).toLocalTime()
    short = QLocale.FormatType.ShortFormat
    if when.date() == QDate.currentDate():
        return locale.toString(when.time(), short)
    return locale.toString(when, short)


class WelcomeScreen(Screen):
    """The screen a passer-by sees; also where a new signer picks a language."""

    language_chosen = Signal(str)

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        # The server's count as last heard, kept in the store: shown even when offline.
        self.server: link.Progress | None = link.progress(ctx.vault.engine)
        self.title = label(role="title")
        self.summary = label(role="lead")
        self.counter = label(role="counter")
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMinimumHeight(mm(4))
        self.milestone = label(role="note")
        self.languages = QButtonGroup(self)
        self.languages.setExclusive(True)
        row = QGridLayout()  # two by two: long names stay whole at any text size
        row.setSpacing(mm(3))
        for lang in LANGUAGES:
            if lang.code not in ctx.campaign.locales:
                continue
            b = button(lang.native, "language")
            b.setCheckable(True)
            b.setProperty("code", lang.code)
            b.setAccessibleName(lang.native)
            index = len(self.languages.buttons())
            self.languages.addButton(b)
            row.addWidget(b, index // 2, index % 2)
        self.languages.buttonClicked.connect(
            lambda b: self.language_chosen.emit(str(b.property("code")))
        )
        self.battery_message = label(role="error")
        self.battery_message.hide()
        self.sign = button("", "primary")
        self.sign.setMinimumHeight(mm(BUTTON_MM * 1.5))
        self.sign.clicked.connect(self.forward)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(mm(10), mm(6), mm(10), mm(6))
        layout.setSpacing(mm(3))
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        layout.addWidget(self.counter)
        layout.addWidget(self.progress)
        layout.addWidget(self.milestone)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.battery_message)
        layout.addWidget(self.sign)
        self.retranslate()

    def retranslate(self) -> None:
        text = self.ctx.text
        self.title.setText(text.title)
        self.summary.setText(text.summary)
        self.sign.setText(self.tr("Read and sign the petition"))
        self.sign.setAccessibleName(self.sign.text())
        self.show_counts()

    def show_server(self, figure: link.Progress) -> None:
        """A new figure from the server (the sync worker's ``server_count``)."""
        self.server = figure
        self.show_counts()

    def show_low_battery(self) -> None:
        self.battery_message.setText(
            self.tr(
                "The battery is too low to start a new signature. Please ask a volunteer "
                "to charge the tablet."
            )
        )
        self.battery_message.show()

    def enter(self) -> None:
        self.battery_message.hide()
        for b in self.languages.buttons():
            b.setChecked(b.property("code") == self.ctx.session.form.locale)
        self.retranslate()

    def show_counts(self) -> None:
        st = self.ctx.vault.status()
        locale = QLocale()
        server = self.server
        # Never overstate: until a server total arrives, only what this tablet holds; then
        # what the server had counted, when, and what this tablet has not yet sent.
        if server is None:
            here = st.signatures
            self.counter.setText(self.tr("%n signature(s) on this tablet so far.", "", here))
        else:
            here = server.at_least + st.unsent
            text = (
                self.tr(
                    "At least %Ln signature(s) as of %1 + %2 on this tablet.", "", server.at_least
                )
                if st.unsent
                else self.tr("At least %Ln signature(s) as of %1.", "", server.at_least)
            )
            when, unsent = as_of(server.as_of_ms, locale), locale.toString(st.unsent)
            self.counter.setText(text.replace("%1", when).replace("%2", unsent))
        goal = self.ctx.campaign.goal
        target = next_milestone(here, goal)
        self.progress.setRange(0, target)
        self.progress.setValue(min(here, target))
        self.milestone.setText(
            self.tr("Next milestone: %1. Our goal: %2 signatures.")
            .replace("%1", locale.toString(target))
            .replace("%2", locale.toString(goal))
        )
        self.progress.setAccessibleName(self.milestone.text())
        self.counter.setAlignment(Qt.AlignmentFlag.AlignLeft)

    def help_text(self) -> str:
        return self.tr(
            "This tablet collects signatures for the petition shown here. "
            "Choose your language, then press the green button to read and sign."
        )

    def read_aloud_text(self) -> str:
        return f"{self.title.text()}\n{self.summary.text()}\n{self.counter.text()}"

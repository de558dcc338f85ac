"""VolunteerPanel: pause the kiosk, resume it, start a day (site and volunteer code)."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from kiosk import day as days
from ui.context import KioskContext
from ui.sizing import mm
from ui.widgets.common import Field, button, label
from ui.widgets.follows_language import FollowsLanguage
from ui.widgets.validation_text import message_for


class VolunteerPanel(FollowsLanguage, QFrame):
    closed = Signal()
    pause = Signal(bool)  # True: pause the kiosk; False: resume it

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.paused = False
        self.setObjectName("card")
        self.heading = label(role="heading")
        self.day_now = label(role="body")
        self.site = Field()
        self.volunteer = Field()
        self.volunteer.edit.setMaxLength(12)
        self.start_day = button("", "secondary")
        self.start_day.clicked.connect(self._start_day)
        self.pause_button = button("", "secondary")
        self.pause_button.clicked.connect(lambda: self.pause.emit(not self.paused))
        self.back = button("", "primary")
        self.back.clicked.connect(self.closed)
        actions = QHBoxLayout()
        actions.addWidget(self.pause_button)
        actions.addStretch(1)
        actions.addWidget(self.back)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(mm(8), mm(6), mm(8), mm(6))
        layout.setSpacing(mm(3))
        for w in (self.heading, self.day_now, self.site, self.volunteer, self.start_day):
            layout.addWidget(w)
        layout.addStretch(1)
        layout.addLayout(actions)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Volunteer"))
        day = self.ctx.vault.day
        self.day_now.setText(
            self.tr("Today: %1, volunteer %2").replace("%1", day.site).replace("%2", day.volunteer)
            if day.site
            else self.tr("No day started yet.")
        )
        self.site.set_caption(self.tr("Site (where the tablet is today)"))
        self.volunteer.set_caption(self.tr("Your volunteer code"))
        self.start_day.setText(self.tr("Start the day"))
        self.pause_button.setText(
            self.tr("Resume the kiosk") if self.paused else self.tr("Pause the kiosk")
        )
        self.back.setText(self.tr("Back to the kiosk"))

    def open(self) -> None:
        self.site.set_text(self.ctx.vault.day.site)
        self.volunteer.set_text(self.ctx.vault.day.volunteer)
        self.site.set_error(None)
        self.volunteer.set_error(None)
        self.retranslate()
        self.show()

    def _start_day(self) -> None:
        found = days.problems(self.site.text(), self.volunteer.text())
        self.site.set_error(message_for(found["site"]) if "site" in found else None)
        self.volunteer.set_error(message_for(found["volunteer"]) if "volunteer" in found else None)
        if found:
            return
        self.ctx.vault.day = days.start(
            self.ctx.vault.engine, self.site.text(), self.volunteer.text()
        )
        self.retranslate()

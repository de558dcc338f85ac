"""CoordinatorMenu: leave kiosk mode, change the PIN, idle timeouts, default language.

The full console (sync, hand-over, wipe, numbers) comes later; this is what a coordinator
needs to run the kiosk at all.
"""

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QFrame, QGridLayout, QVBoxLayout, QWidget

from kiosk import settings as settings_store
from ui.context import KioskContext
from ui.i18n import LANGUAGES
from ui.sizing import mm
from ui.widgets.common import button, label
from ui.widgets.follows_language import FollowsLanguage

STEPS = {
    "idle_seconds": 30,
    "reading_idle_seconds": 60,
    "countdown_seconds": 5,
    "session_max_seconds": 60,
}


class CoordinatorMenu(FollowsLanguage, QFrame):
    closed = Signal()
    leave = Signal()
    change_pin = Signal()
    volunteer_pin = Signal()

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("card")
        self.heading = label(role="heading")
        self.values: dict[str, QWidget] = {}
        self.captions = {name: label(role="body") for name in STEPS}
        grid = QGridLayout()
        for row, name in enumerate(STEPS):
            less, more = button("−", "secondary"), button("+", "secondary")
            value = label(role="lead")
            self.values[name] = value
            less.clicked.connect(lambda _=False, n=name: self._step(n, -1))
            more.clicked.connect(lambda _=False, n=name: self._step(n, +1))
            grid.addWidget(self.captions[name], row, 0)
            grid.addWidget(less, row, 1)
            grid.addWidget(value, row, 2)
            grid.addWidget(more, row, 3)
        self.language_caption = label(role="body")
        self.language = QButtonGroup(self)
        langs = QGridLayout()  # two by two: four names fit a portrait tablet too
        for index, lang in enumerate(LANGUAGES):
            b = button(lang.native, "language")
            b.setCheckable(True)
            b.setProperty("code", lang.code)
            self.language.addButton(b)
            langs.addWidget(b, index // 2, index % 2)
        self.language.buttonClicked.connect(self._language)
        self.back = button("", "primary")
        self.pin = button("", "secondary")
        self.exit = button("", "danger")
        self.back.clicked.connect(self.closed)
        self.pin.clicked.connect(self.change_pin)
        self.volunteer = button("", "secondary")
        self.volunteer.clicked.connect(self.volunteer_pin)
        self.exit.clicked.connect(self.leave)
        actions = QGridLayout()
        actions.addWidget(self.pin, 0, 0)
        actions.addWidget(self.volunteer, 0, 1)
        actions.addWidget(self.exit, 1, 0)
        actions.addWidget(self.back, 1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(mm(8), mm(6), mm(8), mm(6))
        layout.setSpacing(mm(3))
        layout.addWidget(self.heading)
        layout.addLayout(grid)
        layout.addWidget(self.language_caption)
        layout.addLayout(langs)
        layout.addStretch(1)
        layout.addLayout(actions)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Coordinator"))
        self.captions["idle_seconds"].setText(self.tr("Clear a form after (seconds)"))
        self.captions["reading_idle_seconds"].setText(
            self.tr("Clear while reading after (seconds)")
        )
        self.captions["countdown_seconds"].setText(self.tr("Countdown before clearing (seconds)"))
        self.captions["session_max_seconds"].setText(self.tr("Longest signing (seconds)"))
        self.language_caption.setText(self.tr("Language a new signer starts in"))
        self.back.setText(self.tr("Back to the kiosk"))
        self.pin.setText(self.tr("Change PIN"))
        self.volunteer.setText(self.tr("Set volunteer PIN"))
        self.exit.setText(self.tr("Leave kiosk mode"))
        self._show()

    def open(self) -> None:
        self._show()
        self.show()

    def _show(self) -> None:
        s = self.ctx.settings
        for name, value in self.values.items():
            value.setText(str(getattr(s, name)))  # type: ignore[attr-defined]
        for b in self.language.buttons():
            b.setChecked(b.property("code") == self.ctx.start_locale)

    def _save(self, new: settings_store.Settings) -> None:
        if new.problems():
            return  # out of range: the +/- simply stops at the limit
        settings_store.save(self.ctx.vault.engine, new)
        self.ctx.settings = new
        self._show()

    def _step(self, name: str, direction: int) -> None:
        current = getattr(self.ctx.settings, name)
        self._save(replace(self.ctx.settings, **{name: current + direction * STEPS[name]}))

    def _language(self, b: QWidget) -> None:
        self._save(replace(self.ctx.settings, default_locale=str(b.property("code"))))

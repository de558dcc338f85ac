"""SettingsPage: idle timeouts, the language a new signer starts in, the two PINs."""

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from kiosk import config as tablet_config
from kiosk import settings as settings_store
from ui.context import KioskContext
from ui.i18n import LANGUAGES
from ui.sizing import BUTTON_MM, mm
from ui.widgets.common import button, label
from ui.widgets.follows_language import FollowsLanguage

STEPS = {
    "idle_seconds": 30,
    "reading_idle_seconds": 60,
    "countdown_seconds": 5,
    "session_max_seconds": 60,
}


class SettingsPage(FollowsLanguage, QWidget):
    change_pin = Signal()
    volunteer_pin = Signal()

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.heading = label(role="heading")
        self.values: dict[str, QWidget] = {}
        self.steppers: dict[str, tuple[QWidget, QWidget]] = {}
        self.captions = {name: label(role="body") for name in STEPS}
        grid = QGridLayout()
        grid.setColumnStretch(0, 1)
        for row, name in enumerate(STEPS):
            less, more = button("−", "secondary"), button("+", "secondary")
            value = label(role="lead")
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)  # between − and +
            value.setMinimumWidth(mm(20))
            for b in (less, more):
                b.setFixedWidth(mm(BUTTON_MM * 1.5))
            self.values[name] = value
            self.steppers[name] = (less, more)
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
        self.pin = button("", "secondary")
        self.pin.clicked.connect(self.change_pin)
        self.volunteer = button("", "secondary")
        self.volunteer.clicked.connect(self.volunteer_pin)
        actions = QHBoxLayout()
        actions.addWidget(self.pin)
        actions.addWidget(self.volunteer)
        layout = QVBoxLayout(self)
        layout.setSpacing(mm(3))
        layout.addWidget(self.heading)
        layout.addLayout(grid)
        layout.addWidget(self.language_caption)
        layout.addLayout(langs)
        layout.addStretch(1)
        layout.addLayout(actions)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Settings"))
        self.captions["idle_seconds"].setText(self.tr("Clear a form after (seconds)"))
        self.captions["reading_idle_seconds"].setText(
            self.tr("Clear while reading after (seconds)")
        )
        self.captions["countdown_seconds"].setText(self.tr("Countdown before clearing (seconds)"))
        self.captions["session_max_seconds"].setText(self.tr("Longest signing (seconds)"))
        self.language_caption.setText(self.tr("Language a new signer starts in"))
        self.pin.setText(self.tr("Change PIN"))
        self.volunteer.setText(self.tr("Set volunteer PIN"))
        self._show()

    def refresh(self) -> None:
        self._show()

    def _show(self) -> None:
        s = self.ctx.settings
        for name, value in self.values.items():
            value.setText(str(getattr(s, name)))  # type: ignore[attr-defined]
        for b in self.language.buttons():
            b.setChecked(b.property("code") == self.ctx.start_locale)

    def _save(self, new: settings_store.Settings) -> None:
        if new.problems():
            return  # out of range: the +/- simply stops at the limit
        vault = self.ctx.vault
        try:
            tablet_config.save_kiosk(vault.path, vault.engine, new)
        except tablet_config.ConfigError:  # imza.toml has a mistake: keep it in the store
            settings_store.save(vault.engine, new)
        self.ctx.settings = new
        self._show()

    def _step(self, name: str, direction: int) -> None:
        current = getattr(self.ctx.settings, name)
        self._save(replace(self.ctx.settings, **{name: current + direction * STEPS[name]}))

    def _language(self, b: QWidget) -> None:
        self._save(replace(self.ctx.settings, default_locale=str(b.property("code"))))

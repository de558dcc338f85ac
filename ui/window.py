"""KioskWindow: the signing flow in one full-screen window that a signer cannot leave.

It owns the screens, the on-screen keyboard, the idle watchdog, the tap guard and the lock.
Screens never talk to each other: they emit signals and the window decides what comes next.
"""

from PySide6.QtCore import QRect, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.vault import Invalid, MaybeDuplicate, Stored
from ui import theme
from ui.context import KioskContext
from ui.corner_gesture import CornerGesture
from ui.flow import SigningFlow
from ui.header import SignerHeader
from ui.idle import IdleWatchdog
from ui.keyboard_dock import KeyboardDock
from ui.kiosk_sync import KioskSync
from ui.kiosk_sync import start as start_sync_worker
from ui.lock import LockPanel
from ui.read_aloud import ReadAloud
from ui.screens.base import Screen
from ui.screens.consents import ConsentsScreen
from ui.screens.contact import ContactScreen
from ui.screens.duplicate import DuplicateScreen
from ui.screens.name import NameScreen
from ui.screens.news import NewsScreen
from ui.screens.no_drawing import NoDrawingScreen
from ui.screens.petition import PetitionScreen
from ui.screens.review import ReviewScreen
from ui.screens.settlement import SettlementScreen
from ui.screens.signature import SignatureScreen
from ui.screens.tell_apart import TellApartScreen
from ui.screens.thanks import ThanksScreen
from ui.screens.welcome import WelcomeScreen
from ui.tapguard import TapGuard
from ui.widgets.common import label
from ui.widgets.dim_overlay import DimOverlay
from ui.widgets.follows_language import FollowsLanguage
from ui.widgets.help_card import HelpCard
from ui.widgets.idle_prompt import IdlePrompt
from ui.widgets.keyboard import OnScreenKeyboard
from ui.widgets.keyboard_layouts import LETTER_CYCLE
from ui.widgets.language_picker import LanguagePicker
from ui.widgets.paused import PausedOverlay
from ui.widgets.status_strip import StatusStrip


class KioskWindow(FollowsLanguage, QWidget):
    """``kiosk_mode``: frameless full screen, closing refused until a coordinator unlocks."""

    screen_changed = Signal(str)
    signed = Signal()  # a signature was stored: the sync worker sends it soon

    def __init__(self, ctx: KioskContext, kiosk_mode: bool = True) -> None:
        super().__init__()
        self.ctx = ctx
        self.kiosk_mode = kiosk_mode
        self._may_close = not kiosk_mode
        self.setWindowTitle("Imza")
        self.setObjectName("kiosk")
        if kiosk_mode:
            self.setWindowFlags(Qt.WindowType.FramelessWindowHint | Qt.WindowType.Window)
        self.banner = label(role="demo")
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setVisible(ctx.vault.demo)
        self.stack = QStackedWidget()
        self.welcome = WelcomeScreen(ctx)
        self.petition = PetitionScreen(ctx)
        self.name = NameScreen(ctx)
        self.settlement = SettlementScreen(ctx)
        self.duplicate = DuplicateScreen(ctx)
        self.tell_apart = TellApartScreen(ctx)
        self.news = NewsScreen(ctx)
        self.contact = ContactScreen(ctx)
        self.consents = ConsentsScreen(ctx)
        self.signature = SignatureScreen(ctx)
        self.no_drawing = NoDrawingScreen(ctx)
        self.review = ReviewScreen(ctx)
        self.thanks = ThanksScreen(ctx)
        self.screens: list[Screen] = [
            self.welcome,
            self.petition,
            self.name,
            self.settlement,
            self.duplicate,
            self.tell_apart,
            self.news,
            self.contact,
            self.consents,
            self.signature,
            self.no_drawing,
            self.review,
            self.thanks,
        ]
        self.screens_by_name: dict[str, Screen] = {
            "name": self.name,
            "settlement": self.settlement,
            "news": self.news,
            "signature": self.signature,
        }
        for screen in self.screens:
            self.stack.addWidget(screen)
        self.keyboard = OnScreenKeyboard(default_layout=ctx.start_locale)
        self.keyboard.hide()
        self.dock = KeyboardDock(self, self.keyboard, self.current)
        for screen in self.screens:
            screen.keyboard_away.connect(self.dock.hide)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.header = SignerHeader()
        self.help_button = self.header.help
        self.help_button.clicked.connect(self._help)
        self.listen_button = self.header.listen
        self.header.larger.toggled.connect(self.set_larger_text)
        layout.addWidget(self.banner)
        layout.addWidget(self.header)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.keyboard)
        self.strip = StatusStrip(ctx)  # for volunteers: shown only while paused
        self.strip.hide()
        layout.addWidget(self.strip)
        self.languages = LanguagePicker(self, ctx.campaign.locales)
        self.languages.chosen.connect(self.set_language)
        self.header.language.clicked.connect(self._choose_language)
        self.prompt = IdlePrompt(self)
        self.help_card = HelpCard(self)
        self.dimmer = DimOverlay(self)
        self.lock = LockPanel(ctx, self, self)
        self.lock.unlocked_exit.connect(self.leave_kiosk)
        self.paused = PausedOverlay(self, ctx.languages, ctx.campaign.locales)
        self.lock.volunteer.pause.connect(self.set_paused)
        self.idle = IdleWatchdog(self)
        self.idle.warning.connect(self.prompt.show_countdown)
        self.idle.presence.connect(self.prompt.hide)
        self.idle.expired.connect(self._idle_expired)
        self.prompt.here.clicked.connect(self.idle.poke)
        self.read_aloud = ReadAloud(self)
        self.dimmer.woken.connect(lambda: self.go(self.welcome))
        # Phantom touches on a dirty screen keep the idle watchdog happy for ever; this cap
        # does not listen to touches at all.
        self.session_cap = QTimer(self)
        self.session_cap.setSingleShot(True)
        self.session_cap.timeout.connect(self.reset)
        self.guard = TapGuard(parent=self)
        self.corner = CornerGesture(self)
        self.corner.triggered.connect(self._ask_pin)
        self.sync: KioskSync | None = None
        self.flow = SigningFlow(self)
        self.retranslate()
        self.reset()

    # -- life of the window ----------------------------------------------------------------
    def install_filters(self, app: QApplication) -> None:
        """Watch every event of the application: input resets the idle timer, a tap right
        after a screen change is dropped, and the corner gesture is counted."""
        for f in (self.guard, self.idle, self.corner):
            app.installEventFilter(f)
        app.focusChanged.connect(self.dock.focus_changed)

    def start_sync(self, interval_ms: int | None = None, **worker: int) -> None:
        """Sync in the background if this tablet is enrolled; a DEMO or never-enrolled one
        works offline as before."""
        self.stop_sync()
        self.sync = start_sync_worker(self, interval_ms, **worker)

    def store_replaced(self) -> None:
        """The console enrolled a DEMO tablet: the store under ``ctx.vault`` is a new one."""
        self.banner.setVisible(self.ctx.vault.demo)
        self.strip.hold(False)
        self.strip.refresh()
        self.welcome.show_counts()

    def stop_sync(self) -> None:
        if self.sync is not None:
            self.sync.stop()
            self.sync.deleteLater()
            self.sync = None

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_close:
            self.stop_sync()
            event.accept()
        else:
            event.ignore()  # Alt+F4, the window manager, a stray shortcut: all refused

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F4) and self.kiosk_mode:
            event.accept()
            return
        super().keyPressEvent(event)

    def leave_kiosk(self) -> None:
        self._may_close = True
        self.close()

    def retranslate(self) -> None:
        self.banner.setText(self.tr("DEMO — practice only: signatures here are not counted"))
        self.read_aloud.update()

    def _ask_pin(self) -> None:
        """Volunteers and the coordinator read the console at the kiosk's own text size."""
        self.header.larger.setChecked(False)
        self.lock.ask()

    def _choose_language(self) -> None:
        self.languages.open(self.ctx.session.form.locale)

    def _help(self) -> None:
        self.help_card.show_text(self.current().help_text())

    def resizeEvent(self, event: QResizeEvent) -> None:
        for overlay in (self.prompt, self.lock, self.dimmer, self.help_card, self.languages):
            overlay.setGeometry(self.rect())
        self.paused.setGeometry(self._below_banner())
        super().resizeEvent(event)

    # -- the flow (which screen follows which: ui.flow) ---------------------------------------
    def current(self) -> Screen:
        screen = self.stack.currentWidget()
        assert isinstance(screen, Screen)
        return screen

    def go(self, screen: Screen) -> None:
        self.dock.hide()
        self.help_card.hide()
        self.languages.hide()
        screen.enter()
        for page in self.screens:  # only the page on show has a say in the window's layout
            policy = QSizePolicy.Policy.Preferred if page is screen else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)
        self.stack.setCurrentWidget(screen)
        self.guard.arm()
        if screen is self.review:
            self.flow.changing = False
        self.header.language.setVisible(screen is not self.welcome)  # it has its own
        settings = self.ctx.settings
        if screen is self.welcome:
            self.session_cap.stop()
        elif not self.session_cap.isActive():
            self.session_cap.start(settings.session_max_seconds * 1000)
        if screen is self.welcome:
            # Nobody to ask on the welcome screen: after a while it quietly starts afresh,
            # so the next person does not find the last one's language.
            self.idle.watch(settings.idle_seconds, 0)
        elif screen is self.thanks:
            self.idle.watch(settings.thanks_seconds, 0)
        else:
            timeout = settings.reading_idle_seconds if screen.reading else settings.idle_seconds
            self.idle.watch(timeout, settings.countdown_seconds)
        self.read_aloud.stop()
        self.read_aloud.update()
        field = screen.first_field()
        if field is not None:  # typing starts at once: the keyboard comes up with the screen
            field.setFocus()
        self.screen_changed.emit(type(screen).__name__)

    def reset(self) -> None:
        """Wipe the signer: every field, the drawing, the language, the text size; back to
        welcome."""
        self.prompt.hide()
        locale = self.ctx.start_locale
        self.ctx.session.reset(locale)
        self.ctx.languages.switch(locale)
        self.header.show_language(locale)
        self.header.larger.setChecked(False)
        self.keyboard.reset()
        self.thanks.already = False
        self.flow.changing = False
        for screen in self.screens:
            if screen is not self.welcome:  # go() enters it, and reads the counts once
                screen.enter()
        self.go(self.welcome)

    def set_language(self, code: str) -> None:
        """Another language, on any screen: everything typed so far stays."""
        self.ctx.session.form.locale = code
        self.ctx.languages.switch(code)
        self.header.show_language(code)
        if self.keyboard.layout_name in LETTER_CYCLE or not self.keyboard.isVisible():
            self.keyboard.set_layout(code)
        if self.current() is self.welcome:
            self.welcome.enter()
        self.read_aloud.update()

    def set_larger_text(self, larger: bool) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication) and larger != self.ctx.larger_text:
            self.ctx.larger_text = larger
            theme.apply(app, theme.LARGER if larger else 1.0)
        self.header.retranslate()

    def confirm(self) -> None:
        session = self.ctx.session
        result = self.ctx.vault.submit(session.form, not_the_same=session.not_the_same)
        if isinstance(result, Stored):
            session.stored = result
            self.go(self.thanks)
            self.signed.emit()
        elif isinstance(result, MaybeDuplicate):
            self.go(self.duplicate)
        elif isinstance(result, Invalid):  # the screens check first; this is a safety net
            self.go(self.name)

    def _below_banner(self) -> QRect:
        """The window less the DEMO banner, which stays in sight even while paused, and less
        the volunteers' status strip shown while paused."""
        top = self.banner.height() if self.banner.isVisible() else 0
        bottom = self.strip.sizeHint().height() if self.strip.isVisibleTo(self) else 0
        return self.rect().adjusted(0, top, 0, -bottom)

    def set_paused(self, paused: bool) -> None:
        """A volunteer pauses the kiosk (to help someone, to move the tablet) and resumes it;
        while paused the volunteers' status strip shows what is unsent, the battery, the clock."""
        self.lock.volunteer.paused = paused
        self.lock.volunteer.retranslate()
        self.lock.hide()
        if paused:
            self.reset()
            self.idle.stop()
            self.strip.show()
            self.strip.refresh()
            self.paused.cover()
            self.paused.setGeometry(self._below_banner())
            self.lock.raise_()
        else:
            self.paused.hide()
            self.strip.hide()
            self.go(self.welcome)

    def _idle_expired(self) -> None:
        """On a form: wipe the signer. On a quiet welcome screen: start afresh and go dark."""
        on_welcome = self.current() is self.welcome
        self.reset()
        if on_welcome:
            self.dimmer.dim()
            self.idle.stop()  # dark until touched; the touch restarts the watchdog

    def start_signing(self) -> None:
        """A new signing starts only with enough battery; one in progress may always finish."""
        battery = self.ctx.battery()
        if battery is not None and battery.below(self.ctx.config.low_battery_percent):
            self.welcome.show_low_battery()
            return
        self.go(self.petition)

    def already_signed(self) -> None:
        self.thanks.already = True
        self.go(self.thanks)

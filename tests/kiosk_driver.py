"""Driving the kiosk as a finger would: every tap and stroke goes to the top-level window at a
screen position, so popups, grabs, overlays and focus decide what it reaches, as on a real
touch screen. A control that is covered or scrolled away cannot be tapped: the test swipes."""

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPointingDevice, QWindow
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QScrollArea, QScroller, QWidget
from pytestqt.qtbot import QtBot

from kiosk import pins
from kiosk.normalise import az_lower
from kiosk.settings import Settings
from kiosk.vault import Vault
from ui.app import build
from ui.widgets.keyboard import OnScreenKeyboard, Shift
from ui.widgets.signature_pad import SignaturePad
from ui.window import KioskWindow

PIN = "246810"
# Timeouts in whole seconds (the watchdog's unit), as short as a test can bear: long enough
# that a step slowed by the other test process on a two-core machine does not meet the idle
# question. The tests read English; the translations have tests of their own.
QUICK = Settings(
    idle_seconds=4,
    reading_idle_seconds=5,
    countdown_seconds=1,
    thanks_seconds=2,
    default_locale="en",
)
_TOUCH: QPointingDevice | None = None
# Generous: what is waited for comes in milliseconds, but a CI machine on two busy cores
# must not turn a slow moment into a failure.
WAIT_MS = 15_000


def make_window(
    qtbot: QtBot,
    vault: Vault,
    kiosk_mode: bool = False,
    settings: Settings = QUICK,
    size: tuple[int, int] = (1280, 800),
) -> KioskWindow:
    pins.set_pin(vault.engine, "coordinator", PIN)
    window = build(vault, kiosk_mode=kiosk_mode)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()  # a real screen's window manager does this; bare Xvfb has none
    qtbot.waitActive(window)
    qtbot.waitUntil(lambda: not window.guard.armed, timeout=WAIT_MS)  # start-up work settled
    # The short timeouts only from here: a busy machine may take seconds to show the window,
    # and the welcome screen would have gone dark before the test's first touch.
    window.ctx.settings = settings
    window.reset()
    return window


def handle(window: QWidget) -> QWindow:
    h = window.windowHandle()
    assert h is not None
    return h


def spot(window: QWidget, widget: QWidget) -> QPoint:
    """The middle of ``widget`` in window coordinates; fails if a finger there would land on
    something else (covered by an overlay, or scrolled out of its page)."""
    assert widget.isVisible(), f"{widget} is not on the screen"
    pos = widget.mapTo(window, widget.rect().center())
    hit = window.childAt(pos)
    assert lands_on(hit, widget), f"a finger at {pos.toTuple()} lands on {hit!r}, not {widget!r}"
    return pos


def in_view(window: QWidget, widget: QWidget) -> bool:
    """A finger at the middle of ``widget`` would land on it."""
    return lands_on(window.childAt(widget.mapTo(window, widget.rect().center())), widget)


def lands_on(hit: QWidget | None, widget: QWidget) -> bool:
    return hit is not None and (hit is widget or widget.isAncestorOf(hit))


def tap(qtbot: QtBot, window: KioskWindow, widget: QWidget) -> None:
    """A finger on ``widget``, once the screen has settled (the tap guard is quiet)."""
    qtbot.waitUntil(lambda: not window.guard.armed, timeout=WAIT_MS)
    tap_at(window, spot(window, widget))


def tap_at(window: QWidget, pos: QPoint) -> None:
    QTest.mouseClick(handle(window), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)


def touch_device() -> QPointingDevice:
    global _TOUCH
    if _TOUCH is None:
        _TOUCH = QTest.createTouchDevice()
    return _TOUCH


def swipe(qtbot: QtBot, window: KioskWindow, area: QScrollArea, up: bool = True) -> None:
    """A finger drags the page of ``area`` up (to see what is below) by half its height, with
    a touch screen's events; waits until the page has moved and come to rest (a tap on a page
    still gliding stops it, and presses nothing, as on a phone)."""
    qtbot.waitUntil(lambda: not window.guard.armed, timeout=WAIT_MS)
    viewport = area.viewport()
    bar = area.verticalScrollBar()
    before = bar.value()
    start = viewport.mapTo(window, QPoint(viewport.width() // 2, viewport.height() * 3 // 4))
    travel = viewport.height() // 2 * (-1 if up else 1)
    h = handle(window)
    QTest.touchEvent(h, touch_device()).press(0, start, h).commit()
    steps = 12
    for i in range(1, steps + 1):
        point = start + QPoint(0, travel * i // steps)
        QTest.touchEvent(h, touch_device()).move(0, point, h).commit()
    QTest.touchEvent(h, touch_device()).release(0, start + QPoint(0, travel), h).commit()
    qtbot.waitUntil(lambda: bar.value() != before, timeout=WAIT_MS)
    scroller = QScroller.scroller(viewport)
    qtbot.waitUntil(lambda: scroller.state() == QScroller.State.Inactive, timeout=WAIT_MS)


def reach(qtbot: QtBot, window: KioskWindow, area: QScrollArea, widget: QWidget) -> None:
    """Swipe ``area`` until a finger can land on ``widget``."""
    for _ in range(8):
        if in_view(window, widget):
            return
        top = area.viewport().mapTo(window, QPoint(0, 0)).y()
        swipe(qtbot, window, area, up=widget.mapTo(window, widget.rect().center()).y() > top)
    raise AssertionError(f"{widget!r} cannot be reached by swiping")


def press_keys(keyboard: OnScreenKeyboard, text: str, press: Callable[[QWidget], None]) -> None:
    """The keys a person presses for ``text``: Shift when the case needs it (the keyboard
    puts Shift on by itself at the start of a name), then the letter."""
    for ch in text:
        if ch == " ":
            press(keyboard.special_button("space"))
            continue
        lower = az_lower(ch) if keyboard.layout_name.startswith("az") else ch.lower()
        wants_upper = lower != ch
        if wants_upper != (keyboard.shift is not Shift.OFF):
            press(keyboard.special_button("shift"))
        press(keyboard.key_button(lower))


def type_text(qtbot: QtBot, window: KioskWindow, text: str) -> None:
    """Type by tapping keys of the on-screen keyboard, as a finger would."""
    press_keys(window.keyboard, text, lambda key: tap(qtbot, window, key))


def keyboard_to(qtbot: QtBot, window: KioskWindow, layout: str) -> None:
    """As a person would: the language key until the layout comes."""
    qtbot.waitUntil(window.keyboard.isVisible, timeout=WAIT_MS)
    for _ in range(5):
        if window.keyboard.layout_name == layout:
            return
        tap(qtbot, window, window.keyboard.special_button("switch"))
    raise AssertionError(f"no way to the {layout} keyboard")


def draw(window: KioskWindow, pad: SignaturePad, points: list[tuple[float, float]]) -> None:
    """One stroke through ``points`` (fractions of the pad), by a finger on the window."""
    h = handle(window)

    def at(x: float, y: float) -> QPoint:
        return pad.mapTo(window, QPoint(int(x * pad.width()), int(y * pad.height())))

    (x0, y0), rest = points[0], points[1:]
    QTest.mousePress(h, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at(x0, y0))
    for x, y in rest:
        QTest.mouseMove(h, at(x, y))
    x1, y1 = points[-1]
    QTest.mouseRelease(h, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at(x1, y1))


def zigzag(n: int = 30) -> list[tuple[float, float]]:
    return [(0.1 + 0.8 * i / n, 0.4 + (0.2 if i % 2 else 0.0)) for i in range(n + 1)]


def center(widget: QWidget) -> QPoint:
    return widget.rect().center()


def release_filters(window: KioskWindow) -> None:
    app = QApplication.instance()
    assert app is not None
    for f in (window.guard, window.idle, window.corner):
        app.removeEventFilter(f)
    window.ctx.languages.uninstall()


def enter_key(qtbot: QtBot, window: KioskWindow) -> None:
    tap(qtbot, window, window.keyboard.special_button("enter"))


def fill_name(
    qtbot: QtBot, w: KioskWindow, given: str, surname: str, layout: str = "az-Latn"
) -> None:
    """On the name screen: the keyboard is up in the first box; Next, then Continue."""
    assert w.current() is w.name
    keyboard_to(qtbot, w, layout)
    type_text(qtbot, w, given)
    enter_key(qtbot, w)
    type_text(qtbot, w, surname)
    enter_key(qtbot, w)


def pick_place(qtbot: QtBot, w: KioskWindow, letters: str, place: str) -> None:
    """On the place screen: a few letters, then the place's row in the page."""
    assert w.current() is w.settlement
    qtbot.waitUntil(w.keyboard.isVisible, timeout=WAIT_MS)
    type_text(qtbot, w, letters)
    row = next(r for r in w.settlement.picker.rows if r.isVisible() and r.text() == place)
    tap(qtbot, w, row)
    assert w.settlement.place_id


def sign_through(
    qtbot: QtBot,
    w: KioskWindow,
    given: str = "İlkin",
    surname: str = "Məmmədov",
    letters: str = "Ağ",
    place: str = "Ağdam",
) -> None:
    """From welcome to "Check your answers" as a signer: name, a place picked from the list,
    no news, the three ticks, a drawn signature."""
    tap(qtbot, w, w.welcome.sign)
    tap(qtbot, w, w.petition.next)
    fill_name(qtbot, w, given, surname)
    pick_place(qtbot, w, letters, place)
    tap(qtbot, w, w.settlement.next)
    assert w.current() is w.news
    tap(qtbot, w, w.news.answers.no)
    assert w.current() is w.consents
    for tick in w.consents.ticks.values():
        tap(qtbot, w, tick.tick)
    tap(qtbot, w, w.consents.next)
    assert w.current() is w.signature
    qtbot.waitUntil(lambda: not w.guard.armed, timeout=WAIT_MS)
    draw(w, w.signature.pad, zigzag())
    tap(qtbot, w, w.signature.next)
    assert w.current() is w.review

"""Driving the kiosk as a person would: taps on keys and buttons, strokes on the pad."""

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kiosk import pins
from kiosk.settings import Settings
from kiosk.vault import Vault
from ui.app import build
from ui.widgets.signature_pad import SignaturePad
from ui.window import KioskWindow

PIN = "246810"
# Timeouts in whole seconds (the watchdog's unit), as short as a test can bear.
# The tests read English; the translations have tests of their own.
QUICK = Settings(
    idle_seconds=2,
    reading_idle_seconds=3,
    countdown_seconds=1,
    thanks_seconds=2,
    default_locale="en",
)


def make_window(
    qtbot: QtBot, vault: Vault, kiosk_mode: bool = False, settings: Settings = QUICK
) -> KioskWindow:
    pins.set_pin(vault.engine, "coordinator", PIN)
    window = build(vault, kiosk_mode=kiosk_mode)
    window.ctx.settings = settings
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.reset()
    return window


def tap(qtbot: QtBot, window: KioskWindow, widget: QWidget) -> None:
    """A finger on ``widget``, once the screen has settled (the tap guard is quiet)."""
    qtbot.waitUntil(lambda: not window.guard.armed)
    assert widget.isVisible(), widget
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_text(qtbot: QtBot, window: KioskWindow, text: str) -> None:
    """Type by tapping keys of the on-screen keyboard, Shift for capitals."""
    keyboard = window.keyboard
    for ch in text:
        if ch == " ":
            tap(qtbot, window, keyboard.special_button("space"))
            continue
        lower = ch.replace("İ", "i").replace("I", "ı").lower()
        if lower != ch:
            tap(qtbot, window, keyboard.special_button("shift"))
        tap(qtbot, window, keyboard.key_button(lower if lower != ch else ch))


def draw(pad: SignaturePad, points: list[tuple[float, float]]) -> None:
    """One stroke through ``points`` (fractions of the pad), as mouse events."""

    def send(kind: QMouseEvent.Type, x: float, y: float, buttons: Qt.MouseButton) -> None:
        pos = QPointF(x * pad.width(), y * pad.height())
        glob = QPointF(pad.mapToGlobal(pos.toPoint()))
        button = (
            Qt.MouseButton.LeftButton
            if kind != QMouseEvent.Type.MouseMove
            else Qt.MouseButton.NoButton
        )
        QApplication.sendEvent(
            pad, QMouseEvent(kind, pos, glob, button, buttons, Qt.KeyboardModifier.NoModifier)
        )

    (x0, y0), rest = points[0], points[1:]
    send(QMouseEvent.Type.MouseButtonPress, x0, y0, Qt.MouseButton.LeftButton)
    for x, y in rest:
        send(QMouseEvent.Type.MouseMove, x, y, Qt.MouseButton.LeftButton)
    x1, y1 = points[-1]
    send(QMouseEvent.Type.MouseButtonRelease, x1, y1, Qt.MouseButton.NoButton)


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

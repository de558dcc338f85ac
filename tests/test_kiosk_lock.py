"""Kiosk mode: no way out without the coordinator PIN, and the PIN pad locks after 5 tries."""

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from pytestqt.qtbot import QtBot

from kiosk import pins, settings
from kiosk.vault import Vault
from tests.kiosk_driver import PIN, make_window, release_filters, tap
from ui.app import build
from ui.window import KioskWindow


@pytest.fixture
def locked(qtbot: QtBot, vault: Vault) -> Iterator[KioskWindow]:
    w = make_window(qtbot, vault, kiosk_mode=True)
    yield w
    w.leave_kiosk()
    release_filters(w)


def enter_pin(qtbot: QtBot, w: KioskWindow, pin: str) -> None:
    for digit in pin:
        tap(qtbot, w, w.lock.pad.digit_buttons[digit])
    tap(qtbot, w, w.lock.pad.ok_button)


def corner_taps(qtbot: QtBot, w: KioskWindow) -> None:
    qtbot.waitUntil(lambda: not w.guard.armed)
    for _ in range(5):
        qtbot.mouseClick(w.banner, Qt.MouseButton.LeftButton, pos=QPoint(3, 3))


def test_the_window_refuses_to_close_in_kiosk_mode(qtbot: QtBot, locked: KioskWindow) -> None:
    assert locked.close() is False
    assert locked.isVisible()
    assert locked.windowFlags() & Qt.WindowType.FramelessWindowHint


def test_the_corner_gesture_and_the_pin_open_the_menu_and_let_out(
    qtbot: QtBot, locked: KioskWindow
) -> None:
    w = locked
    corner_taps(qtbot, w)
    assert w.lock.isVisible()
    assert w.lock.pad.isVisible()
    enter_pin(qtbot, w, PIN)
    assert w.lock.menu.isVisible()
    tap(qtbot, w, w.lock.menu.exit)
    assert w.isVisible()  # asked first: the way out sits near "Back to the kiosk"
    tap(qtbot, w, w.lock.menu.leaving.no)
    assert w.lock.menu.isVisible()
    assert not w.lock.menu.leaving.isVisible()
    tap(qtbot, w, w.lock.menu.exit)
    tap(qtbot, w, w.lock.menu.leaving.yes)
    qtbot.waitUntil(lambda: not w.isVisible())


def test_the_pin_pad_opens_on_the_coordinator_each_time(qtbot: QtBot, locked: KioskWindow) -> None:
    w = locked
    corner_taps(qtbot, w)
    tap(qtbot, w, w.lock.as_volunteer)
    tap(qtbot, w, w.lock.pad.cancel_button)
    assert not w.lock.isVisible()
    corner_taps(qtbot, w)
    assert w.lock.as_coordinator.isChecked()
    enter_pin(qtbot, w, PIN)
    assert w.lock.menu.isVisible()


def test_five_wrong_pins_lock_the_pad(qtbot: QtBot, locked: KioskWindow) -> None:
    w = locked
    corner_taps(qtbot, w)
    for attempt in range(5):
        enter_pin(qtbot, w, "135792")
        assert not w.lock.menu.isVisible()
        if attempt < 4:
            assert str(4 - attempt) in w.lock.pad.message.text()
    assert "Too many wrong PINs" in w.lock.pad.message.text()
    enter_pin(qtbot, w, PIN)  # the right PIN, but locked: refused
    assert not w.lock.menu.isVisible()
    assert "Too many wrong PINs" in w.lock.pad.message.text()


def test_first_start_asks_for_a_coordinator_pin_that_cannot_be_skipped(
    qtbot: QtBot, vault: Vault
) -> None:
    settings.save(vault.engine, replace(settings.Settings(), default_locale="en"))
    w = build(vault, kiosk_mode=True)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitUntil(w.lock.isVisible)
    # Laid out as it is painted (the first-start prompt opens just after the window shows):
    # where a finger finds the keys.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    assert not w.lock.pad.cancel_button.isVisible()  # no way past it, so no Cancel to offer
    one = w.lock.pad.digit_buttons["1"]
    where = one.mapTo(w, one.rect().center())
    enter_pin(qtbot, w, "111111")
    assert "simple sequence" in w.lock.pad.message.text()
    enter_pin(qtbot, w, "271828")
    assert "same PIN again" in w.lock.pad.title.text()
    assert one.mapTo(w, one.rect().center()) == where  # the keys did not move
    enter_pin(qtbot, w, "271828")
    qtbot.waitUntil(lambda: not w.lock.isVisible())
    assert pins.check_pin(vault.engine, "coordinator", "271828").ok
    w.leave_kiosk()
    release_filters(w)

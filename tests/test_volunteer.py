"""Volunteer mode: the volunteer PIN pauses and resumes the kiosk and starts a day whose site
and volunteer code are sealed with every signature."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from kiosk import pins, sealing
from kiosk.export import Summary, opened_signatures, rows_from_store
from kiosk.vault import Stored, Vault
from tests.conftest import CampaignKeys, form_with
from tests.kiosk_driver import make_window, release_filters, tap
from ui.window import KioskWindow

VOLUNTEER_PIN = "135790"


@pytest.fixture
def window(qtbot: QtBot, vault: Vault) -> Iterator[KioskWindow]:
    pins.set_pin(vault.engine, "volunteer", VOLUNTEER_PIN)
    w = make_window(qtbot, vault, kiosk_mode=True)
    yield w
    w.leave_kiosk()
    release_filters(w)


def as_volunteer(qtbot: QtBot, w: KioskWindow) -> None:
    qtbot.waitUntil(lambda: not w.guard.armed)
    for _ in range(5):
        qtbot.mouseClick(w.banner, Qt.MouseButton.LeftButton, pos=QPoint(3, 3))
    assert w.lock.isVisible()
    tap(qtbot, w, w.lock.as_volunteer)
    for digit in VOLUNTEER_PIN:
        tap(qtbot, w, w.lock.pad.digit_buttons[digit])
    tap(qtbot, w, w.lock.pad.ok_button)
    assert w.lock.volunteer.isVisible()


def test_a_day_is_sealed_with_every_signature(
    qtbot: QtBot, window: KioskWindow, vault: Vault, keys: CampaignKeys
) -> None:
    w = window
    as_volunteer(qtbot, w)
    panel = w.lock.volunteer
    panel.site.set_text("Ağdam, Heydər Əliyev Mərkəzi")
    panel.volunteer.set_text("x")
    tap(qtbot, w, panel.start_day)
    assert panel.volunteer.message.isVisible()  # a code of one letter is refused
    panel.volunteer.set_text("v07")
    tap(qtbot, w, panel.start_day)
    assert "V07" in panel.day_now.text()
    tap(qtbot, w, panel.back)
    assert not w.lock.isVisible()
    assert isinstance(w.ctx.vault.submit(form_with()), Stored)
    opener = sealing.Opener(keys.pair.suite, keys.pair.private_raw)
    [row] = opened_signatures(rows_from_store(vault.engine), "landmine-maps", opener, Summary())
    assert (row["site"], row["day_volunteer"]) == ("Ağdam, Heydər Əliyev Mərkəzi", "V07")


def test_pause_covers_the_kiosk_until_a_volunteer_resumes(
    qtbot: QtBot, window: KioskWindow
) -> None:
    w = window
    as_volunteer(qtbot, w)
    tap(qtbot, w, w.lock.volunteer.pause_button)
    assert w.paused.isVisible()
    spot = w.welcome.sign.mapTo(w, w.welcome.sign.rect().center())
    under = w.childAt(spot)
    assert under is not None
    assert under is w.paused or w.paused.isAncestorOf(under)  # nothing under it can be pressed
    as_volunteer(qtbot, w)
    tap(qtbot, w, w.lock.volunteer.pause_button)  # now says "Resume the kiosk"
    assert not w.paused.isVisible()
    assert w.current() is w.welcome

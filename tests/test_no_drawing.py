"""Signing without drawing: a typed name and a tick, or a volunteer with the volunteer PIN."""

from pytestqt.qtbot import QtBot

from kiosk import pins, sealing
from kiosk.export import Summary, opened_signatures, rows_from_store
from kiosk.vault import Vault
from tests.conftest import CampaignKeys
from tests.kiosk_driver import fill_name, pick_place, reach, tap
from ui.window import KioskWindow

VOLUNTEER_PIN = "135790"


def exported(vault: Vault, keys: CampaignKeys) -> list[dict[str, object]]:
    opener = sealing.Opener(keys.pair.suite, keys.pair.private_raw)
    return opened_signatures(rows_from_store(vault.engine), vault.campaign.slug, opener, Summary())


def to_signature_screen(qtbot: QtBot, w: KioskWindow) -> None:
    tap(qtbot, w, w.welcome.sign)
    tap(qtbot, w, w.petition.next)
    fill_name(qtbot, w, "Səkinə", "Əliyeva")
    pick_place(qtbot, w, "Şu", "Şuşa")
    tap(qtbot, w, w.settlement.next)
    tap(qtbot, w, w.news.answers.no)
    for tick in w.consents.ticks.values():
        tap(qtbot, w, tick.tick)
    tap(qtbot, w, w.consents.next)
    assert w.current() is w.signature
    tap(qtbot, w, w.signature.cannot)
    assert w.current() is w.no_drawing


def test_a_typed_signature_needs_the_tick_and_is_exported_as_typed(
    qtbot: QtBot, window: KioskWindow, vault: Vault, keys: CampaignKeys
) -> None:
    w = window
    to_signature_screen(qtbot, w)
    screen = w.no_drawing
    assert screen.typed_name.text() == "Səkinə Əliyeva"  # offered, the signer may change it
    tap(qtbot, w, screen.next)
    assert w.current() is screen
    assert screen.typed_tick.message.isVisible()
    assert screen.summary.isVisible()
    tap(qtbot, w, screen.typed_tick.tick)
    assert not screen.typed_tick.message.isVisible()  # put right: the message is gone
    tap(qtbot, w, screen.next)
    assert w.current() is w.review
    assert "Səkinə Əliyeva" in w.review.values["signature"].text()
    tap(qtbot, w, w.review.confirm)
    [row] = exported(vault, keys)
    assert (row["method"], row["typed_name"], row["volunteer"]) == ("typed", "Səkinə Əliyeva", "")


def test_an_assisted_signature_records_the_volunteer_and_the_reason(
    qtbot: QtBot, window: KioskWindow, vault: Vault, keys: CampaignKeys
) -> None:
    w = window
    to_signature_screen(qtbot, w)
    screen = w.no_drawing
    tap(qtbot, w, screen.assisted_choice)
    assert screen.volunteer_pin.isVisible()
    assert not screen.typed_name.isVisible()
    tap(qtbot, w, screen.next)
    assert "No volunteer PIN" in screen.volunteer_pin.message.text()
    pins.set_pin(vault.engine, "volunteer", VOLUNTEER_PIN)
    screen.volunteer_pin.set_text("999999")
    screen.volunteer_code.set_text("v042")
    reach(qtbot, w, screen.scroll_area, screen.reason.buttons["sight"])  # a finger swipes up
    tap(qtbot, w, screen.reason.buttons["sight"])
    tap(qtbot, w, screen.next)
    assert w.current() is screen
    assert "not the volunteer PIN" in screen.volunteer_pin.message.text()
    screen.volunteer_pin.set_text(VOLUNTEER_PIN)
    tap(qtbot, w, screen.next)
    assert w.current() is w.review
    assert "V042" in w.review.values["signature"].text()
    tap(qtbot, w, w.review.confirm)
    [row] = exported(vault, keys)
    assert (row["method"], row["volunteer"], row["assist_reason"]) == ("assisted", "V042", "sight")

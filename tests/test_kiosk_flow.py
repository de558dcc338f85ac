"""The signing flow through the real widgets, as a first-time signer meets it."""

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot

from kiosk import sealing
from kiosk.export import Summary, opened_signatures, rows_from_store
from kiosk.vault import Vault
from tests.conftest import CampaignKeys
from tests.kiosk_driver import draw, tap, type_text, zigzag
from ui.window import KioskWindow


def stored(vault: Vault, keys: CampaignKeys) -> list[dict[str, object]]:
    opener = sealing.Opener(keys.pair.suite, keys.pair.private_raw)
    return opened_signatures(rows_from_store(vault.engine), vault.campaign.slug, opener, Summary())


def fill_details(qtbot: QtBot, w: KioskWindow, given: str, surname: str, place: str) -> None:
    for name, value in (("given_name", given), ("surname", surname), ("settlement", place)):
        tap(qtbot, w, w.details.fields[name].edit)
        qtbot.waitUntil(w.keyboard.isVisible)
        while w.keyboard.layout_name != "az-Latn":  # as a person would: the language key
            tap(qtbot, w, w.keyboard.special_button("switch"))
        type_text(qtbot, w, value)


def sign_through(qtbot: QtBot, w: KioskWindow) -> None:
    """From welcome to the review screen with İlkin Məmmədov from Ağdam."""
    tap(qtbot, w, w.welcome.sign)
    tap(qtbot, w, w.petition.next)
    fill_details(qtbot, w, "İlkin", "Məmmədov", "Ağdam")
    tap(qtbot, w, w.details.next)
    assert w.current() is w.consents
    for tick in w.consents.ticks.values():
        tap(qtbot, w, tick)
    tap(qtbot, w, w.consents.next)
    assert w.current() is w.signature
    qtbot.waitUntil(lambda: not w.guard.armed)
    draw(w.signature.pad, zigzag())
    tap(qtbot, w, w.signature.next)
    assert w.current() is w.review


def test_a_whole_signing_stores_one_sealed_record(
    qtbot: QtBot, window: KioskWindow, vault: Vault, keys: CampaignKeys
) -> None:
    w = window
    assert "0" in w.welcome.counter.text()
    sign_through(qtbot, w)
    assert stored(vault, keys) == []  # nothing is stored before Confirm
    tap(qtbot, w, w.review.confirm)
    assert w.current() is w.thanks
    [signer] = stored(vault, keys)
    assert (signer["given_name"], signer["surname"], signer["settlement"]) == (
        "İlkin",
        "Məmmədov",
        "Ağdam",
    )
    tap(qtbot, w, w.thanks.show_code)
    assert w.thanks.code.isVisible()
    assert len(w.thanks.code.text().replace(" ", "")) == 12
    tap(qtbot, w, w.thanks.finish)
    assert w.current() is w.welcome
    assert "1" in w.welcome.counter.text()


def test_invalid_input_is_shown_by_the_field_and_nothing_is_stored(
    qtbot: QtBot, window: KioskWindow, vault: Vault, keys: CampaignKeys
) -> None:
    w = window
    tap(qtbot, w, w.welcome.sign)
    tap(qtbot, w, w.petition.next)
    tap(qtbot, w, w.details.fields["given_name"].edit)
    w.keyboard.set_layout("az-Latn")
    type_text(qtbot, w, "Əli")
    tap(qtbot, w, w.details.next)
    assert w.current() is w.details
    surname = w.details.fields["surname"]
    assert surname.message.isVisible()
    assert surname.message.text() == "Please fill this in."
    assert not w.details.fields["given_name"].message.isVisible()
    assert stored(vault, keys) == []


def test_idle_timeout_wipes_every_field_and_the_drawing(qtbot: QtBot, window: KioskWindow) -> None:
    w = window
    sign_through(qtbot, w)
    assert w.signature.pad.strokes()
    qtbot.waitUntil(lambda: w.prompt.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: w.current() is w.welcome, timeout=10_000)
    assert not w.prompt.isVisible()
    assert all(f.text() == "" for f in w.details.fields.values())
    assert not w.signature.pad.strokes()
    assert not any(t.isChecked() for t in w.consents.ticks.values())
    assert w.ctx.session.form.given_name == ""


def test_a_touch_during_the_countdown_keeps_the_signer(qtbot: QtBot, window: KioskWindow) -> None:
    w = window
    tap(qtbot, w, w.welcome.sign)
    tap(qtbot, w, w.petition.next)
    tap(qtbot, w, w.details.fields["given_name"].edit)
    type_text(qtbot, w, "Aysel")
    qtbot.waitUntil(lambda: w.prompt.isVisible(), timeout=10_000)
    qtbot.mouseClick(w.prompt.here, Qt.MouseButton.LeftButton)
    assert not w.prompt.isVisible()
    assert w.current() is w.details
    assert w.details.fields["given_name"].text() == "Aysel"


def test_a_double_tap_on_next_does_not_press_the_next_screen(
    qtbot: QtBot, window: KioskWindow
) -> None:
    w = window
    tap(qtbot, w, w.welcome.sign)
    spot = w.petition.next.mapTo(w, w.petition.next.rect().center())
    tap(qtbot, w, w.petition.next)
    assert w.current() is w.details
    # The second tap of a double tap lands at once on the same spot, where the details
    # screen has its own "Next": it must not be pressed.
    under = w.childAt(spot)
    assert under is w.details.next
    qtbot.mouseClick(under, Qt.MouseButton.LeftButton)
    assert w.current() is w.details
    assert not w.details.fields["given_name"].message.isVisible()
    # Once the screen has settled, the same tap works.
    tap(qtbot, w, w.details.next)
    assert w.details.fields["given_name"].message.isVisible()


def test_languages_switch_live(qtbot: QtBot, window: KioskWindow) -> None:
    w = window
    ru = next(b for b in w.welcome.languages.buttons() if b.property("code") == "ru")
    tap(qtbot, w, ru)
    assert w.ctx.session.form.locale == "ru"
    assert w.welcome.title.text() == w.ctx.campaign.texts["ru"].title


def test_a_session_cannot_outlast_its_cap_even_with_phantom_touches(
    qtbot: QtBot, window: KioskWindow
) -> None:
    w = window
    w.ctx.settings = replace(w.ctx.settings, session_max_seconds=2, idle_seconds=60)
    tap(qtbot, w, w.welcome.sign)
    tap(qtbot, w, w.petition.next)
    w.details.fields["given_name"].set_text("Aysel")
    timer = QTimer()
    timer.timeout.connect(w.idle.poke)  # a dirty screen "touching" every 100 ms
    timer.start(100)
    qtbot.waitUntil(lambda: w.current() is w.welcome, timeout=10_000)
    timer.stop()
    assert w.details.fields["given_name"].text() == ""


def test_an_idle_welcome_goes_dark_and_the_waking_touch_presses_nothing(
    qtbot: QtBot, window: KioskWindow
) -> None:
    w = window
    qtbot.waitUntil(w.dimmer.isVisible, timeout=10_000)
    russian = next(b for b in w.welcome.languages.buttons() if b.property("code") == "ru")
    spot = russian.mapTo(w, russian.rect().center())
    assert w.childAt(spot) is w.dimmer  # the finger lands on the dark glass, not the button
    qtbot.waitUntil(lambda: not w.guard.armed)
    qtbot.mouseClick(w.dimmer, Qt.MouseButton.LeftButton, pos=spot)
    assert not w.dimmer.isVisible()
    assert w.current() is w.welcome
    assert w.ctx.session.form.locale == "en"


def test_every_screen_has_help(qtbot: QtBot, window: KioskWindow) -> None:
    w = window
    for screen in w.screens:
        w.go(screen)
        tap(qtbot, w, w.help_button)
        assert w.help_card.isVisible()
        assert w.help_card.text.text() == screen.help_text() != ""
        tap(qtbot, w, w.help_card.close_button)
        assert not w.help_card.isVisible()
        assert w.current() is screen

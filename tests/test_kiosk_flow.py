"""The signing flow as a first-time signer meets it, every tap through the window."""

from dataclasses import replace

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from kiosk import sealing
from kiosk.export import Summary, opened_signatures, rows_from_store
from kiosk.vault import Vault
from tests.conftest import CampaignKeys
from tests.kiosk_driver import (
    enter_key,
    fill_name,
    in_view,
    keyboard_to,
    make_window,
    reach,
    release_filters,
    sign_through,
    spot,
    tap,
    tap_at,
    type_text,
)
from ui.window import KioskWindow

SIZES = [(1280, 800), (800, 1280)]
# A place typed key by key in each language's own keyboard, as that signer would write it.
TYPED_PLACE = {"az-Latn": "Ağdam", "az-Cyrl": "Шуша", "ru": "Шуша", "en": "Fuzuli"}
KEYBOARD = {"az-Latn": "az-Latn", "az-Cyrl": "az-Cyrl", "ru": "ru", "en": "en"}


def stored(vault: Vault, keys: CampaignKeys) -> list[dict[str, object]]:
    opener = sealing.Opener(keys.pair.suite, keys.pair.private_raw)
    return opened_signatures(rows_from_store(vault.engine), vault.campaign.slug, opener, Summary())


def test_a_whole_signing_stores_one_sealed_record_with_the_place(
    qtbot: QtBot, window: KioskWindow, vault: Vault, keys: CampaignKeys
) -> None:
    w = window
    assert "0" in w.welcome.counter.text()
    sign_through(qtbot, w)
    assert stored(vault, keys) == []  # nothing is stored before "Sign the petition"
    assert w.review.values["name"].text() == "İlkin Məmmədov"
    tap(qtbot, w, w.review.confirm)
    assert w.current() is w.thanks
    [signer] = stored(vault, keys)
    assert (signer["given_name"], signer["surname"], signer["settlement"]) == (
        "İlkin",
        "Məmmədov",
        "Ağdam",
    )
    assert w.thanks.mark.isVisible()
    assert len(w.thanks.code.text().replace(" ", "")) == 12
    spot(w, w.thanks.qr)  # the QR code is on the screen, for a phone
    tap(qtbot, w, w.thanks.finish)
    assert w.current() is w.welcome
    assert "1" in w.welcome.counter.text()


def test_names_start_with_a_capital_and_next_goes_to_the_next_box(
    qtbot: QtBot, window: KioskWindow
) -> None:
    w = window
    tap(qtbot, w, w.welcome.sign)
    tap(qtbot, w, w.petition.next)
    keyboard_to(qtbot, w, "az-Latn")
    for key in "ilkin":  # no Shift pressed: the keyboard capitalises the name itself
        tap(qtbot, w, w.keyboard.key_button(key))
    assert w.name.given.text() == "İlkin"  # Azerbaijani casing: i -> İ
    assert w.keyboard.special_button("enter").text().startswith("Next")
    enter_key(qtbot, w)
    assert w.name.surname.edit.hasFocus()
    assert w.keyboard.special_button("enter").text() == "Continue ›"  # as the green button
    spot(w, w.name.surname.edit)  # the box being typed in is above the keyboard
    spot(w, w.name.surname.caption)


def test_continue_with_a_missing_name_shows_the_summary_and_the_message_goes_when_fixed(
    qtbot: QtBot, window: KioskWindow, vault: Vault, keys: CampaignKeys
) -> None:
    w = window
    tap(qtbot, w, w.welcome.sign)
    tap(qtbot, w, w.petition.next)
    keyboard_to(qtbot, w, "az-Latn")
    type_text(qtbot, w, "Əli")
    tap(qtbot, w, w.name.next)
    assert w.current() is w.name
    assert not w.keyboard.isVisible()  # out of the way of the summary
    assert w.name.summary.isVisible()
    [line] = w.name.summary.lines.values()
    assert line.text() == "Enter your surname."  # which box, by name
    spot(w, line)
    spot(w, w.name.surname.message)
    tap(qtbot, w, line)  # the summary's line takes the signer to the box
    assert w.name.surname.edit.hasFocus()
    qtbot.waitUntil(w.keyboard.isVisible)
    type_text(qtbot, w, "Q")
    assert not w.name.surname.message.isVisible()
    assert not w.name.summary.isVisible()
    assert stored(vault, keys) == []


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("lang", list(TYPED_PLACE))
def test_a_place_typed_key_by_key_reads_back_exactly_in_every_language(
    qtbot: QtBot, vault: Vault, lang: str, size: tuple[int, int]
) -> None:
    w = make_window(qtbot, vault, size=size)
    try:
        w.set_language(lang)
        w.ctx.session.form.given_name, w.ctx.session.form.surname = "Aysel", "Quliyeva"
        w.go(w.settlement)
        keyboard_to(qtbot, w, KEYBOARD[lang])
        type_text(qtbot, w, TYPED_PLACE[lang])
        # The places listed in the page never took a key: every letter arrived.
        assert w.settlement.field.text() == TYPED_PLACE[lang]
        assert w.settlement.picker.isVisible()
        spot(w, w.settlement.field.edit)
        row = w.settlement.picker.rows[0]
        spot(w, row)  # the first match is above the keyboard
        tap(qtbot, w, row)
        assert w.settlement.place_id
        tap(qtbot, w, w.settlement.next)
        assert w.current() is w.news
    finally:
        release_filters(w)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("lang", list(TYPED_PLACE))
def test_the_ticks_fit_and_a_missing_one_is_named_at_the_top(
    qtbot: QtBot, vault: Vault, lang: str, size: tuple[int, int]
) -> None:
    w = make_window(qtbot, vault, size=size)
    try:
        w.set_language(lang)
        w.go(w.consents)
        ticks = list(w.consents.ticks.values())
        for tick in ticks[:2]:
            spot(w, tick.tick)  # on the screen without scrolling
            tap(qtbot, w, tick.tick)
        reach(qtbot, w, w.consents.scroll_area, ticks[2].tick)
        tap(qtbot, w, w.consents.next)
        assert w.current() is w.consents
        qtbot.waitUntil(lambda: w.consents.summary.isVisible())
        missing = ticks[2]
        qtbot.waitUntil(lambda: missing.message.isVisible())
        spot(w, w.consents.summary.title)
        qtbot.waitUntil(lambda: in_view(w, missing.tick))
        tap(qtbot, w, missing.tick)  # the first problem is in view: no swipe needed
        assert not missing.message.isVisible()
        assert not w.consents.summary.isVisible()
        tap(qtbot, w, w.consents.next)
        assert w.current() is w.signature
    finally:
        release_filters(w)


def test_the_language_can_change_on_any_screen_and_keeps_what_was_typed(
    qtbot: QtBot, window: KioskWindow
) -> None:
    w = window
    tap(qtbot, w, w.welcome.sign)
    tap(qtbot, w, w.petition.next)
    fill_name(qtbot, w, "Aysel", "Quliyeva")
    assert w.current() is w.settlement
    tap(qtbot, w, w.header.language)
    tap(qtbot, w, w.languages.buttons["ru"])
    assert w.ctx.session.form.locale == "ru"
    assert w.header.language.text().startswith("Русский")
    tap(qtbot, w, w.settlement.back)
    assert (w.name.given.text(), w.name.surname.text()) == ("Aysel", "Quliyeva")


def test_a_picked_place_reads_in_the_script_of_the_language_chosen_after(
    qtbot: QtBot, window: KioskWindow
) -> None:
    w = window
    sign_through(qtbot, w)  # Ağdam picked from the list, in Azerbaijani (Latin)
    tap(qtbot, w, w.header.language)
    tap(qtbot, w, w.languages.buttons["ru"])
    assert w.review.values["settlement"].text() == "Агдам"
    tap(qtbot, w, w.review.changes["settlement"])
    assert w.settlement.field.text() == "Агдам"
    tap(qtbot, w, w.settlement.next)
    assert w.current() is w.review
    assert w.ctx.session.form.place_id == "agdam/agdam"  # one place whatever the script


def test_a_change_from_check_your_answers_comes_back_to_it(
    qtbot: QtBot, window: KioskWindow
) -> None:
    w = window
    sign_through(qtbot, w)
    tap(qtbot, w, w.review.changes["name"])
    assert w.current() is w.name
    tap(qtbot, w, w.name.given.edit)
    type_text(qtbot, w, "a")
    tap(qtbot, w, w.name.next)
    assert w.current() is w.review
    assert w.review.values["name"].text() == "İlkina Məmmədov"


def test_idle_timeout_wipes_every_field_and_the_drawing(qtbot: QtBot, window: KioskWindow) -> None:
    w = window
    sign_through(qtbot, w)
    assert w.ctx.session.form.strokes
    qtbot.waitUntil(lambda: w.prompt.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: w.current() is w.welcome, timeout=10_000)
    assert not w.prompt.isVisible()
    assert w.name.given.text() == w.settlement.field.text() == ""
    assert not w.signature.pad.strokes()
    assert not any(t.tick.isChecked() for t in w.consents.ticks.values())
    assert w.ctx.session.form.given_name == ""


def test_the_idle_question_comes_after_the_whole_idle_time(
    qtbot: QtBot, window: KioskWindow
) -> None:
    w = window
    w.ctx.settings = replace(w.ctx.settings, idle_seconds=2, countdown_seconds=5)
    tap(qtbot, w, w.welcome.sign)
    tap(qtbot, w, w.petition.next)
    started = w.idle._quiet.remainingTime()
    assert started > 1500  # idle - countdown would be negative here: asked at once
    qtbot.waitUntil(lambda: w.prompt.isVisible(), timeout=10_000)


def test_a_touch_during_the_countdown_keeps_the_signer(qtbot: QtBot, window: KioskWindow) -> None:
    w = window
    tap(qtbot, w, w.welcome.sign)
    tap(qtbot, w, w.petition.next)
    type_text(qtbot, w, "Aysel")
    qtbot.waitUntil(lambda: w.prompt.isVisible(), timeout=10_000)
    tap_at(w, spot(w, w.prompt.here))
    assert not w.prompt.isVisible()
    assert w.current() is w.name
    assert w.name.given.text() == "Aysel"


def test_a_double_tap_on_continue_does_not_press_the_next_screen(
    qtbot: QtBot, window: KioskWindow
) -> None:
    w = window
    tap(qtbot, w, w.welcome.sign)
    tap(qtbot, w, w.petition.next)
    assert w.current() is w.name
    type_text(qtbot, w, "Aysel")
    enter_key(qtbot, w)
    type_text(qtbot, w, "Quliyeva")
    here = spot(w, w.name.next)
    tap(qtbot, w, w.name.next)
    assert w.current() is w.settlement
    # The second tap of a double tap lands at once on the same spot, where the next screen
    # has its own Continue: it must not be pressed.
    assert w.childAt(here) is w.settlement.next
    tap_at(w, here)
    assert w.current() is w.settlement
    assert not w.settlement.summary.isVisible()
    tap(qtbot, w, w.settlement.next)  # once the screen has settled, the same tap works
    assert w.settlement.summary.isVisible()


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
    type_text(qtbot, w, "Aysel")
    timer = QTimer()
    timer.timeout.connect(w.idle.poke)  # a dirty screen "touching" every 100 ms
    timer.start(100)
    qtbot.waitUntil(lambda: w.current() is w.welcome, timeout=10_000)
    timer.stop()
    assert w.name.given.text() == ""


def test_an_idle_welcome_goes_dark_and_the_waking_touch_presses_nothing(
    qtbot: QtBot, window: KioskWindow
) -> None:
    w = window
    qtbot.waitUntil(w.dimmer.isVisible, timeout=10_000)
    russian = next(b for b in w.welcome.languages.buttons() if b.property("code") == "ru")
    here = russian.mapTo(w, russian.rect().center())
    assert w.childAt(here) is w.dimmer  # the finger lands on the dark glass, not the button
    qtbot.waitUntil(lambda: not w.guard.armed)
    tap_at(w, here)
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

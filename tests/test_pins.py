"""PINs: hashed in the store, a lockout that doubles and survives restarts and clock changes;
the PinPad that takes them and never shows them."""

from collections.abc import Iterator
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, delete, insert

from kiosk import pins
from kiosk.models import Meta
from kiosk.store import DB_NAME, begin_write, open_engine
from ui import sizing
from ui.widgets.pinpad import MASK, PinPad

PIN = "480913"
WRONG = "480914"
T0 = 1_750_000_000.0


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    engine = open_engine(tmp_path)
    yield engine
    engine.dispose()


def fail_until_locked(engine: Engine, now: float) -> pins.PinCheck:
    for _ in range(pins.MAX_FAILURES - 1):
        assert not pins.check_pin(engine, "coordinator", WRONG, now).ok
    return pins.check_pin(engine, "coordinator", WRONG, now)


def test_set_has_and_check(engine: Engine) -> None:
    assert not pins.has_pin(engine, "coordinator")
    assert not pins.check_pin(engine, "coordinator", PIN, T0).ok  # no PIN opens nothing
    pins.set_pin(engine, "coordinator", PIN)
    assert pins.has_pin(engine, "coordinator")
    assert not pins.has_pin(engine, "volunteer")
    assert pins.check_pin(engine, "coordinator", PIN, T0) == pins.PinCheck(True, 5, None)
    assert not pins.check_pin(engine, "volunteer", PIN, T0).ok
    wrong = pins.check_pin(engine, "coordinator", WRONG, T0)
    assert wrong == pins.PinCheck(False, 4, None)


def test_roles_are_checked(engine: Engine) -> None:
    stranger = cast(pins.Role, "admin")
    with pytest.raises(ValueError, match="role"):
        pins.set_pin(engine, stranger, PIN)
    with pytest.raises(ValueError, match="role"):
        pins.has_pin(engine, stranger)
    with pytest.raises(ValueError, match="role"):
        pins.check_pin(engine, stranger, PIN)


@pytest.mark.parametrize(
    ("pin", "code"),
    [
        ("12345", "pin_digits"),
        ("123456789", "pin_digits"),
        ("12a456", "pin_digits"),
        ("٤٨٠٩١٣", "pin_digits"),  # Arabic-Indic digits are digits, but not on our pad
        ("480913\n", "pin_digits"),
        ("000000", "pin_trivial"),
        ("77777777", "pin_trivial"),
        ("123456", "pin_trivial"),
        ("654321", "pin_trivial"),
        ("01234567", "pin_trivial"),
        ("890123", "pin_trivial"),
        ("480913", None),
        ("12345670", None),
    ],
)
def test_new_pins_are_validated(engine: Engine, pin: str, code: str | None) -> None:
    assert pins.validate_new_pin(pin) == code
    if code is not None:
        assert code in pins.MESSAGES
        with pytest.raises(ValueError, match="PIN"):
            pins.set_pin(engine, "volunteer", pin)


def test_five_wrong_pins_lock_for_five_minutes(engine: Engine) -> None:
    pins.set_pin(engine, "coordinator", PIN)
    for left in (4, 3, 2, 1):
        assert pins.check_pin(engine, "coordinator", WRONG, T0) == pins.PinCheck(False, left, None)
    locked = pins.check_pin(engine, "coordinator", WRONG, T0)
    assert locked == pins.PinCheck(False, 0, T0 + 300)
    # The right PIN is refused while locked, and says until when.
    assert pins.check_pin(engine, "coordinator", PIN, T0 + 299) == locked
    # The other role is not locked with it.
    pins.set_pin(engine, "volunteer", "975318")
    assert pins.check_pin(engine, "volunteer", "975318", T0 + 1).ok
    # Once the lock has passed, the right PIN opens and resets everything.
    assert pins.check_pin(engine, "coordinator", PIN, T0 + 300).ok
    assert fail_until_locked(engine, T0 + 400).locked_until == T0 + 400 + 300


def test_later_lockouts_double_until_a_correct_pin(engine: Engine) -> None:
    pins.set_pin(engine, "coordinator", PIN)
    first = fail_until_locked(engine, T0)
    assert first.locked_until == T0 + 5 * 60
    after_first = T0 + 5 * 60
    # Five fresh attempts after a lock, and the next lock lasts twice as long.
    assert pins.check_pin(engine, "coordinator", WRONG, after_first).attempts_left == 4
    second = fail_until_locked(engine, after_first)
    assert second.attempts_left == 0
    assert second.locked_until == after_first + 10 * 60
    third = fail_until_locked(engine, after_first + 10 * 60)
    assert third.locked_until == after_first + 10 * 60 + 20 * 60


def test_lockouts_are_capped_at_a_day(engine: Engine) -> None:
    pins.set_pin(engine, "coordinator", PIN)
    now, lengths = T0, []
    for _ in range(12):
        until = fail_until_locked(engine, now).locked_until
        assert until is not None
        lengths.append(until - now)
        now = until
    assert lengths == [300.0 * 2**i for i in range(9)] + [86400.0] * 3


def test_the_lock_survives_reopening_the_store(tmp_path: Path) -> None:
    engine = open_engine(tmp_path)
    pins.set_pin(engine, "coordinator", PIN)
    for _ in range(3):
        pins.check_pin(engine, "coordinator", WRONG, T0)
    engine.dispose()
    engine = open_engine(tmp_path)
    assert pins.check_pin(engine, "coordinator", WRONG, T0).attempts_left == 1
    locked = pins.check_pin(engine, "coordinator", WRONG, T0)
    engine.dispose()
    engine = open_engine(tmp_path)
    assert pins.check_pin(engine, "coordinator", PIN, T0 + 60) == locked
    assert pins.check_pin(engine, "coordinator", PIN, T0 + 300).ok
    engine.dispose()


def test_a_clock_set_back_stays_locked(engine: Engine) -> None:
    pins.set_pin(engine, "coordinator", PIN)
    locked = fail_until_locked(engine, T0)
    assert not pins.check_pin(engine, "coordinator", PIN, T0 - 3600).ok
    assert not pins.check_pin(engine, "coordinator", PIN, T0 - 86400 * 365).ok
    assert pins.check_pin(engine, "coordinator", PIN, T0 + 301).ok
    assert locked.locked_until == T0 + 300
    # Behind the last failure, even before any lock, the role is refused.
    pins.check_pin(engine, "coordinator", WRONG, T0 + 1000)
    behind = pins.check_pin(engine, "coordinator", PIN, T0 + 999)
    assert behind == pins.PinCheck(False, 0, T0 + 1000)
    assert pins.check_pin(engine, "coordinator", PIN, T0 + 1000).ok


def test_a_new_pin_resets_the_lock(engine: Engine) -> None:
    pins.set_pin(engine, "coordinator", PIN)
    fail_until_locked(engine, T0)
    pins.set_pin(engine, "coordinator", "975318")
    assert not pins.check_pin(engine, "coordinator", PIN, T0 + 1).ok
    assert pins.check_pin(engine, "coordinator", "975318", T0 + 1).ok


def put_meta(engine: Engine, key: str, value: bytes) -> None:
    with begin_write(engine) as conn:
        conn.execute(delete(Meta).where(Meta.key == key))
        conn.execute(insert(Meta).values(key=key, value=value))


def test_damaged_state_fails_closed(engine: Engine) -> None:
    pins.set_pin(engine, "coordinator", PIN)
    put_meta(engine, "pin_failures:coordinator", b"{not json")
    locked = pins.check_pin(engine, "coordinator", PIN, T0)
    assert locked == pins.PinCheck(False, 0, T0 + 86400)
    assert pins.check_pin(engine, "coordinator", PIN, T0 + 3600) == locked  # persisted
    pins.set_pin(engine, "volunteer", PIN)
    put_meta(engine, "pin:volunteer", b'{"format": "imza-pin-1", "n": 1}')
    assert pins.check_pin(engine, "volunteer", PIN, T0) == pins.PinCheck(False, 5, None)


def test_the_pin_is_never_stored_in_clear(tmp_path: Path) -> None:
    engine = open_engine(tmp_path)
    pins.set_pin(engine, "coordinator", PIN)
    pins.set_pin(engine, "volunteer", "97531864")
    pins.check_pin(engine, "coordinator", PIN, T0)
    pins.check_pin(engine, "volunteer", "97531860", T0)
    engine.dispose()
    files = list(tmp_path.glob(f"{DB_NAME}*"))
    assert files
    for path in files:
        data = path.read_bytes()
        for secret in (PIN, "97531864", "97531860"):
            assert secret.encode() not in data
            assert secret.encode("utf-16-le") not in data


# -- the PinPad ----------------------------------------------------------------------------
@pytest.fixture
def pad(qtbot: QtBot) -> PinPad:
    pad = PinPad()
    qtbot.addWidget(pad)
    pad.set_title("Coordinator PIN")
    pad.resize(800, 1280)
    pad.show()
    qtbot.waitExposed(pad)
    return pad


# pytest-qt's QTest wrappers carry no annotations: the ignores are for strict mypy only.
def click(qtbot: QtBot, button: QPushButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def press(qtbot: QtBot, pad: PinPad, key: Qt.Key | str) -> None:
    if isinstance(key, str):
        qtbot.keyClicks(pad, key)
    else:
        qtbot.keyClick(pad, key)


def test_pad_emits_the_digits_on_ok_and_clears(qtbot: QtBot, pad: PinPad) -> None:
    for digit in PIN:
        click(qtbot, pad.digit_buttons[digit])
        assert set(pad.display.text()) <= {MASK}
        assert not any(d in pad.display.text() for d in "0123456789")
    assert pad.display.text() == MASK * len(PIN)
    with qtbot.waitSignal(pad.entered) as blocker:
        click(qtbot, pad.ok_button)
    assert blocker.args == [PIN]
    assert pad.display.text() == ""
    assert pad.digit_count() == 0


def test_pad_backspace_and_limits(qtbot: QtBot, pad: PinPad) -> None:
    assert not pad.ok_button.isEnabled()
    for digit in "123":
        click(qtbot, pad.digit_buttons[digit])
    click(qtbot, pad.delete_button)
    assert pad.display.text() == MASK * 2
    for digit in "4567890":  # one past the longest PIN: ignored
        click(qtbot, pad.digit_buttons[digit])
    assert pad.digit_count() == pins.PIN_MAX_LEN
    with qtbot.waitSignal(pad.entered) as blocker:
        click(qtbot, pad.ok_button)
    assert blocker.args == ["12456789"]


def test_pad_ok_needs_a_whole_pin(qtbot: QtBot, pad: PinPad) -> None:
    for digit in "12345":
        click(qtbot, pad.digit_buttons[digit])
    with qtbot.assertNotEmitted(pad.entered):
        press(qtbot, pad, Qt.Key.Key_Return)
    assert pad.digit_count() == 5


def test_pad_cancel(qtbot: QtBot, pad: PinPad) -> None:
    with qtbot.waitSignal(pad.cancelled):
        click(qtbot, pad.cancel_button)
    with qtbot.waitSignal(pad.cancelled):
        press(qtbot, pad, Qt.Key.Key_Escape)


def test_pad_takes_the_keyboard(qtbot: QtBot, pad: PinPad) -> None:
    press(qtbot, pad, "97x53186")
    assert pad.digit_count() == 7
    press(qtbot, pad, Qt.Key.Key_Backspace)
    with qtbot.waitSignal(pad.entered) as blocker:
        press(qtbot, pad, Qt.Key.Key_Enter)
    assert blocker.args == ["975318"]


def test_pad_buttons_are_large_named_and_never_take_focus(pad: PinPad) -> None:
    smallest = sizing.mm(sizing.BUTTON_MM)
    buttons = [*pad.digit_buttons.values(), pad.delete_button, pad.ok_button, pad.cancel_button]
    assert len(buttons) == 13
    for button in buttons:
        assert button.accessibleName()
        assert button.focusPolicy() == Qt.FocusPolicy.NoFocus
        assert button.width() >= smallest
        assert button.height() >= smallest
    assert pad.digit_buttons["7"].accessibleName() == "Digit 7"
    pad.set_message("Wrong PIN.", error=True)
    assert pad.message.text() == "Wrong PIN."
    assert not pad.grab().isNull()

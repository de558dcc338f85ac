"""The on-screen keyboard types names as signers spell them, in four alphabets and on a pad."""

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from ui import sizing
from ui.widgets import keyboard
from ui.widgets.keyboard import OnScreenKeyboard, Shift
from ui.widgets.keyboard_layouts import LAYOUTS

SPECIALS = {"shift", "backspace", "space", "switch", "hide", "letters"}


class Board:
    """A window with one field and the keyboard under it, as on the signing screens."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.window = QWidget()
        self.edit = QLineEdit()
        self.kb = OnScreenKeyboard()
        box = QVBoxLayout(self.window)
        box.addWidget(self.edit)
        box.addWidget(self.kb)
        qtbot.addWidget(self.window)
        self.window.resize(1280, 420)
        self.window.show()
        qtbot.waitExposed(self.window)
        self.kb.set_target(self.edit)

    def shift(self) -> Shift:
        """A call, not the property, so mypy does not narrow it between taps."""
        return self.kb.shift

    def tap(self, *keys: str) -> None:
        """Tap keys by character, or by special name (shift, backspace, ...)."""
        for key in keys:
            button = self.kb.special_button(key) if key in SPECIALS else self.kb.key_button(key)
            self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def board(qtbot: QtBot) -> Board:
    return Board(qtbot)


def page_buttons(kb: OnScreenKeyboard) -> list[QPushButton]:
    return [b for b in kb.findChildren(QPushButton) if b.isVisible()]


def test_types_an_azerbaijani_surname_with_shift_for_the_capital(board: Board) -> None:
    board.tap("shift", "m")
    assert board.shift() is Shift.OFF  # one-shot: back to lower case after one letter
    board.tap("ə", "m", "m", "ə", "d", "o", "v")
    assert board.edit.text() == "Məmmədov"


def test_shift_i_is_dotted_capital_i(board: Board) -> None:
    board.tap("shift", "i", "l", "k", "i", "n")
    assert board.edit.text() == "İlkin"
    board.edit.clear()
    board.tap("shift", "ı")
    assert board.edit.text() == "I"


def test_english_layout_capitalises_i_without_a_dot(board: Board) -> None:
    board.kb.set_layout("en")
    board.tap("shift", "i", "a", "n")
    assert board.edit.text() == "Ian"


def test_cyrillic_layout_types_a_surname_with_capital_che(board: Board) -> None:
    board.kb.set_layout("az-Cyrl")
    board.tap("shift", "ҹ", "ә", "ф", "ә", "р", "о", "в")
    assert board.edit.text() == "Ҹәфәров"


def test_captions_follow_shift(board: Board) -> None:
    key = board.kb.key_button("i")
    assert key.text() == "i"
    board.tap("shift")
    assert key.text() == "İ"
    assert key.accessibleName() == "İ"
    assert board.kb.key_button("İ") is key


@pytest.mark.parametrize("letter", list("ӘҒЈҜҺҸӨҮ"))
def test_every_azerbaijani_cyrillic_letter_has_its_own_key(board: Board, letter: str) -> None:
    board.kb.set_layout("az-Cyrl")
    assert letter.lower() in LAYOUTS["az-Cyrl"].characters()
    board.tap("shift", letter.lower())
    assert board.edit.text() == letter


def test_russian_layout_has_the_letters_people_look_for() -> None:
    assert set("ёъьэйщ") <= set(LAYOUTS["ru"].characters())


def test_switch_cycles_through_the_letter_layouts(board: Board) -> None:
    seen = [board.kb.layout_name]
    for _ in range(4):
        board.tap("switch")
        seen.append(board.kb.layout_name)
    assert seen == ["az-Latn", "az-Cyrl", "ru", "en", "az-Latn"]
    letters = {"az-Latn", "az-Cyrl", "ru", "en"}
    assert set(board.kb.layouts()) == letters | {"digits", "number", "email"}


def test_digits_pad_and_back_to_the_letters_in_use(board: Board) -> None:
    board.kb.set_layout("ru")
    board.kb.set_layout("digits")
    board.tap("+", "9", "9", "4", "space", "(", "5", "0", ")", "-")
    assert board.edit.text() == "+994 (50)-"
    board.tap("letters")
    assert board.kb.layout_name == "ru"


def test_backspace_removes_one_character(board: Board) -> None:
    board.edit.setText("Əliyev")
    board.tap("backspace")
    assert board.edit.text() == "Əliye"


def test_space_and_typed_signal(board: Board) -> None:
    typed: list[str] = []
    board.kb.typed.connect(typed.append)
    board.tap("a", "space", "b")
    assert board.edit.text() == "a b"
    assert typed == ["a", " ", "b"]


def test_typing_respects_the_field_limits(board: Board) -> None:
    board.edit.setMaxLength(2)
    with board.qtbot.assertNotEmitted(board.kb.typed):
        board.edit.setText("ab")
        board.tap("c")
    assert board.edit.text() == "ab"


def test_hide_key_asks_to_hide(board: Board) -> None:
    with board.qtbot.waitSignal(board.kb.hide_requested):
        board.tap("hide")


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The time the next Shift tap is seen at: tests set it instead of waiting."""
    now = [100.0]
    monkeypatch.setattr(keyboard, "_now", lambda: now[0])
    return now


def test_double_tap_locks_shift(board: Board, clock: list[float]) -> None:
    board.tap("shift")
    clock[0] += 0.1
    board.tap("shift")
    assert board.shift() is Shift.LOCKED
    board.tap("a", "b")
    assert board.edit.text() == "AB"
    board.tap("shift")
    assert board.shift() is Shift.OFF


def test_slow_second_tap_turns_shift_off(board: Board, clock: list[float]) -> None:
    board.tap("shift")
    clock[0] += 5.0
    board.tap("shift")
    assert board.shift() is Shift.OFF


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_keys_are_big_enough_and_rows_share_the_width(board: Board, layout: str) -> None:
    board.kb.set_layout(layout)
    least = sizing.mm(10)
    buttons = page_buttons(board.kb)
    assert buttons
    for button in buttons:
        assert button.minimumWidth() >= least
        assert button.minimumHeight() >= least
        assert button.width() >= least
        assert button.height() >= least
    widths = [board.kb.key_button(ch).width() for ch in LAYOUTS[layout].characters()]
    assert max(widths) - min(widths) <= 1


def test_no_key_takes_focus_and_the_field_keeps_it(board: Board) -> None:
    buttons = board.kb.findChildren(QPushButton)
    assert len(buttons) > 100
    assert all(b.focusPolicy() == Qt.FocusPolicy.NoFocus for b in buttons)
    board.kb.set_target(None)  # falls back to the focused field
    board.window.activateWindow()
    board.edit.setFocus()
    board.qtbot.waitUntil(lambda: QApplication.focusWidget() is board.edit)
    board.tap("a", "b")
    assert board.edit.text() == "ab"
    assert QApplication.focusWidget() is board.edit


def test_every_key_has_an_accessible_name(board: Board) -> None:
    for layout in board.kb.layouts():
        board.kb.set_layout(layout)
        assert all(b.accessibleName() for b in page_buttons(board.kb))
    assert board.kb.special_button("backspace").accessibleName() == "Backspace"


def test_language_change_retranslates(board: Board) -> None:
    hide = board.kb.special_button("hide")
    hide.setAccessibleName("")
    QApplication.sendEvent(board.kb, QEvent(QEvent.Type.LanguageChange))
    assert hide.accessibleName() == "Hide keyboard"


def test_reset_restores_the_default_layout_and_shift_off(board: Board) -> None:
    board.tap("switch", "switch", "shift")
    assert board.kb.layout_name == "ru"
    assert board.shift() is Shift.ONCE
    board.kb.reset()
    assert board.kb.layout_name == "az-Latn"
    assert board.shift() is Shift.OFF
    assert board.kb.key_button("a").text() == "a"


def test_default_layout_is_a_constructor_argument(qtbot: QtBot) -> None:
    kb = OnScreenKeyboard(default_layout="ru")
    qtbot.addWidget(kb)
    kb.set_layout("en")
    kb.reset()
    assert kb.layout_name == "ru"
    with pytest.raises(ValueError, match="unknown"):
        kb.set_layout("tlh")

"""OnScreenKeyboard: big keys for Azerbaijani (Latin and Cyrillic), Russian, English and phones.

It types into a QLineEdit through insert() and backspace(), so validators and maxLength apply
exactly as for a hardware keyboard. It remembers nothing a signer typed: no prediction, no
history, no learning; the only state is the layout and the Shift key.
"""

import enum
import time
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from kiosk.normalise import az_upper
from ui import sizing
from ui.widgets import keyboard_layouts as kl

KEY_PREFERRED_MM = 13.0  # a comfortable key; sizing.KEY_MM is the least it may shrink to
CAPTION_MM = 5.5  # letter height on the keys, large for older eyes
COMPACT_WIDTH_MM = 110.0  # the phone pad stays a pad on a wide screen
BACKSPACE_DELAY_MS, BACKSPACE_INTERVAL_MS = 500, 90

# Symbols rather than words: they need no translation and fit a key. The accessible names
# carry the translated words.
SYMBOLS = {"backspace": "⌫", "shift": "⇧", "hide": "⌨ ▾"}
SHIFT_LOCKED_SYMBOL = "⇪"

# Keys are white, special keys grey, Shift yellow while on; every key darkens while pressed.
# The margin is the gap between keys, inside each button, so there is no dead strip between
# two keys where a finger lands on nothing.
STYLE = """
OnScreenKeyboard { background: #cfd6de; }
QPushButton#key {
    margin: %(gap)dpx; padding: 0px; border: 1px solid #8795a5; border-radius: %(radius)dpx;
    background: #ffffff; color: #10243e; font-size: %(font)dpx;
}
QPushButton#key[role="special"], QPushButton#key[role="symbol"] { background: #aab6c3; }
QPushButton#key[role="special"] { font-size: %(small)dpx; }
QPushButton#key[role="symbol"] { font-size: %(symbol)dpx; }
QPushButton#key[role="space"] { color: #3d4a57; font-size: %(small)dpx; }
QPushButton#key[role="enter"] { background: #0b5d3b; color: #ffffff; font-size: %(small)dpx;
    font-weight: bold; border-color: #0b5d3b; }
QPushButton#key[shift="once"] { background: #ffd166; }
QPushButton#key[shift="locked"] { background: #f4a261; border: 3px solid #10243e; }
QPushButton#key:pressed { background: #10243e; color: #ffffff; }
"""


def _now() -> float:
    return time.monotonic()  # one place for tests to replace the clock of the double tap


class Shift(enum.Enum):
    OFF = ""
    ONCE = "once"  # the next letter only
    LOCKED = "locked"


class _Key(QPushButton):
    """A key: never takes focus, so the field being typed into keeps its cursor."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("key")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumSize(sizing.mm(sizing.KEY_MM), sizing.mm(sizing.KEY_MM))
        # Ignored: the width comes from the stretch factors alone, whatever the caption.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        side = sizing.mm(KEY_PREFERRED_MM)
        return QSize(side, side)


@dataclass
class _Page:
    layout: kl.Layout
    widget: QWidget
    chars: dict[str, QPushButton] = field(default_factory=dict)
    specials: dict[str, QPushButton] = field(default_factory=dict)


class OnScreenKeyboard(QWidget):
    """Types into ``set_target``'s field, or into the focused QLineEdit when there is none."""

    typed = Signal(str)  # every character inserted into the field
    hide_requested = Signal()
    enter_pressed = Signal()  # Next or Continue: the dock moves on

    def __init__(self, parent: QWidget | None = None, default_layout: str = "az-Latn") -> None:
        super().__init__(parent)
        if default_layout not in kl.LAYOUTS:
            raise ValueError(f"unknown keyboard layout {default_layout!r}")
        self._default = default_layout
        self._target: QLineEdit | None = None
        self._shift = Shift.OFF
        self._shift_at = 0.0
        self._shift_auto = False  # Shift was put on by capitalisation, not by a finger
        self._enter_is_done = False
        self._letters = kl.LETTER_CYCLE[0]  # where the digits pad goes back to
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setStyleSheet(
            STYLE
            % {
                "gap": max(2, sizing.mm(0.8)),
                "radius": sizing.mm(1.5),
                "font": sizing.mm(CAPTION_MM),
                "small": sizing.mm(CAPTION_MM * 0.75),
                "symbol": sizing.mm(CAPTION_MM * 1.5),
            }
        )
        self._stack = QStackedWidget(self)
        box = QVBoxLayout(self)
        margin = sizing.mm(1.5)
        box.setContentsMargins(margin, margin, margin, margin)
        box.addWidget(self._stack)
        self._pages = {name: self._build_page(layout) for name, layout in kl.LAYOUTS.items()}
        self._name = default_layout
        self.reset()
        self._retranslate()

    # -- public API ------------------------------------------------------------------------
    @property
    def layout_name(self) -> str:
        return self._name

    @property
    def letters(self) -> str:
        """The letter layout last in use: the next name box opens in it."""
        return self._letters

    def layouts(self) -> tuple[str, ...]:
        return tuple(kl.LAYOUTS)

    def set_layout(self, name: str) -> None:
        if name not in kl.LAYOUTS:
            raise ValueError(f"unknown keyboard layout {name!r}")
        self._name = name
        if name in kl.LETTER_CYCLE:
            self._letters = name
        self._stack.setCurrentWidget(self._pages[name].widget)
        self._refresh()

    def set_target(self, widget: QLineEdit | None) -> None:
        self._target = widget
        self._auto_shift()

    def set_enter(self, last: bool) -> None:
        """The Enter key says Next when another box follows on the screen, else Continue."""
        self._enter_is_done = last
        self._retranslate()

    def _auto_shift(self) -> None:
        """A name starts each word with a capital: Shift comes on by itself at the start of
        a word of a box marked ``capitalise``, and goes off after the letter."""
        if self._shift is Shift.LOCKED:
            return
        field = self.target()
        if field is None or not field.property("capitalise"):
            if self._shift_auto:
                self._set_shift(Shift.OFF)
            return
        before = field.text()[: field.cursorPosition()]
        want = not before or before[-1] in " -'’"
        if want != (self._shift is Shift.ONCE):
            self._set_shift(Shift.ONCE if want else Shift.OFF)
        self._shift_auto = want

    def target(self) -> QLineEdit | None:
        """The field the next key goes to: the explicit target, else the focused QLineEdit."""
        if self._target is not None and isValid(self._target):
            return self._target
        focused = QApplication.focusWidget()
        if isinstance(focused, QLineEdit) and not focused.isReadOnly():
            return focused
        return None

    def reset(self) -> None:
        """Back to the default layout with Shift off, as for the next signer."""
        self._shift = Shift.OFF
        self._shift_at = 0.0
        self._letters = kl.LETTER_CYCLE[0]
        self.set_layout(self._default)

    @property
    def shift(self) -> Shift:
        return self._shift

    def key_button(self, char: str) -> QPushButton:
        """The key of ``char`` (lower or upper case) in the current layout; KeyError if none."""
        chars = self._pages[self._name].chars
        if char in chars:
            return chars[char]
        for base, button in chars.items():
            if self._upper(base) == char:
                return button
        raise KeyError(char)

    def special_button(self, name: str) -> QPushButton:
        """shift, backspace, space, switch, hide or letters, if the current layout has it."""
        return self._pages[self._name].specials[name]

    # -- building --------------------------------------------------------------------------
    def _build_page(self, layout: kl.Layout) -> _Page:
        keys = QWidget()
        page = _Page(layout, keys)
        rows = QVBoxLayout(keys)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(0)
        total = max(sum(layout.units(t) for t in row) for row in layout.rows)
        for row in layout.rows:
            widths = [layout.units(token) for token in row]
            spare = total - sum(widths)
            if kl.SPACE in row and kl.SPACE not in layout.widths:
                widths[row.index(kl.SPACE)] += spare  # the space bar takes what is left over
                spare = 0
            line = QHBoxLayout()
            line.setSpacing(0)
            if spare:  # a shorter row is centred; stretch factors count half units
                line.addStretch(spare)
            for token, units in zip(row, widths, strict=True):
                line.addWidget(self._make_key(page, token), 2 * units)
            if spare:
                line.addStretch(spare)
            rows.addLayout(line)
        if not layout.compact:
            self._stack.addWidget(keys)
            return page
        holder = QWidget()  # keeps the pad narrow and centred; the stack fills its pages
        keys.setMaximumWidth(sizing.mm(COMPACT_WIDTH_MM))
        centre = QHBoxLayout(holder)
        centre.setContentsMargins(0, 0, 0, 0)
        centre.addWidget(keys)
        page.widget = holder
        self._stack.addWidget(holder)
        return page

    def _make_key(self, page: _Page, token: str) -> QPushButton:
        key = _Key(page.widget)
        if token not in kl.SPECIALS:
            key.clicked.connect(lambda: self._type(token))
            page.chars[token] = key
            return key
        name = kl.special_name(token)
        page.specials[name] = key
        key.setProperty("role", "symbol" if name in SYMBOLS else "special")
        key.setText(SYMBOLS.get(name, ""))
        if token == kl.SPACE:  # the endonym on the space bar; on the pad a big ␣
            key.setProperty("role", "space" if page.layout.endonym else "symbol")
            key.setText(page.layout.endonym or "␣")
            key.clicked.connect(lambda: self._type(" "))
        elif token == kl.BACKSPACE:
            key.setAutoRepeat(True)
            key.setAutoRepeatDelay(BACKSPACE_DELAY_MS)
            key.setAutoRepeatInterval(BACKSPACE_INTERVAL_MS)
            key.clicked.connect(self._backspace)
        elif token == kl.SHIFT:
            key.clicked.connect(self._press_shift)
        elif token == kl.SWITCH:
            # Letters only that script has: "AZ" and "АЗ" would look alike.
            target = kl.LAYOUTS[kl.next_letter_layout(page.layout.name)]
            key.setText(target.label)
            key.clicked.connect(lambda: self.set_layout(kl.next_letter_layout(self._name)))
        elif token == kl.LETTERS:
            key.clicked.connect(lambda: self.set_layout(self._letters))
        elif token == kl.HIDE:
            key.clicked.connect(self.hide_requested)
        elif token == kl.ENTER:
            key.setProperty("role", "enter")
            key.clicked.connect(self.enter_pressed)
        return key

    # -- keys ------------------------------------------------------------------------------
    def _upper(self, char: str) -> str:
        layout = self._pages[self._name].layout
        return az_upper(char) if layout.az_casing else char.upper()

    def _type(self, char: str) -> None:
        text = self._upper(char) if self._shift is not Shift.OFF else char
        if self._shift is Shift.ONCE and char.isalpha():
            self._set_shift(Shift.OFF)
        field = self.target()
        if field is None:
            return
        before = (field.text(), field.cursorPosition())
        field.insert(text)
        if (field.text(), field.cursorPosition()) != before:
            self.typed.emit(text)
        self._auto_shift()

    def _backspace(self) -> None:
        field = self.target()
        if field is not None:
            field.backspace()
        self._auto_shift()

    def _press_shift(self) -> None:
        self._shift_auto = False
        now = _now()
        double_tap = QGuiApplication.styleHints().mouseDoubleClickInterval() / 1000
        if self._shift is Shift.OFF:
            self._set_shift(Shift.ONCE)
        elif self._shift is Shift.ONCE and now - self._shift_at <= double_tap:
            self._set_shift(Shift.LOCKED)
        else:
            self._set_shift(Shift.OFF)
        self._shift_at = now

    def _set_shift(self, state: Shift) -> None:
        self._shift = state
        self._refresh()

    def _refresh(self) -> None:
        """Captions and accessible names of the current page follow Shift."""
        page = self._pages[self._name]
        for char, key in page.chars.items():
            caption = self._upper(char) if self._shift is not Shift.OFF else char
            key.setText(caption)
            key.setAccessibleName(caption)
        if "letters" in page.specials:
            page.specials["letters"].setText(kl.LAYOUTS[self._letters].abc)
        shift = page.specials.get("shift")
        if shift is not None:
            locked = self._shift is Shift.LOCKED
            shift.setText(SHIFT_LOCKED_SYMBOL if locked else SYMBOLS["shift"])
            shift.setProperty("shift", self._shift.value)
            shift.style().unpolish(shift)
            shift.style().polish(shift)

    # -- translation -----------------------------------------------------------------------
    def _retranslate(self) -> None:
        names = {
            "backspace": self.tr("Backspace"),
            "space": self.tr("Space"),
            "shift": self.tr("Shift"),
            "switch": self.tr("Change keyboard language"),
            "hide": self.tr("Hide keyboard"),
            "letters": self.tr("Letters"),
            # The last box's key says what the green button on the screen says: one word for
            # one action.
            "enter": self.tr("Continue") if self._enter_is_done else self.tr("Next"),
        }
        for page in self._pages.values():
            for name, key in page.specials.items():
                key.setAccessibleName(names[name])
            if "enter" in page.specials:
                caption = names["enter"] + " ›"
                page.specials["enter"].setText(caption)
        self.setAccessibleName(self.tr("On-screen keyboard"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

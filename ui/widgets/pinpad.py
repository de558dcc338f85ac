"""PinPad: a large touch keypad that takes a PIN and shows only one dot per digit."""

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.pins import PIN_MAX_LEN, PIN_MIN_LEN
from ui import sizing

KEY_MM = 18.0  # larger than the kiosk's smallest target: a PIN is typed fast, standing
MASK = "●"
ERROR_COLOUR = "#b00020"
TEXT_COLOUR = "#10243e"


class PinPad(QWidget):
    """Emits ``entered`` with the digits on OK (and clears itself), ``cancelled`` on Cancel."""

    entered = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._digits = ""
        # The pad takes the keyboard itself; its buttons never take focus from it.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        key = sizing.mm(KEY_MM)
        smallest = sizing.mm(sizing.BUTTON_MM)

        self.title = self._label(sizing.mm(6), bold=True)
        self.display = self._label(sizing.mm(9))
        spaced = self.display.font()
        spaced.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, sizing.mm(1.5))
        self.display.setFont(spaced)
        self.display.setMinimumHeight(sizing.mm(13))
        self.message = self._label(sizing.mm(4))
        # Two lines kept for the title and for the message whether they use them or not:
        # the keys never move between "Choose a PIN" and "Enter it again", or after an error.
        for text in (self.title, self.message):
            text.setFixedHeight(2 * text.fontMetrics().lineSpacing() + sizing.mm(1))

        self.digit_buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for index, digit in enumerate("1234567890"):
            button = self._button(digit, key, smallest)
            button.clicked.connect(lambda _=False, d=digit: self._add(d))
            self.digit_buttons[digit] = button
            row, col = (3, 1) if digit == "0" else divmod(index, 3)
            grid.addWidget(button, row, col)
        self.delete_button = self._button("", key, smallest)
        self.delete_button.clicked.connect(self._delete)
        self.ok_button = self._button("", key, smallest)
        self.ok_button.clicked.connect(self._submit)
        self.cancel_button = self._button("", key, smallest)
        widest = int(key * 1.4)
        grid.setSpacing(sizing.mm(2.5))
        self.cancel_button.setMaximumSize(3 * widest + 2 * grid.spacing(), key)
        self.cancel_button.clicked.connect(self.cancelled.emit)
        keep = self.cancel_button.sizePolicy()
        keep.setRetainSizeWhenHidden(True)  # hidden at first start, the keys stay in place
        self.cancel_button.setSizePolicy(keep)
        grid.addWidget(self.delete_button, 3, 0)
        grid.addWidget(self.ok_button, 3, 2)

        # The block is as large as its keys allow and centred: spare room first grows the
        # keys (up to 1.4 times their size), then surrounds the block.
        column = QVBoxLayout()
        column.setSizeConstraint(QLayout.SizeConstraint.SetMinAndMaxSize)
        column.setSpacing(sizing.mm(2))
        column.addWidget(self.title)
        column.addWidget(self.display)
        column.addWidget(self.message)
        column.addLayout(grid, 1)
        column.addSpacing(sizing.mm(3))
        column.addWidget(self.cancel_button)
        holder = QWidget(self)
        holder.setLayout(column)
        holder.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # Stretches, not alignment: an aligned widget is held to its size hint.
        outer = QGridLayout(self)
        outer.setContentsMargins(*(sizing.mm(4),) * 4)
        outer.addWidget(holder, 1, 1)
        for edge, stretch in ((0, 1), (1, 1000), (2, 1)):
            outer.setRowStretch(edge, stretch)
            outer.setColumnStretch(edge, stretch)

        self._retranslate()
        self._refresh()

    # -- building --------------------------------------------------------------------------
    def _label(self, pixels: int, bold: bool = False) -> QLabel:
        label = QLabel(self)
        font = QFont(label.font())
        font.setPixelSize(pixels)
        font.setBold(bold)
        label.setFont(font)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        return label

    def _button(self, text: str, key: int, smallest: int) -> QPushButton:
        button = QPushButton(text, self)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setAutoDefault(False)
        button.setMinimumSize(smallest, smallest)
        button.setMaximumSize(int(key * 1.4), int(key * 1.4))
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        font = QFont(button.font())
        font.setPixelSize(sizing.mm(7 if text.isdigit() else 5))
        button.setFont(font)
        return button

    def _retranslate(self) -> None:
        for digit, button in self.digit_buttons.items():
            button.setAccessibleName(self.tr("Digit %1").replace("%1", digit))
        for button, text in (
            (self.delete_button, self.tr("Delete")),
            (self.ok_button, self.tr("OK")),
            (self.cancel_button, self.tr("Cancel")),
        ):
            button.setText(text)
            button.setAccessibleName(text)
        # An arrow fits the key in every language; the word stays its accessible name.
        self.delete_button.setText("←")
        self.display.setAccessibleName(self.tr("PIN"))
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # -- public ----------------------------------------------------------------------------
    def set_title(self, text: str) -> None:
        self.title.setText(text)

    def set_message(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        colour = ERROR_COLOUR if error else TEXT_COLOUR
        self.message.setStyleSheet(f"color: {colour};")

    def clear(self) -> None:
        self._digits = ""
        self._refresh()

    def digit_count(self) -> int:
        return len(self._digits)

    # -- entry -----------------------------------------------------------------------------
    def _refresh(self) -> None:
        count = len(self._digits)
        self.display.setText(MASK * count)  # never the digits themselves
        self.display.setAccessibleDescription(self.tr("%n digits entered", "", count))
        self.delete_button.setEnabled(count > 0)
        self.ok_button.setEnabled(count >= PIN_MIN_LEN)
        for button in self.digit_buttons.values():
            button.setEnabled(count < PIN_MAX_LEN)

    def _add(self, digit: str) -> None:
        if len(self._digits) < PIN_MAX_LEN:
            self._digits += digit
            self._refresh()

    def _delete(self) -> None:
        self._digits = self._digits[:-1]
        self._refresh()

    def _submit(self) -> None:
        if len(self._digits) < PIN_MIN_LEN:
            return
        digits, self._digits = self._digits, ""
        self._refresh()  # cleared before the slot runs: it may show a new prompt at once
        self.entered.emit(digits)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, text = event.key(), event.text()
        if len(text) == 1 and text in "0123456789":
            self._add(text)
        elif key == Qt.Key.Key_Backspace:
            self._delete()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._submit()
        elif key == Qt.Key.Key_Escape:
            self.cancelled.emit()
        else:
            super().keyPressEvent(event)

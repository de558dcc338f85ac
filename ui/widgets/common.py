"""Buttons and labelled fields sized for fingers, shared by every screen."""

from collections.abc import Iterable

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.sizing import BUTTON_MM, mm


def button(text: str, role: str = "secondary", parent: QWidget | None = None) -> QPushButton:
    """A touch button at least 12 mm high; ``role`` (primary, secondary, quiet) styles it.

    Buttons never take focus, so the keyboard keeps typing into the field the signer chose.
    """
    b = QPushButton(text, parent)
    b.setObjectName(role)
    b.setMinimumHeight(mm(BUTTON_MM))
    b.setMinimumWidth(mm(BUTTON_MM * (3.5 if role == "primary" else 2)))
    b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    b.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    return b


def cover_parent(overlay: QWidget) -> None:
    """Show ``overlay`` over the whole of its parent, on top of everything else there."""
    parent = overlay.parentWidget()
    if parent is not None:
        overlay.setGeometry(parent.rect())
    overlay.show()
    overlay.raise_()


def fit_card(card: QWidget, texts: Iterable[QLabel], within: int) -> None:
    """Give a centred card the width it may take in ``within`` px (at most 150 mm), and its
    wrapped labels the height that width needs: a wrapped label cannot work that out alone."""
    width = min(within - mm(10), mm(150))
    card.setFixedWidth(width)
    for text in texts:
        text.setMinimumHeight(text.heightForWidth(width - mm(16)))


def nav_row(back: QPushButton, forward: QPushButton, middle: QWidget | None = None) -> QHBoxLayout:
    """Back on the left, the way on at the right: the same place on every screen; between
    them, when given, "More below" for a page that scrolls."""
    row = QHBoxLayout()
    row.setSpacing(mm(4))
    for b in (back, forward):  # their words whole; "More below" gives way
        b.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    row.addWidget(back)
    if middle is not None:
        row.addWidget(middle, 1)
    else:
        row.addStretch(1)
    row.addWidget(forward)
    return row


def label(text: str = "", role: str = "body", parent: QWidget | None = None) -> QLabel:
    """Wrapped text; ``role`` (title, heading, body, note, error) styles it."""
    lab = QLabel(text, parent)
    lab.setObjectName(role)
    lab.setWordWrap(True)
    lab.setTextFormat(Qt.TextFormat.PlainText)
    return lab


class TickBox(QCheckBox):
    """A tick box that a finger can hit anywhere on its row, with a label that wraps (a
    plain QCheckBox never wraps, and a long sentence would widen the whole screen)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(mm(BUTTON_MM + 3))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._label = label(role="tick")
        self._label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        row = QHBoxLayout(self)
        # Past the 11 mm box and its padding; the row is taller than the box, so its whole
        # border is drawn (a box as tall as its row lost its top and bottom: "[ ]").
        row.setContentsMargins(mm(17), mm(2), mm(2), mm(2))
        row.addWidget(self._label)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def setText(self, text: str) -> None:
        self._label.setText(text)
        self.setAccessibleName(text)

    def text(self) -> str:
        return self._label.text()

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)


class WrapButton(QPushButton):
    """A full-width touch row whose words wrap: a main line and a smaller second one (a
    QPushButton's own text never wraps, and Russian runs long)."""

    def __init__(self, role: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(role)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumHeight(mm(BUTTON_MM))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.main = label(role=f"{role}-main")
        self.sub = label(role=f"{role}-sub")
        for part in (self.main, self.sub):
            part.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        box = QVBoxLayout(self)
        box.setContentsMargins(mm(3), mm(1.5), mm(3), mm(1.5))
        box.setSpacing(0)
        box.addWidget(self.main)
        box.addWidget(self.sub)
        self.sub.hide()
        self.toggled.connect(self._chosen)

    def _chosen(self, checked: bool) -> None:
        """A style sheet cannot reach a label through its button's :checked: a property can."""
        for part in (self.main, self.sub):
            part.setProperty("chosen", checked)
            part.style().unpolish(part)
            part.style().polish(part)

    def set_lines(self, main: str, sub: str = "") -> None:
        self.main.setText(main)
        self.sub.setText(sub)
        self.sub.setVisible(bool(sub))
        self.setAccessibleName(f"{main}. {sub}" if sub else main)

    def text(self) -> str:
        return self.main.text()


class Answer(QWidget):
    """One answer of a question screen with its message above it; the message goes as soon
    as the answer is put right (``fixed``)."""

    fixed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = label(role="error")
        self.message.hide()
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, mm(1))
        self.box.setSpacing(mm(1))
        self.box.addWidget(self.message)

    def set_error(self, text: str | None) -> None:
        self.message.setText(text or "")
        self.message.setVisible(bool(text))
        for control in self.controls():
            control.setProperty("invalid", bool(text))
            control.style().unpolish(control)
            control.style().polish(control)

    def controls(self) -> list[QWidget]:
        """What turns red with a problem."""
        return []

    def put_right(self) -> None:
        if self.message.isVisibleTo(self):
            self.set_error(None)
            self.fixed.emit()

    def focus(self) -> None:
        """Brought into view by the error summary; a text box also takes the keyboard."""


class TickField(Answer):
    """A tick box with its message above it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tick = TickBox()
        self.box.addWidget(self.tick)
        self.tick.toggled.connect(self._toggled)

    def _toggled(self, ticked: bool) -> None:
        if ticked:
            self.put_right()

    def controls(self) -> list[QWidget]:
        return [self.tick]


class Field(Answer):
    """A caption, the message about it and a text box, kept together so that scrolling to
    the field always shows its message too."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = label(role="caption")
        self.edit = QLineEdit()
        self.edit.setMinimumHeight(mm(BUTTON_MM))
        self.edit.setMaxLength(120)
        self.caption.setBuddy(self.edit)
        self.box.insertWidget(0, self.caption)  # label, message, box: the GOV.UK order
        self.box.addWidget(self.edit)
        self.edit.textEdited.connect(lambda _text: self.put_right())

    def controls(self) -> list[QWidget]:
        return [self.edit]

    def focus(self) -> None:
        self.edit.setFocus()

    def set_caption(self, text: str) -> None:
        self.caption.setText(text)
        self.edit.setAccessibleName(text)

    def text(self) -> str:
        return self.edit.text()

    def set_text(self, text: str) -> None:
        self.edit.setText(text)

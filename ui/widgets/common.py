"""Buttons and labelled fields sized for fingers, shared by every screen."""

from collections.abc import Iterable

from PySide6.QtCore import QPoint, Qt
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


def nav_row(back: QPushButton, forward: QPushButton) -> QHBoxLayout:
    """Back on the left, the way on at the right: the same place on every screen."""
    row = QHBoxLayout()
    row.addWidget(back)
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
        self.setMinimumHeight(mm(BUTTON_MM))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._label = label(role="tick")
        self._label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        row = QHBoxLayout(self)
        row.setContentsMargins(mm(12) + mm(3), mm(1), 0, mm(1))
        row.addWidget(self._label)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def setText(self, text: str) -> None:
        self._label.setText(text)
        self.setAccessibleName(text)

    def text(self) -> str:
        return self._label.text()

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)


class Field(QWidget):
    """A caption, a text box and the message about it, kept together so that scrolling to
    the field always shows its message too."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, mm(2))
        layout.setSpacing(mm(1))
        self.caption = label(role="caption")
        self.edit = QLineEdit()
        self.edit.setMinimumHeight(mm(BUTTON_MM))
        self.edit.setMaxLength(120)
        self.caption.setBuddy(self.edit)
        self.message = label(role="error")
        self.message.hide()
        layout.addWidget(self.caption)
        layout.addWidget(self.edit)
        layout.addWidget(self.message)

    def set_caption(self, text: str) -> None:
        self.caption.setText(text)
        self.edit.setAccessibleName(text)

    def set_error(self, text: str | None) -> None:
        self.message.setText(text or "")
        self.message.setVisible(bool(text))
        self.edit.setProperty("invalid", bool(text))
        self.edit.style().unpolish(self.edit)
        self.edit.style().polish(self.edit)

    def text(self) -> str:
        return self.edit.text()

    def set_text(self, text: str) -> None:
        self.edit.setText(text)

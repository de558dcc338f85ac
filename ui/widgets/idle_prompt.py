"""The "Are you still there?" overlay, with the seconds left and one large button."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from ui.sizing import BUTTON_MM, mm
from ui.widgets.common import button, cover_parent, fit_card, label


class IdlePrompt(QFrame):
    """Covers the screen it is a child of; hidden until the watchdog warns."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        card = QFrame(self)
        card.setObjectName("card")
        self.card = card
        self.question = label(role="title")
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.seconds = label(role="lead")
        self.seconds.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.here = button("", "primary")
        self.here.setMinimumHeight(mm(BUTTON_MM * 1.5))
        inner = QVBoxLayout(card)
        inner.setContentsMargins(mm(8), mm(8), mm(8), mm(8))
        inner.setSpacing(mm(4))
        inner.addWidget(self.question)
        inner.addWidget(self.seconds)
        inner.addWidget(self.here)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)
        self._left = 0
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.question.setText(self.tr("Are you still there?"))
        self.seconds.setText(
            self.tr("Your answers will be cleared in %n second(s).", "", self._left)
        )
        self.here.setText(self.tr("Yes, I am here"))

    def show_countdown(self, seconds_left: int) -> None:
        self._left = seconds_left
        self.retranslate()
        parent = self.parentWidget()
        if parent is not None:
            fit_card(self.card, [self.question, self.seconds], parent.width())
        cover_parent(self)

"""AnswerButtons: a question answered by touching one of two large buttons, far apart."""

from PySide6.QtWidgets import QHBoxLayout, QWidget

from ui.sizing import BUTTON_MM, mm
from ui.widgets.common import WrapButton


class AnswerButtons(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.yes = WrapButton("answer")
        self.no = WrapButton("answer")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(mm(8))  # far apart: a slip of the finger must not give the other answer
        for b in (self.yes, self.no):
            b.setMinimumHeight(mm(BUTTON_MM * 1.5))
            b.setCheckable(True)
            row.addWidget(b, 1)

    def show_answer(self, answer: bool | None) -> None:
        """Mark the answer given before (a signer coming back), or none."""
        self.yes.setChecked(answer is True)
        self.no.setChecked(answer is False)

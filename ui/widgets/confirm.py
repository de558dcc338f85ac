"""Confirm: the second step before something that cannot be undone (a wipe, a withdrawal):
the question in words, then "yes" in the colour of danger and "no" beside it."""

from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from ui.sizing import mm
from ui.widgets.common import button, label


class Confirm(QFrame):
    """Hidden until ``ask``; the page connects ``yes`` and ``no`` and sets their words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = label(role="lead")
        self.yes, self.no = button("", "danger"), button("", "secondary")
        self.no.clicked.connect(self.hide)
        row = QHBoxLayout()
        row.setSpacing(mm(6))  # far apart: "yes" cannot be undone
        row.addWidget(self.yes)
        row.addWidget(self.no)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addLayout(row)
        self.hide()

    def ask(self, question: str) -> None:
        self.text.setText(question)
        self.show()

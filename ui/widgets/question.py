"""The duplicate question: asked, never refused, answered with two large buttons."""

from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from ui.sizing import mm
from ui.widgets.common import button, label


class Question(QFrame):
    """ "Someone with this name from this settlement already signed here. Is that you?" """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("question")
        self.text = label(role="lead")
        self.yes = button("", "secondary")
        self.no = button("", "secondary")
        row = QHBoxLayout()
        row.setSpacing(mm(6))  # far apart: "yes" ends the signing, "no" goes on
        row.addWidget(self.yes)
        row.addWidget(self.no)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(mm(4), mm(3), mm(4), mm(3))
        layout.addWidget(self.text)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.text.setText(
            self.tr(
                "Someone with this name from this settlement has already signed on this "
                "tablet. Is that you?"
            )
        )
        self.yes.setText(self.tr("Yes, that was me"))
        self.no.setText(self.tr("No, that is someone else"))

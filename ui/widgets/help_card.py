"""HelpCard: what to do on this screen, in one or two sentences, over the screen itself."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from ui.sizing import BUTTON_MM, mm
from ui.widgets.common import button, cover_parent, fit_card, label
from ui.widgets.follows_language import FollowsLanguage


class HelpCard(FollowsLanguage, QFrame):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.card = QFrame(self)
        self.card.setObjectName("card")
        self.heading = label(role="heading")
        self.text = label(role="lead")
        self.close_button = button("", "primary")
        self.close_button.setMinimumHeight(mm(BUTTON_MM * 1.2))
        self.close_button.clicked.connect(self.hide)
        self.listen = button("", "quiet")
        inner = QVBoxLayout(self.card)
        inner.setContentsMargins(mm(8), mm(6), mm(8), mm(6))
        inner.setSpacing(mm(4))
        inner.addWidget(self.heading)
        inner.addWidget(self.text)
        inner.addWidget(self.listen)
        inner.addWidget(self.close_button)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(self.card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Help"))
        self.close_button.setText(self.tr("Close"))
        self.listen.setText(self.tr("Listen ▶"))

    def show_text(self, text: str) -> None:
        self.text.setText(text)
        parent = self.parentWidget()
        if parent is not None:
            fit_card(self.card, [self.text], parent.width())
        cover_parent(self)

"""ReadingCard: a long text over the screen, scrolled by finger, closed with one large button.

For what a signer may read but need not: how their signature is used, behind a button on the
consents screen, so that the three ticks themselves always fit on the screen.
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from ui.sizing import BUTTON_MM, mm
from ui.widgets.common import button, cover_parent, label, nav_row
from ui.widgets.follows_language import FollowsLanguage
from ui.widgets.more_below import MoreBelow
from ui.widgets.touch_scroll import touch_scroll


class ReadingCard(FollowsLanguage, QFrame):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.card = QFrame(self)
        self.card.setObjectName("card")
        self.card.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.heading = label(role="heading")
        body = QWidget()
        body.setObjectName("page")
        self.parts = QVBoxLayout(body)
        self.parts.setContentsMargins(0, 0, mm(2), 0)
        self.parts.setSpacing(mm(2))
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(body)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        touch_scroll(self.scroll_area)
        self.close_button = button("", "primary")
        self.close_button.setMinimumHeight(mm(BUTTON_MM * 1.2))
        self.close_button.clicked.connect(self.hide)
        self.spacer = button("", "secondary")  # Back's place, unused: the card has one way out
        self.spacer.hide()
        inner = QVBoxLayout(self.card)
        inner.setContentsMargins(mm(8), mm(5), mm(8), mm(5))
        inner.setSpacing(mm(3))
        inner.addWidget(self.heading)
        inner.addWidget(self.scroll_area, 1)
        inner.addLayout(nav_row(self.spacer, self.close_button, MoreBelow(self.scroll_area)))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(mm(5), mm(5), mm(5), mm(5))
        outer.addWidget(self.card)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.close_button.setText(self.tr("Close"))

    def show_text(self, heading: str, parts: list[tuple[str, str]]) -> None:
        """``parts``: (caption, paragraph) pairs, shown from the top."""
        self.heading.setText(heading)
        while (item := self.parts.takeAt(0)) is not None:
            if (w := item.widget()) is not None:
                w.deleteLater()
        for caption, text in parts:
            self.parts.addWidget(label(caption, "caption"))
            self.parts.addWidget(label(text, "body"))
        self.parts.addStretch(1)
        cover_parent(self)
        self.scroll_area.verticalScrollBar().setValue(0)

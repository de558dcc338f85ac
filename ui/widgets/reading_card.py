"""ReadingCard: a long text over the screen, scrolled by finger, closed with one large button.

For what a signer may read but need not: how their signature is used, behind a button on the
consents screen, so that the three ticks themselves always fit on the screen.
"""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

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
        self.parts.addStretch(1)
        self._labels: list[tuple[QLabel, QLabel]] = []
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
        while len(self._labels) < len(parts):  # made once, then reused: no stale words
            pair = (label(role="caption"), label(role="body"))
            for part in pair:
                self.parts.insertWidget(self.parts.count() - 1, part)  # above the stretch
            self._labels.append(pair)
        for index, (caption, paragraph) in enumerate(self._labels):
            shown = index < len(parts)
            caption.setText(parts[index][0] if shown else "")
            paragraph.setText(parts[index][1] if shown else "")
            caption.setVisible(shown)
            paragraph.setVisible(shown)
        cover_parent(self)
        # Words changed while the card was hidden (another language, another text size): the
        # page's height is asked again now that it shows, or paragraphs keep their old lines.
        self.parts.invalidate()
        if (page := self.scroll_area.widget()) is not None:
            QApplication.postEvent(page, QEvent(QEvent.Type.LayoutRequest))
        self.scroll_area.verticalScrollBar().setValue(0)

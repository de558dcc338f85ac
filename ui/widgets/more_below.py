"""MoreBelow: a plain "scroll down to read more" under a scroll area that has more to show.

A thin scroll bar is easy to miss for someone new to touchscreens; a line of text is not.
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget

from ui.widgets.follows_language import FollowsLanguage


class MoreBelow(FollowsLanguage, QLabel):
    def __init__(self, area: QScrollArea, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("more")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._bar = area.verticalScrollBar()
        self._bar.valueChanged.connect(self.refresh)
        self._bar.rangeChanged.connect(self.refresh)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.setText(self.tr("Scroll down to read more ↓"))

    def refresh(self) -> None:
        self.setVisible(self._bar.value() < self._bar.maximum())

"""MoreBelow: "More below ↓" under a scroll area that has more to show; a tap turns the page.

A thin scroll bar is easy to miss for someone new to touchscreens; a large line is not, and
a finger that does not yet know how to swipe can simply press it.
"""

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QPushButton, QScrollArea, QSizePolicy, QWidget

from ui.sizing import BUTTON_MM, mm
from ui.widgets.follows_language import FollowsLanguage


class MoreBelow(FollowsLanguage, QPushButton):
    def __init__(self, area: QScrollArea, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("more")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumHeight(mm(BUTTON_MM))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(mm(BUTTON_MM))
        self._area = area
        self._bar = area.verticalScrollBar()
        self._bar.valueChanged.connect(self.refresh)
        self._bar.rangeChanged.connect(self.refresh)
        self.clicked.connect(self._page_down)
        # Keeps its room when hidden, so Back and Continue never move.
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self._words = self.tr("More below ↓")
        self.setAccessibleName(self._words)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """The words where they fit between Back and Continue, else the arrow alone."""
        metrics = self.fontMetrics()
        padding = self.sizeHint().width() - metrics.horizontalAdvance(self.text())
        words = metrics.horizontalAdvance(self._words) + padding <= self.width()
        self.setText(self._words if words else "↓")

    def _page_down(self) -> None:
        self._bar.setValue(self._bar.value() + max(self._area.viewport().height() * 3 // 4, 1))

    def refresh(self) -> None:
        self.setVisible(self._bar.value() < self._bar.maximum())

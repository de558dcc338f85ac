"""Paused: the kiosk waits for a volunteer; nothing under it can be touched."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from ui.widgets.common import cover_parent, label
from ui.widgets.follows_language import FollowsLanguage


class PausedOverlay(FollowsLanguage, QFrame):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("paused")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.text = label(role="title")
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.text)
        layout.addStretch(2)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.text.setText(self.tr("This tablet is paused. A volunteer will be with you shortly."))

    def cover(self) -> None:
        cover_parent(self)

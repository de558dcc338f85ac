"""DimOverlay: the idle welcome screen goes dark against burn-in; the waking touch is eaten.

The touch that wakes the screen presses nothing: a passer-by brushing the dark glass must
not choose a language or start a signing.
"""

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QMouseEvent, QTouchEvent
from PySide6.QtWidgets import QFrame, QWidget

from ui.widgets.common import cover_parent


class DimOverlay(QFrame):
    woken = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("dim")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setAccessibleName(self.tr("Screen dimmed: touch to wake"))
        self.hide()

    def dim(self) -> None:
        cover_parent(self)

    def _wake(self) -> None:
        self.hide()
        self.woken.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()
        self._wake()

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QTouchEvent):
            event.accept()
            self._wake()
            return True
        return super().event(event)

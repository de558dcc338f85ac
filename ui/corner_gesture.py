"""CornerGesture: five taps in the top-left corner within three seconds ask for the PIN.

Hidden from signers on purpose; a volunteer learns it in a minute. Nothing else is a way out
of kiosk mode.
"""

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QPoint, Signal
from PySide6.QtGui import QMouseEvent, QTouchEvent
from PySide6.QtWidgets import QWidget

from ui.sizing import mm

TAPS = 5
WITHIN_MS = 3000
CORNER_MM = 15


class CornerGesture(QObject):
    triggered = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self._taps: list[int] = []
        self._clock = QElapsedTimer()
        self._clock.start()
        self._last_event: tuple[int, int, int] = (-1, 0, 0)

    def _in_corner(self, global_pos: QPoint) -> bool:
        local = self.window.mapFromGlobal(global_pos)
        size = mm(CORNER_MM)
        return 0 <= local.x() <= size and 0 <= local.y() <= size

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        pos: QPoint | None = None
        if event.type() == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            pos = event.globalPosition().toPoint()
        elif event.type() == QEvent.Type.TouchBegin and isinstance(event, QTouchEvent):
            points = event.points()
            pos = points[0].globalPosition().toPoint() if points else None
        # One press reaches the filter once per object it passes through: count it once.
        if pos is None or not self._in_corner(pos):
            return False
        key = (event.timestamp(), pos.x(), pos.y())  # type: ignore[attr-defined]
        if key != self._last_event:
            self._last_event = key
            now = self._clock.elapsed()
            self._taps = [t for t in self._taps if now - t < WITHIN_MS] + [now]
            if len(self._taps) >= TAPS:
                self._taps.clear()
                self.triggered.emit()
        return False

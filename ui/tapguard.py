"""TapGuard: taps are ignored for 400 ms after a screen changes, so a double tap on "Next"
cannot also press whatever sits under the finger on the next screen."""

from PySide6.QtCore import QElapsedTimer, QEvent, QObject

_TAPS = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.TouchEnd,
    QEvent.Type.TabletPress,
    QEvent.Type.TabletRelease,
}


class TapGuard(QObject):
    def __init__(self, quiet_ms: int = 400, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.quiet_ms = quiet_ms
        self._since = QElapsedTimer()

    def arm(self) -> None:
        self._since.start()

    @property
    def armed(self) -> bool:
        return self._since.isValid() and self._since.elapsed() < self.quiet_ms

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return event.type() in _TAPS and self.armed

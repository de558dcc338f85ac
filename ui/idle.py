"""IdleWatchdog: no touch for a while, then "Are you still there?", then everything is wiped.

Installed as an application event filter, so any touch, click, pen or key anywhere counts as
presence. Timers are Qt timers; tests shorten them through the settings, never by sleeping.
"""

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

_PRESENCE = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.TabletPress,
    QEvent.Type.KeyPress,
    QEvent.Type.Wheel,
}


class IdleWatchdog(QObject):
    """``warning(seconds_left)`` each second of the countdown, ``expired`` at its end."""

    warning = Signal(int)
    presence = Signal()  # someone touched during the countdown: it is cancelled
    expired = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.timeout.connect(self._start_countdown)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._count_down)
        self._timeout = 60
        self._countdown = 15
        self._left = 0
        self._held = False

    @property
    def counting_down(self) -> bool:
        return self._tick.isActive()

    def watch(self, timeout_s: int, countdown_s: int) -> None:
        """Start over with these times; ``countdown_s`` 0 expires silently at the timeout."""
        self._timeout, self._countdown = timeout_s, countdown_s
        self.poke()

    def hold(self, held: bool) -> None:
        """While held (speech playing, a volunteer helping) the watchdog waits."""
        self._held = held
        self.poke()

    def stop(self) -> None:
        self._quiet.stop()
        self._tick.stop()

    def poke(self) -> None:
        was_counting = self._tick.isActive()
        self.stop()
        if was_counting:
            self.presence.emit()
        if not self._held:
            # The question comes after the whole quiet time, as imza.toml and the README say;
            # the countdown follows it.
            self._quiet.start(self._timeout * 1000)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _PRESENCE and (self._quiet.isActive() or self._tick.isActive()):
            self.poke()
        return False

    def _start_countdown(self) -> None:
        if self._countdown <= 0:
            self.expired.emit()
            return
        self._left = self._countdown
        self.warning.emit(self._left)
        self._tick.start()

    def _count_down(self) -> None:
        self._left -= 1
        if self._left <= 0:
            self._tick.stop()
            self.expired.emit()
        else:
            self.warning.emit(self._left)

"""BackgroundJob: one piece of blocking console work (a file to a USB stick, a receipt, a
chain check, an enrolment) on its own QThread; the result comes back only through signals."""

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

log = logging.getLogger(__name__)


class _Runner(QObject):
    done = Signal(object)
    failed = Signal(object)  # the exception: the page says it in the coordinator's language

    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self._work = work

    @Slot()
    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # shown to the coordinator in their language by the page
            log.info("console job failed: %s", type(exc).__name__)
            self.failed.emit(exc)
        else:
            self.done.emit(result)


class BackgroundJob(QObject):
    """``BackgroundJob(parent, work)``: connect ``done``/``failed``, then ``start()``."""

    done = Signal(object)
    failed = Signal(object)  # the exception
    ended = Signal()

    def __init__(self, parent: QObject, work: Callable[[], Any]) -> None:
        super().__init__(parent)
        self._thread = QThread(self)
        self._runner = _Runner(work)
        self._runner.moveToThread(self._thread)
        self._thread.started.connect(self._runner.run)
        self._runner.done.connect(self._finish_done)
        self._runner.failed.connect(self._finish_failed)

    def start(self) -> None:
        self._thread.start()

    def running(self) -> bool:
        return self._thread.isRunning()

    def wait(self) -> None:
        """Before the console goes: let the work end (it is a file or one request)."""
        self._thread.quit()
        self._thread.wait()

    def _end(self) -> None:
        self._thread.quit()
        self._thread.wait()
        self._runner.deleteLater()

    def _finish_done(self, result: object) -> None:
        self._end()
        self.done.emit(result)
        self.ended.emit()  # after the result: whoever tidies up sees it

    def _finish_failed(self, error: Exception) -> None:
        self._end()
        self.failed.emit(error)
        self.ended.emit()

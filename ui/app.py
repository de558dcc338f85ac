"""Starting the kiosk: the application, the look, the store, the first-start PIN, the window."""

import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from kiosk import config as tablet_config
from kiosk import heap, logfiles, pins
from kiosk.commands import UsageError
from kiosk.vault import Vault
from ui import qt_messages, theme  # qt_messages first: QtMultimedia talks when it loads
from ui.context import KioskContext
from ui.i18n import LanguageSwitch
from ui.speech import Speaker
from ui.window import KioskWindow

log = logging.getLogger(__name__)


def build(vault: Vault, kiosk_mode: bool) -> KioskWindow:
    """The window on ``vault``, with the look applied and the event filters installed."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply(app)
    config, problem = tablet_config.load_or_defaults(vault.path, vault.engine)
    if problem:
        log.warning("imza.toml is not used (defaults apply): %s", problem.replace("\n", "; "))
    ctx = KioskContext(vault, config.kiosk, LanguageSwitch(app), config=config)
    ctx.config_problem = problem
    ctx.speaker = Speaker(app)
    window = KioskWindow(ctx, kiosk_mode=kiosk_mode)
    window.install_filters(app)
    window.start_sync()  # enrolled tablets only
    if not pins.has_pin(vault.engine, "coordinator"):
        # First start: nobody signs before a coordinator PIN protects the way out.
        QTimer.singleShot(0, lambda: window.lock.ask_new(first=True))
    return window


class _FirstPaint(QObject):
    """For ``--self-test``: report when the welcome screen is first painted, then quit."""

    def __init__(self, app: QApplication, started: float) -> None:
        super().__init__(app)
        self.app, self.started = app, started

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            ms = (time.perf_counter() - self.started) * 1000
            print(f"welcome painted {ms:.0f} ms after start", flush=True)
            QTimer.singleShot(0, self.app.quit)
        return False


def no_screen() -> str | None:
    """Why Qt would abort for want of a screen (it does, with a core dump), or None."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "no screen to show the kiosk on (neither DISPLAY nor WAYLAND_DISPLAY is set): start it "
        "on the tablet's screen, or with QT_QPA_PLATFORM=offscreen to try it without one"
    )


def run(data_dir: Path, windowed: bool = False, self_test: bool = False) -> int:
    started = time.perf_counter()
    if (why := no_screen()) and not QApplication.instance():
        raise UsageError(why)
    qt_messages.install()  # already done on import; again in case a test replaced it
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Imza")
    vault = Vault.open(data_dir)
    logfiles.attach(data_dir)
    window: KioskWindow | None = None
    try:
        window = build(vault, kiosk_mode=not (windowed or self_test))
        if self_test:
            window.welcome.installEventFilter(_FirstPaint(app, started))
        if windowed or self_test:
            window.resize(1280, 800)
            window.show()
        else:
            window.showFullScreen()
        window.activateWindow()  # a tablet may run no window manager to give the kiosk focus
        heap.settle()
        code = int(app.exec())
        window.leave_kiosk()
        return code
    finally:
        if window is not None:
            window.stop_sync()
            if window.ctx.vault is not vault:  # a new identity after a fork: its own store
                window.ctx.vault.close()
        vault.close()

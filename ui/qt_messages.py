"""Qt's own messages go through Python logging (logger ``imza.qt``), not straight to stderr.

A tablet without sound or video acceleration makes QtMultimedia and QtTextToSpeech report every
library and service they could not find (pipewire, va, PulseAudio, speechd); that is expected
there and no help on a terminal, so those lines are logged at DEBUG and show only with
``IMZA_LOG_LEVEL=DEBUG``. Every other Qt message is logged at WARNING or above, as before.

QtMultimedia reports some of these when its library is loaded, before any QApplication exists,
so the handler is installed when this module is imported: ``ui.app`` imports it before the
modules that import QtMultimedia and QtTextToSpeech.
"""

import logging

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

log = logging.getLogger("imza.qt")

# Categories whose warnings name missing hardware, sound servers or speech engines.
NOISY_CATEGORIES = ("qt.multimedia", "qt.speech")
# The same kind of report from Qt code that logs without a category.
NOISY_STARTS = (
    "PulseAudioService:",
    "Error loading text-to-speech plug-in",
    "This plugin does not support propagateSizeHints()",
)
_LEVELS = {
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def is_noise(category: str, message: str) -> bool:
    """True for the messages a machine without sound, video acceleration or speech makes."""
    if any(category == c or category.startswith(c + ".") for c in NOISY_CATEGORIES):
        return True
    return message.startswith(NOISY_STARTS)


def _handle(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    category = context.category or "default"
    level = logging.DEBUG if is_noise(category, message) else _LEVELS.get(kind, logging.WARNING)
    if log.isEnabledFor(level):
        text = message if category == "default" else f"{category}: {message}"
        log.log(level, "%s", text)


def install() -> None:
    """Route Qt's messages to ``imza.qt`` from now on (installing twice changes nothing)."""
    qInstallMessageHandler(_handle)


install()

"""Speaker: reads a screen aloud in the signer's language, or says that it cannot.

A native speaker's recording from the campaign's resources beats a synthetic voice; failing
that, Qt TextToSpeech with an engine that has a voice for the language; failing that, nothing,
and the "Listen" buttons hide. The idle watchdog waits while it speaks.
"""

import logging
import os

from PySide6.QtCore import QObject, Signal

from ui.i18n import BY_CODE

log = logging.getLogger(__name__)

try:  # QtTextToSpeech is in PySide6-Addons and needs libpulse: the kiosk runs without it
    from PySide6.QtTextToSpeech import QTextToSpeech
except ImportError:  # pragma: no cover - depends on the machine
    QTextToSpeech = None  # type: ignore[assignment,misc]

ENGINE_ENV = "IMZA_TTS_ENGINE"  # "mock" in tests; empty: the first real engine


class Speaker(QObject):
    """``speaking`` is emitted with True when speech starts and False when it ends."""

    speaking = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tts: QTextToSpeech | None = None
        self.last_text = ""
        self.last_locale = ""
        if QTextToSpeech is None:
            return
        wanted = os.environ.get(ENGINE_ENV, "")
        engines = [e for e in QTextToSpeech.availableEngines() if e != "mock" or wanted == "mock"]
        engine = wanted if wanted in engines else next(iter(engines), "")
        if not engine:
            return
        tts = QTextToSpeech(engine, self)
        if tts.state() == QTextToSpeech.State.Error:
            log.info("text-to-speech engine %s cannot speak here", engine)
            return
        tts.stateChanged.connect(self._state)
        self._tts = tts
        self._engine = engine

    def can_speak(self, code: str) -> bool:
        """Whether there is a voice for this language (the test engine speaks anything)."""
        if self._tts is None:
            return False
        if self._engine == "mock":
            return True
        wanted = BY_CODE[code].qt_locale.language()
        return any(loc.language() == wanted for loc in self._tts.availableLocales())

    def say(self, text: str, code: str) -> None:
        if self._tts is None or not text:
            return
        self.stop()
        self.last_text, self.last_locale = text, code
        locale = BY_CODE[code].qt_locale
        match = [v for v in self._tts.availableLocales() if v.language() == locale.language()]
        if match:
            self._tts.setLocale(match[0])
        self._tts.say(text)

    def stop(self) -> None:
        if self._tts is not None and self._tts.state() == QTextToSpeech.State.Speaking:
            self._tts.stop()

    def is_speaking(self) -> bool:
        return self._tts is not None and self._tts.state() == QTextToSpeech.State.Speaking

    def _state(self, state: object) -> None:
        self.speaking.emit(state == QTextToSpeech.State.Speaking)

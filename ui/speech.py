"""Speaker: reads a screen aloud in the signer's language, or says that it cannot.

A native speaker's recording from the campaign's audio folder beats a synthetic voice;
failing that, Qt TextToSpeech with an engine that has a voice for the language; failing that,
nothing, and the "Listen" buttons hide. The idle watchdog waits while it speaks.

Recordings live in ``DATA_DIR/audio/<language>/<key>.ogg`` (or .opus, .mp3, .wav), and for
the bundled campaign in ``resources/campaigns/<slug>-audio/``; keys are ``welcome``,
``petition``, ``consents``, ``thanks`` and ``help-<screen>``.
"""

import logging
import os
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal

from ui.i18n import BY_CODE

log = logging.getLogger(__name__)

try:  # QtTextToSpeech is in PySide6-Addons and needs libpulse: the kiosk runs without it
    from PySide6.QtTextToSpeech import QTextToSpeech
except ImportError:  # pragma: no cover - depends on the machine
    QTextToSpeech = None  # type: ignore[assignment,misc]
try:
    from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
except ImportError:  # pragma: no cover - depends on the machine
    QMediaPlayer = None  # type: ignore[assignment,misc]

AUDIO_SUFFIXES = (".ogg", ".opus", ".mp3", ".wav")


def recording(dirs: list[Path], code: str, key: str) -> Path | None:
    """A native speaker's recording of ``key`` (welcome, petition, consents, thanks, help-…)
    in the language ``code``, from the first folder that has one."""
    for folder in dirs:
        for suffix in AUDIO_SUFFIXES:
            path = folder / code / f"{key}{suffix}"
            if path.is_file():
                return path
    return None


ENGINE_ENV = "IMZA_TTS_ENGINE"  # "mock" in tests; empty: the first real engine


class Speaker(QObject):
    """``speaking`` is emitted with True when speech starts and False when it ends."""

    speaking = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tts: QTextToSpeech | None = None
        self._player: QMediaPlayer | None = None
        self.last_text = ""
        self.last_locale = ""
        self.last_recording: Path | None = None
        if QMediaPlayer is not None:
            self._player = QMediaPlayer(self)
            self._player.setAudioOutput(QAudioOutput(self._player))
            self._player.playbackStateChanged.connect(
                lambda s: self.speaking.emit(s == QMediaPlayer.PlaybackState.PlayingState)
            )
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

    def play(self, path: Path) -> None:
        """A recording, which always beats the synthetic voice."""
        if self._player is None:
            return
        self.stop()
        self.last_recording = path
        self._player.setSource(QUrl.fromLocalFile(str(path)))
        self._player.play()

    def can_play(self) -> bool:
        return self._player is not None

    def stop(self) -> None:
        if self._tts is not None and self._tts.state() == QTextToSpeech.State.Speaking:
            self._tts.stop()
        if self._player is not None:
            self._player.stop()

    def is_speaking(self) -> bool:
        playing = self._player is not None and (
            self._player.playbackState() == QMediaPlayer.PlaybackState.PlayingState
        )
        tts = self._tts is not None and self._tts.state() == QTextToSpeech.State.Speaking
        return playing or tts

    def _state(self, state: object) -> None:
        self.speaking.emit(state == QTextToSpeech.State.Speaking)

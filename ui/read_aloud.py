"""ReadAloud: the header's Listen button and the help card's, for the screen on show.

A native speaker's recording of the screen beats the synthetic voice; with neither, Listen
hides. While the kiosk speaks the idle watchdog waits and the button says Stop.
"""

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ui.speech import recording

if TYPE_CHECKING:
    from ui.window import KioskWindow


class ReadAloud(QObject):
    def __init__(self, window: "KioskWindow") -> None:
        super().__init__(window)
        self.w = window
        self.button = window.header.listen
        self.button.clicked.connect(self.listen)
        window.help_card.listen.clicked.connect(self.listen_help)
        if window.ctx.speaker is not None:
            window.ctx.speaker.speaking.connect(self._speaking)
        window.idle.warning.connect(self._say_countdown)

    def update(self) -> None:
        """Listen shows where there is something to read in a voice the tablet has."""
        speaker, code = self.w.ctx.speaker, self.w.ctx.session.form.locale
        can = speaker is not None and speaker.can_speak(code)
        screen = self.w.current()
        has_own = self._recording(screen.audio_key) is not None
        self.button.setVisible(has_own or (can and bool(screen.read_aloud_text())))
        speaking = speaker is not None and speaker.is_speaking()
        self.button.setText(self.tr("Stop ■") if speaking else self.tr("Listen ▶"))
        self.button.setAccessibleName(self.tr("Listen"))
        self.w.help_card.listen.setVisible(can)

    def stop(self) -> None:
        if self.w.ctx.speaker is not None:
            self.w.ctx.speaker.stop()

    def listen(self) -> None:
        speaker = self.w.ctx.speaker
        if speaker is None:
            return
        if speaker.is_speaking():
            speaker.stop()
        elif (own := self._recording(self.w.current().audio_key)) is not None:
            speaker.play(own)
        else:
            self._say(self.w.current().read_aloud_text())

    def listen_help(self) -> None:
        own = self._recording(f"help-{self.w.current().audio_key}")
        if own is not None and self.w.ctx.speaker is not None:
            self.w.ctx.speaker.play(own)
        else:
            self._say(self.w.help_card.text.text())

    def _recording(self, key: str) -> Path | None:
        speaker = self.w.ctx.speaker
        if speaker is None or not speaker.can_play():
            return None
        return recording(self.w.ctx.audio_dirs, self.w.ctx.session.form.locale, key)

    def _say(self, text: str) -> None:
        if self.w.ctx.speaker is not None:
            self.w.ctx.speaker.say(text, self.w.ctx.session.form.locale)

    def _speaking(self, speaking: bool) -> None:
        self.w.idle.hold(speaking)
        self.update()

    def _say_countdown(self, seconds_left: int) -> None:
        if seconds_left == self.w.ctx.settings.countdown_seconds:  # once, as it starts
            prompt = self.w.prompt
            self._say(f"{prompt.question.text()} {prompt.seconds.text()}")

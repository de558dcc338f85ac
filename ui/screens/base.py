"""What every screen of the flow has: its signals, its idle timeout, live re-translation."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ui.context import KioskContext
from ui.widgets.follows_language import FollowsLanguage


class Screen(FollowsLanguage, QWidget):
    """One step of the signing flow. Subclasses build widgets in ``__init__``, set every
    string in ``retranslate`` and show the session in ``enter``."""

    forward = Signal()
    backward = Signal()
    reading = False  # a reading screen waits longer before asking "are you still there?"

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def retranslate(self) -> None:
        """Set every visible string in the current language."""

    def enter(self) -> None:
        """Called each time the screen is shown: fill it from the session."""

    def help_text(self) -> str:
        """One or two plain sentences on what to do here, in the current language."""
        return ""

    def read_aloud_text(self) -> str:
        """What "Listen" reads on this screen; empty: no "Listen" here."""
        return ""

    @property
    def audio_key(self) -> str:
        """The file name of this screen's recording: ``WelcomeScreen`` -> ``welcome``."""
        return type(self).__name__.removesuffix("Screen").lower()

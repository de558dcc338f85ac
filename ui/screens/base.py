"""What every screen of the flow has: its signals, its idle timeout, live re-translation."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from ui.context import KioskContext
from ui.widgets.follows_language import FollowsLanguage

STEPS = 7  # petition, name, settlement, news, agreement, signature, check: "Step 3 of 7"


class Screen(FollowsLanguage, QWidget):
    """One step of the signing flow. Subclasses build widgets in ``__init__``, set every
    string in ``retranslate`` and show the session in ``enter``."""

    forward = Signal()
    backward = Signal()
    keyboard_away = Signal()  # the screen wants the keyboard out of the way (an error summary)
    reading = False  # a reading screen waits longer before asking "are you still there?"
    step = 0  # its number in "Step 2 of 7"; 0: not a step (welcome, thank you)

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def retranslate(self) -> None:
        """Set every visible string in the current language."""

    def enter(self) -> None:
        """Called each time the screen is shown: fill it from the session."""

    def step_text(self) -> str:
        """ "Step 3 of 7", in the signer's language."""
        return self.tr("Step %1 of %2").replace("%1", str(self.step)).replace("%2", str(STEPS))

    def help_text(self) -> str:
        """One or two plain sentences on what to do here, in the current language."""
        return ""

    def read_aloud_text(self) -> str:
        """What "Listen" reads on this screen; empty: no "Listen" here."""
        return ""

    def text_fields(self) -> list[QLineEdit]:
        """The boxes to type in, in order: the keyboard's Next goes from one to the next."""
        return []

    def first_field(self) -> QLineEdit | None:
        """Where typing starts when the screen opens (the keyboard comes up): None, no box."""
        return None

    def submit(self) -> None:
        """What Continue does; the keyboard's Done in the last box does the same."""
        self.forward.emit()

    @property
    def audio_key(self) -> str:
        """The file name of this screen's recording: ``WelcomeScreen`` -> ``welcome``."""
        return type(self).__name__.removesuffix("Screen").lower()

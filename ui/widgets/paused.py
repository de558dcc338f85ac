"""Paused: the kiosk waits for a volunteer; nothing under it can be touched."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from ui.i18n import LanguageSwitch
from ui.widgets.common import cover_parent, label
from ui.widgets.follows_language import FollowsLanguage

PAUSED = "This tablet is paused. A volunteer will be with you shortly."


class PausedOverlay(FollowsLanguage, QFrame):
    """Says so in every language of the campaign: whoever walks up reads their own."""

    def __init__(self, parent: QWidget, languages: LanguageSwitch, codes: tuple[str, ...]):
        super().__init__(parent)
        self.languages, self.codes = languages, codes
        self.setObjectName("paused")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.text = label(role="lead")
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.text)
        layout.addStretch(2)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.tr("This tablet is paused. A volunteer will be with you shortly.")  # = PAUSED
        lines = dict.fromkeys(
            self.languages.translate_in(code, "PausedOverlay", PAUSED) for code in self.codes
        )
        self.text.setText("\n\n".join(lines))

    def cover(self) -> None:
        cover_parent(self)

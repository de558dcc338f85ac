"""LanguagePicker: the four languages as large buttons over the screen, from any screen.

Switching keeps everything typed so far; each language is named in itself, so a signer finds
theirs whatever is on the screen now.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from ui.i18n import LANGUAGES
from ui.sizing import BUTTON_MM, mm
from ui.widgets.common import WrapButton, button, cover_parent, label
from ui.widgets.follows_language import FollowsLanguage


class LanguagePicker(FollowsLanguage, QFrame):
    chosen = Signal(str)

    def __init__(self, parent: QWidget, codes: tuple[str, ...]) -> None:
        super().__init__(parent)
        self.setObjectName("overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.card = QFrame(self)
        self.card.setObjectName("card")
        self.card.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.heading = label(role="heading")
        self.inner = inner = QVBoxLayout(self.card)
        inner.setContentsMargins(mm(8), mm(6), mm(8), mm(6))
        inner.setSpacing(mm(3))
        inner.addWidget(self.heading)
        self.buttons: dict[str, WrapButton] = {}
        for lang in LANGUAGES:
            if lang.code not in codes:
                continue
            b = WrapButton("choice")
            b.setCheckable(True)
            b.setMinimumHeight(mm(BUTTON_MM * 1.2))
            b.set_lines(lang.native)
            b.clicked.connect(lambda _=False, c=lang.code: self._choose(c))
            self.buttons[lang.code] = b
            inner.addWidget(b)
        self.close_button = button("", "secondary")
        self.close_button.clicked.connect(self.hide)
        inner.addWidget(self.close_button)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(self.card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Choose your language"))
        self.close_button.setText(self.tr("Close"))

    def open(self, current: str) -> None:
        for code, b in self.buttons.items():
            b.setChecked(code == current)
        parent = self.parentWidget()
        if parent is not None:
            width = min(parent.width() - mm(10), mm(120))
            self.card.setFixedWidth(width)
            # The heading may wrap at a larger text: room for its lines, and the buttons' own.
            self.inner.activate()
            self.card.setFixedHeight(self.inner.totalHeightForWidth(width))
        cover_parent(self)

    def _choose(self, code: str) -> None:
        self.hide()
        self.chosen.emit(code)

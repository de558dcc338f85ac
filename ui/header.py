"""SignerHeader: the bar above every signer screen, its buttons always in the same places.

Language on the left (named in the language in use), larger text beside it; Listen and Help
on the right.
"""

from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QWidget

from ui.i18n import BY_CODE
from ui.sizing import mm
from ui.widgets.common import button
from ui.widgets.follows_language import FollowsLanguage


class SignerHeader(FollowsLanguage, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = button("", "quiet")
        self.larger = button("", "quiet")
        self.larger.setCheckable(True)
        self.listen = button("", "quiet")
        self.help = button("", "quiet")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        row = QHBoxLayout(self)
        row.setContentsMargins(mm(8), mm(2), mm(8), 0)
        row.setSpacing(mm(3))
        row.addWidget(self.language)
        row.addWidget(self.larger)
        row.addStretch(1)
        row.addWidget(self.listen)
        row.addWidget(self.help)
        self.code = "en"
        self.retranslate()

    def show_language(self, code: str) -> None:
        self.code = code
        self.retranslate()

    def retranslate(self) -> None:
        lang = BY_CODE.get(self.code)
        self.language.setText(f"{lang.native if lang else self.code} ▾")
        self.language.setAccessibleName(self.tr("Change language"))
        self.larger.setText(
            self.tr("Smaller text") if self.larger.isChecked() else self.tr("Larger text")
        )
        self.larger.setAccessibleName(self.tr("Larger text"))
        self.help.setText(self.tr("Help"))
        self.help.setAccessibleName(self.tr("Help"))

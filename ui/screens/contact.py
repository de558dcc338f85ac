"""Contact details, asked only of a signer who said yes to news about the petition."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ui.context import KioskContext
from ui.screens.question import QuestionScreen
from ui.widgets.common import Field, label


class ContactScreen(QuestionScreen):
    step = 4

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.hint = label(role="note")
        self.rows.addWidget(self.hint)
        self.phone = self.add_answer("phone", Field())
        self.phone.edit.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.phone.edit.setProperty("keyboard", "digits")
        self.email = self.add_answer("email", Field())
        self.email.edit.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
        self.email.edit.setProperty("keyboard", "email")
        self.rows.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.heading.setText(self.tr("How can we send you news?"))
        self.hint.setText(
            self.tr(
                "A phone number, an email address, or both. Used only for news about this "
                "petition, never given to anyone."
            )
        )
        self.phone.set_caption(self.tr("Phone number"))
        self.email.set_caption(self.tr("Email address"))

    def enter(self) -> None:
        super().enter()
        form = self.ctx.session.form
        self.phone.set_text(form.phone)
        self.email.set_text(form.email)

    def collect(self) -> None:
        form = self.ctx.session.form
        form.phone = self.phone.text()
        form.email = self.email.text()

    def help_text(self) -> str:
        return self.tr(
            "Type a phone number or an email address, or both, for news about this petition. "
            "Back takes you to the question about news if you do not want it after all."
        )

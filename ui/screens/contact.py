"""Contact details, asked only of a signer who wants news about the petition."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ui.context import KioskContext
from ui.screens.form_screen import FormScreen
from ui.widgets.common import Field, label
from ui.widgets.validation_text import message_for


class ContactScreen(FormScreen):
    validated = ("phone", "email")

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.intro = label(role="note")
        self.phone = Field()
        self.phone.edit.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.phone.edit.setProperty("keyboard", "digits")
        self.email = Field()
        self.email.edit.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
        self.email.edit.setProperty("keyboard", "en")
        for w in (self.intro, self.phone, self.email):
            self.rows.addWidget(w)
        self.rows.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.heading.setText(self.tr("How can we send you news?"))
        self.intro.setText(
            self.tr(
                "Give a phone number, an email address, or both. They are used only for news "
                "about this petition and are never given to anyone."
            )
        )
        self.phone.set_caption(self.tr("Phone number"))
        self.email.set_caption(self.tr("Email address"))

    def enter(self) -> None:
        form = self.ctx.session.form
        self.phone.set_text(form.phone)
        self.email.set_text(form.email)
        self.phone.set_error(None)
        self.email.set_error(None)
        self.retranslate()

    def collect(self) -> None:
        form = self.ctx.session.form
        form.phone = self.phone.text()
        form.email = self.email.text()

    def show_problems(self, problems: dict[str, str]) -> QWidget | None:
        self.phone.set_error(message_for(problems["phone"]) if "phone" in problems else None)
        self.email.set_error(message_for(problems["email"]) if "email" in problems else None)
        return self.phone if "phone" in problems else self.email if problems else None

    def help_text(self) -> str:
        return self.tr(
            "Give a phone number or an email address if you want news about this petition."
        )

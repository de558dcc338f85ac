"""Name: given name and surname, the one question "What is your name?"."""

from PySide6.QtWidgets import QWidget

from ui.context import KioskContext
from ui.screens.question import QuestionScreen
from ui.widgets.common import Field, label


def name_field() -> Field:
    """A box for a name: the keyboard starts each word with a capital."""
    field = Field()
    field.edit.setProperty("capitalise", True)
    return field


class NameScreen(QuestionScreen):
    step = 2

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.hint = label(role="note")
        self.rows.addWidget(self.hint)
        self.given = self.add_answer("given_name", name_field())
        self.surname = self.add_answer("surname", name_field())
        self.rows.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.heading.setText(self.tr("What is your name?"))
        self.hint.setText(self.tr("As in your identity card."))
        self.given.set_caption(self.tr("Given name"))
        self.surname.set_caption(self.tr("Surname"))

    def enter(self) -> None:
        super().enter()
        form = self.ctx.session.form
        self.given.set_text(form.given_name)
        self.surname.set_text(form.surname)

    def collect(self) -> None:
        form = self.ctx.session.form
        form.given_name = self.given.text()
        form.surname = self.surname.text()

    def help_text(self) -> str:
        return self.tr(
            "Type your given name in the first box and your surname in the second, as in "
            "your identity card. The keys at the bottom of the screen type the letters; the "
            "Next key takes you to the next box."
        )

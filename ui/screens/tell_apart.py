"""Telling namesakes apart: the father's name or the year of birth, after "that is not me"."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ui.context import KioskContext
from ui.screens.name import name_field
from ui.screens.question import QuestionScreen
from ui.widgets.common import Field, label


class TellApartScreen(QuestionScreen):
    step = 3

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.hint = label(role="note")
        self.rows.addWidget(self.hint)
        self.patronymic = self.add_answer("patronymic", name_field())
        self.birth_year = self.add_answer("birth_year", Field())
        self.birth_year.edit.setMaxLength(4)
        self.birth_year.edit.setProperty("keyboard", "number")
        self.birth_year.edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.rows.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.heading.setText(self.tr("Help us tell you apart"))
        self.hint.setText(self.tr("Give your father's name, your year of birth, or both."))
        self.patronymic.set_caption(self.tr("Father's name"))
        self.birth_year.set_caption(self.tr("Year of birth"))

    def enter(self) -> None:
        super().enter()
        form = self.ctx.session.form
        self.patronymic.set_text(form.patronymic)
        self.birth_year.set_text(str(form.birth_year or ""))

    def collect(self) -> None:
        form = self.ctx.session.form
        form.patronymic = self.patronymic.text()
        year = self.birth_year.text().strip()
        form.birth_year = int(year) if year.isdigit() else (-1 if year else None)

    def problems(self) -> dict[str, str]:
        problems = super().problems()
        if not self.ctx.session.form.disambiguator():
            problems.setdefault("patronymic", "tell_apart")
        return problems

    def help_text(self) -> str:
        return self.tr(
            "Someone with your name and place has signed here before. Your father's name or "
            "your year of birth shows that you are another person."
        )

"""Name and settlement, with each message beside its field, and the "is that you?" question."""

import json
from functools import cache

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QWidget,
)

from resources import resource_path
from ui.context import KioskContext
from ui.screens.form_screen import FormScreen
from ui.widgets.common import Field, TickBox, label
from ui.widgets.question import Question
from ui.widgets.validation_text import message_for

FIELDS = ("given_name", "surname", "patronymic", "settlement", "birth_year")


@cache
def settlement_names() -> list[str]:
    doc = json.loads(resource_path("places", "settlements.json").read_text("utf-8"))
    names = {s["az"] for d in doc["districts"] for s in d["settlements"]}
    names |= {s["ru"] for d in doc["districts"] for s in d["settlements"] if s.get("ru")}
    return sorted(names)


class DetailsScreen(FormScreen):
    """Given name, surname, patronymic, settlement, and whether to send updates."""

    already_signed = Signal()
    validated = FIELDS

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.intro = label(role="note")
        self.fields = {name: Field() for name in FIELDS}
        self.fields["birth_year"].edit.setMaxLength(4)
        self.fields["birth_year"].edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        completer = QCompleter(settlement_names(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.fields["settlement"].edit.setCompleter(completer)
        self.updates = TickBox()
        self.question = Question()
        self.question.yes.clicked.connect(self.already_signed)
        self.question.no.clicked.connect(self._not_the_same)
        self.question.hide()
        for w in (self.intro, self.question, *self.fields.values(), self.updates):
            self.rows.addWidget(w)
        self.rows.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Your name"))
        self.intro.setText(self.tr("Write your name as in your identity card."))
        captions = {
            "given_name": self.tr("Given name"),
            "surname": self.tr("Surname"),
            "patronymic": self.tr("Father's name (optional)"),
            "settlement": self.tr("Village or town you are from"),
            "birth_year": self.tr("Year of birth"),
        }
        for name, caption in captions.items():
            self.fields[name].set_caption(caption)
        self.updates.setText(self.tr("Send me news about this petition (phone or email)"))
        self.updates.setAccessibleName(self.updates.text())
        self.question.retranslate()
        super().retranslate()

    def enter(self) -> None:
        form = self.ctx.session.form
        values = {
            "given_name": form.given_name,
            "surname": form.surname,
            "patronymic": form.patronymic,
            "settlement": form.settlement,
            "birth_year": str(form.birth_year or ""),
        }
        for name, field in self.fields.items():
            field.set_text(values[name])
            field.set_error(None)
        self.updates.setChecked(form.wants_updates)
        self.question.hide()
        self.fields["birth_year"].setVisible(self.ctx.session.not_the_same)
        self.retranslate()

    def collect(self) -> None:
        form = self.ctx.session.form
        form.given_name = self.fields["given_name"].text()
        form.surname = self.fields["surname"].text()
        form.patronymic = self.fields["patronymic"].text()
        form.settlement = self.fields["settlement"].text()
        year = self.fields["birth_year"].text().strip()
        form.birth_year = int(year) if year.isdigit() else (-1 if year else None)
        form.wants_updates = self.updates.isChecked()

    def more_problems(self, problems: dict[str, str]) -> None:
        session = self.ctx.session
        if session.not_the_same and not session.form.disambiguator():
            problems.setdefault("patronymic", "tell_apart")

    def show_problems(self, problems: dict[str, str]) -> QWidget | None:
        for name, field in self.fields.items():
            code = problems.get(name)
            field.set_error(message_for(code) if code else None)
        first = next((n for n in FIELDS if n in problems), None)
        if first is None:
            return None
        self.fields[first].edit.setFocus()
        return self.fields[first]

    def ready(self) -> bool:
        """Asks "is that you?" when this tablet has seen the name before."""
        session = self.ctx.session
        if not session.not_the_same and self.ctx.vault.seen_before(session.form):
            self.question.show()
            self.scroll_area.ensureWidgetVisible(self.question)
            return False
        return True

    def ask_again(self) -> None:
        """The store found a namesake at the very end: ask here, where it can be answered."""
        self.enter()
        self.question.show()

    def _not_the_same(self) -> None:
        self.ctx.session.not_the_same = True
        self.question.hide()
        self.fields["birth_year"].show()
        self.fields["patronymic"].set_error(message_for("tell_apart"))
        self.fields["patronymic"].edit.setFocus()

    def help_text(self) -> str:
        return self.tr(
            "Write your name and where you are from, as in your identity card. "
            "Touch a box to type in it."
        )

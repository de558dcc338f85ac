"""News: "Would you like news about this petition?", answered with one touch."""

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.context import KioskContext
from ui.screens.base import Screen
from ui.sizing import mm
from ui.widgets.answer_buttons import AnswerButtons
from ui.widgets.common import button, label, nav_row
from ui.widgets.error_summary import ErrorSummary


class NewsScreen(Screen):
    step = 4

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.step_label = label(role="step")
        self.summary = ErrorSummary()
        self.heading = label(role="heading")
        self.hint = label(role="note")
        self.answers = AnswerButtons()
        self.answers.yes.clicked.connect(lambda: self._answer(True))
        self.answers.no.clicked.connect(lambda: self._answer(False))
        self.back = button("", "secondary")
        self.next = button("", "primary")
        self.back.clicked.connect(self.backward)
        self.next.clicked.connect(self.submit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(mm(8), mm(2), mm(8), mm(3))
        layout.setSpacing(mm(4))
        for w in (self.step_label, self.summary, self.heading, self.hint, self.answers):
            layout.addWidget(w)
        layout.addStretch(1)
        layout.addLayout(nav_row(self.back, self.next))
        self.retranslate()

    def retranslate(self) -> None:
        self.step_label.setText(self.step_text())
        self.heading.setText(self.tr("Would you like news about this petition?"))
        self.hint.setText(
            self.tr("If you say yes, we ask for a phone number or an email address next.")
        )
        self.answers.yes.set_lines(self.tr("Yes, send me news"))
        self.answers.no.set_lines(self.tr("No, thank you"))
        self.back.setText(self.tr("Back"))
        self.next.setText(self.tr("Continue"))
        if self.summary.isVisibleTo(self):
            self.summary.show_problems([("news", self._problem())])

    def _problem(self) -> str:
        return self.tr("Please choose yes or no.")

    def enter(self) -> None:
        session = self.ctx.session
        self.answers.show_answer(session.form.wants_updates if session.news_answered else None)
        self.summary.show_problems([])
        self.retranslate()

    def _answer(self, yes: bool) -> None:
        self.ctx.session.form.wants_updates = yes
        self.ctx.session.news_answered = True
        self.answers.show_answer(yes)
        self.forward.emit()

    def submit(self) -> None:
        if self.ctx.session.news_answered:
            self.forward.emit()
        else:
            self.summary.show_problems([("news", self._problem())])

    def help_text(self) -> str:
        return self.tr(
            "Press Yes if you want news about this petition by phone or email, or No if you "
            "do not. Either way your signature counts."
        )

    def read_aloud_text(self) -> str:
        return f"{self.heading.text()}\n{self.hint.text()}"

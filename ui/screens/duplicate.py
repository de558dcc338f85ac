"""The duplicate question: asked, never refused, answered with two large buttons."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.places import settlement_in
from ui.context import KioskContext
from ui.screens.base import Screen
from ui.sizing import mm
from ui.widgets.answer_buttons import AnswerButtons
from ui.widgets.common import button, label, nav_row


class DuplicateScreen(Screen):
    """ "Someone with this name from this place has already signed here. Is that you?" """

    step = 3
    already_signed = Signal()  # "Yes, that was me": a kind ending, nothing stored
    someone_else = Signal()  # "No": a patronymic or a year of birth tells them apart

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.step_label = label(role="step")
        self.heading = label(role="heading")
        self.detail = label(role="lead")
        self.answers = AnswerButtons()
        self.answers.yes.clicked.connect(self.already_signed)
        self.answers.no.clicked.connect(self._someone_else)
        self.back = button("", "secondary")
        self.back.clicked.connect(self.backward)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(mm(8), mm(2), mm(8), mm(3))
        layout.setSpacing(mm(4))
        for w in (self.step_label, self.heading, self.detail, self.answers):
            layout.addWidget(w)
        layout.addStretch(1)
        self.hold = button("", "primary")  # Continue's place, empty: this page is answered above
        self.hold.hide()
        layout.addLayout(nav_row(self.back, self.hold))
        self.retranslate()

    def _someone_else(self) -> None:
        self.ctx.session.not_the_same = True
        self.someone_else.emit()

    def retranslate(self) -> None:
        self.step_label.setText(self.step_text())
        self.heading.setText(self.tr("Have you already signed on this tablet?"))
        form = self.ctx.session.form
        who = f"{form.given_name} {form.surname}".strip()
        self.detail.setText(
            self.tr("Someone called %1 from %2 has already signed on this tablet. Is that you?")
            .replace("%1", who)
            .replace("%2", settlement_in(form.settlement, form.place_id, form.locale))
        )
        self.answers.yes.set_lines(self.tr("Yes, that was me"))
        self.answers.no.set_lines(self.tr("No, that is someone else"))
        self.back.setText(self.tr("Back"))

    def enter(self) -> None:
        self.answers.show_answer(None)
        self.retranslate()

    def help_text(self) -> str:
        return self.tr(
            "This tablet already has a signature with the same name and place. If it was "
            "yours, press Yes: it is counted. If not, press No and we will ask one more thing."
        )

    def read_aloud_text(self) -> str:
        return f"{self.heading.text()}\n{self.detail.text()}"

"""QuestionScreen: the GOV.UK question page, sized for a finger.

From the top: "Step 3 of 7", the error summary when there is a problem, a heading that asks
one thing, the answer area (scrolled by finger when it does not fit), and Back and Continue
in the same place on every screen.
"""

from typing import TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLineEdit, QScrollArea, QVBoxLayout, QWidget

from kiosk.validation import validate
from ui.context import KioskContext
from ui.screens.base import Screen
from ui.sizing import mm
from ui.widgets.common import Answer, Field, button, label, nav_row
from ui.widgets.error_summary import ErrorSummary
from ui.widgets.more_below import MoreBelow
from ui.widgets.touch_scroll import touch_scroll
from ui.widgets.validation_text import message_for, missing_for

A = TypeVar("A", bound=Answer)


class QuestionScreen(Screen):
    """Subclasses add widgets to ``self.rows`` and answers with ``add_answer`` (form field ->
    its Answer, in screen order), and copy them to the form in ``collect``."""

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.answers: dict[str, Answer] = {}
        self.step_label = label(role="step")
        self.summary = ErrorSummary()
        self.summary.chosen.connect(self.go_to_problem)
        self.heading = label(role="heading")
        body = QWidget()
        body.setObjectName("page")
        self.rows = QVBoxLayout(body)
        self.rows.setContentsMargins(0, 0, mm(2), 0)
        self.rows.setSpacing(mm(3))
        for w in (self.step_label, self.summary, self.heading):
            self.rows.addWidget(w)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(body)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        touch_scroll(self.scroll_area)
        self.back = button("", "secondary")
        self.next = button("", "primary")
        self.back.clicked.connect(self.backward)
        self.next.clicked.connect(self.submit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(mm(8), mm(2), mm(8), mm(3))
        layout.setSpacing(mm(1))
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(nav_row(self.back, self.next, MoreBelow(self.scroll_area)))

    def add_answer(self, name: str, answer: A) -> A:
        """Put ``answer`` on the screen as the place of form field ``name``'s problems."""
        self.answers[name] = answer
        answer.fixed.connect(lambda: self.summary.drop(name))
        self.rows.addWidget(answer)
        return answer

    def retranslate(self) -> None:
        self.step_label.setText(self.step_text())
        self.back.setText(self.tr("Back"))
        self.next.setText(self.tr("Continue"))
        self.next.setAccessibleName(self.next.text())

    def enter(self) -> None:
        self.clear_problems()
        self.scroll_area.verticalScrollBar().setValue(0)

    def text_fields(self) -> list[QLineEdit]:
        return [a.edit for a in self.answers.values() if isinstance(a, Field)]

    def first_field(self) -> QLineEdit | None:
        """The first empty box (or the first box): where a signer starts typing."""
        boxes = [e for e in self.text_fields() if e.isVisibleTo(self)]
        return next((e for e in boxes if not e.text()), boxes[0] if boxes else None)

    # -- answers and problems --------------------------------------------------------------
    def collect(self) -> None:
        """Copy the widgets into the session's form."""

    def problems(self) -> dict[str, str]:
        """Problem codes of this screen's answers: the core's rules for them, by default."""
        camp = self.ctx.campaign
        return {
            p.field: p.code
            for p in validate(self.ctx.session.form, camp.locales, camp.minimum_age)
            if p.field in self.answers
        }

    def message(self, code: str) -> str:
        """The words for a problem code; screens with codes of their own extend this."""
        return message_for(code)

    def _words(self, name: str, code: str) -> str:
        return (code == "required" and missing_for(name)) or self.message(code)

    def ready(self) -> bool:
        """Last word before going on, once the answers are valid (a question to ask, say)."""
        return True

    def clear_problems(self) -> None:
        for answer in self.answers.values():
            answer.set_error(None)
        self.summary.show_problems([])

    def submit(self) -> None:
        self.collect()
        problems = self.problems()
        words = {n: self._words(n, code) for n, code in problems.items()}
        ordered = [(n, words[n]) for n in self.answers if n in problems]
        for name, answer in self.answers.items():
            answer.set_error(words.get(name))
        self.summary.show_problems(ordered)
        if ordered:
            # The summary and the first problem in view, with the keyboard out of the way.
            self.keyboard_away.emit()
            QTimer.singleShot(0, lambda: self._reveal(ordered[0][0]))
            return
        if self.ready():
            self.forward.emit()

    def _reveal(self, first: str) -> None:
        self.scroll_area.verticalScrollBar().setValue(0)
        self.scroll_area.ensureWidgetVisible(self.answers[first], 0, mm(2))

    def go_to_problem(self, name: str) -> None:
        """A line of the error summary was tapped: that answer in view, and typing in it."""
        answer = self.answers.get(name)
        if answer is None:
            return
        self.scroll_area.ensureWidgetVisible(answer, 0, mm(2))
        answer.focus()

"""Signing without drawing: a typed name and a large tick, or a volunteer who helps.

For people who cannot hold a finger steady, cannot see the pad well or cannot write. The
method, and for assisted signing the volunteer's code and the reason, are sealed in the record.
"""

from PySide6.QtWidgets import QButtonGroup, QGridLayout, QHBoxLayout, QWidget

from kiosk import pins
from kiosk.signature import ASSIST_REASONS
from ui.context import KioskContext
from ui.screens.name import name_field
from ui.screens.question import QuestionScreen
from ui.widgets.common import Answer, Field, TickField, WrapButton, label


class ReasonChoice(Answer):
    """Why a volunteer is helping: four large buttons, two by two (long reasons fit a
    portrait tablet)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = label(role="caption")
        self.box.insertWidget(0, self.caption)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, WrapButton] = {}
        grid = QGridLayout()
        for index, code in enumerate(ASSIST_REASONS):
            b = WrapButton("choice")
            b.setCheckable(True)
            self.group.addButton(b)
            self.buttons[code] = b
            grid.addWidget(b, index // 2, index % 2)
        self.box.addLayout(grid)
        self.group.buttonClicked.connect(lambda _b: self.put_right())

    def chosen(self) -> str:
        return next((code for code, b in self.buttons.items() if b.isChecked()), "")


class NoDrawingScreen(QuestionScreen):
    step = 6

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.choice = QButtonGroup(self)
        self.typed_choice = WrapButton("choice")  # Russian runs long at a larger text
        self.assisted_choice = WrapButton("choice")
        row = QHBoxLayout()
        for b in (self.typed_choice, self.assisted_choice):
            b.setCheckable(True)
            self.choice.addButton(b)
            row.addWidget(b, 1)
        self.choice.buttonClicked.connect(lambda _b: self._way_chosen())
        self.rows.addLayout(row)
        self.typed_name = self.add_answer("typed_name", name_field())
        self.typed_tick = self.add_answer("typed_confirmed", TickField())
        self.helper_note = label(role="note")
        self.rows.addWidget(self.helper_note)
        self.volunteer_pin = self.add_answer("volunteer_pin", Field())
        self.volunteer_pin.edit.setEchoMode(self.volunteer_pin.edit.EchoMode.Password)
        self.volunteer_pin.edit.setProperty("keyboard", "number")
        self.volunteer_pin.edit.setMaxLength(8)
        self.volunteer_code = self.add_answer("volunteer_code", Field())
        self.volunteer_code.edit.setMaxLength(12)
        self.reason = self.add_answer("assist_reason", ReasonChoice())
        self.typed_panel: tuple[QWidget, ...] = (self.typed_name, self.typed_tick)
        self.assisted_panel: tuple[QWidget, ...] = (
            self.helper_note,
            self.volunteer_pin,
            self.volunteer_code,
            self.reason,
        )
        self.rows.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.heading.setText(self.tr("Signing without drawing"))
        self.typed_choice.set_lines(self.tr("I type my name"))
        self.assisted_choice.set_lines(self.tr("A volunteer helps me"))
        self.typed_name.set_caption(self.tr("Your full name"))
        self.typed_tick.tick.setText(self.tr("This typed name is my signature"))
        self.helper_note.setText(
            self.tr("A volunteer enters the volunteer PIN and their own code.")
        )
        self.volunteer_pin.set_caption(self.tr("Volunteer PIN"))
        self.volunteer_code.set_caption(self.tr("Volunteer code"))
        self.reason.caption.setText(self.tr("Why is a volunteer helping?"))
        names = {
            "hands": self.tr("Hands are not steady"),
            "sight": self.tr("Cannot see well"),
            "writing": self.tr("Cannot write"),
            "other": self.tr("Another reason"),
        }
        for code, b in self.reason.buttons.items():
            b.set_lines(names[code])

    def enter(self) -> None:
        super().enter()
        form = self.ctx.session.form
        assisted = form.method == "assisted"
        self.typed_choice.setChecked(not assisted)
        self.assisted_choice.setChecked(assisted)
        self.typed_name.set_text(form.typed_name or self._full_name())
        self.typed_tick.tick.setChecked(form.typed_confirmed)
        self.volunteer_pin.set_text("")
        self.volunteer_code.set_text(form.volunteer_code)
        for code, b in self.reason.buttons.items():
            b.setChecked(code == form.assist_reason)
        self._show_choice()

    def _full_name(self) -> str:
        form = self.ctx.session.form
        return " ".join(p for p in (form.given_name, form.patronymic, form.surname) if p)

    def _show_choice(self) -> None:
        assisted = self.assisted_choice.isChecked()
        for w in self.typed_panel:
            w.setVisible(not assisted)
        for w in self.assisted_panel:
            w.setVisible(assisted)
        self.clear_problems()

    def _way_chosen(self) -> None:
        """A volunteer takes over at the PIN box, with its number pad; the typed name is
        filled in already, so its tick is what is left and the keyboard goes."""
        self._show_choice()
        if self.assisted_choice.isChecked():
            self.volunteer_pin.edit.setFocus()
        else:
            self.keyboard_away.emit()

    def collect(self) -> None:
        form = self.ctx.session.form
        form.method = "assisted" if self.assisted_choice.isChecked() else "typed"
        form.strokes = []
        form.typed_name = self.typed_name.text()
        form.typed_confirmed = self.typed_tick.tick.isChecked()
        form.volunteer_code = self.volunteer_code.text()
        form.assist_reason = self.reason.chosen()

    def problems(self) -> dict[str, str]:
        """Only the chosen way's answers; assisted signing needs the volunteer PIN, checked
        by the core's lock-out rules."""
        problems = super().problems()
        if self.ctx.session.form.method != "assisted":
            for name in ("volunteer_code", "assist_reason"):
                problems.pop(name, None)
            return problems
        for name in ("typed_name", "typed_confirmed"):
            problems.pop(name, None)
        engine = self.ctx.vault.engine
        if not pins.has_pin(engine, "volunteer"):
            problems["volunteer_pin"] = "no_volunteer_pin"
        else:
            result = pins.check_pin(engine, "volunteer", self.volunteer_pin.text())
            if not result.ok:
                problems["volunteer_pin"] = "locked" if result.locked_until else "wrong_pin"
        return problems

    def message(self, code: str) -> str:
        own = {
            "no_volunteer_pin": self.tr(
                "No volunteer PIN is set on this tablet. Ask the coordinator."
            ),
            "wrong_pin": self.tr("That is not the volunteer PIN."),
            "locked": self.tr("Too many wrong PINs. Ask the coordinator."),
        }
        return own.get(code) or super().message(code)

    def help_text(self) -> str:
        return self.tr(
            "Type your name and tick the box, or ask a volunteer to help you. A volunteer "
            "enters the volunteer PIN, their code and why they help."
        )

"""Signing without drawing: a typed name and a large tick, or a volunteer who helps.

For people who cannot hold a finger steady, cannot see the pad well or cannot write. The
method, and for assisted signing the volunteer's code and the reason, are sealed in the record.
"""

from PySide6.QtWidgets import QButtonGroup, QGridLayout, QHBoxLayout, QPushButton, QWidget

from kiosk import pins
from kiosk.signature import ASSIST_REASONS
from ui.context import KioskContext
from ui.screens.form_screen import FormScreen
from ui.widgets.common import Field, TickBox, button, label
from ui.widgets.validation_text import message_for


class NoDrawingScreen(FormScreen):
    validated = ("typed_name", "typed_confirmed", "volunteer_code", "assist_reason")

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.choice = QButtonGroup(self)
        self.typed_choice = button("", "language")
        self.assisted_choice = button("", "language")
        row = QHBoxLayout()
        for b in (self.typed_choice, self.assisted_choice):
            b.setCheckable(True)
            self.choice.addButton(b)
            row.addWidget(b)
        self.choice.buttonClicked.connect(lambda _b: self._show_choice())
        self.rows.addLayout(row)
        self.typed_name = Field()
        self.typed_tick = TickBox()
        self.typed_message = label(role="error")
        self.helper_note = label(role="note")
        self.volunteer_pin = Field()
        self.volunteer_pin.edit.setEchoMode(self.volunteer_pin.edit.EchoMode.Password)
        self.volunteer_pin.edit.setProperty("keyboard", "digits")
        self.volunteer_pin.edit.setMaxLength(8)
        self.volunteer_code = Field()
        self.volunteer_code.edit.setMaxLength(12)
        self.reason_caption = label(role="caption")
        self.reasons = QButtonGroup(self)
        self.reason_buttons: dict[str, QPushButton] = {}
        reasons_row = QGridLayout()  # two by two: long reasons fit a portrait tablet
        for index, code in enumerate(ASSIST_REASONS):
            b = button("", "language")
            b.setCheckable(True)
            b.setProperty("reason", code)
            self.reasons.addButton(b)
            self.reason_buttons[code] = b
            reasons_row.addWidget(b, index // 2, index % 2)
        self.reason_message = label(role="error")
        self.typed_panel = (self.typed_name, self.typed_tick, self.typed_message)
        self.assisted_panel = (
            self.helper_note,
            self.volunteer_pin,
            self.volunteer_code,
            self.reason_caption,
            self.reason_message,
        )
        for w in self.typed_panel:
            self.rows.addWidget(w)
        for w in self.assisted_panel[:-1]:
            self.rows.addWidget(w)
        self.rows.addLayout(reasons_row)
        self.rows.addWidget(self.reason_message)
        self.rows.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.heading.setText(self.tr("Signing without drawing"))
        self.typed_choice.setText(self.tr("I type my name"))
        self.assisted_choice.setText(self.tr("A volunteer helps me"))
        self.typed_name.set_caption(self.tr("Your full name"))
        self.typed_tick.setText(self.tr("This typed name is my signature"))
        self.helper_note.setText(
            self.tr("A volunteer enters the volunteer PIN and their own code.")
        )
        self.volunteer_pin.set_caption(self.tr("Volunteer PIN"))
        self.volunteer_code.set_caption(self.tr("Volunteer code"))
        self.reason_caption.setText(self.tr("Why is a volunteer helping?"))
        names = {
            "hands": self.tr("Hands are not steady"),
            "sight": self.tr("Cannot see well"),
            "writing": self.tr("Cannot write"),
            "other": self.tr("Another reason"),
        }
        for code, b in self.reason_buttons.items():
            b.setText(names[code])
            b.setAccessibleName(names[code])

    def enter(self) -> None:
        form = self.ctx.session.form
        assisted = form.method == "assisted"
        self.typed_choice.setChecked(not assisted)
        self.assisted_choice.setChecked(assisted)
        self.typed_name.set_text(form.typed_name or self._full_name())
        self.typed_tick.setChecked(form.typed_confirmed)
        self.volunteer_pin.set_text("")
        self.volunteer_code.set_text(form.volunteer_code)
        for code, b in self.reason_buttons.items():
            b.setChecked(code == form.assist_reason)
        self.show_problems({})
        self.retranslate()
        self._show_choice()

    def _full_name(self) -> str:
        form = self.ctx.session.form
        return " ".join(p for p in (form.given_name, form.patronymic, form.surname) if p)

    def _show_choice(self) -> None:
        assisted = self.assisted_choice.isChecked()
        for w in self.typed_panel:
            w.setVisible(not assisted and (w is not self.typed_message or bool(w.text())))
        for w in self.assisted_panel:
            w.setVisible(assisted and (w is not self.reason_message or bool(w.text())))
        for b in self.reason_buttons.values():
            b.setVisible(assisted)

    def collect(self) -> None:
        form = self.ctx.session.form
        form.method = "assisted" if self.assisted_choice.isChecked() else "typed"
        form.strokes = []
        form.typed_name = self.typed_name.text()
        form.typed_confirmed = self.typed_tick.isChecked()
        form.volunteer_code = self.volunteer_code.text()
        checked = self.reasons.checkedButton()
        form.assist_reason = str(checked.property("reason")) if checked else ""

    def more_problems(self, problems: dict[str, str]) -> None:
        """Assisted signing needs the volunteer PIN, checked by the core's lock-out rules."""
        if self.ctx.session.form.method != "assisted":
            for name in ("volunteer_code", "assist_reason"):
                problems.pop(name, None)
            return
        for name in ("typed_name", "typed_confirmed"):
            problems.pop(name, None)
        engine = self.ctx.vault.engine
        if not pins.has_pin(engine, "volunteer"):
            problems["volunteer_pin"] = "no_volunteer_pin"
            return
        result = pins.check_pin(engine, "volunteer", self.volunteer_pin.text())
        if not result.ok:
            problems["volunteer_pin"] = "locked" if result.locked_until else "wrong_pin"

    def show_problems(self, problems: dict[str, str]) -> QWidget | None:
        pin_messages = {
            "no_volunteer_pin": self.tr(
                "No volunteer PIN is set on this tablet. Ask the coordinator."
            ),
            "wrong_pin": self.tr("That is not the volunteer PIN."),
            "locked": self.tr("Too many wrong PINs. Ask the coordinator."),
        }
        pin_code = problems.get("volunteer_pin")
        self.volunteer_pin.set_error(pin_messages[pin_code] if pin_code else None)
        self.typed_name.set_error(
            message_for(problems["typed_name"]) if "typed_name" in problems else None
        )
        self.volunteer_code.set_error(
            message_for(problems["volunteer_code"]) if "volunteer_code" in problems else None
        )
        for message, name in (
            (self.typed_message, "typed_confirmed"),
            (self.reason_message, "assist_reason"),
        ):
            message.setText(message_for(problems[name]) if name in problems else "")
        self._show_choice()
        order = (
            ("typed_name", self.typed_name),
            ("typed_confirmed", self.typed_tick),
            ("volunteer_pin", self.volunteer_pin),
            ("volunteer_code", self.volunteer_code),
            ("assist_reason", self.reason_caption),
        )
        return next((w for name, w in order if name in problems), None)

    def help_text(self) -> str:
        return self.tr("Type your name and tick the box, or ask a volunteer to help you.")

"""What happens to the signer's data, in the campaign's words, and the three ticks."""

from PySide6.QtWidgets import QWidget

from kiosk.campaign import CONSENT_PARTS
from ui.context import KioskContext
from ui.screens.form_screen import FormScreen
from ui.widgets.common import TickBox, label
from ui.widgets.validation_text import message_for


class ConsentsScreen(FormScreen):
    reading = True
    validated = ("age_confirmed", "for_self", "consent")

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.parts = {part: label(role="body") for part in CONSENT_PARTS}
        self.headings = {part: label(role="caption") for part in CONSENT_PARTS}
        for part in CONSENT_PARTS:
            self.rows.addWidget(self.headings[part])
            self.rows.addWidget(self.parts[part])
        self.ticks: dict[str, TickBox] = {}
        self.messages = {}
        for name in self.validated:
            tick = TickBox()
            self.ticks[name] = tick
            self.messages[name] = label(role="error")
            self.messages[name].hide()
            self.rows.addWidget(tick)
            self.rows.addWidget(self.messages[name])
        self.rows.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.heading.setText(self.tr("How your signature is used"))
        captions = {
            "operator": self.tr("Who keeps it"),
            "purpose": self.tr("What for"),
            "data": self.tr("What is kept"),
            "recipient": self.tr("Who receives the list"),
            "withdraw": self.tr("How to withdraw"),
            "retention": self.tr("How long it is kept"),
        }
        consent = self.ctx.text.consent
        for part in CONSENT_PARTS:
            self.headings[part].setText(captions[part])
            self.parts[part].setText(consent[part])
        age = str(self.ctx.campaign.minimum_age)
        self.ticks["age_confirmed"].setText(
            self.tr("I am %1 years old or older").replace("%1", age)
        )
        self.ticks["for_self"].setText(self.tr("I sign only for myself"))
        self.ticks["consent"].setText(
            self.tr("I agree to my signature being used as written above")
        )
        for tick in self.ticks.values():
            tick.setAccessibleName(tick.text())

    def enter(self) -> None:
        form = self.ctx.session.form
        self.ticks["age_confirmed"].setChecked(form.age_confirmed)
        self.ticks["for_self"].setChecked(form.for_self)
        self.ticks["consent"].setChecked(form.consent)
        for message in self.messages.values():
            message.hide()
        self.retranslate()
        self.scroll_area.verticalScrollBar().setValue(0)

    def collect(self) -> None:
        form = self.ctx.session.form
        form.age_confirmed = self.ticks["age_confirmed"].isChecked()
        form.for_self = self.ticks["for_self"].isChecked()
        form.consent = self.ticks["consent"].isChecked()

    def show_problems(self, problems: dict[str, str]) -> QWidget | None:
        for name, message in self.messages.items():
            message.setText(message_for(problems[name]) if name in problems else "")
            message.setVisible(name in problems)
        first = next((n for n in self.validated if n in problems), None)
        return self.ticks[first] if first else None

    def help_text(self) -> str:
        return self.tr("Read how your signature is used, then tick the three boxes if you agree.")

    def read_aloud_text(self) -> str:
        return "\n".join(f"{self.headings[p].text()}. {self.parts[p].text()}" for p in self.parts)

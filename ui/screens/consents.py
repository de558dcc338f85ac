"""Agreement: the three ticks on one screen, how the signature is used behind a button."""

from PySide6.QtWidgets import QWidget

from kiosk.campaign import CONSENT_PARTS
from ui.context import KioskContext
from ui.screens.question import QuestionScreen
from ui.widgets.common import TickField, WrapButton
from ui.widgets.reading_card import ReadingCard

TICKS = ("age_confirmed", "for_self", "consent")


class ConsentsScreen(QuestionScreen):
    step = 5

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.read_more = WrapButton("read-more")
        self.read_more.clicked.connect(self.show_use)
        self.rows.addWidget(self.read_more)
        self.ticks = {name: self.add_answer(name, TickField()) for name in TICKS}
        self.rows.addStretch(1)
        self.card = ReadingCard(self)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.heading.setText(self.tr("Do you agree?"))
        self.read_more.set_lines(
            self.tr("How your signature is used ›"),
            self.tr("Who keeps it, what for, who receives the list, how to withdraw"),
        )
        age = str(self.ctx.campaign.minimum_age)
        texts = {
            "age_confirmed": self.tr("I am %1 years old or older").replace("%1", age),
            "for_self": self.tr("I sign only for myself"),
            "consent": self.tr("I agree to my signature being used as described"),
        }
        for name, text in texts.items():
            self.ticks[name].tick.setText(text)
        if self.card.isVisible():
            self.show_use()

    def use_parts(self) -> list[tuple[str, str]]:
        captions = {
            "operator": self.tr("Who keeps it"),
            "purpose": self.tr("What for"),
            "data": self.tr("What is kept"),
            "recipient": self.tr("Who receives the list"),
            "withdraw": self.tr("How to withdraw"),
            "retention": self.tr("How long it is kept"),
        }
        consent = self.ctx.text.consent
        return [(captions[part], consent[part]) for part in CONSENT_PARTS]

    def show_use(self) -> None:
        self.card.show_text(self.tr("How your signature is used"), self.use_parts())

    def enter(self) -> None:
        super().enter()
        form = self.ctx.session.form
        self.ticks["age_confirmed"].tick.setChecked(form.age_confirmed)
        self.ticks["for_self"].tick.setChecked(form.for_self)
        self.ticks["consent"].tick.setChecked(form.consent)
        self.card.hide()

    def collect(self) -> None:
        form = self.ctx.session.form
        form.age_confirmed = self.ticks["age_confirmed"].tick.isChecked()
        form.for_self = self.ticks["for_self"].tick.isChecked()
        form.consent = self.ticks["consent"].tick.isChecked()

    def resizeEvent(self, event: object) -> None:
        self.card.setGeometry(self.rect())
        super().resizeEvent(event)  # type: ignore[arg-type]

    def help_text(self) -> str:
        return self.tr(
            "Touch each of the three sentences you agree with: a tick appears in its box. "
            "The button above them shows how your signature is used."
        )

    def read_aloud_text(self) -> str:
        ticks = "\n".join(t.tick.text() for t in self.ticks.values())
        parts = "\n".join(f"{c}. {t}" for c, t in self.use_parts())
        return f"{self.heading.text()}\n{ticks}\n{parts}"

"""The petition text: read at leisure, scrolled by finger, with who asks and who is asked."""

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from ui.context import KioskContext
from ui.screens.base import Screen
from ui.sizing import mm
from ui.widgets.common import button, label, nav_row
from ui.widgets.more_below import MoreBelow
from ui.widgets.touch_scroll import touch_scroll

READABLE_WIDTH_MM = 170  # about 70 characters a line at the body size


def facts_date(as_of: str) -> str:
    """``2021-03`` as "March 2021" (or a full date) in the current language."""
    parts = [int(p) for p in as_of.split("-")]
    date = QDate(parts[0], parts[1], parts[2] if len(parts) > 2 else 1)
    return QLocale().toString(date, "d MMMM yyyy" if len(parts) > 2 else "MMMM yyyy")


class PetitionScreen(Screen):
    reading = True
    step = 1

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.step_label = label(role="step")
        self.heading = label(role="heading")
        self.body = label(role="body")
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.facts = label(role="note")
        self.recipient = label(role="body")
        self.organisers_heading = label(role="caption")
        self.organisers = label(role="note")
        column = QWidget()
        column.setMaximumWidth(mm(READABLE_WIDTH_MM))
        inner = QVBoxLayout(column)
        inner.setSpacing(mm(3))
        for w in (
            self.step_label,
            self.heading,
            self.recipient,
            self.body,
            self.facts,
            self.organisers_heading,
            self.organisers,
        ):
            inner.addWidget(w)
        inner.addStretch(1)
        holder = QWidget()
        centre = QHBoxLayout(holder)
        centre.addStretch(1)
        centre.addWidget(column, 100)
        centre.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(holder)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        touch_scroll(self.scroll_area)
        self.back = button("", "secondary")
        self.next = button("", "primary")
        self.back.clicked.connect(self.backward)
        self.next.clicked.connect(self.forward)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(mm(8), mm(2), mm(8), mm(3))
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(nav_row(self.back, self.next, MoreBelow(self.scroll_area)))
        self.retranslate()

    def retranslate(self) -> None:
        text = self.ctx.text
        self.step_label.setText(self.step_text())
        self.heading.setText(text.title)
        self.body.setText(text.body)
        self.recipient.setText(self.tr("To: %1").replace("%1", text.recipient))
        self.facts.setText(
            self.tr("Facts as of %1.").replace("%1", facts_date(self.ctx.campaign.facts_as_of))
        )
        self.organisers_heading.setText(self.tr("Organisers"))
        self.organisers.setText("\n".join(text.organisers))
        self.back.setText(self.tr("Back"))
        self.next.setText(self.tr("I want to sign"))

    def enter(self) -> None:
        self.retranslate()
        self.scroll_area.verticalScrollBar().setValue(0)

    def help_text(self) -> str:
        return self.tr(
            "Read the petition. Move the text up with your finger to see more. "
            "When you are ready, press the green button."
        )

    def read_aloud_text(self) -> str:
        return f"{self.heading.text()}\n{self.body.text()}\n{self.recipient.text()}"

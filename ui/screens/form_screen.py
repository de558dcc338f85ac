"""A screen of fields in a scroll area with Back and Next: the shape of contact and consents."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from kiosk.validation import validate
from ui.context import KioskContext
from ui.screens.base import Screen
from ui.sizing import mm
from ui.widgets.common import button, label, nav_row
from ui.widgets.more_below import MoreBelow


class FormScreen(Screen):
    """Subclasses add rows to ``self.rows``, read them in ``collect`` and show the core's
    problems for ``validated`` in ``show_problems``."""

    validated: tuple[str, ...] = ()  # the form fields whose problems this screen shows

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.heading = label(role="heading")
        body = QWidget()
        self.rows = QVBoxLayout(body)
        self.rows.setSpacing(mm(2))
        self.rows.addWidget(self.heading)
        self.scroll_area = QScrollArea()
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(body)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.back = button("", "secondary")
        self.next = button("", "primary")
        self.back.clicked.connect(self.backward)
        self.next.clicked.connect(self._next)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(mm(8), mm(4), mm(8), mm(4))
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(MoreBelow(self.scroll_area))
        layout.addLayout(nav_row(self.back, self.next))

    def retranslate(self) -> None:
        self.back.setText(self.tr("Back"))
        self.next.setText(self.tr("Next"))

    def collect(self) -> None:
        """Copy the widgets into the session's form."""

    def show_problems(self, problems: dict[str, str]) -> QWidget | None:
        """Show each message by its field; return the first widget to scroll to."""
        return None

    def more_problems(self, problems: dict[str, str]) -> None:
        """Add problems the core cannot know about (a screen's own rules)."""

    def ready(self) -> bool:
        """Last word before going on, once the fields are valid (a question to ask, say)."""
        return True

    def _next(self) -> None:
        self.collect()
        camp = self.ctx.campaign
        problems = {
            p.field: p.code
            for p in validate(self.ctx.session.form, camp.locales, camp.minimum_age)
            if p.field in self.validated
        }
        self.more_problems(problems)
        first = self.show_problems(problems)
        if problems:
            if first is not None:
                self.scroll_area.ensureWidgetVisible(first)
            return
        if self.ready():
            self.forward.emit()

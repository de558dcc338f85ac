"""Check your answers: each answer in large type with Change beside it, the signature big,
then the one button that stores it (the GOV.UK check-answers pattern)."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from kiosk.places import settlement_in
from ui.context import KioskContext
from ui.screens.base import Screen
from ui.sizing import mm
from ui.widgets.common import button, label, nav_row
from ui.widgets.more_below import MoreBelow
from ui.widgets.signature_view import SignatureView
from ui.widgets.touch_scroll import touch_scroll

# The answers a signer can change from here, with the screen that asks each.
ROWS = ("name", "settlement", "news", "signature")


class ReviewScreen(Screen):
    step = 7
    confirmed = Signal()
    change = Signal(str)  # one of ROWS: go back to the screen that asks it

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.step_label = label(role="step")
        self.heading = label(role="heading")
        body = QWidget()
        body.setObjectName("page")
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, mm(2), 0)
        column.setSpacing(mm(2))
        column.addWidget(self.step_label)
        column.addWidget(self.heading)
        grid = QGridLayout()
        grid.setHorizontalSpacing(mm(4))
        grid.setVerticalSpacing(mm(3))
        grid.setColumnStretch(1, 1)
        self.keys: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        self.changes = {}
        for index, row in enumerate(ROWS):
            self.keys[row] = label(role="answer-key")
            self.values[row] = label(role="answer")
            self.changes[row] = button("", "quiet")
            self.changes[row].clicked.connect(lambda _=False, r=row: self.change.emit(r))
            grid.addWidget(self.keys[row], index, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self.values[row], index, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self.changes[row], index, 2, Qt.AlignmentFlag.AlignTop)
        self.drawing = SignatureView()
        grid.addWidget(self.drawing, len(ROWS), 1, 1, 2)
        column.addLayout(grid)
        self.note = label(role="note")
        column.addWidget(self.note)
        column.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(body)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        touch_scroll(self.scroll_area)
        self.back = button("", "secondary")
        self.back.clicked.connect(self.backward)
        self.confirm = button("", "primary")
        self.confirm.clicked.connect(self.confirmed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(mm(8), mm(2), mm(8), mm(3))
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(nav_row(self.back, self.confirm, MoreBelow(self.scroll_area)))
        self.retranslate()

    def retranslate(self) -> None:
        form = self.ctx.session.form
        self.step_label.setText(self.step_text())
        self.heading.setText(self.tr("Check your answers"))
        keys = {
            "name": self.tr("Name"),
            "settlement": self.tr("Village or town"),
            "news": self.tr("News"),
            "signature": self.tr("Signature"),
        }
        names = (form.given_name, form.patronymic, form.surname)
        news = ", ".join(c for c in (form.phone, form.email) if c)
        values = {
            "name": " ".join(p for p in names if p)
            + (f" ({form.birth_year})" if form.birth_year else ""),
            "settlement": settlement_in(form.settlement, form.place_id, form.locale),
            "news": news if form.wants_updates else self.tr("No"),
            "signature": self._method_text(),
        }
        for row in ROWS:
            self.keys[row].setText(keys[row])
            self.values[row].setText(values[row])
            self.changes[row].setText(self.tr("Change"))
            self.changes[row].setAccessibleName(
                self.tr("Change: %1").replace("%1", keys[row].lower())
            )
        self.note.setText(self.tr("Nothing is saved until you press “Sign the petition”."))
        self.back.setText(self.tr("Back"))
        self.confirm.setText(self.tr("Sign the petition"))

    def _method_text(self) -> str:
        form = self.ctx.session.form
        if form.method == "typed":
            return self.tr("Your typed name: %1").replace("%1", form.typed_name)
        if form.method == "assisted":
            return self.tr("With the help of volunteer %1").replace(
                "%1", form.volunteer_code.strip().upper()
            )
        return ""

    def enter(self) -> None:
        self.retranslate()
        form = self.ctx.session.form
        drawn = form.method == "drawn"
        self.values["signature"].setVisible(not drawn)
        self.drawing.setVisible(drawn)
        self.drawing.show_strokes(form.strokes)
        self.drawing.setAccessibleName(self.tr("Your signature"))
        self.scroll_area.verticalScrollBar().setValue(0)

    def help_text(self) -> str:
        return self.tr(
            "Check your answers. Press Change beside one to correct it. When all is right, "
            "press the green button to sign."
        )

    def read_aloud_text(self) -> str:
        rows = "\n".join(f"{self.keys[r].text()}: {self.values[r].text()}" for r in ROWS)
        return f"{self.heading.text()}\n{rows}"

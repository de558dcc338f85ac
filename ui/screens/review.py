"""Review: everything the signer gave, once more, before the one button that stores it."""

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.signature import Stroke
from ui.context import KioskContext
from ui.i18n import BY_CODE
from ui.screens.base import Screen
from ui.sizing import mm
from ui.widgets.common import button, label, nav_row


def signature_picture(strokes: list[Stroke], width: int, height: int) -> QPixmap:
    """A still picture of the drawing for the review screen."""
    picture = QPixmap(width, height)
    picture.fill(QColor("#ffffff"))
    painter = QPainter(picture)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor("#10243e"), max(1.5, width / 300))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    box = QRectF(0, 0, width, height)
    for stroke in strokes:
        if not stroke:
            continue
        path = QPainterPath(QPointF(stroke[0][0] * box.width(), stroke[0][1] * box.height()))
        for x, y, _ in stroke[1:]:
            path.lineTo(x * box.width(), y * box.height())
        painter.drawPath(path)
    painter.end()
    return picture


class ReviewScreen(Screen):
    confirmed = Signal()
    change = Signal()

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.heading = label(role="heading")
        self.summary = label(role="lead")
        self.drawing = QLabel()
        self.drawing.setObjectName("drawing")
        self.note = label(role="note")
        self.change_button = button("", "secondary")
        self.confirm = button("", "primary")
        self.change_button.clicked.connect(self.change)
        self.confirm.clicked.connect(self.confirmed)
        row = nav_row(self.change_button, self.confirm)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(mm(8), mm(4), mm(8), mm(4))
        layout.setSpacing(mm(3))
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.drawing)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        form = self.ctx.session.form
        self.heading.setText(self.tr("Please check"))
        full_name = " ".join(p for p in (form.given_name, form.patronymic, form.surname) if p)
        lines = [
            self.tr("Name: %1").replace("%1", full_name),
            self.tr("Village or town: %1").replace("%1", form.settlement),
        ]
        if form.birth_year:
            lines.append(self.tr("Born in %1").replace("%1", str(form.birth_year)))
        if form.wants_updates:
            lines.append(
                self.tr("News to: %1").replace(
                    "%1", ", ".join(c for c in (form.phone, form.email) if c)
                )
            )
        if form.method == "typed":
            lines.append(self.tr("Signature: your typed name"))
        elif form.method == "assisted":
            lines.append(
                self.tr("Signed with the help of volunteer %1").replace(
                    "%1", form.volunteer_code.strip().upper()
                )
            )
        lang = BY_CODE.get(form.locale)
        lines.append(self.tr("Petition read in: %1").replace("%1", lang.native if lang else ""))
        self.summary.setText("\n".join(lines))
        self.note.setText(self.tr("Nothing is saved until you press the green button."))
        self.change_button.setText(self.tr("Change something"))
        self.confirm.setText(self.tr("Confirm and sign"))

    def enter(self) -> None:
        self.retranslate()
        width = mm(90)
        strokes = self.ctx.session.form.strokes
        self.drawing.setVisible(self.ctx.session.form.method == "drawn")
        self.drawing.setPixmap(signature_picture(strokes, width, width // 3))
        self.drawing.setAccessibleName(self.tr("Your signature"))

    def help_text(self) -> str:
        return self.tr(
            "Check what you wrote. Press the green button to sign, or change something first."
        )

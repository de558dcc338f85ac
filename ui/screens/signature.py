"""The signature: drawn with a finger, a pen or a mouse, kept as vectors."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.validation import strokes_problem
from ui.context import KioskContext
from ui.screens.base import Screen
from ui.sizing import mm
from ui.widgets.common import button, label, nav_row
from ui.widgets.signature_pad import SignaturePad
from ui.widgets.validation_text import message_for


class SignatureScreen(Screen):
    without_drawing = Signal()

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.heading = label(role="heading")
        self.hint = label(role="note")
        self.pad = SignaturePad()
        self.pad.setMinimumHeight(mm(45))
        self.message = label(role="error")
        self.message.hide()
        self.pad.changed.connect(self.message.hide)
        self.clear = button("", "quiet")
        self.clear.clicked.connect(self.pad.clear)
        self.cannot = button("", "quiet")
        self.cannot.clicked.connect(self.without_drawing)
        self.back = button("", "secondary")
        self.next = button("", "primary")
        self.back.clicked.connect(self.backward)
        self.next.clicked.connect(self._next)
        under_pad = QHBoxLayout()
        under_pad.addWidget(self.cannot)
        under_pad.addWidget(self.message)
        under_pad.addStretch(1)
        under_pad.addWidget(self.clear)
        row = nav_row(self.back, self.next)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(mm(8), mm(4), mm(8), mm(4))
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.pad, 1)
        layout.addSpacing(mm(3))  # a stroke running off the pad must not press a button
        layout.addLayout(under_pad)
        layout.addSpacing(mm(4))
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Your signature"))
        self.hint.setText(self.tr("Sign with your finger in the white box, as on paper."))
        self.pad.setAccessibleName(self.tr("Signature box"))
        self.clear.setText(self.tr("Clear"))
        self.cannot.setText(self.tr("I can't sign with my finger"))
        self.back.setText(self.tr("Back"))
        self.next.setText(self.tr("Next"))
        if self.message.isVisible():
            self._show_problem()

    def enter(self) -> None:
        self.pad.set_strokes(self.ctx.session.form.strokes)
        self.message.hide()
        self.retranslate()

    def _show_problem(self) -> bool:
        code = strokes_problem(self.pad.strokes())
        self.message.setText(message_for(code) if code else "")
        self.message.setVisible(code is not None)
        return code is not None

    def _next(self) -> None:
        self.ctx.session.form.strokes = self.pad.strokes()
        self.ctx.session.form.method = "drawn"
        if not self._show_problem():
            self.forward.emit()

    def help_text(self) -> str:
        return self.tr(
            "Sign in the white box with your finger. If you cannot, press the button under the box."
        )

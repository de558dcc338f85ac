"""The signature: drawn with a finger, a pen or a mouse in a large box, kept as vectors."""

from PySide6.QtCore import QMargins, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QBoxLayout, QVBoxLayout, QWidget

from kiosk.validation import strokes_problem
from ui.context import KioskContext
from ui.screens.base import Screen
from ui.sizing import mm
from ui.widgets.common import button, label, nav_row
from ui.widgets.error_summary import ErrorSummary
from ui.widgets.signature_pad import SignaturePad
from ui.widgets.validation_text import message_for


class SignatureScreen(Screen):
    step = 6
    without_drawing = Signal()

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.step_label = label(role="step")
        self.summary = ErrorSummary()
        self.heading = label(role="heading")
        self.pad = SignaturePad()
        self.pad.setMinimumHeight(mm(40))
        self.pad.changed.connect(lambda: self.summary.show_problems([]))
        self.clear = button("", "quiet")
        self.clear.clicked.connect(self.pad.clear)
        self.cannot = button("", "secondary")
        self.cannot.clicked.connect(self.without_drawing)
        self.back = button("", "secondary")
        self.next = button("", "primary")
        self.back.clicked.connect(self.backward)
        self.next.clicked.connect(self.submit)
        self.under_pad = under_pad = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        under_pad.addWidget(self.cannot)
        under_pad.addStretch(1)
        under_pad.addWidget(self.clear)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(mm(8), mm(2), mm(8), mm(3))
        layout.setSpacing(mm(2))
        for w in (self.step_label, self.summary, self.heading):
            layout.addWidget(w)
        layout.addWidget(self.pad, 1)
        layout.addSpacing(mm(3))  # a stroke running off the pad must not press a button
        layout.addLayout(under_pad)
        layout.addSpacing(mm(3))
        layout.addLayout(nav_row(self.back, self.next))
        self.retranslate()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Side by side where both fit; one above the other where they do not (a portrait
        tablet, a long language, larger text)."""
        super().resizeEvent(event)
        self._arrange()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._arrange()  # the text size may have changed while it was away

    def _arrange(self) -> None:
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else QMargins()
        room = self.width() - margins.left() - margins.right()
        need = self.cannot.sizeHint().width() + self.clear.sizeHint().width() + mm(4)
        side = QBoxLayout.Direction.LeftToRight
        self.under_pad.setDirection(side if need <= room else QBoxLayout.Direction.TopToBottom)

    def retranslate(self) -> None:
        self.step_label.setText(self.step_text())
        self.heading.setText(self.tr("Sign with your finger in the white box"))
        self.pad.setAccessibleName(self.tr("Signature box"))
        self.clear.setText(self.tr("Clear"))
        self.cannot.setText(self.tr("I can't sign with my finger"))
        self._arrange()
        self.back.setText(self.tr("Back"))
        self.next.setText(self.tr("Continue"))
        if self.summary.isVisibleTo(self):
            self._show_problem()

    def enter(self) -> None:
        self.pad.set_strokes(self.ctx.session.form.strokes)
        self.summary.show_problems([])
        self.retranslate()

    def _show_problem(self) -> bool:
        code = strokes_problem(self.pad.strokes())
        self.summary.show_problems([("strokes", message_for(code))] if code else [])
        return code is not None

    def submit(self) -> None:
        self.ctx.session.form.set_strokes(self.pad.strokes())  # packed now, not at "sign"
        self.ctx.session.form.method = "drawn"
        if not self._show_problem():
            self.forward.emit()

    def help_text(self) -> str:
        return self.tr(
            "Sign in the white box with your finger, as on paper. Clear starts again. If you "
            "cannot sign with your finger, press the button under the box."
        )

"""Thank you: a success mark, what happened to the signature in plain words, and the receipt
code large with a QR code of the code alone."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.receipt import grouped
from ui.context import KioskContext
from ui.screens.base import Screen
from ui.sizing import BUTTON_MM, mm
from ui.widgets.common import button, label
from ui.widgets.marks import QrCode, SuccessMark


class ThanksScreen(Screen):
    done = Signal()

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.already = False  # "you have signed before": a kind ending, nothing stored
        self.mark = SuccessMark()
        self.heading = label(role="title")
        self.saved = label(role="lead")
        self.today = label(role="body")
        self.code_caption = label(role="caption")
        self.code = label(role="code")
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.code_note = label(role="note")
        self.qr = QrCode()
        self.finish = button("", "primary")
        self.finish.setMinimumHeight(mm(BUTTON_MM * 1.3))
        self.finish.clicked.connect(self.done)
        top = QHBoxLayout()
        top.setSpacing(mm(5))
        top.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        words.addWidget(self.heading)
        words.addWidget(self.saved)
        words.addWidget(self.today)
        top.addLayout(words, 1)
        receipt = QHBoxLayout()
        receipt.setSpacing(mm(5))
        code_column = QVBoxLayout()
        for w in (self.code_caption, self.code, self.code_note):
            code_column.addWidget(w)
        code_column.addStretch(1)
        receipt.addLayout(code_column, 1)
        receipt.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        self.receipt_box = QWidget()
        self.receipt_box.setLayout(receipt)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(mm(10), mm(6), mm(10), mm(4))
        layout.setSpacing(mm(5))
        layout.addLayout(top)
        layout.addWidget(self.receipt_box)
        layout.addStretch(1)
        layout.addWidget(self.finish, 0, Qt.AlignmentFlag.AlignRight)
        self.retranslate()

    def retranslate(self) -> None:
        stored = self.ctx.session.stored
        name = self.ctx.session.form.given_name
        if name and stored is not None and not self.already:
            self.heading.setText(self.tr("Thank you, %1!").replace("%1", name))
        else:
            self.heading.setText(self.tr("Thank you!"))
        if self.already or stored is None:
            self.saved.setText(
                self.tr("Your signature is already counted. There is no need to sign again.")
            )
            self.today.setText("")
        elif self.ctx.vault.demo:  # the red band says practice: so does this page
            self.saved.setText(
                self.tr(
                    "This was practice: this tablet is in demo mode, so your signature is not "
                    "counted. Ask a volunteer where to sign for real."
                )
            )
        else:
            # Offline until the sync lands: never claim more than what is true here.
            self.saved.setText(
                self.tr(
                    "Your signature is saved on this tablet. It will be sent when the tablet "
                    "next connects."
                )
            )
        if not self.already and stored is not None:
            today = self.ctx.vault.status().today
            self.today.setText(self.tr("Today %n people have signed on this tablet.", "", today))
        self.code_caption.setText(self.tr("Your receipt code"))
        self.code_note.setText(
            self.tr(
                "A practice code: on a campaign tablet, this is where the code to withdraw "
                "a signature later is shown, once."
            )
            if self.ctx.vault.demo
            else self.tr(
                "Write it down or photograph the square. With this code you can withdraw your "
                "signature later. It is shown only once."
            )
        )
        self.finish.setText(self.tr("Done"))

    def enter(self) -> None:
        stored = self.ctx.session.stored
        has_code = not self.already and stored is not None
        self.receipt_box.setVisible(has_code)
        self.mark.setVisible(not self.already)
        code = stored.receipt_code if stored is not None and has_code else ""
        self.code.setText(grouped(code) if code else "")
        self.code.setAccessibleName(" ".join(code))
        self.qr.set_text(code)
        self.qr.setAccessibleName(self.tr("QR code of your receipt code"))
        self.retranslate()

    def help_text(self) -> str:
        return self.tr(
            "Your signature is saved. Keep the receipt code if you may want to withdraw your "
            "signature later. Press Done when you have finished."
        )

    def read_aloud_text(self) -> str:
        return f"{self.heading.text()}\n{self.saved.text()}"

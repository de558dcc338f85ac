"""Thank you: what happened to the signature, in plain words, and the receipt behind a tap."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.receipt import grouped
from ui.context import KioskContext
from ui.screens.base import Screen
from ui.sizing import mm
from ui.widgets.common import button, label


class ThanksScreen(Screen):
    done = Signal()

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.already = False  # "you have signed before": a kind ending, nothing stored
        self.heading = label(role="title")
        self.saved = label(role="lead")
        self.today = label(role="body")
        self.show_code = button("", "secondary")
        self.show_code.clicked.connect(self._reveal)
        self.code = label(role="code")
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.code_note = label(role="note")
        self.finish = button("", "primary")
        self.finish.clicked.connect(self.done)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(mm(10), mm(8), mm(10), mm(6))
        layout.setSpacing(mm(3))
        for w in (self.heading, self.saved, self.today, self.show_code, self.code, self.code_note):
            layout.addWidget(w)
        layout.addStretch(1)
        layout.addWidget(self.finish)
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
        else:
            # Offline until the sync lands: never claim more than what is true here.
            self.saved.setText(
                self.tr(
                    "Your signature is saved on this tablet. It will be sent when the tablet "
                    "next connects."
                )
            )
            vault = self.ctx.vault
            today = vault.status().today
            self.today.setText(self.tr("Today %n people have signed on this tablet.", "", today))
        self.show_code.setText(self.tr("Show my receipt code"))
        self.code_note.setText(
            self.tr("Write this code down. With it you can withdraw your signature later.")
        )
        self.finish.setText(self.tr("Done"))

    def enter(self) -> None:
        has_code = not self.already and self.ctx.session.stored is not None
        self.show_code.setVisible(has_code)
        self.code.hide()
        self.code_note.hide()
        self.retranslate()

    def _reveal(self) -> None:
        stored = self.ctx.session.stored
        if stored is None:
            return
        self.code.setText(grouped(stored.receipt_code))
        self.code.setAccessibleName(" ".join(stored.receipt_code))
        self.code.show()
        self.code_note.show()
        self.show_code.hide()

    def help_text(self) -> str:
        return self.tr(
            "Your signature is saved. "
            "Keep the receipt code if you may want to withdraw your signature later."
        )

    def read_aloud_text(self) -> str:
        return f"{self.heading.text()}\n{self.saved.text()}"

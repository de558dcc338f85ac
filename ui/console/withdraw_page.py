"""WithdrawPage: a signer changed their mind; the coordinator types the receipt code, confirms,
and the withdrawal goes to the server with the next sync, whichever tablet took the signature."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from kiosk import receipt
from kiosk.vault import VaultError
from ui.context import KioskContext
from ui.sizing import BUTTON_MM, mm
from ui.widgets.common import button, label
from ui.widgets.follows_language import FollowsLanguage


class WithdrawPage(FollowsLanguage, QWidget):
    withdrawn = Signal()

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.heading = label(role="heading")
        self.explain = label(role="body")
        self.code = QLineEdit()
        self.code.setMinimumHeight(mm(BUTTON_MM))
        self.go = button("", "danger")
        self.question = label(role="lead")
        self.yes, self.no = button("", "danger"), button("", "secondary")
        self.result = label(role="body")
        self.go.clicked.connect(self._ask)
        self.yes.clicked.connect(self._withdraw)
        self.no.clicked.connect(self._not_now)
        confirm = QHBoxLayout()
        confirm.addWidget(self.yes)
        confirm.addWidget(self.no)
        confirm.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setSpacing(mm(2))
        for w in (self.heading, self.explain, self.code, self.go, self.question):
            layout.addWidget(w)
        layout.addLayout(confirm)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self._code: str | None = None
        self.retranslate()
        self._not_now()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Withdraw a signature"))
        self.explain.setText(
            self.tr(
                "The signer shows the receipt code from their thank-you screen. The "
                "signature then no longer counts, on this tablet or any other."
            )
        )
        self.go.setText(self.tr("Withdraw…"))
        self.yes.setText(self.tr("Yes, withdraw it"))
        self.no.setText(self.tr("No"))
        if self._code is not None:
            self._show_question()

    def _show_question(self) -> None:
        self.question.setText(
            self.tr("Withdraw the signature with code %1? This cannot be undone.").replace(
                "%1", self._code or ""
            )
        )

    def _ask(self) -> None:
        code = receipt.parse(self.code.text())
        if code is None:
            self.result.setText(
                self.tr("That is not a receipt code (12 letters and digits, like 7KQ2 M9XD 4HTB).")
            )
            return
        self._code = " ".join(code[i : i + 4] for i in range(0, len(code), 4))
        self.result.setText("")
        self._show_question()
        for w in (self.question, self.yes, self.no):
            w.show()

    def _not_now(self) -> None:
        self._code = None
        for w in (self.question, self.yes, self.no):
            w.hide()

    def _withdraw(self) -> None:
        code = self._code or ""
        self._not_now()
        try:
            done = self.ctx.vault.withdraw(code)
        except VaultError:
            self.result.setText(self.tr("That signature is already withdrawn."))
            return
        self.code.clear()
        self.result.setText(
            self.tr("Withdrawn. It no longer counts on this tablet; the server hears of it at "
                    "the next sync.")
            if done.found_here
            else self.tr("Withdrawn. The signature was taken on another tablet: the server "
                         "removes it there at the next sync.")
        )  # fmt: skip
        self.withdrawn.emit()

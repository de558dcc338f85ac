"""WithdrawPage: a signer changed their mind; the coordinator types the receipt code, confirms,
and the withdrawal goes to the server with the next sync, whichever tablet took the signature."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from kiosk import receipt
from kiosk.vault import VaultError
from ui.context import KioskContext
from ui.sizing import BUTTON_MM, mm
from ui.widgets.common import button, label
from ui.widgets.confirm import Confirm
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
        self.confirm = Confirm()
        self.result = label(role="body")
        self.go.clicked.connect(self._ask)
        self.confirm.yes.clicked.connect(self._withdraw)
        layout = QVBoxLayout(self)
        layout.setSpacing(mm(2))
        for w in (self.heading, self.explain, self.code, self.go, self.confirm, self.result):
            layout.addWidget(w)
        layout.addStretch(1)
        self._code: str | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Withdraw a signature"))
        self.explain.setText(
            self.tr(
                "The signer shows the receipt code from their thank-you screen. The "
                "signature then no longer counts, on this tablet or any other."
            )
        )
        self.go.setText(self.tr("Withdraw…"))
        self.confirm.yes.setText(self.tr("Yes, withdraw it"))
        self.confirm.no.setText(self.tr("No"))
        if self.confirm.isVisible():
            self._show_question()

    def _show_question(self) -> None:
        self.confirm.ask(
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

    def _withdraw(self) -> None:
        code = self._code or ""
        self.confirm.hide()
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

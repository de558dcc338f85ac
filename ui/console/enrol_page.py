"""EnrolPage: connect this tablet to the campaign's server with the lead's one-time code,
after comparing the campaign key's fingerprint with the one the lead reads out. While the
tablet waits for approval it shows its device number, large, for the lead to compare with the
one on the dashboard."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from kiosk.device import device_number
from kiosk.sealing import group_fingerprint
from kiosk.vault import Vault
from sync import enrol, enrolcode, link
from sync.http import SyncError
from ui.console.host import ConsoleHost
from ui.console.job import BackgroundJob
from ui.context import KioskContext
from ui.sizing import BUTTON_MM, mm
from ui.widgets.common import button, label
from ui.widgets.follows_language import FollowsLanguage


class EnrolPage(FollowsLanguage, QWidget):
    enrolled = Signal()
    busy = Signal(bool)  # the store is closed meanwhile: nothing else may read it

    def __init__(self, ctx: KioskContext, host: ConsoleHost, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.host = ctx, host
        self.heading = label(role="heading")
        self.state = label(role="body")
        self.number_note = label(role="lead")  # read this number to the campaign lead
        self.number = label(role="title")  # "3f9a 0c21 b7e4", large enough to read out
        self.number.setContentsMargins(0, mm(1), 0, mm(3))  # set apart from the campaign key
        self.fingerprint = label(role="lead")
        self.url_caption, self.code_caption = label(role="caption"), label(role="caption")
        self.url, self.code = QLineEdit(), QLineEdit()
        for field in (self.url, self.code):
            field.setMinimumHeight(mm(BUTTON_MM))
        self.url.setText(ctx.config.server_url or "https://")  # imza.toml may name it
        self.go = button("", "primary")
        self.go.clicked.connect(self._enrol)
        self.result = label(role="body")
        layout = QVBoxLayout(self)
        layout.setSpacing(mm(2))
        for w in (self.heading, self.state, self.number_note, self.number, self.fingerprint,
                  self.url_caption, self.url, self.code_caption, self.code, self.go,
                  self.result):  # fmt: skip
            layout.addWidget(w)
        layout.addStretch(1)
        self._job: BackgroundJob | None = None
        self._enrolled = False
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Enrol with the campaign's server"))
        self.number_note.setText(
            self.tr("This tablet's device number is below. Read it out to the campaign lead: "
                    "they approve this tablet when the same number is on their dashboard.")
        )  # fmt: skip
        self.url_caption.setText(self.tr("Server address"))
        self.code_caption.setText(self.tr("Enrolment code from the campaign lead"))
        self.go.setText(self.tr("Enrol this tablet"))
        self.refresh()

    def refresh(self) -> None:
        vault = self.ctx.vault
        keys = vault.campaign.keys
        fp = group_fingerprint(keys.campaign_fingerprint, 4) if keys else ""
        self.fingerprint.setText(
            self.tr("Campaign key: %1. The code starts with its first six characters: compare "
                    "them with what the campaign lead reads out.").replace("%1", fp)
        )  # fmt: skip
        held = link.load(vault.engine)
        waiting = held is not None and self._waiting(held.state)
        self.number.setText(device_number(vault.device.id))
        self.number_note.setVisible(waiting)
        self.number.setVisible(waiting)
        for w in (self.url, self.code, self.go, self.url_caption, self.code_caption):
            w.setVisible(held is None)
        self.fingerprint.setVisible(not vault.demo)  # a DEMO key is nobody's to compare
        if vault.demo:
            self.state.setText(
                self.tr("This tablet runs in DEMO mode. Enrolling makes it a campaign tablet: "
                        "its practice signatures are erased; PINs and settings stay.")
            )  # fmt: skip
        elif held is not None:
            self.state.setText(
                (
                    self.tr("Enrolled with %1; waiting for the campaign lead's approval.")
                    if waiting
                    else self.tr("Enrolled with %1.")
                ).replace("%1", held.url)
            )
        else:
            self.state.setText(self.tr("This tablet is not enrolled: it keeps signatures here."))

    def _waiting(self, enrolled_as: str) -> bool:
        """Approval still awaited: as the last sync heard it, else as enrolment left it."""
        with self.ctx.vault.engine.connect() as conn:
            heard = link.get(conn, "state")
        return (heard if isinstance(heard, str) else enrolled_as) == "pending"

    def _enrol(self) -> None:
        url, code = self.url.text().strip(), self.code.text().strip()
        if not url.startswith(("https://", "http://")) or len(url) < 12:
            self.result.setText(self.tr("The server address starts with https://"))
            return
        if enrolcode.parse(code) is None:
            self.result.setText(
                self.tr("That is not an enrolment code (like 7F3A9C-K2QW-8MXD-4HTB-9RJE).")
            )
            return
        path = self.ctx.vault.path
        self.go.setEnabled(False)
        self.result.setText(self.tr("Enrolling…"))
        self.busy.emit(True)
        self.host.strip.hold(True)
        self.ctx.vault.close()  # the store is replaced: nothing may hold it open
        self._job = BackgroundJob(self, lambda: enrol.enrol(path, url, code))
        self._job.done.connect(self._done)
        self._job.failed.connect(self._failed)
        self._job.ended.connect(self._reopen)
        self._job.start()

    def _reopen(self) -> None:
        self.ctx.vault = Vault.open(self.ctx.vault.path)
        self.host.store_replaced()
        self.go.setEnabled(True)
        self.busy.emit(False)
        self.refresh()
        if self._enrolled:
            self._enrolled = False
            self.enrolled.emit()

    def _done(self, done: object) -> None:
        assert isinstance(done, enrol.Enrolment)
        self.code.clear()
        self.result.setText(
            self.tr("Enrolled. The server's campaign key is %1.").replace(
                "%1", group_fingerprint(done.fingerprint, 4)
            )
        )
        self._enrolled = True

    def _failed(self, error: Exception) -> None:
        code = error.code if isinstance(error, SyncError) else ""
        if isinstance(error, SyncError) and "holds signatures" in str(error):
            text = self.tr("This tablet holds signatures for its own campaign file: hand them "
                           "over first, then enrol a fresh tablet.")  # fmt: skip
        elif code == "bad_code":
            text = self.tr("The server does not know this code, or it was used or has expired.")
        elif isinstance(error, SyncError) and error.action == "stop":
            text = self.tr("The server's campaign key does not match this code. Nothing changed.")
        elif isinstance(error, SyncError) and error.action == "retry":
            text = self.tr("Cannot reach the server. Check the address and the network.")
        else:
            text = self.tr("Enrolment did not work. Nothing changed. Call the campaign lead.")
        self.result.setText(text)

"""HandoverPage: with no network, the day's records go to a USB stick as a hand-over file,
and the receipt the campaign lead's server writes comes back the same way."""

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QFileDialog, QVBoxLayout, QWidget

from sync import handover
from sync.lock import BusyError
from sync.protocol import ProtocolError
from ui.console.job import BackgroundJob
from ui.context import KioskContext
from ui.sizing import mm
from ui.widgets.common import button, label
from ui.widgets.follows_language import FollowsLanguage

Chooser = Callable[[QWidget], Path | None]


def _removable_start() -> str:
    """Where a USB stick appears on a Linux tablet, else the home folder."""
    for place in (Path("/media"), Path("/run/media"), Path.home()):
        if place.is_dir():
            return str(place)
    return ""


def choose_folder(parent: QWidget) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(
        parent, "", _removable_start(), QFileDialog.Option.DontUseNativeDialog
    )
    return Path(chosen) if chosen else None


def choose_receipt(parent: QWidget) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(
        parent, "", _removable_start(), "", "", QFileDialog.Option.DontUseNativeDialog
    )
    return Path(chosen) if chosen else None


def file_name(device: str, now: dt.datetime | None = None) -> str:
    """Names that sort by time and say which tablet, so a stick can carry a whole day."""
    now = now or dt.datetime.now()
    return f"imza-{device[:8]}-{now:%Y%m%d-%H%M%S}.handover"


class HandoverPage(FollowsLanguage, QWidget):
    changed = Signal()  # a receipt was applied: the numbers moved

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.choose_folder: Chooser = choose_folder  # tests put a folder here
        self.choose_receipt: Chooser = choose_receipt
        self.heading = label(role="heading")
        self.explain = label(role="body")
        self.save = button("", "primary")
        self.load = button("", "secondary")
        self.result = label(role="lead")
        self.save.clicked.connect(self._save)
        self.load.clicked.connect(self._load)
        layout = QVBoxLayout(self)
        layout.setSpacing(mm(3))
        for w in (self.heading, self.explain, self.save, self.load, self.result):
            layout.addWidget(w)
        layout.addStretch(1)
        self._job: BackgroundJob | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Hand-over by USB stick"))
        self.explain.setText(
            self.tr(
                "No network? Save the unsent signatures to a USB stick and give it to the "
                "campaign lead. Their server gives back a receipt file: load it here, and the "
                "signatures count as sent. The file is sealed: nobody can read names in it."
            )
        )
        self.save.setText(self.tr("Save hand-over file"))
        self.load.setText(self.tr("Load receipt"))

    def _busy(self, busy: bool) -> None:
        self.save.setEnabled(not busy and not self.ctx.vault.demo)
        self.load.setEnabled(not busy and not self.ctx.vault.demo)

    def refresh(self) -> None:
        self._busy(self._job is not None and self._job.running())
        for b in (self.save, self.load):
            b.setVisible(not self.ctx.vault.demo)
        if self.ctx.vault.demo:
            self.result.setText(self.tr("A DEMO tablet has nothing to hand over."))

    def _run(self, work: Callable[[], object], done: Callable[[object], None]) -> None:
        self._busy(True)
        self.result.setText(self.tr("Working…"))
        self._job = BackgroundJob(self, work)
        self._job.done.connect(done)
        self._job.failed.connect(self._failed)
        self._job.ended.connect(lambda: self._busy(False))
        self._job.start()

    def _save(self) -> None:
        folder = self.choose_folder(self)
        if folder is None:
            return
        path, target = self.ctx.vault.path, folder / file_name(self.ctx.vault.device.id)
        self._run(lambda: handover.save(path, target), self._saved)

    def _saved(self, saved: object) -> None:
        assert isinstance(saved, handover.Saved)
        self.result.setText(
            self.tr("Saved %1 signature record(s) to %2.")
            .replace("%1", QLocale().toString(saved.records))
            .replace("%2", str(saved.path))
        )

    def _load(self) -> None:
        chosen = self.choose_receipt(self)
        if chosen is None:
            return
        path = self.ctx.vault.path
        self._run(lambda: handover.load_receipt(path, chosen), self._loaded)

    def _loaded(self, loaded: object) -> None:
        assert isinstance(loaded, handover.Loaded)
        self.result.setText(
            self.tr("Receipt loaded: acknowledged through no. %1; %n still to send.", "",
                    loaded.unsent).replace("%1", QLocale().toString(loaded.acked_through))
        )  # fmt: skip
        self.changed.emit()

    def _failed(self, error: Exception) -> None:
        if isinstance(error, handover.NothingToSendError):
            self.result.setText(self.tr("Nothing to hand over: the server has everything."))
        elif isinstance(error, (ProtocolError, ValueError)):
            self.result.setText(
                self.tr("That file is not a receipt for this tablet. Nothing was changed.")
            )
        elif isinstance(error, BusyError):
            self.result.setText(self.tr("A sync is running. Try again in a minute."))
        else:
            self.result.setText(self.tr("That did not work: is the USB stick still there?"))

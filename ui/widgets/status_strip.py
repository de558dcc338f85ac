"""StatusStrip: one quiet line for volunteers: unsent, last sync, battery, clock."""

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QWidget

from ui.context import KioskContext
from ui.sizing import mm
from ui.widgets.common import label
from ui.widgets.follows_language import FollowsLanguage

REFRESH_MS = 30_000


class StatusStrip(FollowsLanguage, QFrame):
    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("strip")
        self.unsent = label(role="strip")
        self.sync = label(role="strip")
        self.battery = label(role="strip")
        self.clock = label(role="strip-warning")
        row = QHBoxLayout(self)
        row.setContentsMargins(mm(4), mm(1), mm(4), mm(1))
        for w in (self.unsent, self.sync, self.battery, self.clock):
            w.setWordWrap(False)
            row.addWidget(w)
        row.addStretch(1)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh)
        self._timer.start(REFRESH_MS)
        self.refresh()

    def refresh(self) -> None:
        vault = self.ctx.vault
        st = vault.status()
        self.unsent.setText(self.tr("Unsent: %n", "", st.unsent))
        self.sync.setText(
            self.tr("Last sync: %1").replace("%1", st.last_sync)
            if st.last_sync
            else self.tr("Never synced")
        )
        battery = self.ctx.battery()
        if battery is None:
            self.battery.setText(self.tr("Battery: unknown"))
        else:
            self.battery.setText(
                self.tr("Battery: %1%").replace("%1", QLocale().toString(round(battery.percent)))
                + (" ⚡" if battery.plugged else "")
            )
        problem = vault.clock_warning()
        self.clock.setVisible(problem is not None)
        self.clock.setText(self.tr("Check the tablet's clock: it is behind") if problem else "")

    def retranslate(self) -> None:
        self.refresh()

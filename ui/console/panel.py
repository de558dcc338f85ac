"""ConsolePanel: the coordinator's console behind the PIN. Sections down the left, one page
at a time on the right, the way back and the way out always in the same place, and an
on-screen keyboard for the few fields (server address, codes)."""

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.console.dayend_page import DayEndPage
from ui.console.enrol_page import EnrolPage
from ui.console.handover_page import HandoverPage
from ui.console.host import ConsoleHost
from ui.console.overview import OverviewPage
from ui.console.settings_page import SettingsPage
from ui.console.withdraw_page import WithdrawPage
from ui.context import KioskContext
from ui.sizing import mm
from ui.widgets.common import button, label
from ui.widgets.confirm import Confirm
from ui.widgets.follows_language import FollowsLanguage
from ui.widgets.keyboard import OnScreenKeyboard


class ConsolePanel(FollowsLanguage, QFrame):
    closed = Signal()
    leave = Signal()
    change_pin = Signal()
    volunteer_pin = Signal()

    def __init__(self, ctx: KioskContext, host: ConsoleHost, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.host = ctx, host
        self.setObjectName("card")
        self.overview = OverviewPage(ctx, host)
        self.handover = HandoverPage(ctx)
        self.enrol = EnrolPage(ctx, host)
        self.withdraw = WithdrawPage(ctx)
        self.dayend = DayEndPage(ctx)
        self.settings = SettingsPage(ctx)
        self.dayend.chain_ok = lambda: self.overview.chain_ok
        self.pages: list[QWidget] = [self.overview, self.handover, self.enrol, self.withdraw,
                                     self.dayend, self.settings]  # fmt: skip
        self.stack = QStackedWidget()
        for page in self.pages:
            self.stack.addWidget(page)
        self.title = label(role="heading")
        self.sections = QButtonGroup(self)
        self.section_buttons = []
        for index, _page in enumerate(self.pages):
            b = button("", "language")
            b.setCheckable(True)
            self.sections.addButton(b, index)
            self.section_buttons.append(b)
        self.back = button("", "primary")
        self.exit = button("", "danger")
        self.nav = QGridLayout()
        self.nav.setSpacing(mm(2))
        self.sections.idClicked.connect(self.show_page)
        self.back.clicked.connect(self._close)
        # Leaving is asked twice: it sits near "Back to the kiosk", and a tablet out of kiosk
        # mode collects nothing until someone starts it again.
        self.leaving = Confirm()
        self.exit.clicked.connect(self._ask_leave)
        self.leaving.yes.clicked.connect(self.leave)
        self.settings.change_pin.connect(self.change_pin)
        self.settings.volunteer_pin.connect(self.volunteer_pin)
        self.enrol.enrolled.connect(self._enrolled)
        self.enrol.busy.connect(self._busy)
        for changed in (self.handover.changed, self.withdraw.withdrawn, self.dayend.wiped):
            changed.connect(self._changed)
        self.keyboard = OnScreenKeyboard(default_layout="en")
        self.keyboard.hide()
        self.keyboard.hide_requested.connect(self.keyboard.hide)
        right = QVBoxLayout()
        right.addWidget(self.leaving)
        right.addWidget(self.stack, 1)
        right.addWidget(self.keyboard)
        self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.row.setContentsMargins(mm(6), mm(5), mm(6), mm(5))
        self.row.setSpacing(mm(5))
        self.row.addLayout(self.nav, 0)
        self.row.addLayout(right, 1)
        self._portrait: bool | None = None
        self._arrange(portrait=False)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus)
        self.hide()
        self.retranslate()

    def _arrange(self, portrait: bool) -> None:
        """Landscape: sections down the left. Portrait: two across the top, so no name
        is cut off on a narrow screen."""
        if portrait == self._portrait:
            return
        self._portrait = portrait
        for w in (self.title, *self.section_buttons, self.back, self.exit):
            self.nav.removeWidget(w)
        while self.nav.count():
            self.nav.takeAt(0)
        for r in range(self.nav.rowCount()):
            self.nav.setRowStretch(r, 0)
        across = 2 if portrait else 1
        self.nav.addWidget(self.title, 0, 0, 1, across)
        for index, b in enumerate(self.section_buttons):
            self.nav.addWidget(b, 1 + index // across, index % across)
        rows = 1 + -(-len(self.section_buttons) // across)
        if portrait:
            self.nav.addWidget(self.back, rows, 0)
            self.nav.addWidget(self.exit, rows, across - 1)
        else:
            self.nav.setRowStretch(rows, 1)
            self.nav.addWidget(self.back, rows + 1, 0)
            self.nav.addWidget(self.exit, rows + 2, 0)
        self.row.setDirection(
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        )
        self.row.setStretch(0, 0)  # the sections take the width their names need

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(portrait=event.size().width() < event.size().height())
        super().resizeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Coordinator"))
        names = (self.tr("Today and sync"), self.tr("Hand-over (USB)"), self.tr("Enrol"),
                 self.tr("Withdraw"), self.tr("Day's end"), self.tr("Settings"))  # fmt: skip
        for b, name in zip(self.section_buttons, names, strict=True):
            b.setText(name)
        self.back.setText(self.tr("Back to the kiosk"))
        self.exit.setText(self.tr("Leave kiosk mode"))

    def _ask_leave(self) -> None:
        self.leaving.yes.setText(self.tr("Yes, leave kiosk mode"))
        self.leaving.no.setText(self.tr("No, stay"))
        self.leaving.ask(
            self.tr(
                "Leave kiosk mode? The tablet collects no signatures until Imza is started again."
            )
        )

    def open(self) -> None:
        """After the coordinator PIN: the day's numbers first, the chain checked meanwhile."""
        self.leaving.hide()
        self.show_page(0)
        self.overview.check_chain()
        self.show()

    def show_page(self, index: int) -> None:
        self.keyboard.hide()
        self.section_buttons[index].setChecked(True)
        page = self.pages[index]
        refresh = getattr(page, "refresh", None)
        if refresh is not None:
            refresh()
        self.stack.setCurrentIndex(index)

    def _focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        if isinstance(new, QLineEdit) and self.isAncestorOf(new):
            self.keyboard.set_target(new)
            self.keyboard.show()

    def _changed(self) -> None:
        self.overview.refresh()
        if self.host.sync is not None:
            self.host.sync.request()

    def _enrolled(self) -> None:
        self.host.start_sync()
        self.overview.refresh()

    def _busy(self, busy: bool) -> None:
        for b in (*self.section_buttons, self.back, self.exit):
            b.setEnabled(not busy)

    def _close(self) -> None:
        self.keyboard.hide()
        self.closed.emit()

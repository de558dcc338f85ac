"""LockPanel: the coordinator PIN in front of the coordinator menu, and the first-start PIN.

The PIN is checked by the core (scrypt hash, lock-out after five wrong tries, doubling); the
panel only shows what the core says, in the current language.
"""

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QFrame, QHBoxLayout, QVBoxLayout, QWidget

from kiosk import pins
from ui.console.host import ConsoleHost
from ui.console.panel import ConsolePanel
from ui.context import KioskContext
from ui.sizing import mm
from ui.volunteer_panel import VolunteerPanel
from ui.widgets.common import button, cover_parent
from ui.widgets.pinpad import PinPad


class LockPanel(QFrame):
    """An overlay over the whole window: PIN pad first, then the menu."""

    unlocked_exit = Signal()
    pin_set = Signal()

    def __init__(self, ctx: KioskContext, parent: QWidget, host: ConsoleHost) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.pad = PinPad()
        self.menu = ConsolePanel(ctx, host)
        self.volunteer = VolunteerPanel(ctx)
        self.volunteer.closed.connect(self.hide)
        self.roles = QButtonGroup(self)
        self.as_volunteer = button("", "language")
        self.as_coordinator = button("", "language")
        role_row = QHBoxLayout()
        for b in (self.as_volunteer, self.as_coordinator):
            b.setCheckable(True)
            self.roles.addButton(b)
            role_row.addWidget(b)
            keep = b.sizePolicy()  # hidden while a PIN is set: the pad does not move up
            keep.setRetainSizeWhenHidden(True)
            b.setSizePolicy(keep)
        self.as_coordinator.setChecked(True)
        self.roles.buttonClicked.connect(lambda _b: self._show_role())
        self.pad.entered.connect(self._entered)
        self.pad.cancelled.connect(self._cancel)
        self.menu.closed.connect(self.hide)
        self.menu.leave.connect(self.unlocked_exit)
        self.menu.change_pin.connect(lambda: self.ask_new(first=False))
        self.menu.volunteer_pin.connect(lambda: self.ask_new(first=False, role="volunteer"))
        self.pad.setObjectName("card")
        self.pad.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.pad.setMinimumSize(mm(100), mm(150))
        self.pad_column = QWidget()
        column = QVBoxLayout(self.pad_column)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(role_row)
        column.addWidget(self.pad, 1)
        layout = QHBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.pad_column, 3)
        layout.addWidget(self.menu, 16)
        layout.addWidget(self.volunteer, 8)
        layout.addStretch(1)
        self._mode = "check"  # or "new", "repeat"
        self._first_pin = ""
        self._must_set = False
        self._role: pins.Role = "coordinator"
        self.hide()

    def _open(self) -> None:
        cover_parent(self)

    def ask(self) -> None:
        """The hidden gesture was made: ask for the coordinator PIN."""
        if not pins.has_pin(self.ctx.vault.engine, "coordinator"):
            self.ask_new(first=True)
            return
        self._mode = "check"
        self.menu.hide()
        self.volunteer.hide()
        self.pad_column.show()
        for b in (self.as_volunteer, self.as_coordinator):
            b.show()
        self.pad.cancel_button.show()
        self.pad.clear()
        # The coordinator's choice each time: a coordinator typing their PIN on a tab left at
        # "Volunteer" would spend one of the volunteer PIN's attempts.
        self.as_coordinator.setChecked(True)
        self._show_role()
        self._open()

    def _show_role(self) -> None:
        self.as_volunteer.setText(self.tr("Volunteer"))
        self.as_coordinator.setText(self.tr("Coordinator"))
        self.pad.set_title(
            self.tr("Volunteer PIN")
            if self.as_volunteer.isChecked()
            else self.tr("Coordinator PIN")
        )
        self.pad.set_message("")

    def _new_title(self) -> str:
        if self._role == "volunteer":
            return self.tr("Choose a volunteer PIN (6 to 8 digits)")
        return self.tr("Choose a coordinator PIN (6 to 8 digits)")

    def ask_new(self, first: bool, role: pins.Role = "coordinator") -> None:
        """Set a PIN; the coordinator's at first start cannot be cancelled."""
        self._mode, self._must_set, self._role = "new", first, role
        self.menu.hide()
        self.volunteer.hide()
        self.pad_column.show()
        for b in (self.as_volunteer, self.as_coordinator):
            b.hide()  # setting a PIN: no choice of role to make
        self.pad.clear()
        self.pad.set_title(self._new_title())
        self.pad.set_message(self.tr("Only coordinators may know it.") if first else "")
        self.pad.cancel_button.setVisible(not first)  # no way past the first PIN: no Cancel
        self._open()

    def _cancel(self) -> None:
        if not self._must_set:
            self.hide()

    def _entered(self, pin: str) -> None:
        engine = self.ctx.vault.engine
        if self._mode == "new":
            problem = pins.validate_new_pin(pin)
            if problem == "pin_digits":
                self.pad.set_message(self.tr("A PIN is 6 to 8 digits."), True)
            elif problem == "pin_trivial":
                self.pad.set_message(self.tr("Choose a PIN that is not a simple sequence."), True)
            else:
                self._mode, self._first_pin = "repeat", pin
                self.pad.set_title(self.tr("Enter the same PIN again"))
                self.pad.set_message("")
            return
        if self._mode == "repeat":
            if pin != self._first_pin:
                self._mode = "new"
                self.pad.set_title(self._new_title())
                self.pad.set_message(self.tr("The two PINs differ. Please start again."), True)
                return
            pins.set_pin(engine, self._role, pin)
            self._must_set, self._first_pin = False, ""
            self.pin_set.emit()
            self.hide()
            return
        role: pins.Role = "volunteer" if self.as_volunteer.isChecked() else "coordinator"
        if not pins.has_pin(engine, role):
            self.pad.set_message(
                self.tr("No volunteer PIN is set on this tablet. Ask the coordinator."), True
            )
            return
        result = pins.check_pin(engine, role, pin)
        if result.ok:
            self.pad_column.hide()
            (self.volunteer if role == "volunteer" else self.menu).open()
        elif result.locked_until is not None:
            when = QDateTime.fromSecsSinceEpoch(int(result.locked_until) + 59)
            self.pad.set_message(
                self.tr("Too many wrong PINs. Try again after %1.").replace(
                    "%1", QLocale().toString(when.time(), QLocale.FormatType.ShortFormat)
                ),
                True,
            )
        else:
            self.pad.set_message(
                self.tr("Wrong PIN. %n attempt(s) left.", "", result.attempts_left), True
            )

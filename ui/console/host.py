"""What the console needs of the kiosk window, and no more: its sync and its status strip."""

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from ui.kiosk_sync import KioskSync
    from ui.widgets.status_strip import StatusStrip


class ConsoleHost(Protocol):
    sync: "KioskSync | None"
    strip: "StatusStrip"

    def start_sync(self) -> None: ...

    def store_replaced(self) -> None:
        """The store was closed and opened again (enrolment replaced a DEMO store)."""

"""KeyboardDock: the on-screen keyboard follows the focus. A text field that takes the focus
gets the keyboard in its own layout, and is scrolled into view with its message above it."""

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from ui.widgets.keyboard import OnScreenKeyboard


class KeyboardDock(QObject):
    def __init__(
        self, window: QWidget, keyboard: OnScreenKeyboard, locale: Callable[[], str]
    ) -> None:
        super().__init__(window)
        self.window, self.keyboard, self.locale = window, keyboard, locale
        keyboard.hide_requested.connect(self.hide)

    def focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if isinstance(new, QLineEdit) and new.window() is self.window:
            wanted = new.property("keyboard") or self.locale()
            self.keyboard.set_layout(str(wanted))
            self.keyboard.set_target(new)
            self.keyboard.show()
            # After the keyboard has taken its room, so the scroll sees the smaller viewport.
            QTimer.singleShot(0, lambda: keep_visible(new))

    def hide(self) -> None:
        self.keyboard.hide()
        self.keyboard.set_target(None)
        focused = QApplication.focusWidget()
        if isinstance(focused, QLineEdit):
            focused.clearFocus()


def keep_visible(edit: QLineEdit) -> None:
    """The keyboard never hides the field or its message: scroll both into view."""
    holder = edit.parentWidget()
    widget: QObject | None = holder
    while widget is not None:
        scroll = getattr(widget, "scroll_area", None)
        if scroll is not None and holder is not None:
            scroll.ensureWidgetVisible(holder)
            return
        widget = widget.parent()

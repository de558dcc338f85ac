"""KeyboardDock: the on-screen keyboard follows the focus. A text field that takes the focus
gets the keyboard in its own layout, is scrolled into view with its label and message, and
the keyboard's Next goes to the screen's next box, its Continue (in the last box) to the
screen's Continue."""

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from ui.screens.base import Screen
from ui.widgets.keyboard import OnScreenKeyboard


class KeyboardDock(QObject):
    def __init__(
        self,
        window: QWidget,
        keyboard: OnScreenKeyboard,
        screen: Callable[[], Screen],
    ) -> None:
        super().__init__(window)
        self.window, self.keyboard, self.screen = window, keyboard, screen
        keyboard.hide_requested.connect(self.hide)
        keyboard.enter_pressed.connect(self.enter)

    def focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if isinstance(new, QLineEdit) and new.window() is self.window:
            # A box of its own kind (digits, email) gets its pad; a name box the letters the
            # signer last used, so a switch to Azerbaijani holds for the next box too.
            wanted = new.property("keyboard") or self.keyboard.letters
            self.keyboard.set_layout(str(wanted))
            self.keyboard.set_target(new)
            self.keyboard.set_enter(self._after(new) is None)
            self.keyboard.show()
            # After the keyboard has taken its room, so the scroll sees the smaller viewport.
            QTimer.singleShot(0, lambda: keep_visible(new))

    def _after(self, edit: QLineEdit) -> QLineEdit | None:
        boxes = [e for e in self.screen().text_fields() if e.isVisibleTo(self.window)]
        if edit not in boxes:
            return None
        return next(iter(boxes[boxes.index(edit) + 1 :]), None)

    def enter(self) -> None:
        """Next: the following box takes the typing. Continue: the screen's Continue."""
        edit = self.keyboard.target()
        following = self._after(edit) if edit is not None else None
        if following is not None:
            following.setFocus()
            return
        self.hide()
        self.screen().submit()

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
            scroll.ensureWidgetVisible(holder, 0, 0)
            return
        widget = widget.parent()

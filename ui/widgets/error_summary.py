"""ErrorSummary: "There is a problem" at the top of a screen, one tappable line a problem.

The GOV.UK error summary: a signer who pressed Continue with something missing sees at once
what, and a tap on a line takes them to the field. A fixed problem leaves the list.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from ui.sizing import mm
from ui.widgets.common import WrapButton, label
from ui.widgets.follows_language import FollowsLanguage


class ErrorSummary(FollowsLanguage, QFrame):
    chosen = Signal(str)  # the field whose line was tapped

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summary")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.title = label(role="summary-title")
        self._box = QVBoxLayout(self)
        self._box.setContentsMargins(mm(4), mm(3), mm(4), mm(3))
        self._box.setSpacing(mm(1))
        self._box.addWidget(self.title)
        self.lines: dict[str, WrapButton] = {}
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("There is a problem"))

    def show_problems(self, problems: list[tuple[str, str]]) -> None:
        """``problems``: (field, message) in the order of the screen; none hides the box."""
        for field in list(self.lines):
            self.drop(field)
        for field, message in problems:
            line = WrapButton("problem", self)
            line.set_lines(message)
            line.clicked.connect(lambda _=False, f=field: self.chosen.emit(f))
            self._box.addWidget(line)
            self.lines[field] = line
        self.setVisible(bool(problems))

    def drop(self, field: str) -> None:
        """``field`` was put right: its line goes, and the box with the last one."""
        line = self.lines.pop(field, None)
        if line is not None:
            self._box.removeWidget(line)
            line.setParent(None)  # gone from the screen now, not at the next idle moment
            line.deleteLater()
        self.setVisible(bool(self.lines))

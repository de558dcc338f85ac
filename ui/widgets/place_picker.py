"""PlacePicker: the places matching what was typed, as large rows in the page itself.

Never a popup: a popup takes the next key tap and covers Back and Continue. Each row names the
place in the signer's script, with its other spellings and its district under it; the last
row keeps what was typed for a place that is not in the list.
"""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.places import Place, matches
from ui.sizing import mm
from ui.widgets.common import WrapButton
from ui.widgets.follows_language import FollowsLanguage

ROWS = 4  # what fits above the keyboard on a landscape tablet, the typed box still in view


class PlacePicker(FollowsLanguage, QWidget):
    picked = Signal(object)  # the Place, or None for "not in the list"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = [WrapButton("place") for _ in range(ROWS)]
        self.places: list[Place] = []
        self.other = WrapButton("place-other")
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(mm(1.5))
        for index, row in enumerate(self.rows):
            row.clicked.connect(lambda _=False, i=index: self.picked.emit(self.places[i]))
            box.addWidget(row)
        self.other.clicked.connect(lambda: self.picked.emit(None))
        box.addWidget(self.other)
        self._typed, self._locale = "", "az-Latn"
        self.show_matches("", "az-Latn")

    def retranslate(self) -> None:
        self.show_matches(self._typed, self._locale)

    def show_matches(self, typed: str, locale: str) -> None:
        self._typed, self._locale = typed, locale
        self.places = matches(typed, locale, ROWS)
        for row, place in zip(self.rows, self.places, strict=False):
            district = self.tr("%1 district").replace("%1", place.district_in(locale))
            row.set_lines(place.name_in(locale), " · ".join([district, *place.other_names(locale)]))
        for index, row in enumerate(self.rows):
            row.setVisible(index < len(self.places))
        self.other.set_lines(
            self.tr("My place is not in the list: keep “%1”").replace("%1", typed.strip())
        )
        self.other.setVisible(bool(typed.strip()))
        self.setVisible(bool(typed.strip()))

"""Settlement: "Where are you from?", typed, or picked from the places in the page."""

from PySide6.QtCore import QPoint, QTimer, Signal
from PySide6.QtWidgets import QWidget

from kiosk.places import Place, place, settlement_in
from ui.context import KioskContext
from ui.screens.name import name_field
from ui.screens.question import QuestionScreen
from ui.widgets.common import label
from ui.widgets.place_picker import PlacePicker


class SettlementScreen(QuestionScreen):
    step = 3
    maybe_duplicate = Signal()  # this tablet has seen the name and place: ask "is that you?"

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.hint = label(role="note")
        self.rows.addWidget(self.hint)
        self.field = self.add_answer("settlement", name_field())
        self.chosen = label(role="chosen")
        self.chosen.hide()
        self.picker = PlacePicker()
        self.rows.addWidget(self.chosen)
        self.rows.addWidget(self.picker)
        self.rows.addStretch(1)
        self.place_id = ""
        self.field.edit.textEdited.connect(self._typed)
        self.picker.picked.connect(self._picked)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.heading.setText(self.tr("Which village or town are you from?"))
        self.hint.setText(
            self.tr("Type the first letters, then touch your place in the list under the box.")
        )
        self.field.set_caption(self.tr("Village or town"))
        self._show_chosen()

    def enter(self) -> None:
        super().enter()
        form = self.ctx.session.form
        # A place picked from the list reads in the signer's script, whichever language they
        # have switched to since; a typed one stays as typed.
        self.field.set_text(settlement_in(form.settlement, form.place_id, form.locale))
        self.place_id = form.place_id
        self.picker.show_matches("", form.locale)
        self._show_chosen()

    def _typed(self, text: str) -> None:
        self.place_id = ""
        self._show_chosen()
        self.picker.show_matches(text, self.ctx.session.form.locale)
        # The box at the top, the places under it: as many rows above the keyboard as fit.
        QTimer.singleShot(0, self._box_to_top)

    def _box_to_top(self) -> None:
        body = self.scroll_area.widget()
        if body is None:
            return
        self.scroll_area.verticalScrollBar().setValue(self.field.mapTo(body, QPoint(0, 0)).y())

    def _picked(self, chosen: Place | None) -> None:
        if chosen is not None:
            self.field.set_text(chosen.name_in(self.ctx.session.form.locale))
            self.place_id = chosen.id
        self.picker.show_matches("", self.ctx.session.form.locale)
        self._show_chosen()
        self.keyboard_away.emit()  # answered: Continue in full view

    def _show_chosen(self) -> None:
        picked = place(self.place_id) if self.place_id else None
        if picked is None:
            self.chosen.hide()
            return
        locale = self.ctx.session.form.locale
        where = self.tr("%1 district").replace("%1", picked.district_in(locale))
        self.chosen.setText(
            self.tr("✓ %1, %2").replace("%1", picked.name_in(locale)).replace("%2", where)
        )
        self.chosen.show()

    def collect(self) -> None:
        form = self.ctx.session.form
        form.settlement = self.field.text()
        form.place_id = self.place_id

    def ready(self) -> bool:
        """Asks "is that you?" when this tablet has seen the name and place before."""
        session = self.ctx.session
        if not session.not_the_same and self.ctx.vault.seen_before(session.form):
            self.maybe_duplicate.emit()
            return False
        return True

    def help_text(self) -> str:
        return self.tr(
            "Type the first letters of your village or town. Places that match appear under "
            "the box: touch yours. If it is not there, type it in full and press Continue."
        )

"""Taps from welcome to thank-you, per path, counted on the real screens: ``./dev bench flow``.

Every tap goes to the window at a screen position, as a finger's would; a drawn signature is
one stroke and counts as one. Budget: a signer with a 5-letter given name, an 8-letter surname
and a place picked after two letters, drawing, no contact: at most 32 taps.
"""

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

BUDGET = 32
# A 5-letter given name and an 8-letter surname each, all different: no "is that you?".
PEOPLE = {
    "drawn": ("Aysel", "Quliyeva"),
    "typed": ("Leyla", "Həsənova"),
    "assisted": ("Nihad", "Rzayevli"),
    "with contact": ("Gülər", "Babayeva"),
}


class Counter:
    def __init__(self, window: object) -> None:
        from ui.window import KioskWindow

        assert isinstance(window, KioskWindow)
        self.w = window
        self.taps = 0
        self.screens: list[str] = []
        window.screen_changed.connect(self.screens.append)

    def tap(self, widget: object) -> None:
        from PySide6.QtWidgets import QApplication, QWidget

        from tests.kiosk_driver import spot, tap_at

        assert isinstance(widget, QWidget)
        tap_at(self.w, spot(self.w, widget))  # fails if a finger there lands on something else
        QApplication.processEvents()
        self.taps += 1

    def type(self, text: str) -> None:
        from tests.kiosk_driver import press_keys

        press_keys(self.w.keyboard, text, self.tap)

    def draw(self) -> None:
        from tests.kiosk_driver import draw, zigzag

        draw(self.w, self.w.signature.pad, zigzag())  # one stroke, one touch
        self.taps += 1


def one_path(path: str, make: Callable[[], object]) -> tuple[int, list[str]]:
    c = Counter(make())
    w = c.w
    c.screens.clear()
    c.tap(w.welcome.sign)
    c.tap(w.petition.next)
    given, surname = PEOPLE[path]
    c.type(given)  # the keyboard is up in the first box, in the signer's language
    c.tap(w.keyboard.special_button("enter"))  # Next
    c.type(surname)
    c.tap(w.keyboard.special_button("enter"))  # Continue, in the last box
    c.type("Ağ")
    c.tap(next(r for r in w.settlement.picker.rows if r.text() == "Ağdam"))
    c.tap(w.settlement.next)
    if path == "with contact":
        c.tap(w.news.answers.yes)
        c.type("0501234567")
        c.tap(w.keyboard.special_button("enter"))  # Next, to the email box
        c.tap(w.keyboard.special_button("enter"))  # Continue: no email
    else:
        c.tap(w.news.answers.no)
    for tick in w.consents.ticks.values():
        c.tap(tick.tick)
    c.tap(w.consents.next)
    if path in ("drawn", "with contact"):
        c.draw()
        c.tap(w.signature.next)
    else:
        c.tap(w.signature.cannot)
        s = w.no_drawing
        if path == "typed":
            c.tap(s.typed_tick.tick)  # the name is offered already typed
        else:
            c.tap(s.assisted_choice)
            c.tap(s.volunteer_pin.edit)
            c.type("135790")
            c.tap(w.keyboard.special_button("enter"))
            c.type("V042")
            c.tap(w.keyboard.special_button("hide"))
            s.scroll_area.ensureWidgetVisible(s.reason.buttons["hands"])  # a swipe: no tap
            c.tap(s.reason.buttons["hands"])
        c.tap(s.next)
    c.tap(w.review.confirm)
    assert w.current() is w.thanks, w.current()
    return c.taps, c.screens


def main() -> list[str]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from kiosk import pins
    from kiosk.settings import Settings
    from kiosk.vault import Vault
    from ui.app import build

    app = QApplication.instance() or QApplication([])
    lines = []
    with tempfile.TemporaryDirectory() as tmp:
        vault = Vault.open(Path(tmp) / "tablet")
        pins.set_pin(vault.engine, "coordinator", "271828")
        pins.set_pin(vault.engine, "volunteer", "135790")
        w = build(vault, kiosk_mode=False)
        w.ctx.settings = Settings(default_locale="az-Latn")
        w.guard.quiet_ms = 0  # counted, not timed: no 400 ms wait between screens
        w.resize(1280, 800)
        w.show()
        app.processEvents()
        for path in ("drawn", "typed", "assisted", "with contact"):
            w.reset()
            taps, screens = one_path(path, lambda: w)
            line = f"signing taps, {path}: {taps} taps over {len(screens)} screens"
            if path == "drawn":
                line += f"; budget {BUDGET}, ratio {taps / BUDGET:.2f}"
            print(line, flush=True)
            print("  " + " > ".join(s.removesuffix("Screen") for s in screens), flush=True)
            lines.append(line)
        w.leave_kiosk()
        vault.close()
    return lines


if __name__ == "__main__":
    main()

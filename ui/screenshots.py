"""``python -m ui.screenshots OUTDIR``: every screen and state, in every language and size.

Renders offscreen into a throwaway DEMO data dir: each screen of the flow, the keyboard in
each layout, a validation error, the duplicate question, the idle prompt and the PIN pad, at
1280x800 and 800x1280, named ``screen_language_WxH.png``.
"""

import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

from ui.window import KioskWindow

SIZES = ((1280, 800), (800, 1280))
CONSOLE_PAGES = ("overview", "handover", "enrol", "withdraw", "dayend", "settings")


def _sample(window: KioskWindow) -> None:
    form = window.ctx.session.form
    form.given_name, form.surname, form.patronymic = "İlkin", "Məmmədov", "Əli oğlu"
    form.settlement, form.place_id = "Ağdam", "agdam/agdam"
    form.wants_updates, form.phone = True, "+994 50 123 45 67"
    window.ctx.session.news_answered = True
    form.age_confirmed = form.for_self = form.consent = True
    form.strokes = [[(0.1 + 0.02 * i, 0.5 + (0.1 if i % 2 else -0.1), 0.006) for i in range(40)]]


def _two_letters(code: str) -> str:
    return {"ru": "Аг", "az-Cyrl": "Ағ"}.get(code, "Ağ")


def _assisted(window: KioskWindow) -> None:
    window.go(window.no_drawing)
    window.no_drawing.assisted_choice.click()


def states(w: KioskWindow) -> Iterator[str]:
    """Put the window in each state in turn, in its current language; yields the state's name
    while the window shows it."""
    from PySide6.QtWidgets import QApplication

    from kiosk.vault import Stored

    def settle() -> None:  # a language change, then the text it sets, then the layout
        for _ in range(4):
            QApplication.processEvents()

    def picking(typed: str) -> None:
        w.go(w.settlement)
        settle()
        w.settlement.field.set_text(typed)
        w.settlement.field.edit.textEdited.emit(typed)

    code = w.ctx.session.form.locale
    _sample(w)
    steps: list[tuple[str, Callable[[], object]]] = [
        ("welcome", lambda: w.go(w.welcome)),
        ("petition", lambda: w.go(w.petition)),
        ("name", lambda: w.go(w.name)),
        ("settlement", lambda: w.go(w.settlement)),
        ("settlement-picking", partial(picking, _two_letters(code))),
        ("duplicate", lambda: w.go(w.duplicate)),
        ("tell-apart", lambda: w.go(w.tell_apart)),
        ("news", lambda: w.go(w.news)),
        ("contact", lambda: w.go(w.contact)),
        ("consents", lambda: w.go(w.consents)),
        ("signature", lambda: w.go(w.signature)),
        ("no-drawing-typed", lambda: w.go(w.no_drawing)),
        ("no-drawing-assisted", lambda: _assisted(w)),
        ("review", lambda: w.go(w.review)),
    ]
    for name, action in steps:
        action()
        settle()
        yield name
    for layout in ("az-Latn", "az-Cyrl", "ru", "en", "digits", "number", "email"):
        w.go(w.name)
        settle()
        w.keyboard.set_layout(layout)
        settle()
        yield f"keyboard-{layout}"
    w.go(w.name)
    w.name.given.set_text("")
    w.name.surname.set_text("")
    w.name.next.click()
    settle()
    yield "name-error"
    w.go(w.consents)
    for t in w.consents.ticks.values():
        t.tick.setChecked(False)
    w.consents.next.click()
    settle()
    yield "consents-error"
    w.consents.show_use()
    settle()
    yield "consents-use"
    _sample(w)
    w.go(w.name)
    w.languages.open(code)
    settle()
    yield "language-picker"
    w.languages.hide()
    w.help_button.click()
    settle()
    yield "help"
    w.help_card.hide()
    w.prompt.show_countdown(15)
    settle()
    yield "idle-prompt"
    w.prompt.hide()
    w.corner.triggered.emit()  # five taps in the corner
    settle()
    yield "pin-pad"
    w.lock.pad_column.hide()
    w.lock.volunteer.open()
    settle()
    yield "volunteer-panel"
    w.lock.volunteer.hide()
    w.lock.menu.open()
    for index, page in enumerate(CONSOLE_PAGES):
        w.lock.menu.show_page(index)
        settle()
        yield f"console-{page}"
    w.lock.menu.hide()
    w.lock.hide()
    _sample(w)
    w.ctx.session.stored = Stored(1, bytes(16), "7KQ2M9XD4HTB")
    w.go(w.thanks)
    settle()
    yield "thanks"
    w.set_paused(True)
    settle()
    yield "paused"
    w.set_paused(False)


def shoot(out: Path) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from kiosk import pins
    from kiosk.vault import Vault
    from ui.app import build
    from ui.i18n import LANGUAGES

    app = QApplication.instance() or QApplication([])
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        vault = Vault.open(Path(tmp) / "demo")
        pins.set_pin(vault.engine, "coordinator", "271828")
        w = build(vault, kiosk_mode=False)
        w.show()
        for size in SIZES:
            w.resize(*size)
            for lang in LANGUAGES:
                w.reset()
                w.set_language(lang.code)
                for name in states(w):
                    path = out / f"{name}_{lang.code}_{size[0]}x{size[1]}.png"
                    w.grab().save(str(path))
                    written.append(path)
        w.close()
        vault.close()
        app.processEvents()
    return written


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: python -m ui.screenshots OUTDIR", file=sys.stderr)
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    files = shoot(Path(sys.argv[1]))
    print(f"wrote {len(files)} screenshots to {sys.argv[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

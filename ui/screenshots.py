"""``python -m ui.screenshots OUTDIR``: every screen and state, in every language and size.

Renders offscreen into a throwaway DEMO data dir: each screen of the flow, the keyboard in
each layout, a validation error, the duplicate question, the idle prompt and the PIN pad, at
1280x800 and 800x1280, named ``screen_language_WxH.png``.
"""

import os
import sys
import tempfile
from collections.abc import Callable
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


def shoot(out: Path) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from kiosk import pins
    from kiosk.vault import Stored, Vault
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

        def snap(name: str, lang: str, size: tuple[int, int]) -> None:
            app.processEvents()
            app.processEvents()
            path = out / f"{name}_{lang}_{size[0]}x{size[1]}.png"
            w.grab().save(str(path))
            written.append(path)

        def field_with_keyboard(layout: str) -> None:
            w.go(w.name)
            app.processEvents()
            w.keyboard.set_layout(layout)

        def picking(typed: str) -> None:
            w.go(w.settlement)
            app.processEvents()
            w.settlement.field.set_text(typed)
            w.settlement.field.edit.textEdited.emit(typed)

        for size in SIZES:
            w.resize(*size)
            for lang in LANGUAGES:
                w.reset()
                w.set_language(lang.code)
                _sample(w)
                states: list[tuple[str, Callable[[], object]]] = [
                    ("welcome", lambda: w.go(w.welcome)),
                    ("petition", lambda: w.go(w.petition)),
                    ("name", lambda: w.go(w.name)),
                    ("settlement", lambda: w.go(w.settlement)),
                    ("settlement-picking", partial(picking, "Аг" if lang.code == "ru" else "Ağ")),
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
                for name, action in states:
                    action()
                    snap(name, lang.code, size)
                for layout in ("az-Latn", "az-Cyrl", "ru", "en", "digits", "email"):
                    field_with_keyboard(layout)
                    snap(f"keyboard-{layout}", lang.code, size)
                w.go(w.name)
                w.name.given.set_text("")
                w.name.surname.set_text("")
                w.name.next.click()
                snap("name-error", lang.code, size)
                w.go(w.consents)
                for t in w.consents.ticks.values():
                    t.tick.setChecked(False)
                w.consents.next.click()
                snap("consents-error", lang.code, size)
                w.consents.show_use()
                snap("consents-use", lang.code, size)
                _sample(w)
                w.go(w.name)
                w.languages.open(lang.code)
                snap("language-picker", lang.code, size)
                w.languages.hide()
                w.help_button.click()
                snap("help", lang.code, size)
                w.help_card.hide()
                w.prompt.show_countdown(15)
                snap("idle-prompt", lang.code, size)
                w.prompt.hide()
                w.lock.ask()
                snap("pin-pad", lang.code, size)
                w.lock.pad_column.hide()
                w.lock.volunteer.open()
                snap("volunteer-panel", lang.code, size)
                w.lock.volunteer.hide()
                w.lock.menu.open()
                for index, page in enumerate(CONSOLE_PAGES):
                    w.lock.menu.show_page(index)
                    snap(f"console-{page}", lang.code, size)
                w.lock.menu.hide()
                w.lock.hide()
                _sample(w)
                w.ctx.session.stored = Stored(1, bytes(16), "7KQ2M9XD4HTB")
                w.go(w.thanks)
                snap("thanks", lang.code, size)
                w.set_paused(True)
                snap("paused", lang.code, size)
                w.set_paused(False)
        w.close()
        vault.close()
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

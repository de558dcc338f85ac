"""Every string on every screen in four languages: catalogues complete, no English left over."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

from kiosk.vault import Stored
from ui.i18n import LANGUAGES
from ui.window import KioskWindow

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = ROOT / "resources" / "translations"
LANGS = ("az-Latn", "az-Cyrl", "ru", "en")
TOOLS = Path(sys.executable).parent


def sources() -> list[Path]:
    return sorted((ROOT / "ui").rglob("*.py"))


@pytest.mark.parametrize("lang", LANGS)
def test_the_catalogue_has_every_string_translated_and_compiled(lang: str, tmp_path: Path) -> None:
    ts = tmp_path / f"imza_{lang}.ts"
    shutil.copy(CATALOGUES / ts.name, ts)
    found = subprocess.run(
        [TOOLS / "pyside6-lupdate", *map(str, sources()), "-ts", str(ts)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "(0 new " in found, found  # no string in the code is missing from the catalogue
    assert 'type="unfinished"' not in ts.read_text("utf-8")
    qm = tmp_path / "out.qm"
    subprocess.run(
        [TOOLS / "pyside6-lrelease", str(ts), "-qm", str(qm)], check=True, capture_output=True
    )
    assert qm.read_bytes() == (CATALOGUES / f"imza_{lang}.qm").read_bytes(), "recompile the .qm"


def english_patterns() -> list[re.Pattern[str]]:
    """Every English text the interface can show, with %1/%n as wildcards."""
    tree = ET.parse(CATALOGUES / "imza_en.ts")
    texts = {m.findtext("source") or "" for m in tree.iter("message")}
    texts |= {n.text or "" for n in tree.iter("numerusform")}
    texts -= {lang.native for lang in LANGUAGES}  # the picker names each language in its own
    out = []
    for text in texts:
        if len(text) < 4 or not re.search("[A-Za-z]{3}", text):
            continue  # "+", "−", single letters and digits are the same in every language
        pattern = re.escape(text)
        for ph in ("%1", "%2", "%n"):
            pattern = pattern.replace(re.escape(ph), ".+")
        out.append(re.compile(pattern, re.DOTALL))
    return out


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root):
            continue
        for kind, text in (
            (
                "text",
                getattr(w, "text", lambda: "")()
                if isinstance(w, (QLabel, QAbstractButton, QLineEdit))
                else "",
            ),
            ("accessible name", w.accessibleName()),
        ):
            if text:
                yield f"{type(w).__name__} {kind}", text


@pytest.mark.parametrize("lang", ["az-Latn", "az-Cyrl", "ru"])
def test_no_english_is_left_on_any_screen(window: KioskWindow, lang: str) -> None:
    w = window
    patterns = english_patterns()
    w.set_language(lang)
    form = w.ctx.session.form
    form.given_name, form.surname, form.settlement = "Aysel", "Quliyeva", "Laçın"
    form.wants_updates, form.phone = True, "+994501234567"
    leftovers: list[str] = []

    def check(state: str) -> None:
        for where, text in visible_texts(w):
            if any(p.fullmatch(text) for p in patterns):
                leftovers.append(f"{state}: {where}: {text!r}")

    for screen in w.screens:
        w.go(screen)
        check(type(screen).__name__)
        w.help_button.click()
        check(f"help on {type(screen).__name__}")
        w.help_card.hide()
    w.go(w.name)
    for layout in ("az-Latn", "az-Cyrl", "ru", "en", "digits", "number", "email"):
        w.keyboard.set_layout(layout)
        check(f"keyboard {layout}")
    w.name.given.set_text("")
    w.name.next.click()
    check("name errors")
    w.go(w.settlement)
    w.settlement.field.edit.textEdited.emit("La")
    check("places listed")
    w.go(w.consents)
    w.consents.next.click()
    check("agreement errors")
    w.consents.show_use()
    check("how the signature is used")
    w.go(w.news)
    w.news.next.click()
    check("news without an answer")
    w.languages.open(lang)
    check("language picker")
    w.languages.hide()
    w.prompt.show_countdown(12)
    check("idle prompt")
    w.prompt.hide()
    w.lock.ask()
    check("PIN pad")
    w.lock.hide()
    w.ctx.session.stored = Stored(1, bytes(16), "7KQ2M9XD4HTB")
    w.go(w.thanks)
    check("thanks with code")
    assert leftovers == [], leftovers[:20]


def test_the_leftover_check_does_see_english(window: KioskWindow) -> None:
    """The check above is only worth something if it flags English when English is shown."""
    window.set_language("en")
    window.go(window.name)
    texts = [t for _, t in visible_texts(window)]
    assert any(p.fullmatch(t) for p in english_patterns() for t in texts)


def test_english_has_real_plurals(window: KioskWindow) -> None:
    window.set_language("en")
    window.go(window.welcome)
    assert window.welcome.counter.text() == "0 signatures on this tablet so far."


def test_every_core_message_has_its_translatable_twin() -> None:
    from kiosk.validation import MESSAGES
    from ui.widgets.validation_text import message_for

    # No translator installed here: the English the UI shows is the core's, word for word.
    assert {code: message_for(code) for code in MESSAGES} == MESSAGES


def test_a_language_switch_reaches_screens_not_on_display(window: KioskWindow) -> None:
    """Every screen follows a switch at once, not only the one shown (LanguageChange)."""
    w = window
    assert w.petition.back.text() == "Back"
    w.ctx.languages.switch("ru")
    assert w.petition.back.text() == "Назад"
    assert w.help_card.close_button.text() == "Закрыть"
    assert w.lock.menu.back.text() == "Вернуться к киоску"

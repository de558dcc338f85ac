"""Type as a signer's eyes meet it: measured on the screen, not read from the style sheet.

Every text a signer reads on the way from welcome to thank-you is at least 16 pt at the
screen's physical DPI, and what they type is at least 6 mm, with or without "Larger text",
which makes the words of a page a quarter larger. The keyboard's own captions and the
volunteers' strip are not body text."""

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from kiosk.vault import Vault
from tests.kiosk_driver import make_window, release_filters
from ui.screenshots import states
from ui.sizing import logical_dpi
from ui.theme import LARGER
from ui.window import KioskWindow

SIGNER_STATES = {
    "welcome", "petition", "name", "settlement", "settlement-picking", "duplicate",
    "tell-apart", "news", "contact", "consents", "signature", "no-drawing-typed", "review",
    "name-error", "consents-error", "consents-use", "help", "idle-prompt", "thanks",
}  # fmt: skip
BODY_PT = 16
TYPED_MM = 6


def points(w: QWidget) -> float:
    return w.fontInfo().pixelSize() * 72 / logical_dpi(w.screen())


def too_small(root: KioskWindow) -> list[str]:
    out = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root) or root.keyboard.isAncestorOf(w) or root.strip.isAncestorOf(w):
            continue
        if isinstance(w, QLineEdit):
            size_mm = points(w) * 25.4 / 72
            if size_mm < TYPED_MM:
                out.append(f"typed text {size_mm:.1f} mm in {w.parentWidget()!r}")
        elif isinstance(w, (QLabel, QAbstractButton)) and w.text() and points(w) < BODY_PT:
            out.append(
                f"{w.objectName() or type(w).__name__} {w.text()[:30]!r}: {points(w):.1f} pt"
            )
    return out


@pytest.mark.parametrize("larger", [False, True], ids=["text", "larger-text"])
def test_what_a_signer_reads_is_16_pt_and_what_they_type_6_mm(
    qtbot: QtBot, vault: Vault, larger: bool
) -> None:
    w = make_window(qtbot, vault)
    found: list[str] = []
    try:
        w.set_language("ru")
        w.header.larger.setChecked(larger)
        for state in states(w):
            if state in SIGNER_STATES:
                found += [f"{state}: {p}" for p in too_small(w)]
    finally:
        w.set_larger_text(False)
        release_filters(w)
    assert not found, "\n".join(found)


def test_larger_text_makes_a_pages_words_a_quarter_larger(qtbot: QtBot, vault: Vault) -> None:
    w = make_window(qtbot, vault)
    try:
        w.go(w.name)
        normal = (points(w.name.hint), points(w.name.heading), points(w.name.given.edit))
        w.header.larger.setChecked(True)
        larger = (points(w.name.hint), points(w.name.heading), points(w.name.given.edit))
        assert w.header.larger.text() == "Smaller text"  # the way back, in the same place
    finally:
        w.set_larger_text(False)
        release_filters(w)
    for before, after in zip(normal, larger, strict=True):
        assert after == pytest.approx(before * LARGER, abs=1)

"""No text on any screen is cut off: every state of every screen, in four languages, both
orientations, normal and larger text. A word that runs out of its button or label, or a
widget pushed past the edge of the window, fails here before a signer meets it."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyleOptionFrame,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kiosk.vault import Vault
from tests.kiosk_driver import make_window, release_filters
from ui.screenshots import SIZES, states
from ui.widgets.common import WrapButton

SLACK = 1  # rounding of fractional font metrics


def text_of(w: QWidget) -> str:
    if isinstance(w, WrapButton):
        return ""  # its two lines are labels, checked as labels
    if isinstance(w, (QLabel, QAbstractButton, QLineEdit)):
        return w.text()
    return ""


def cut_off(w: QWidget) -> str:
    """Why ``w``'s text does not fit in ``w``, or ""."""
    text = text_of(w)
    if not text:
        return ""
    if isinstance(w, QLabel):
        if w.wordWrap():
            need = w.heightForWidth(w.width())
            return f"needs {need} px high, has {w.height()}" if need > w.height() + SLACK else ""
        hint = w.sizeHint()
    elif isinstance(w, QPushButton) and type(w).sizeHint is not QPushButton.sizeHint:
        metrics = w.fontMetrics()  # a key says what size it likes, not what its text needs
        hint = QSize(max(map(metrics.horizontalAdvance, text.split("\n"))), metrics.height())
    elif isinstance(w, QPushButton):
        hint = w.sizeHint()
    elif isinstance(w, QLineEdit):  # long typed text scrolls; its height must fit the box
        option = QStyleOptionFrame()
        w.initStyleOption(option)
        room = w.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, w)
        need = w.fontMetrics().height()
        return f"needs {need} px high, has {room.height()}" if need > room.height() else ""
    else:
        return ""
    if hint.width() > w.width() + SLACK or hint.height() > w.height() + SLACK:
        return f"needs {hint.width()}x{hint.height()}, has {w.width()}x{w.height()}"
    return ""


def outside(w: QWidget, root: QWidget) -> str:
    """A widget cut by the window's edge, or by the sides of the page it scrolls in (a page
    scrolls up and down only: what is below is reached by a swipe, what is beside never)."""
    rect = QRect(w.mapTo(root, w.rect().topLeft()), w.size())
    frame = root.rect()
    parent = w.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent.parentWidget(), QAbstractScrollArea):  # parent: the viewport
            port = QRect(parent.mapTo(root, parent.rect().topLeft()), parent.size())
            frame = QRect(port.left(), frame.top(), port.width(), frame.height())
            rect = QRect(rect.left(), frame.top(), rect.width(), 1)  # only across
            break
        parent = parent.parentWidget()
    if not frame.adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(rect):
        return f"at {rect.getRect()}, outside {frame.getRect()}"
    return ""


def problems(root: QWidget) -> Iterator[str]:
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root) or not text_of(w):
            continue
        why = cut_off(w) or outside(w, root)
        if why:
            yield f"{type(w).__name__} {w.objectName()!r} {text_of(w)[:40]!r}: {why}"


@pytest.mark.parametrize("larger", [False, True], ids=["text", "larger-text"])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_no_text_is_cut_off_on_any_screen(
    qtbot: QtBot, vault: Vault, size: tuple[int, int], larger: bool
) -> None:
    w = make_window(qtbot, vault, size=size)
    found: list[str] = []
    try:
        for code in w.ctx.campaign.locales:
            w.reset()
            w.set_language(code)
            w.header.larger.setChecked(larger)
            for state in states(w):
                found += [f"{state} {code}: {p}" for p in problems(w)]
    finally:
        w.set_larger_text(False)
        release_filters(w)
    assert not found, "\n".join(found)

"""The look: text contrast 7:1, controls named for screen readers, targets of 12 mm."""

import re
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QAbstractButton, QLineEdit
from pytestqt.qtbot import QtBot

from resources import resource_path
from ui.sizing import BUTTON_MM, mm
from ui.widgets.keyboard import STYLE as KEYBOARD_STYLE
from ui.window import KioskWindow

PAGE = "#fbfaf7"
RULE = re.compile(r"([^{}]+)\{([^}]*)\}")


def luminance(colour: str) -> float:
    rgb = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def colour_pairs(css: str) -> Iterator[tuple[str, str, str]]:
    for selector, body in RULE.findall(css):
        fg = re.search(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{6})", body)
        bg = re.search(r"background:\s*(#[0-9a-fA-F]{6})", body)
        if fg:
            yield selector.strip(), fg.group(1), bg.group(1) if bg else PAGE


@pytest.mark.parametrize("sheet", ["kiosk", "keyboard"])
def test_every_text_colour_has_seven_to_one_contrast(sheet: str) -> None:
    css = (
        resource_path("styles", "kiosk.qss").read_text("utf-8")
        if sheet == "kiosk"
        else KEYBOARD_STYLE
    )
    pairs = list(colour_pairs(css))
    assert pairs
    weak = [(s, fg, bg, round(contrast(fg, bg), 2)) for s, fg, bg in pairs if contrast(fg, bg) < 7]
    assert weak == []


def test_every_control_is_named_and_large_enough(window: KioskWindow) -> None:
    w = window
    problems = []
    for screen in w.screens:
        w.go(screen)
        for control in screen.findChildren(QAbstractButton) + screen.findChildren(QLineEdit):
            if not control.isVisibleTo(screen):
                continue
            name = control.accessibleName() or getattr(control, "text", lambda: "")()
            if not name:
                problems.append(f"{type(screen).__name__}: unnamed {type(control).__name__}")
            if control.height() < mm(BUTTON_MM) - 1:
                problems.append(f"{type(screen).__name__}: {name!r} is {control.height()} px high")
    assert problems == []


def test_the_keyboard_never_hides_the_field_or_its_message(
    qtbot: QtBot, window: KioskWindow
) -> None:
    w = window
    w.go(w.name)
    w.name.next.click()  # every required field now shows its message
    field = w.name.surname
    field.edit.setFocus()
    qtbot.waitUntil(w.keyboard.isVisible)

    def shown() -> bool:
        viewport = w.name.scroll_area.viewport()
        top_left = field.mapTo(viewport, field.rect().topLeft())
        bottom = field.mapTo(viewport, field.message.geometry().bottomLeft())
        return top_left.y() >= 0 and bottom.y() <= viewport.height()

    qtbot.waitUntil(shown)
    keyboard_top = w.keyboard.mapTo(w, w.keyboard.rect().topLeft()).y()
    assert field.message.mapTo(w, field.message.rect().bottomLeft()).y() <= keyboard_top

"""imza.toml: defaults with no file, every key honoured, mistakes named, the console writes
the kiosk keys back, and a server that moved is found through it."""

import json
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk import config, pins
from kiosk.cli import main
from kiosk.power import Battery
from kiosk.vault import Vault
from sync import client, link
from tests.kiosk_driver import PIN, release_filters, tap
from tests.serverside import Server, free_port
from tests.signers import sign
from ui.app import build
from ui.window import KioskWindow

GOOD = """
[server]
url = "https://imza.example.org"

[kiosk]
idle_seconds = 120
default_language = "ru"
low_battery_percent = 30

[sync]
interval_minutes = 15
batch_size = 250
"""


@pytest.fixture
def opened(qtbot: QtBot, tablet: Path) -> Iterator[Callable[[], KioskWindow]]:
    vault = Vault.open(tablet)
    pins.set_pin(vault.engine, "coordinator", PIN)
    window: KioskWindow | None = None

    def make() -> KioskWindow:
        nonlocal window
        window = build(vault, kiosk_mode=False)
        qtbot.addWidget(window)
        window.resize(1280, 800)  # a tablet's screen
        window.show()
        qtbot.waitExposed(window)
        return window

    yield make
    if window is not None:
        window.stop_sync()
        release_filters(window)
    vault.close()


def test_no_file_means_the_defaults(tablet: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["config", "--json", "--data-dir", str(tablet)]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["kiosk"]["idle_seconds"] == 90
    assert (doc["batch_size"], doc["sync_interval_minutes"], doc["low_battery_percent"]) == (
        500, 5, 10)  # fmt: skip


def test_every_key_reaches_the_kiosk(
    qtbot: QtBot, tablet: Path, opened: Callable[[], KioskWindow]
) -> None:
    config.path_in(tablet).write_text(GOOD, encoding="utf-8")
    w = opened()
    assert w.ctx.settings.idle_seconds == 120
    assert w.ctx.start_locale == "ru"
    assert w.ctx.config.server_url == "https://imza.example.org"
    w.ctx.battery = lambda: Battery(25.0, plugged=False)  # under the file's 30 %
    tap(qtbot, w, w.welcome.sign)
    assert w.current() is w.welcome
    w.ctx.battery = lambda: Battery(35.0, plugged=False)
    tap(qtbot, w, w.welcome.sign)
    assert w.current() is w.petition


def test_mistakes_are_named_and_the_kiosk_still_starts(
    qtbot: QtBot,
    tablet: Path,
    opened: Callable[[], KioskWindow],
    capsys: pytest.CaptureFixture[str],
) -> None:
    bad = '[kiosk]\nidle_seconds = 5\nlanguage = "ru"\n[sync]\nbatch_size = "many"\n[printer]\n'
    config.path_in(tablet).write_text(bad, encoding="utf-8")
    assert main(["config", "--data-dir", str(tablet)]) == 1
    err = capsys.readouterr().err
    assert "kiosk.idle_seconds must be from 20 to 900 (it is 5)" in err
    assert "kiosk.language is not a setting" in err
    assert "sync.batch_size must be a whole number" in err
    assert "[printer] is not a section" in err
    w = opened()  # the kiosk starts on the defaults and the console says why
    assert w.ctx.settings.idle_seconds == 90
    assert "kiosk.idle_seconds" in w.ctx.config_problem
    w.lock.ask()
    for digit in PIN:
        tap(qtbot, w, w.lock.pad.digit_buttons[digit])
    tap(qtbot, w, w.lock.pad.ok_button)
    assert "imza.toml" in w.lock.menu.overview.config_note.text()
    assert w.lock.menu.overview.config_note.isVisible()


def test_the_console_writes_kiosk_keys_back_and_keeps_the_rest(
    qtbot: QtBot, tablet: Path, opened: Callable[[], KioskWindow]
) -> None:
    config.path_in(tablet).write_text(GOOD, encoding="utf-8")
    w = opened()
    w.lock.ask()
    for digit in PIN:
        tap(qtbot, w, w.lock.pad.digit_buttons[digit])
    tap(qtbot, w, w.lock.pad.ok_button)
    console = w.lock.menu
    tap(qtbot, w, console.section_buttons[5])
    page = console.settings
    _less, more = page.steppers["idle_seconds"]
    tap(qtbot, w, more)
    again = config.load(tablet)
    assert again.kiosk.idle_seconds == 150
    assert again.server_url == "https://imza.example.org"  # untouched
    assert again.batch_size == 250
    assert "idle_seconds = 150" in config.path_in(tablet).read_text(encoding="utf-8")


def test_a_server_that_moved_is_reached_through_the_file(server: Server, enrolled: Path) -> None:
    sign(enrolled, 4, 8)
    vault = Vault.open(enrolled)
    held = link.load(vault.engine)
    assert held is not None
    link.save(vault.engine, replace(held, url=f"http://127.0.0.1:{free_port()}"))  # gone
    vault.close()
    config.save(enrolled, replace(config.Config(), server_url=server.url))
    outcome = client.sync(enrolled, attempts=1)
    assert outcome.unsent == 0
    assert outcome.acked_through == 4

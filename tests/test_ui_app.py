"""The kiosk window starts on an unset data dir and says DEMO plainly."""

from pathlib import Path

from pytestqt.qtbot import QtBot

from kiosk.vault import Vault
from ui.app import StatusWindow


def test_demo_window_shows_the_banner_and_the_count(qtbot: QtBot, tmp_path: Path) -> None:
    vault = Vault.open(tmp_path / "fresh")
    window = StatusWindow(vault)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert "DEMO" in window.demo_banner.text()
    assert "0" in window.counter.text()
    assert not window.grab().isNull()
    vault.close()

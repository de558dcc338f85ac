"""Low battery stops new signings (not one in progress); a wrong clock warns but never blocks."""

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from kiosk import sealing
from kiosk.audit import verify
from kiosk.export import Summary, opened_signatures, rows_from_store
from kiosk.power import Battery
from kiosk.vault import Stored, Vault
from tests.conftest import CampaignKeys, form_with
from tests.kiosk_driver import tap
from ui.window import KioskWindow


def test_a_nearly_empty_battery_refuses_a_new_signing(qtbot: QtBot, window: KioskWindow) -> None:
    w = window
    w.ctx.battery = lambda: Battery(5.0, plugged=False)
    tap(qtbot, w, w.welcome.sign)
    assert w.current() is w.welcome
    assert "battery is too low" in w.welcome.battery_message.text()
    w.ctx.battery = lambda: Battery(5.0, plugged=True)  # charging: fine
    tap(qtbot, w, w.welcome.sign)
    assert w.current() is w.petition


def test_half_a_battery_signs(qtbot: QtBot, window: KioskWindow) -> None:
    w = window
    w.ctx.battery = lambda: Battery(50.0, plugged=False)
    tap(qtbot, w, w.welcome.sign)
    assert w.current() is w.petition
    w.strip.refresh()
    assert "50" in w.strip.battery.text()


def test_a_clock_in_2000_warns_and_still_stores_and_verifies(
    qtbot: QtBot, window: KioskWindow, vault: Vault, keys: CampaignKeys,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    y2k = int(dt.datetime(2000, 1, 1, tzinfo=dt.UTC).timestamp() * 1e9)
    monkeypatch.setattr("kiosk.vault.time.time_ns", lambda: y2k)
    window.strip.refresh()
    assert window.strip.clock.isVisibleTo(window.strip)  # the strip itself: volunteers only
    assert "clock" in window.strip.clock.text()
    assert isinstance(vault.submit(form_with()), Stored)
    assert verify(vault.engine, vault.campaign.slug).ok
    opener = sealing.Opener(keys.pair.suite, keys.pair.private_raw)
    [row] = opened_signatures(rows_from_store(vault.engine), "landmine-maps", opener, Summary())
    assert str(row["signed_at"]).startswith("2000-01-01")
    assert row["clock_warning"] == "before_release"  # recorded with the signature

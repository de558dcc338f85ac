"""The coordinator console: behind the PIN, the day's numbers equal `imza status`, "Sync now"
reaches the real server, the hand-over and receipt go by file, withdrawal and wipe."""

import json
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.cli import main
from kiosk.device import device_number, load_or_create
from kiosk.vault import Stored, Vault
from sync import link
from sync.server import admin, counting
from tests.conftest import form_with
from tests.kiosk_driver import PIN, QUICK, make_window, release_filters, tap
from tests.serverside import Server, free_port
from tests.signers import sign
from ui.console.panel import ConsolePanel
from ui.window import KioskWindow

WAIT_MS = 30_000
QUIET = replace(QUICK, idle_seconds=600, reading_idle_seconds=600)


@pytest.fixture
def kiosk(qtbot: QtBot) -> Iterator[Callable[[Path], KioskWindow]]:
    opened: list[tuple[KioskWindow, Vault]] = []

    def make(path: Path) -> KioskWindow:
        vault = Vault.open(path)
        window = make_window(qtbot, vault, settings=QUIET)
        opened.append((window, vault))
        return window

    yield make
    for window, vault in opened:
        window.stop_sync()
        release_filters(window)
        vault.close()


def open_console(qtbot: QtBot, w: KioskWindow) -> ConsolePanel:
    w.lock.ask()
    for digit in PIN:
        tap(qtbot, w, w.lock.pad.digit_buttons[digit])
    tap(qtbot, w, w.lock.pad.ok_button)
    assert w.lock.menu.isVisible()
    return w.lock.menu


def status_json(path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    capsys.readouterr()
    assert main(["status", "--json", "--data-dir", str(path)]) == 0
    doc: dict[str, object] = json.loads(capsys.readouterr().out)
    return doc


def shown(console: ConsolePanel) -> dict[str, int]:
    return {k: int(v.text().replace(",", "").replace("\u00a0", "")) for k, v in
            console.overview.values.items()}  # fmt: skip


def test_numbers_equal_imza_status_and_sync_now_reaches_the_server(
    qtbot: QtBot,
    server: Server,
    enrolled: Path,
    kiosk: Callable[[Path], KioskWindow],
    capsys: pytest.CaptureFixture[str],
) -> None:
    sign(enrolled, 12, 3)
    w = kiosk(enrolled)
    w.start_sync(interval_ms=3_600_000, first_ms=3_600_000)
    console = open_console(qtbot, w)
    qtbot.waitUntil(lambda: console.overview.chain_ok is True, timeout=WAIT_MS)
    status = status_json(enrolled, capsys)
    expected = {
        "today": status["today"],
        "total": status["signatures"],
        "unsent": status["unsent"],
        "acked": status["acknowledged_through"],
    }
    assert shown(console) == expected
    assert expected["unsent"] == 12
    tap(qtbot, w, console.overview.sync_button)
    qtbot.waitUntil(lambda: shown(console)["unsent"] == 0, timeout=WAIT_MS)
    assert console.overview.sync_message.text() == "Sync complete."
    counting.drain(server.engine)
    tap(qtbot, w, console.overview.sync_button)
    qtbot.waitUntil(
        lambda: "at least 12 signers" in console.overview.server.text(), timeout=WAIT_MS
    )
    status = status_json(enrolled, capsys)
    assert shown(console)["acked"] == status["acknowledged_through"] == 12
    progress = link.progress(w.ctx.vault.engine)
    assert progress is not None
    assert progress.at_least == 12


def test_cancel_ends_a_sync_that_cannot_reach_the_server(
    qtbot: QtBot, enrolled: Path, kiosk: Callable[[Path], KioskWindow]
) -> None:
    sign(enrolled, 3, 4)
    vault = Vault.open(enrolled)
    held = link.load(vault.engine)
    assert held is not None
    link.save(vault.engine, replace(held, url=f"http://127.0.0.1:{free_port()}"))
    vault.close()
    w = kiosk(enrolled)
    w.start_sync(interval_ms=3_600_000, first_ms=3_600_000, attempts=50)
    console = open_console(qtbot, w)
    tap(qtbot, w, console.overview.sync_button)
    qtbot.waitUntil(lambda: console.overview.cancel_button.isEnabled(), timeout=WAIT_MS)
    tap(qtbot, w, console.overview.cancel_button)
    qtbot.waitUntil(lambda: "cancelled" in console.overview.sync_message.text(), timeout=WAIT_MS)
    assert shown(console)["unsent"] == 3
    assert console.overview.sync_button.isEnabled()


def test_hand_over_file_and_receipt_through_the_console(
    qtbot: QtBot, server: Server, enrolled: Path, kiosk: Callable[[Path], KioskWindow],
    tmp_path: Path,
) -> None:  # fmt: skip
    sign(enrolled, 7, 5)
    stick = tmp_path / "stick"
    stick.mkdir()
    w = kiosk(enrolled)
    console = open_console(qtbot, w)
    page = console.handover
    page.choose_folder = lambda _parent: stick
    tap(qtbot, w, console.section_buttons[1])
    tap(qtbot, w, page.save)
    qtbot.waitUntil(lambda: "Saved 7" in page.result.text(), timeout=WAIT_MS)
    (handed,) = stick.glob("*.handover")
    receipt = stick / "receipt.imza"
    admin.import_file(server.engine, handed, receipt)
    page.choose_receipt = lambda _parent: receipt
    tap(qtbot, w, page.load)
    qtbot.waitUntil(lambda: "Receipt loaded" in page.result.text(), timeout=WAIT_MS)
    assert shown(console)["unsent"] == 0
    page.choose_receipt = lambda _parent: handed  # not a receipt: refused, nothing changes
    tap(qtbot, w, page.load)
    qtbot.waitUntil(lambda: "not a receipt" in page.result.text(), timeout=WAIT_MS)


def test_withdraw_by_receipt_code_after_the_coordinator_confirms(
    qtbot: QtBot, tablet: Path, kiosk: Callable[[Path], KioskWindow],
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    vault = Vault.open(tablet)
    stored = vault.submit(form_with())
    vault.close()
    assert isinstance(stored, Stored)
    path = tablet
    w = kiosk(path)
    console = open_console(qtbot, w)
    page = console.withdraw
    tap(qtbot, w, console.section_buttons[3])
    qtbot.keyClicks(page.code, "NOT A CODE")
    tap(qtbot, w, page.go)
    assert "not a receipt code" in page.result.text()
    assert not page.confirm.isVisible()
    page.code.setText(stored.receipt_code)
    tap(qtbot, w, page.go)
    assert page.confirm.isVisible()
    tap(qtbot, w, page.confirm.yes)
    assert page.result.text().startswith("Withdrawn.")
    assert status_json(path, capsys)["withdrawn"] == 1
    page.code.setText(stored.receipt_code)
    tap(qtbot, w, page.go)
    tap(qtbot, w, page.confirm.yes)
    assert "already withdrawn" in page.result.text()


def test_wipe_is_refused_until_the_server_holds_everything_then_erases(
    qtbot: QtBot, enrolled: Path, kiosk: Callable[[Path], KioskWindow],
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    sign(enrolled, 5, 6)
    w = kiosk(enrolled)
    w.start_sync(interval_ms=3_600_000, first_ms=3_600_000)
    console = open_console(qtbot, w)
    page = console.dayend
    tap(qtbot, w, console.section_buttons[4])
    assert page.values["unsent"].text() == "5"
    tap(qtbot, w, page.wipe)
    tap(qtbot, w, page.confirm.yes)
    qtbot.waitUntil(lambda: page.result.text().startswith("Not wiped"), timeout=WAIT_MS)
    assert "5 records are not yet acknowledged" in page.result.text()
    assert status_json(enrolled, capsys)["wiped"] == 0
    console.show_page(0)
    tap(qtbot, w, console.overview.sync_button)
    qtbot.waitUntil(lambda: shown(console)["unsent"] == 0, timeout=WAIT_MS)
    tap(qtbot, w, console.section_buttons[4])
    assert page.values["acknowledged"].text() == "5"
    tap(qtbot, w, page.wipe)
    tap(qtbot, w, page.confirm.yes)
    qtbot.waitUntil(lambda: page.result.text().startswith("Wiped 5"), timeout=WAIT_MS)
    status = status_json(enrolled, capsys)
    assert status["wiped"] == 5
    assert status["signatures"] == 5  # this tablet's total still counts what it collected
    assert page.values["acknowledged"].text() == "5"  # the day's summary survives the wipe


def test_enrol_from_the_console_then_sync(
    qtbot: QtBot, server: Server, tmp_path: Path, tablet: Path,
    kiosk: Callable[[Path], KioskWindow],
) -> None:  # fmt: skip
    w = kiosk(tablet)
    console = open_console(qtbot, w)
    page = console.enrol
    tap(qtbot, w, console.section_buttons[2])
    assert "not enrolled" in page.state.text()
    assert page.fingerprint.text().startswith("Campaign key: ")
    page.url.setText(server.url)
    qtbot.keyClicks(page.code, "not-a-code")
    tap(qtbot, w, page.go)
    assert "not an enrolment code" in page.result.text()
    page.code.setText(server.code(approved=True))
    tap(qtbot, w, page.go)
    qtbot.waitUntil(lambda: page.result.text().startswith("Enrolled."), timeout=WAIT_MS)
    assert page.state.text() == f"Enrolled with {server.url}."
    assert w.sync is not None  # the background sync started by itself
    vault = w.ctx.vault
    assert link.load(vault.engine) is not None


def test_one_device_number_on_imza_enrol_imza_server_devices_and_the_waiting_tablet(
    qtbot: QtBot, server: Server, tmp_path: Path, kiosk: Callable[[Path], KioskWindow],
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    path, data = tmp_path / "t", ["--database", server.database_url]
    code = server.code(approved=False)
    assert main(["enrol", "--data-dir", str(path), "--server", server.url, "--code", code,
                 "--label", "Qax 3"]) == 0  # fmt: skip
    number = device_number(load_or_create(path).id)  # "3f9a 0c21 b7e4"
    assert len(number) == 14
    assert f"as device {number}\n" in capsys.readouterr().out
    assert main(["server", "devices", *data]) == 0
    assert capsys.readouterr().out.startswith(f"{number}  'Qax 3'  landmine-maps  pending")
    w = kiosk(path)
    w.start_sync(interval_ms=3_600_000, first_ms=3_600_000)
    console = open_console(qtbot, w)
    page = console.enrol
    tap(qtbot, w, console.section_buttons[2])
    assert "waiting for the campaign lead's approval" in page.state.text()
    assert page.number.isVisible()
    assert page.number_note.isVisible()
    assert page.number.text() == number
    assert "Read it out to the campaign lead" in page.number_note.text()
    console.show_page(0)
    tap(qtbot, w, console.overview.sync_button)  # the server says: still pending
    qtbot.waitUntil(lambda: w.strip.problem.isVisibleTo(w.strip), timeout=WAIT_MS)
    # The strip and the button hear of the sync's end one after the other: a finger taps the
    # button once it is there to tap again
    qtbot.waitUntil(console.overview.sync_button.isEnabled, timeout=WAIT_MS)
    assert w.strip.problem.text().endswith(f"(number {number})")
    # The lead types the number as read out to them, in capitals, in groups
    assert main(["server", "approve", number[:9].upper(), *data]) == 0
    assert capsys.readouterr().out == f"device {number} approved\n"
    tap(qtbot, w, console.overview.sync_button)
    qtbot.waitUntil(lambda: not w.strip.problem.isVisibleTo(w.strip), timeout=WAIT_MS)
    tap(qtbot, w, console.section_buttons[2])
    assert page.state.text() == f"Enrolled with {server.url}."
    assert not page.number.isVisible()


def test_a_demo_tablet_enrolled_from_the_console_drops_its_practice_and_keeps_its_pin(
    qtbot: QtBot, server: Server, tmp_path: Path, kiosk: Callable[[Path], KioskWindow],
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    demo = tmp_path / "demo"
    practice = Vault.open(demo)
    assert practice.demo
    assert isinstance(practice.submit(form_with()), Stored)
    practice.close()
    w = kiosk(demo)
    assert w.banner.isVisible()
    console = open_console(qtbot, w)
    page = console.enrol
    tap(qtbot, w, console.section_buttons[2])
    assert "DEMO" in page.state.text()
    page.url.setText(server.url)
    page.code.setText(server.code(approved=True))
    tap(qtbot, w, page.go)
    qtbot.waitUntil(lambda: page.result.text().startswith("Enrolled."), timeout=WAIT_MS)
    assert not w.ctx.vault.demo
    assert not w.banner.isVisible()
    assert w.sync is not None
    status = status_json(demo, capsys)
    assert status["mode"] == "campaign"
    assert status["signatures"] == 0  # the practice signature is gone
    tap(qtbot, w, console.back)
    console = open_console(qtbot, w)  # the same coordinator PIN opens it
    assert console.isVisible()


def test_the_days_summary_pdf_holds_counts_and_no_names(
    qtbot: QtBot, tablet: Path, kiosk: Callable[[Path], KioskWindow], tmp_path: Path
) -> None:
    vault = Vault.open(tablet)
    for given, method in (("Aygün", "drawn"), ("Rauf", "typed")):
        extra = {"typed_name": f"{given} X", "typed_confirmed": True, "strokes": []}
        form = form_with(given_name=given, method=method, **(extra if method == "typed" else {}))
        assert isinstance(vault.submit(form), Stored)
    vault.close()
    w = kiosk(tablet)
    console = open_console(qtbot, w)
    page = console.dayend
    stick = tmp_path / "stick"
    stick.mkdir()
    page.choose_folder = lambda _parent: stick
    tap(qtbot, w, console.section_buttons[4])
    tap(qtbot, w, page.save)
    (pdf,) = stick.glob("imza-day-*.pdf")
    assert page.result.text() == f"Saved to {pdf}."
    text = " ".join(
        subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                       check=True).stdout.split()
    )  # fmt: skip
    assert "Day's end summary" in text
    assert "signed by drawing 1" in text
    assert "typed name and tick 1" in text
    assert "not yet sent 2" in text
    assert "Aygün" not in text
    assert "Rauf" not in text

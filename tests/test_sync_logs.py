"""Nothing a signer wrote reaches a log, on the tablet or on the server, through a whole day:
sign, sync, withdraw by code, hand over by file, import."""

import logging
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk import logfiles, receipt
from kiosk.cli import main
from kiosk.vault import Stored, Vault
from sync import client
from tests.conftest import form_with
from tests.kiosk_driver import make_window, release_filters, sign_through, tap
from tests.serverside import Server

SIGNER = {"given_name": "Zülfiyyə", "surname": "Qəhrəmanova", "settlement": "Cəbrayıl"}


def test_no_log_line_holds_a_signers_words(
    server: Server, enrolled: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    vault = Vault.open(enrolled)
    stored = vault.submit(form_with(**SIGNER, phone="+994 50 123 45 67", wants_updates=True))
    assert isinstance(stored, Stored)
    other = vault.submit(form_with(given_name="Səbinə"))
    assert isinstance(other, Stored)
    vault.close()
    client.sync(enrolled)
    vault = Vault.open(enrolled)
    vault.withdraw(stored.receipt_code)
    vault.close()
    data = ["--data-dir", str(enrolled)]
    assert main(["sync", "--to-file", str(tmp_path / "h"), *data]) == 0
    db = ["--database", server.database_url]
    assert (
        main(["server", "import", str(tmp_path / "h"), "--receipt", str(tmp_path / "r"), *db]) == 0
    )
    assert main(["sync", "--receipt", str(tmp_path / "r"), *data]) == 0
    assert main(["sync", *data]) == 0
    text = "\n".join(r.getMessage() for r in caplog.records).lower()
    assert "sync: all sent" in text  # the day was logged...
    code = stored.receipt_code
    words = [*SIGNER.values(), "Səbinə", "123 45 67", code, receipt.grouped(code)]
    assert [w for w in words if w.lower() in text] == []  # ...and none of what signers wrote


def test_the_tablets_log_files_tell_the_day_and_hold_no_signer(
    qtbot: QtBot, server: Server, enrolled: Path
) -> None:
    logfiles.attach(enrolled, logging.DEBUG)
    vault = Vault.open(enrolled)
    w = make_window(qtbot, vault)
    try:
        w.start_sync(interval_ms=3_600_000, first_ms=3_600_000)
        sign_through(qtbot, w)  # İlkin Məmmədov from Ağdam, through every screen
        tap(qtbot, w, w.review.confirm)
        code = w.thanks.code.text()
        qtbot.waitUntil(lambda: vault.status().unsent == 0, timeout=30_000)
        # The worker says so in its log once the acknowledgement is stored: a moment later.
        log = enrolled / logfiles.LOG_DIR / logfiles.LOG_NAME
        qtbot.waitUntil(lambda: "sync: all sent" in log.read_text("utf-8").lower())
    finally:
        w.stop_sync()
        release_filters(w)
        vault.close()
        logfiles.detach(enrolled)
    files = sorted((enrolled / logfiles.LOG_DIR).iterdir())
    assert [f.name for f in files] == [logfiles.LOG_NAME]
    assert oct(files[0].stat().st_mode & 0o777) == "0o600"
    text = files[0].read_text(encoding="utf-8").lower()
    assert "sync: all sent" in text  # what support needs to hear...
    words = ["İlkin", "Məmmədov", "Ağdam", code, code.replace(" ", "")]
    assert [word for word in words if word.lower() in text] == []  # ...and no signer

"""Nothing a signer wrote reaches a log, on the tablet or on the server, through a whole day:
sign, sync, withdraw by code, hand over by file, import."""

import logging
from pathlib import Path

import pytest

from kiosk import receipt
from kiosk.cli import main
from kiosk.vault import Stored, Vault
from sync import client
from tests.conftest import form_with
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

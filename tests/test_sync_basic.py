"""Enrol and sync against a real server on loopback: acknowledged once, counted once."""

from pathlib import Path

from kiosk.vault import Vault
from sync import client, link
from sync.server import counting
from tests.serverside import Server
from tests.signers import sign


def test_enrol_sign_sync_counts_each_signer_once(server: Server, enrolled: Path) -> None:
    sign(enrolled, 30)
    outcome = client.sync(enrolled, batch_size=7)
    assert outcome.acknowledged == 30
    assert outcome.unsent == 0
    assert outcome.acked_through == 30
    counting.drain(server.engine)
    again = client.sync(enrolled)
    assert again.acknowledged == 0
    assert again.progress is not None
    assert again.progress.at_least == 30
    vault = Vault.open(enrolled)
    try:
        assert vault.status().unsent == 0
        assert link.progress(vault.engine) is not None
    finally:
        vault.close()

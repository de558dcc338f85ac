"""Enrol and sync against a real server on loopback: acknowledged once, counted once."""

from pathlib import Path

import pytest

from kiosk.vault import Vault
from sync import client, link
from sync.http import SyncError
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


def test_a_daily_data_cap_stops_sync_before_it_is_passed(server: Server, enrolled: Path) -> None:
    sign(enrolled, 40)  # about 150 KB of records
    with pytest.raises(SyncError) as capped:
        client.sync(enrolled, batch_size=10, daily_bytes=100_000)
    assert capped.value.code == "data_cap"
    assert str(capped.value) == (
        "today's mobile data for sync (0.1 MB) is used up; sending goes on tomorrow"
    )
    vault = Vault.open(enrolled)
    try:
        used = link.used_today(vault.engine)
        acked = link.acked_through(vault.engine)
    finally:
        vault.close()
    assert 0 < acked < 40  # what fitted went, acknowledged
    assert used <= 100_000
    # Nothing more goes today, not even the question to the server.
    with pytest.raises(SyncError):
        client.sync(enrolled, daily_bytes=used + 1000)
    # Without the cap (a coordinator's `imza sync`), the rest goes.
    assert client.sync(enrolled).unsent == 0

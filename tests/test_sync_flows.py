"""Hand-over by USB, a restored backup (fork), withdrawals across tablets, fifty tablets at once."""

import json
import shutil
import threading
from pathlib import Path

import pytest
import requests
from sqlalchemy import func, select

from kiosk import audit, datadir
from kiosk.device import load_or_create
from kiosk.vault import Stored, Vault
from sync import client
from sync.enrol import enrol
from sync.server import admin, counting
from sync.server.models import Quarantined, Record
from tests.conftest import form_with
from tests.serverside import Server
from tests.signers import sign, sign_distinct, unsent_on


def _progress(server: Server) -> int:
    counting.drain(server.engine)
    with server.engine.connect() as conn:
        from sync.server.models import Campaign

        return int(conn.scalar(select(Campaign.unique_signers)) or 0)


def _held_for(server: Server, device: str) -> list[int]:
    with server.engine.connect() as conn:
        return list(
            conn.scalars(select(Record.seq).where(Record.device_id == device).order_by(Record.seq))
        )


def test_hand_over_round_trip_with_no_network(
    server: Server, enrolled: Path, tmp_path: Path
) -> None:
    from kiosk.cli import main

    sign(enrolled, 12, 3)
    stick = tmp_path / "usb"
    stick.mkdir()
    data = ["--data-dir", str(enrolled)]
    assert main(["sync", "--to-file", str(stick / "day.imza"), *data]) == 0
    assert unsent_on(enrolled) == 12  # written out, not yet acknowledged
    db = ["--database", server.database_url]
    assert (
        main(["server", "import", str(stick / "day.imza"), "--receipt", str(stick / "r"), *db]) == 0
    )
    assert main(["sync", "--receipt", str(stick / "r"), *data]) == 0
    assert unsent_on(enrolled) == 0
    device = load_or_create(enrolled).id
    assert _held_for(server, device) == list(range(1, 13))
    # The same file again, and the same records over HTTP: nothing changes.
    assert (
        main(["server", "import", str(stick / "day.imza"), "--receipt", str(stick / "r2"), *db])
        == 0
    )
    assert client.sync(enrolled).acknowledged == 0
    assert _held_for(server, device) == list(range(1, 13))
    assert _progress(server) == 12


def test_import_of_a_never_enrolled_tablet_registers_it(server: Server, tmp_path: Path) -> None:
    path = tmp_path / "offline"
    datadir.init(path, server.issued)
    sign(path, 5, 4)
    from kiosk.cli import main

    assert main(["sync", "--to-file", str(tmp_path / "h"), "--data-dir", str(path)]) == 0
    new, repeated = admin.import_file(server.engine, tmp_path / "h", tmp_path / "r")
    assert (new, repeated) == (5, 0)
    assert main(["sync", "--receipt", str(tmp_path / "r"), "--data-dir", str(path)]) == 0
    assert unsent_on(path) == 0


def test_a_restored_backup_forks_and_nothing_is_lost(
    server: Server, enrolled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sign(enrolled, 10, 5)
    client.sync(enrolled)
    backup = tmp_path / "backup"
    shutil.copytree(enrolled, backup)
    sign(enrolled, 4, 6)  # the original signs on...
    sign(backup, 3, 7)  # ...and so does the restored copy
    client.sync(enrolled)
    old = load_or_create(enrolled).id
    with pytest.raises(client.ForkError):
        client.sync(backup)
    assert _held_for(server, old) == list(range(1, 15))
    with server.engine.connect() as conn:
        held = conn.execute(select(Quarantined.seq, Quarantined.reason)).all()
    assert sorted(held) == [(11, "fork"), (12, "fork"), (13, "fork")]
    from kiosk.cli import main

    assert main(["sync", "--data-dir", str(backup), "--json"]) == 0  # forks again, recovers
    report = json.loads(capsys.readouterr().out)
    new = load_or_create(backup).id
    assert report == {"forked": True, "new_device": new}
    assert new != old
    assert (backup / "forked").is_dir()  # the old chain is kept aside, not deleted
    sign(backup, 2, 8)
    assert client.sync(backup).acknowledged == 2
    assert _held_for(server, new) == [1, 2]
    vault = Vault.open(backup)
    try:
        assert audit.verify(vault.engine, vault.campaign.slug).ok
    finally:
        vault.close()
    assert _progress(server) == 16  # 14 + 2 counted; the 3 forked are held for review
    for entry in admin.quarantine(server.engine):
        admin.decide(server.engine, entry.id, accept=True)
    assert _progress(server) == 19


def test_a_withdrawal_applies_on_whichever_tablet_signed(
    server: Server, enrolled: Path, tmp_path: Path
) -> None:
    vault = Vault.open(enrolled)
    stored = vault.submit(form_with(given_name="Leyla"))
    assert isinstance(stored, Stored)
    vault.close()
    other = tmp_path / "other"
    enrol(other, server.url, server.code())
    vault = Vault.open(other)
    assert not vault.withdraw(stored.receipt_code).found_here
    vault.close()
    client.sync(other)  # the withdrawal arrives first and is held
    assert _progress(server) == 0
    client.sync(enrolled)
    assert _progress(server) == 0  # the signature arrives already withdrawn
    sign(enrolled, 3, 9)
    client.sync(enrolled)
    assert _progress(server) == 3


@pytest.mark.slow
def test_fifty_tablets_at_once_are_counted_exactly_once(server: Server, tmp_path: Path) -> None:
    paths = []
    for i in range(50):
        path = tmp_path / f"t{i}"
        enrol(path, server.url, server.code())
        sign_distinct(path, i, 300)
        paths.append(path)
    errors: list[BaseException] = []

    def run(path: Path) -> None:
        try:
            client.sync(path, batch_size=100, attempts=8)
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(p,)) for p in paths]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with server.engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(Record)) == 15_000
    assert all(unsent_on(p) == 0 for p in paths)
    assert _progress(server) == 15_000
    reply = requests.get(f"{server.url}/v1/campaigns/{server.campaign.slug}/progress", timeout=10)
    assert reply.json()["at_least"] == 15_000


def test_a_server_restored_from_an_older_backup_gets_the_gap_resent(
    server: Server, enrolled: Path
) -> None:
    import struct

    from kiosk.store import begin_write, put_meta
    from sync.server.app import Limits
    from tests.serverside import serving

    sign(enrolled, 10, 12)
    client.sync(enrolled)
    sign(enrolled, 10, 13)
    vault = Vault.open(enrolled)
    with begin_write(vault.engine) as conn:  # as if the server had acknowledged 11..15 once
        put_meta(conn, "acked_through", struct.pack(">Q", 15))
    vault.close()
    with serving(server.engine, Limits(progress_ttl_s=0, order_patience_s=0.2)) as url:
        from sync import link

        vault = Vault.open(enrolled)
        held = link.load(vault.engine)
        assert held is not None
        link.save(vault.engine, link.Link(url, held.token, None, held.state))
        vault.close()
        done = client.sync(enrolled, batch_size=5)
    assert (done.unsent, done.acked_through) == (0, 20)
    assert _held_for(server, load_or_create(enrolled).id) == list(range(1, 21))
    with server.engine.connect() as conn:
        aside = conn.execute(select(Quarantined.seq, Quarantined.reason)).all()
    assert sorted(aside) == [(s, "gap") for s in range(16, 21)]  # kept, never thrown away

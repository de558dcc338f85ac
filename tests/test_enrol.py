"""Enrolment burns nothing on a failure: no code spent, no device listed, no file left behind,
and the same code then works; a lost confirmation is made good by the first sync."""

from pathlib import Path

import pytest

from kiosk import datadir, pins, simulate
from kiosk.vault import Vault
from sync import client, enrol
from sync.http import SyncError
from sync.server import admin
from tests.conftest import CampaignKeys
from tests.faultproxy import Fault, FaultProxy, Kind
from tests.serverside import Server, free_port


def _snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` with its bytes (folders as empty values)."""
    return {
        str(p.relative_to(folder)): p.read_bytes() if p.is_file() else b""
        for p in sorted(folder.rglob("*"))
    }


def _listed(server: Server) -> list[admin.DeviceRow]:
    return admin.devices(server.engine)


def _port(url: str) -> int:
    return int(url.rsplit(":", 1)[1])


def test_a_lost_reply_is_retried_with_the_same_key_and_succeeds(
    server: Server, tmp_path: Path
) -> None:
    with FaultProxy(_port(server.url)) as proxy:
        proxy.add(Fault(Kind.LOSE_REPLY, match="POST /v1/enrol", times=1))
        done = enrol.enrol(tmp_path / "t", proxy.url, server.code())
        claims = [e for e in proxy.exchanges() if e.path == "/v1/enrol"]
    # The server answered the first claim; the tablet never heard it and asked again.
    assert [(e.fault, e.status) for e in claims] == [(Kind.LOSE_REPLY, 200), (None, 200)]
    assert done.confirmed
    assert [r.id for r in _listed(server)] == [done.device]


def test_a_failed_enrol_leaves_nothing_and_the_same_code_then_works(
    server: Server, tmp_path: Path
) -> None:
    tablets = tmp_path / "tablets"
    tablets.mkdir()
    (tablets / "empty").mkdir()
    code = server.code()
    before = _snapshot(tablets)
    with FaultProxy(_port(server.url)) as proxy:
        for target in (tablets / "new" / "data", tablets / "empty"):
            proxy.add(Fault(Kind.LOSE_REPLY, match="POST /v1/enrol", times=3))
            with pytest.raises(SyncError, match="no answer"):
                enrol.enrol(target, proxy.url, code)
    unreachable = f"http://127.0.0.1:{free_port()}"
    with pytest.raises(SyncError, match="no answer"):
        enrol.enrol(tablets / "new", unreachable, code)
    with pytest.raises(SyncError, match="nothing at this address"):
        enrol.enrol(tablets / "new", server.url + "/not-here", code)
    with pytest.raises(SyncError, match="unknown, used or expired"):
        enrol.enrol(tablets / "new", server.url, server.code()[:-4] + "AAAA")
    with pytest.raises(SyncError, match="enrolment code"):
        enrol.enrol(tablets / "new", server.url, "7F3A9C")
    assert _snapshot(tablets) == before  # not a file, not a folder more
    assert _listed(server) == []  # the claims the server answered are no devices

    done = enrol.enrol(tablets / "empty", server.url, code)
    assert done.confirmed
    assert [(r.id, r.state) for r in _listed(server)] == [(done.device, "approved")]
    with pytest.raises(SyncError, match="unknown, used or expired"):  # now it is spent
        enrol.enrol(tablets / "new", server.url, code)
    assert not (tablets / "new").exists()


def test_a_campaign_file_the_tablet_must_refuse_spends_no_code(
    server: Server, keys: CampaignKeys, tmp_path: Path
) -> None:
    # Set up offline from the lead's own file, then signed on: the server's file brings
    # its own count key, which a store holding signatures may not change.
    tablet = tmp_path / "tablet"
    datadir.init(tablet, keys.campaign_file)
    vault = Vault.open(tablet)
    simulate.run(vault, 2, 0.0, 3, None, None)
    vault.close()
    before = _snapshot(tablet)
    code = server.code()
    with pytest.raises(datadir.DataDirError, match="count key"):
        enrol.enrol(tablet, server.url, code)
    assert _snapshot(tablet) == before
    assert _listed(server) == []
    done = enrol.enrol(tmp_path / "fresh", server.url, code)
    assert [r.id for r in _listed(server)] == [done.device]


def test_a_tablet_set_up_but_unused_takes_the_servers_file_and_keeps_its_pins(
    server: Server, keys: CampaignKeys, tmp_path: Path
) -> None:
    tablet = tmp_path / "tablet"
    datadir.init(tablet, keys.campaign_file)  # the README's order: init, then enrol
    vault = Vault.open(tablet)
    pins.set_pin(vault.engine, "coordinator", "246810")
    vault.close()
    done = enrol.enrol(tablet, server.url, server.code())
    assert done.practice_erased == 0
    vault = Vault.open(tablet)
    try:
        assert pins.check_pin(vault.engine, "coordinator", "246810").ok
        assert not vault.demo
    finally:
        vault.close()
    assert sorted(p.name for p in tablet.iterdir() if p.name.startswith(".")) == []


def test_a_lost_confirmation_is_made_good_by_the_first_sync(server: Server, tmp_path: Path) -> None:
    with FaultProxy(_port(server.url)) as proxy:
        proxy.add(Fault(Kind.REFUSE, match="POST /v1/enrol/confirm", times=3))
        done = enrol.enrol(tmp_path / "t", proxy.url, server.code())
        assert not done.confirmed
        assert _listed(server) == []  # enrolling: not a device yet
        client.sync(tmp_path / "t")  # through the same proxy, which now lets all through
    assert [(r.id, r.state) for r in _listed(server)] == [(done.device, "approved")]

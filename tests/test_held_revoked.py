"""A record the campaign lead accepted from a hold leaves the count with its tablet's other
records when the tablet is revoked before it, comes back when the revocation is taken back,
and stays out if its signer withdrew it meanwhile: on the counter, in the log a recipient
replays, in the kit's figures and in "is my signature counted?". A held record past the
cut-off cannot be accepted while the revocation stands."""

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk import receipt
from sync import client
from sync.server import admin, auditlog, enrolment, revocation
from sync.server.models import Quarantined
from sync.server.refusals import Refused
from tests.conftest import CampaignKeys, form_with
from tests.serverside import Server
from tests.syncside import device_of
from tests.test_export_server import server_figure, sign, withdraw_at_server, withdraw_on_tablet
from tests.test_kit import _export_kit, _signed_head, _state, _verify
from tests.test_log import synced_tablet
from tests.webside import Dashboard, add_lead


def _held(server: Server) -> list[int]:
    with server.engine.connect() as conn:
        return list(
            conn.scalars(
                select(Quarantined.id).where(Quarantined.state == "held").order_by(Quarantined.id)
            )
        )


def _forked(server: Server, tmp_path: Path) -> tuple[str, str, list[int]]:
    """Tablet ``a`` signs Aysel, Gülnar and Pərvin; a restored backup of it signs Səbinə and
    Nigar (numbers 3 and 4) and records a withdrawal of a code that is nobody's (5), all held
    aside after the fork. The lead accepts Səbinə and the withdrawal record (which counts
    no one). The tablet's id, Səbinə's receipt code, and the held entries."""
    a, copy = tmp_path / "a", tmp_path / "a-copy"
    synced_tablet(server, a, ["Aysel", "Gülnar"])
    shutil.copytree(a, copy)  # a restored backup: a fork
    sign(a, form_with(given_name="Pərvin", surname="Quliyeva", settlement="Laçın"))
    client.sync(a)
    code, _ = sign(
        copy,
        form_with(given_name="Səbinə", surname="Quliyeva", settlement="Laçın"),
        form_with(given_name="Nigar", surname="Əliyeva", settlement="Laçın"),
    )
    withdraw_on_tablet(copy, receipt.new_code())
    with pytest.raises(client.ForkError):
        client.sync(copy)
    entries = _held(server)
    assert len(entries) == 3
    admin.decide(server.engine, entries[0], accept=True)
    admin.decide(server.engine, entries[2], accept=True)  # settled: counts no one
    return device_of(a), code, entries


def _kit_figures(
    server: Server, keys: CampaignKeys, out: Path, capsys: pytest.CaptureFixture[str]
) -> tuple[int, int, int]:
    """Make the kit of a new head and verify it; its (people, withdrawn, revoked) figures."""
    head = _signed_head(server)
    assert head.count == server_figure(server)  # the head's count is the progress figure
    doc = _export_kit(server, keys, out, capsys)
    verdict, printed = _verify(out, capsys)
    assert verdict == 0, printed
    assert doc["unique"] == head.count
    return doc["unique"], doc["withdrawn"], doc["excluded"]


def test_a_record_accepted_from_a_hold_goes_and_comes_back_with_its_tablets_revocation(
    server: Server, keys: CampaignKeys, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    device, code, (_sebine, nigar, _withdrawal) = _forked(server, tmp_path)
    assert _kit_figures(server, keys, tmp_path / "1.zip", capsys) == (4, 0, 0)
    assert _state(server, code) == "counted"

    assert revocation.leaving(server.engine, device, 2) == 2  # Pərvin, and Səbinə accepted
    assert enrolment.revoke(server.engine, device, 2) == 2
    assert _kit_figures(server, keys, tmp_path / "2.zip", capsys) == (2, 0, 2)
    assert _state(server, code) == "received"  # the server has it; it does not count now
    with pytest.raises(Refused) as refused:  # Nigar's record is past the cut-off too
        admin.decide(server.engine, nigar, accept=True)
    assert "revoked after record 2: record 4 cannot count" in refused.value.message
    assert _held(server) == [nigar]  # refused: still held, nothing changed
    assert server_figure(server) == 2

    shell = auditlog.at_the_shell()
    assert revocation.unrevoke(server.engine, device, shell) == 2
    assert _kit_figures(server, keys, tmp_path / "3.zip", capsys) == (4, 0, 0)
    assert _state(server, code) == "counted"

    enrolment.revoke(server.engine, device, 2)
    withdraw_at_server(server, code)  # withdrawn while out: nothing more leaves the count
    assert _state(server, code) == "withdrawn"
    assert _kit_figures(server, keys, tmp_path / "4.zip", capsys) == (2, 1, 1)
    assert revocation.unrevoke(server.engine, device, shell) == 1  # Pərvin; Səbinə stays out
    assert _kit_figures(server, keys, tmp_path / "5.zip", capsys) == (3, 1, 0)
    assert _state(server, code) == "withdrawn"


def test_the_dashboard_says_why_a_held_record_past_a_revocation_cannot_be_accepted(
    server: Server, tmp_path: Path
) -> None:
    device, _code, (_sebine, nigar, _withdrawal) = _forked(server, tmp_path)
    enrolment.revoke(server.engine, device, 2)
    add_lead(server.engine)
    web = Dashboard(server.url)
    assert web.login().status_code == 303
    campaign = f"/admin/c/{server.campaign.slug}"
    done = web.post(f"{campaign}/held/{nigar}/accept", {}, campaign)
    assert done.status_code == 303
    assert done.headers["location"].endswith("failed=revoked_before#error")
    shown = web.get(done.headers["location"].replace("?", "?lang=en&"))
    assert "tablet is revoked before it, so it cannot count" in shown.text
    assert _held(server) == [nigar]  # nothing changed
    assert server_figure(server) == 2


def test_a_held_record_at_the_cut_off_still_counts_and_can_be_accepted(
    server: Server, keys: CampaignKeys, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    device, _code, (_sebine, nigar, _withdrawal) = _forked(server, tmp_path)
    assert revocation.leaving(server.engine, device, 4) == 0  # the withdrawal record counts no one
    assert enrolment.revoke(server.engine, device, 4) == 0
    admin.decide(server.engine, nigar, accept=True)  # number 4: not past the cut-off
    assert _kit_figures(server, keys, tmp_path / "kit.zip", capsys) == (5, 0, 0)


def test_a_revocation_can_be_tightened_and_not_loosened(server: Server, tmp_path: Path) -> None:
    device, _code, _entries = _forked(server, tmp_path)
    assert enrolment.revoke(server.engine, device, 2) == 2
    with pytest.raises(Refused) as refused:  # record 3 would stay out, against the cut-off
        enrolment.revoke(server.engine, device, 3)
    assert refused.value.code == "loosens"
    assert "revoked after record 2 already: take that back first" in refused.value.message
    assert server_figure(server) == 2
    assert enrolment.revoke(server.engine, device, 1) == 1  # tighter: Gülnar leaves too
    assert server_figure(server) == 1
    assert revocation.unrevoke(server.engine, device, auditlog.at_the_shell()) == 3
    assert server_figure(server) == 4

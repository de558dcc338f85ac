"""The lead's actions as a browser without scripts makes them: destructive ones asked first
on a page naming the tablet, undone where the data still exists, every change a redirect (a
reload repeats nothing), roles, and one audit line per action."""

import re
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk.cli import main
from kiosk.device import device_number, load_or_create
from sync import client
from sync.enrol import enrol
from sync.http import SyncError
from sync.server import auditlog, coordinators
from sync.server.models import Device
from tests.serverside import Server, until
from tests.signers import sign
from tests.webside import Dashboard, add_lead

VIEWER = ("Nigar", "a viewer's long passphrase")


@pytest.fixture
def web(server: Server) -> Dashboard:
    add_lead(server.engine)  # the first coordinator: admin
    web = Dashboard(server.url)
    assert web.login().status_code == 303
    return web


def _figure(web: Dashboard, slug: str) -> int:
    found = re.search(r"At least ([\d,]+) of", web.get(f"/admin/c/{slug}?lang=en").text)
    assert found
    return int(found.group(1).replace(",", ""))


def _tablet(server: Server, path: Path, label: str, count: int) -> str:
    enrol(path, server.url, server.code(approved=True), label=label)
    sign(path, count, 3)
    assert client.sync(path).acknowledged == count
    return load_or_create(path).id


def test_revoking_is_asked_first_names_the_tablet_and_can_be_taken_back(
    server: Server, web: Dashboard, tmp_path: Path
) -> None:
    slug = server.campaign.slug
    path = tmp_path / "t"
    device = _tablet(server, path, "Barda school", 10)
    until(lambda: _figure(web, slug) == 10)
    campaign = web.get(f"/admin/c/{slug}?lang=en").text
    assert f'href="/admin/c/{slug}/devices/{device}/revoke"' in campaign  # a link, not a form
    asked = web.get(f"/admin/c/{slug}/devices/{device}/revoke?after=4&lang=en").text
    assert "Barda school" in asked
    assert device_number(device) in asked
    assert "6 signatures after no. 4 will leave the count" in asked
    assert _figure(web, slug) == 10  # asking changed nothing

    done = web.post(
        f"/admin/c/{slug}/devices/{device}/revoke",
        {"after_seq": "4"},
        f"/admin/c/{slug}/devices/{device}/revoke?after=4",
    )
    assert done.headers["location"].endswith("done=revoked#tablets")
    until(lambda: _figure(web, slug) == 4)
    row = web.get(f"/admin/c/{slug}?lang=en").text
    assert "records after no. 4 left the count" in row

    back = f"/admin/c/{slug}/devices/{device}/unrevoke"
    assert "count again" in web.get(back + "?lang=en").text
    assert web.post(back, {}, back).headers["location"].endswith("done=unrevoked#tablets")
    until(lambda: _figure(web, slug) == 10)
    sign(path, 2, 4)
    assert client.sync(path).acknowledged == 2  # it may send again
    assert web.post(back, {}, back).headers["location"].endswith("failed=no_device#error")


def test_refusing_a_waiting_tablet_is_asked_first(
    server: Server, web: Dashboard, tmp_path: Path
) -> None:
    slug = server.campaign.slug
    waiting = enrol(tmp_path / "w", server.url, server.code(approved=False), label="Qax")
    ask = f"/admin/c/{slug}/devices/{waiting.device}/refuse"
    page = web.get(ask + "?lang=en").text
    assert "Refuse this tablet?" in page
    assert device_number(waiting.device) in page
    assert web.post(ask, {}, ask).headers["location"].endswith("done=refused#pending")
    with server.engine.connect() as conn:
        assert conn.scalar(select(Device.state).where(Device.id == waiting.device)) == "revoked"


def test_a_code_page_reloads_without_making_another_and_open_codes_can_be_cancelled(
    server: Server, web: Dashboard, tmp_path: Path
) -> None:
    slug = server.campaign.slug
    made = web.post(
        f"/admin/c/{slug}/codes", {"hours": "3", "label": "Tərtər 4"}, f"/admin/c/{slug}"
    )
    assert made.status_code == 303
    first = web.get(made.headers["location"]).text
    again = web.get(made.headers["location"]).text  # a reload, or Back then Forward
    code = re.search(r'id="code">([^<]+)<', first)
    assert code
    assert code.group(1) in again
    other = Dashboard(server.url)
    other.login()
    assert code.group(1) not in other.get(made.headers["location"]).text  # not another browser
    campaign = web.get(f"/admin/c/{slug}?lang=en").text
    assert campaign.count('id="cancel-') == 1  # one open code, not one per reload
    ref = made.headers["location"].rsplit("/", 1)[1]
    cancelled = web.post(f"/admin/c/{slug}/codes/{ref}/cancel", {}, f"/admin/c/{slug}")
    assert cancelled.headers["location"].endswith("done=cancelled#codes")
    assert "Tərtər 4" not in web.get(f"/admin/c/{slug}").text
    with pytest.raises(SyncError, match="unknown, used or expired"):
        enrol(tmp_path / "late", server.url, code.group(1))


def test_a_viewer_sees_everything_and_changes_nothing(
    server: Server, web: Dashboard, tmp_path: Path
) -> None:
    slug = server.campaign.slug
    coordinators.add(server.engine, *VIEWER, role="viewer")
    viewer = Dashboard(server.url)
    assert viewer.login(*VIEWER).status_code == 303
    waiting = enrol(tmp_path / "w", server.url, server.code(approved=False), label="Qax")
    page = viewer.get(f"/admin/c/{slug}?lang=en").text
    assert "Qax" in page
    assert f"approve-{waiting.device[:12]}" not in page  # no buttons it may not use
    for path in (f"devices/{waiting.device}/approve", "codes"):
        refused = viewer.post(f"/admin/c/{slug}/{path}?lang=en", {}, f"/admin/c/{slug}")
        assert refused.status_code == 403
        assert "Your role does not allow this" in refused.text
    with server.engine.connect() as conn:
        assert conn.scalar(select(Device.state).where(Device.id == waiting.device)) == "pending"
    done = {line.action for _, line in auditlog.lines(server.engine) if line.who == VIEWER[0]}
    assert done == set()  # nothing done, nothing logged in the viewer's name


def test_the_audit_log_lists_each_action_once_with_who_and_where(
    server: Server, web: Dashboard, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    slug = server.campaign.slug
    waiting = enrol(tmp_path / "w", server.url, server.code(approved=False), label="Qax")
    approve = f"/admin/c/{slug}/devices/{waiting.device}/approve"
    web.post(approve, {}, f"/admin/c/{slug}")
    web.post(approve, {}, f"/admin/c/{slug}")  # a second press: nothing to do, no line
    web.post(f"/admin/c/{slug}/codes", {"hours": "1", "label": "Laçın 2"}, f"/admin/c/{slug}")
    lines = [line for _, line in auditlog.lines(server.engine, slug) if line.who == "Leyla"]
    assert [line.action for line in lines] == ["make-code", "approve"]
    assert {line.address for line in lines} == {"127.0.0.1"}
    page = web.get(f"/admin/audit?campaign={slug}&lang=en").text
    assert "approved a tablet" in page
    assert page.count("Laçın 2") == 1
    assert main(["server", "audit", "--database", server.database_url]) == 0
    printed = capsys.readouterr().out
    assert "approve" in printed
    assert "Leyla" in printed
    assert "Laçın 2" in printed


def test_the_language_switch_works_on_every_page_also_one_that_answered_a_post(
    server: Server, web: Dashboard, tmp_path: Path
) -> None:
    slug = server.campaign.slug
    device = _tablet(server, tmp_path / "t", "Ağdam 3", 2)
    made = web.post(f"/admin/c/{slug}/codes", {"hours": "2"}, f"/admin/c/{slug}")
    pages = [
        web.get(f"/admin/c/{slug}?sort=signatures&order=desc"),
        web.get(f"/admin/c/{slug}/devices/{device}/revoke?after=1"),
        web.get(made.headers["location"]),
        web.get(f"/admin/audit?campaign={slug}"),
        web.get(f"/p/{slug}"),
        web.http.post(f"{server.url}/admin/logout", data={}, timeout=10),  # no token: 403
    ]
    for reply in pages:
        link = re.search(r'href="([^"]*lang=ru)"', reply.text)
        assert link, reply.url
        address = server.url + link.group(1).replace("&amp;", "&")
        switched = web.http.get(address, timeout=10)  # following the home page's redirect
        assert switched.status_code == 200, (reply.url, link.group(1))
        assert '<html lang="ru">' in switched.text
        if reply.request.method == "GET":  # the same page, its query kept
            assert switched.url.split("?")[0] == reply.url.split("?")[0]

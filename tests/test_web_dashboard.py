"""The campaign page over plain HTTP: codes with their QR, approval, counts per tablet and per
day, revocation with a cut-off, records held aside, and the public counter."""

import re
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk.device import device_number, load_or_create
from sync import client
from sync.enrol import enrol
from sync.http import SyncError
from sync.server.models import Device, Quarantined
from tests.serverside import Server, until
from tests.signers import fork, sign
from tests.webside import Dashboard, add_lead


def _code(web: Dashboard, slug: str, approved: bool, label: str) -> str:
    form = {"hours": "2", "label": label} | ({"approved": "yes"} if approved else {})
    made = web.post(f"/admin/c/{slug}/codes", form, csrf_from=f"/admin/c/{slug}")
    assert made.status_code == 303  # Post/Redirect/Get: the code has a page of its own
    page = web.get(made.headers["location"])
    assert page.status_code == 200
    assert "<svg" in page.text  # the QR code, drawn inline
    found = re.search(r'id="code">([^<]+)<', page.text)
    assert found
    return found.group(1)


@pytest.fixture
def web(server: Server) -> Dashboard:
    add_lead(server.engine)
    web = Dashboard(server.url)
    assert web.login().status_code == 303
    return web


def test_a_code_made_on_the_page_enrols_a_tablet_that_waits_for_approval(
    server: Server, web: Dashboard, tmp_path: Path
) -> None:
    slug = server.campaign.slug
    code = _code(web, slug, approved=False, label="Qax school")
    done = enrol(tmp_path / "t", server.url, code)
    assert done.state == "pending"
    page = web.get(f"/admin/c/{slug}?lang=en").text
    assert "Tablets waiting for approval" in page
    assert device_number(done.device) in page  # the number the tablet shows
    assert "Qax school" in page
    slot = f"/admin/c/{slug}/devices/{done.device}"
    assert (
        web.post(f"{slot}/approve", {}, f"/admin/c/{slug}")
        .headers["location"]
        .endswith("done=approved#pending")
    )
    assert "Tablets waiting for approval" not in web.get(f"/admin/c/{slug}").text
    refused = enrol(tmp_path / "u", server.url, _code(web, slug, approved=False, label="x"))
    web.post(f"/admin/c/{slug}/devices/{refused.device}/refuse", {}, f"/admin/c/{slug}")
    with server.engine.connect() as conn:
        states = dict(conn.execute(select(Device.id, Device.state)).all())
    assert states == {done.device: "approved", refused.device: "revoked"}
    bad = web.post(f"/admin/c/{slug}/codes", {"hours": "48"}, f"/admin/c/{slug}")
    assert bad.headers["location"].endswith("failed=bad_expiry#error")
    assert "1 to 24 hours" in web.get(bad.headers["location"] + "&lang=en").text


def test_counts_move_and_a_revoked_tablet_is_refused(
    server: Server, web: Dashboard, tmp_path: Path
) -> None:
    slug = server.campaign.slug
    path = tmp_path / "t"
    enrol(path, server.url, _code(web, slug, approved=True, label="Ağdam 1"))
    sign(path, 6, 3)
    assert client.sync(path).acknowledged == 6
    until(lambda: "At least 6 of 15,000" in web.get(f"/admin/c/{slug}?lang=en").text)
    page = web.get(f"/admin/c/{slug}").text
    assert re.search(r'class="signatures">6<', page)
    assert re.search(r"<title>\d\d\.\d\d: 6</title>", page)  # today's bar
    device = load_or_create(path).id
    reply = web.post(
        f"/admin/c/{slug}/devices/{device}/revoke", {"after_seq": "4"}, f"/admin/c/{slug}"
    )
    assert reply.status_code == 303
    until(lambda: "At least 4 of 15,000" in web.get(f"/admin/c/{slug}?lang=en").text)
    sign(path, 1, 4)
    with pytest.raises(SyncError, match="revoked"):
        client.sync(path)
    bad = web.post(
        f"/admin/c/{slug}/devices/{device}/revoke", {"after_seq": "-1"}, f"/admin/c/{slug}"
    )
    assert bad.headers["location"].endswith("failed=invalid#error")


def test_records_held_aside_after_a_fork_are_decided_on_the_page(
    server: Server, web: Dashboard, enrolled: Path, tmp_path: Path
) -> None:
    slug = server.campaign.slug
    sign(enrolled, 3, 5)
    client.sync(enrolled)
    fork(enrolled, tmp_path / "backup", 6)
    page = web.get(f"/admin/c/{slug}?lang=en").text
    assert "fork at no. 4" in page
    assert "2 held aside" in page
    with server.engine.connect() as conn:
        entries = list(conn.scalars(select(Quarantined.id).order_by(Quarantined.id)))
    base = f"/admin/c/{slug}/held"
    assert web.post(f"{base}/{entries[0]}/accept", {}, f"/admin/c/{slug}").status_code == 303
    assert web.post(f"{base}/{entries[1]}/reject", {}, f"/admin/c/{slug}").status_code == 303
    with server.engine.connect() as conn:
        states = list(conn.scalars(select(Quarantined.state).order_by(Quarantined.id)))
    assert states == ["accepted", "rejected"]
    again = web.post(f"{base}/{entries[0]}/accept", {}, f"/admin/c/{slug}")
    assert "failed=no_entry" in again.headers["location"]  # decided already: nothing changes
    assert "Nothing is held aside" in web.get(f"/admin/c/{slug}?lang=en").text


def test_the_public_counter_needs_no_login_is_cached_and_embeddable(server: Server) -> None:
    anyone = Dashboard(server.url)
    reply = anyone.get(f"/p/{server.campaign.slug}?lang=en")
    assert reply.status_code == 200
    assert "At least 0" in reply.text
    assert "of 15,000 have signed" in reply.text
    assert reply.headers["cache-control"].startswith("public, max-age=")
    assert "x-frame-options" not in reply.headers
    assert "frame-ancestors *" in reply.headers["content-security-policy"]
    assert anyone.get("/p/no-such-campaign").status_code == 404
    assert "Ən azı 0" in anyone.get(f"/p/{server.campaign.slug}?lang=az-Latn").text

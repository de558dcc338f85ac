"""Coordinators and the dashboard login: Argon2id passwords, server-side sessions, CSRF
tokens, lock-out, logout. A refusal changes nothing."""

import json
from pathlib import Path

import pytest
import requests
from sqlalchemy import delete, func, select, update

from kiosk.cli import main
from sync.enrol import enrol
from sync.server import coordinators
from sync.server.app import Limits
from sync.server.models import Coordinator, Device, RateWindow, WebSession
from tests.serverside import Server, answers, free_port, serving, spawn, until
from tests.webside import NAME, PASSWORD, Dashboard, add_lead, csrf_of


def _sessions(server: Server) -> int:
    with server.engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(WebSession)) or 0


def _pending(server: Server, tmp_path: Path) -> str:
    done = enrol(tmp_path / "pending", server.url, server.code(approved=False), label="Qax 1")
    return done.device


def _state(server: Server, device: str) -> str:
    with server.engine.connect() as conn:
        return str(conn.scalar(select(Device.state).where(Device.id == device)))


def test_coordinators_are_added_listed_and_removed_from_the_command_line(
    server: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--database", server.database_url]
    secret = tmp_path / "pw.txt"
    secret.write_text(f"{PASSWORD}\n")
    assert main(["server", "user", "add", NAME, "--password-file", str(secret), *db]) == 0
    with server.engine.connect() as conn:
        stored = conn.scalar(select(Coordinator.password_hash))
    assert stored is not None
    assert stored.startswith("$argon2id$")
    assert PASSWORD not in stored
    capsys.readouterr()
    assert main(["server", "user", "list", "--json", *db]) == 0
    assert [u["name"] for u in json.loads(capsys.readouterr().out)] == [NAME]
    short = tmp_path / "short.txt"
    short.write_text("short\n")
    assert main(["server", "user", "add", "Rauf", "--password-file", str(short), *db]) == 1
    assert "at least" in capsys.readouterr().err
    assert main(["server", "user", "add", NAME, "--password-file", str(secret), *db]) == 1
    assert main(["server", "user", "remove", *db]) == 1
    web = Dashboard(server.url)
    assert web.login().status_code == 303
    assert _sessions(server) == 1
    capsys.readouterr()
    assert main(["server", "user", "remove", NAME, *db]) == 0
    assert _sessions(server) == 0  # removing a coordinator signs them out
    assert web.get("/admin").headers["location"] == "/admin/login"
    assert main(["server", "user", "list", *db]) == 0
    assert "no coordinators" in capsys.readouterr().out


def test_a_login_sets_a_strict_http_only_session_cookie_and_logout_ends_it(
    server: Server,
) -> None:
    add_lead(server.engine)
    web = Dashboard(server.url)
    assert web.get("/admin").headers["location"] == "/admin/login"
    reply = web.login()
    assert reply.status_code == 303
    cookie = reply.headers["set-cookie"]
    assert "imza_session=" in cookie
    assert "HttpOnly" in cookie
    assert "SameSite=strict" in cookie
    assert "Path=/admin" in cookie
    assert "Secure" not in cookie  # plain http on loopback; https sets it
    page = web.get(f"/admin/c/{server.campaign.slug}")
    assert page.status_code == 200
    assert NAME in page.text
    assert page.headers["x-frame-options"] == "DENY"
    assert "script-src" not in page.headers["content-security-policy"]  # default-src 'none'
    assert web.post("/admin/logout", {}).status_code == 403  # no CSRF token: refused
    assert _sessions(server) == 1
    reply = web.post("/admin/logout", {}, csrf_from=f"/admin/c/{server.campaign.slug}")
    assert reply.headers["location"] == "/admin/login"
    assert _sessions(server) == 0
    assert _cookies(reply)
    assert all("SameSite=strict" in c for c in _cookies(reply))
    assert web.get("/admin").headers["location"] == "/admin/login"


def _cookies(reply: requests.Response) -> list[str]:
    return list(reply.raw.headers.getlist("set-cookie"))


def test_every_cookie_the_dashboard_sets_or_clears_is_strict(server: Server) -> None:
    add_lead(server.engine)
    web = Dashboard(server.url)
    form = web.get("/admin/login")
    reply = web.login()
    cleared = [c for c in _cookies(reply) if c.startswith("imza_login=")]
    assert cleared, "signing in clears the login form's cookie"
    for cookie in _cookies(form) + _cookies(reply):
        assert "SameSite=strict" in cookie, cookie
        assert "HttpOnly" in cookie, cookie
        assert "Path=/admin" in cookie, cookie


def test_a_forwarded_address_escapes_no_lock_out_unless_its_proxy_is_named(
    server: Server, tmp_path: Path
) -> None:
    """``imza serve`` believes X-Forwarded-For only from the proxies --forwarded-allow names."""
    add_lead(server.engine)
    coordinators.add(server.engine, "Rauf", "another long passphrase")

    def attempts(*extra: str) -> list[int]:
        port = free_port()
        proc = spawn(server.database_url, port, tmp_path / "serve.log", *extra)
        try:
            url = f"http://127.0.0.1:{port}"
            until(lambda: answers(url), 60, "imza serve to start")
            codes = []
            for n in range(6):  # five failures lock an address out
                web = Dashboard(url)
                web.http.headers["X-Forwarded-For"] = f"10.0.0.{n + 1}"
                codes.append(web.login(password="wrong guess").status_code)
            web = Dashboard(url)
            web.http.headers["X-Forwarded-For"] = "10.0.0.99"
            codes.append(web.login("Rauf", "another long passphrase").status_code)
            return codes
        finally:
            proc.terminate()
            proc.wait(30)

    # By default the header is not believed: every attempt comes from 127.0.0.1, so Leyla's
    # name is locked out from there after five, whatever address the header claims.
    assert attempts()[:6] == [401] * 5 + [429]
    with server.engine.begin() as conn:
        conn.execute(delete(RateWindow))
    # Behind a proxy on 127.0.0.1 each forwarded address is its own: the sixth attempt comes
    # from an address that has not failed with that name yet.
    assert attempts("--forwarded-allow", "127.0.0.1")[:6] == [401] * 6


def test_a_wrong_password_or_a_missing_login_token_signs_nobody_in(server: Server) -> None:
    add_lead(server.engine)
    web = Dashboard(server.url)
    reply = web.login(password="not the password")
    assert reply.status_code == 401
    assert "imza_session" not in reply.headers.get("set-cookie", "")
    assert web.login(name="Nobody").status_code == 401
    reply = web.http.post(
        f"{server.url}/admin/login", data={"name": NAME, "password": PASSWORD}, timeout=10
    )
    assert reply.status_code == 403  # the form's token is missing
    assert _sessions(server) == 0
    assert web.get("/admin").status_code == 303


def test_a_post_without_the_sessions_csrf_token_changes_nothing(
    server: Server, tmp_path: Path
) -> None:
    add_lead(server.engine)
    device = _pending(server, tmp_path)
    web = Dashboard(server.url)
    web.login()
    path = f"/admin/c/{server.campaign.slug}/devices/{device}/approve"
    assert web.post(path, {}).status_code == 403
    assert web.post(path, {"csrf": "0" * 64}).status_code == 403
    other = Dashboard(server.url)
    other.login()
    token = csrf_of(other.get(f"/admin/c/{server.campaign.slug}").text)
    assert web.post(path, {"csrf": token}).status_code == 403  # another session's token
    assert _state(server, device) == "pending"
    reply = web.post(path, {}, csrf_from=f"/admin/c/{server.campaign.slug}")
    assert reply.status_code == 303
    assert _state(server, device) == "approved"


def test_an_expired_session_is_refused_and_changes_nothing(server: Server, tmp_path: Path) -> None:
    add_lead(server.engine)
    device = _pending(server, tmp_path)
    web = Dashboard(server.url)
    web.login()
    page = f"/admin/c/{server.campaign.slug}"
    token = csrf_of(web.get(page).text)
    with server.engine.begin() as conn:
        conn.execute(update(WebSession).values(expires_ms=1))
    assert web.get(page).headers["location"] == "/admin/login"
    reply = web.post(f"{page}/devices/{device}/approve", {"csrf": token})
    assert reply.headers["location"] == "/admin/login"
    assert _state(server, device) == "pending"
    assert "session has ended" in web.get("/admin/login?lang=en").text


def test_failures_lock_a_name_out_from_that_address_and_an_address_trying_many_names(
    server: Server,
) -> None:
    """A stranger's typos do not lock the lead out everywhere; from the stranger's address
    the name is locked, even with the right password, and so is every name after many."""
    add_lead(server.engine)
    coordinators.add(server.engine, "Rauf", "another long passphrase")
    limits = Limits(progress_ttl_s=0, login_failures=3)
    with serving(server.engine, limits) as url:
        web = Dashboard(url)
        for _ in range(3):
            assert web.login(password="wrong guess").status_code == 401
        locked = web.login()
        assert locked.status_code == 429
        assert "imza_session" not in locked.headers.get("set-cookie", "")
        # another name from the same address is not locked by Leyla's failures
        assert Dashboard(url).login("Rauf", "another long passphrase").status_code == 303
        # an address that tries many names is stopped: 4 x 3 failures in all
        for n in range(9):
            assert Dashboard(url).login(f"guess {n}", "wrong guess!").status_code == 401
        assert Dashboard(url).login("Rauf", "another long passphrase").status_code == 429
    assert _sessions(server) == 1  # Rauf's, before the address was stopped


def test_over_https_the_session_cookie_is_secure(server: Server, tmp_path: Path) -> None:
    from tests.test_sync_tls import _certificates

    add_lead(server.engine)
    ca, cert, key = _certificates(tmp_path)
    with serving(server.engine, tls=(cert, key)) as url:
        web = Dashboard(url, verify=str(ca))
        # uvicorn's TLS shutdown waits out a kept-alive connection even after the client closes
        web.http.headers["Connection"] = "close"
        reply = web.login()
        assert reply.status_code == 303
        assert "Secure" in reply.headers["set-cookie"]
        assert web.get(f"/admin/c/{server.campaign.slug}").status_code == 200

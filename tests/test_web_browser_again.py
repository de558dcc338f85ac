"""A lead's browser doing what browsers do after a change: Reload and Back after every action
repeat nothing; the language links work on every page, one that answered a POST too; and a
viewer who forges an approval gets a 403 and changes nothing. Headless Chromium against a
real server on loopback."""

from collections.abc import Callable
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import WebDriverWait
from sqlalchemy import func, select

from sync import client
from sync.enrol import enrol
from sync.server import coordinators, counting
from sync.server.models import AuditEntry, Device, EnrolCode, Quarantined
from tests.browser import chromium
from tests.serverside import Server
from tests.signers import fork, sign
from tests.webside import NAME, PASSWORD, add_lead

VIEWER = ("Nigar", "a viewer's long passphrase")
LANGS = ("ru", "az-Cyrl", "az-Latn", "en")

pytestmark = pytest.mark.parametrize("server_database", ["sqlite"], indirect=True)


def _snapshot(server: Server) -> tuple[int, object, object, object]:
    """Everything an action changes: the audit log, codes, tablets, held records."""
    with server.engine.connect() as conn:
        return (
            conn.scalar(select(func.count()).select_from(AuditEntry)) or 0,
            conn.scalar(select(func.count()).select_from(EnrolCode)),
            sorted(conn.execute(select(Device.id, Device.state, Device.revoked_after)).all()),
            sorted(conn.execute(select(Quarantined.id, Quarantined.state)).all()),
        )


def _tablets(server: Server, tmp_path: Path) -> tuple[str, str, str]:
    """One tablet counting, one that forked (its backup's records held aside), one waiting."""
    plain = enrol(tmp_path / "plain", server.url, server.code(approved=True), label="Qax 1")
    sign(tmp_path / "plain", 3, 40)
    client.sync(tmp_path / "plain")
    forked = enrol(tmp_path / "forked", server.url, server.code(approved=True), label="Qax 2")
    sign(tmp_path / "forked", 2, 41)
    client.sync(tmp_path / "forked")
    fork(tmp_path / "forked", tmp_path / "backup", 42)
    waiting = enrol(tmp_path / "wait", server.url, server.code(approved=False), label="Qax 3")
    counting.drain(server.engine)
    return plain.device, forked.device, waiting.device


def _click(driver: WebDriver, element_id: str) -> None:
    """Tap ``element_id`` and wait until the next page has loaded."""
    driver.execute_script("window.imzaOld = true")
    driver.find_element(By.ID, element_id).click()
    _loaded(driver)


def _loaded(driver: WebDriver) -> None:
    """Wait for the page after the one marked ``imzaOld`` to have loaded."""
    WebDriverWait(driver, 20).until(
        lambda d: d.execute_script(
            "return window.imzaOld === undefined && document.readyState === 'complete'"
        )
    )


def _sign_in(driver: WebDriver, url: str, name: str, password: str) -> None:
    driver.get(f"{url}/admin/login?lang=en")
    driver.find_element(By.ID, "name").send_keys(name)
    driver.find_element(By.ID, "password").send_keys(password)
    _click(driver, "sign-in")
    assert "/admin/c/" in driver.current_url


def _then_reload_and_back(driver: WebDriver, server: Server, act: Callable[[], None]) -> None:
    """Do ``act`` (which must change something), then Reload, Back and Reload again: the
    database after the three is as it was after the action."""
    before = _snapshot(server)
    act()
    after = _snapshot(server)
    assert after != before, driver.current_url
    assert after[0] == before[0] + 1  # one audit line for one action
    driver.refresh()
    driver.back()
    driver.refresh()
    assert "Confirm Form Resubmission" not in driver.page_source
    assert _snapshot(server) == after, driver.current_url


def _switch_every_language(driver: WebDriver, answered_post: bool = False) -> None:
    """Follow each language link of the page shown: each answers in that language, on the
    same page (a page that answered a POST: the page it came from); ends in English."""
    for lang in LANGS:
        path = driver.current_url.split("?")[0]
        driver.execute_script("window.imzaOld = true")
        driver.find_element(By.CSS_SELECTOR, f'a[lang="{lang}"]').click()
        _loaded(driver)
        html = driver.find_element(By.TAG_NAME, "html")
        assert html.get_attribute("lang") == lang, driver.current_url
        assert "Method Not Allowed" not in driver.page_source
        if not answered_post:
            assert driver.current_url.split("?")[0] == path
        answered_post = False  # from the second link on, the page is a GET's


def test_reload_and_back_after_each_action_repeat_nothing(server: Server, tmp_path: Path) -> None:
    add_lead(server.engine)
    slug, url = server.campaign.slug, server.url
    campaign = f"{url}/admin/c/{slug}"
    plain, forked, waiting = _tablets(server, tmp_path)
    with chromium() as driver:
        _sign_in(driver, url, NAME, PASSWORD)

        codes: list[str] = []

        def make_code() -> None:
            driver.get(campaign)
            driver.find_element(By.ID, "code-label").send_keys("Qax 4")
            _click(driver, "make-code")
            codes.append(driver.find_element(By.ID, "code").text)

        _then_reload_and_back(driver, server, make_code)
        driver.forward()  # the code page again: the same code, no new one
        assert driver.find_element(By.ID, "code").text == codes[0]

        def cancel_code() -> None:
            driver.get(campaign)
            cancel = driver.find_element(By.CSS_SELECTOR, "[id^=cancel-]")
            _click(driver, str(cancel.get_attribute("id")))

        def ask_then(ask: str) -> Callable[[], None]:
            def act() -> None:
                driver.get(campaign)
                _click(driver, ask)
                _click(driver, "confirm-button")

            return act

        def press(button: str) -> Callable[[], None]:
            def act() -> None:
                driver.get(campaign)
                _click(driver, button)

            return act

        for act in (
            cancel_code,
            press(f"approve-{waiting[:12]}"),
            ask_then(f"revoke-{plain[:12]}"),
            ask_then(f"unrevoke-{plain[:12]}"),
            ask_then(f"reject-all-{forked[:12]}"),
        ):
            _then_reload_and_back(driver, server, act)
        driver.get(campaign)
        reopen = driver.find_element(By.CSS_SELECTOR, "[id^=reopen-]").get_attribute("id")
        _then_reload_and_back(driver, server, press(str(reopen)))
        _then_reload_and_back(driver, server, press(f"accept-all-{forked[:12]}"))


def test_every_page_switches_language_and_a_viewer_cannot_approve(
    server: Server, tmp_path: Path
) -> None:
    add_lead(server.engine)
    coordinators.add(server.engine, *VIEWER, role="viewer")
    slug, url = server.campaign.slug, server.url
    campaign = f"{url}/admin/c/{slug}"
    plain, forked, waiting = _tablets(server, tmp_path)
    with chromium() as driver:
        driver.get(f"{url}/admin/login?lang=en")
        _switch_every_language(driver)
        driver.find_element(By.ID, "name").send_keys(NAME)
        driver.find_element(By.ID, "password").send_keys("not the passphrase")
        _click(driver, "sign-in")  # the page that answered the POST, with its error
        _switch_every_language(driver, answered_post=True)
        _sign_in(driver, url, NAME, PASSWORD)
        pages = [
            f"{url}/admin",
            f"{campaign}?sort=signatures&order=desc",
            f"{campaign}/devices/{plain}/revoke?after=1",
            f"{campaign}/devices/{waiting}/refuse",
            f"{campaign}/held-group/{forked}/fork/reject",
            f"{url}/admin/audit?campaign={slug}",
            f"{campaign}/codes/00000000ffffffff",  # a code page gone (cancelled, or used)
            f"{url}/p/{slug}",
            f"{url}/p/no-such-campaign",
            f"{url}/admin/c/no-such-campaign",
        ]
        driver.get(campaign)
        one = driver.find_element(By.CSS_SELECTOR, "a[href*='/held/'][href$='/reject']")
        pages.append(str(one.get_attribute("href")))  # one held record's own question
        for page in pages:
            driver.get(page)
            _switch_every_language(driver)
        driver.get(campaign)
        driver.execute_script("document.getElementById('code-hours').form.noValidate = true;")
        driver.execute_script("document.getElementById('code-hours').value = '48';")
        _click(driver, "make-code")  # the server's refusal answers the POST
        assert driver.find_elements(By.ID, "error")
        _switch_every_language(driver, answered_post=True)
        driver.get(campaign)
        _click(driver, "make-code")
        code = driver.find_element(By.ID, "code").text
        _switch_every_language(driver)  # the code page: the same code in every language
        assert driver.find_element(By.ID, "code").text == code

    with chromium() as driver:
        _sign_in(driver, url, *VIEWER)
        driver.get(campaign)
        assert waiting[:12] in driver.page_source
        assert not driver.find_elements(By.ID, f"approve-{waiting[:12]}")
        before = _snapshot(server)
        token = driver.find_element(By.CSS_SELECTOR, "input[name=csrf]").get_attribute("value")
        driver.execute_script(  # a form as a forged page would post it, with a real token
            "const f = document.createElement('form'); f.method = 'post';"
            "f.action = arguments[0]; const i = document.createElement('input');"
            "i.name = 'csrf'; i.value = arguments[1]; f.appendChild(i);"
            "f.id = 'forged'; const b = document.createElement('button'); b.id = 'go';"
            "f.appendChild(b); document.body.appendChild(f);",
            f"/admin/c/{slug}/devices/{waiting}/approve",
            token,
        )
        _click(driver, "go")
        assert "Your role does not allow this" in driver.page_source
        assert _snapshot(server) == before
        _switch_every_language(driver, answered_post=True)  # a refusal's links work too

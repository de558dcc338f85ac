"""The dashboard in a real browser (headless Chromium) against a real server on loopback:
sign in, make a code, enrol and approve a tablet, watch the counts move, revoke, sign out."""

import re
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

from kiosk.device import device_number, load_or_create
from sync import client
from sync.enrol import enrol
from sync.http import SyncError
from tests.browser import chromium
from tests.serverside import Server, until
from tests.signers import sign
from tests.webside import NAME, PASSWORD, add_lead


def _text(driver: WebDriver, css: str) -> str:
    """The text of ``css`` once the page that has it has loaded."""
    found = WebDriverWait(driver, 20).until(
        expected_conditions.presence_of_element_located((By.CSS_SELECTOR, css))
    )
    return str(found.text)


def _sign_in(driver: WebDriver, url: str) -> None:
    driver.get(f"{url}/admin/login?lang=en")
    driver.find_element(By.ID, "name").send_keys(NAME)
    driver.find_element(By.ID, "password").send_keys(PASSWORD)
    driver.find_element(By.ID, "sign-in").click()
    until(lambda: "/admin/c/" in driver.current_url, 20, "the campaign page")


def _shows(driver: WebDriver, wanted: str) -> bool:
    driver.refresh()
    return wanted in str(driver.page_source)


def test_a_coordinator_runs_a_tablet_from_the_browser(server: Server, tmp_path: Path) -> None:
    add_lead(server.engine)
    with chromium() as driver:
        driver.get(f"{server.url}/admin")
        assert "/admin/login" in driver.current_url
        driver.find_element(By.ID, "name").send_keys(NAME)
        driver.find_element(By.ID, "password").send_keys("a wrong password!")
        driver.find_element(By.ID, "sign-in").click()
        assert "/admin/login" in driver.current_url
        assert "do not match" in _text(driver, "#error")
        _sign_in(driver, server.url)

        driver.find_element(By.ID, "code-label").send_keys("Füzuli library")
        driver.find_element(By.ID, "make-code").click()
        code = _text(driver, "#code")
        assert driver.find_elements(By.CSS_SELECTOR, ".qr svg")
        path = tmp_path / "tablet"
        done = enrol(path, server.url, code)
        assert done.state == "pending"

        driver.find_element(By.ID, "back").click()
        until(lambda: "/codes" not in driver.current_url, 20, "the campaign page")
        assert device_number(done.device) in _text(driver, "#pending")
        driver.find_element(By.ID, f"approve-{done.device[:12]}").click()
        until(lambda: "done=approved" in driver.current_url, 20, "the page after the action")
        assert _text(driver, "#done") == "The tablet is approved."

        sign(path, 7, 11)
        assert client.sync(path).acknowledged == 7
        until(lambda: _shows(driver, "At least 7 of 15,000"), 20, "the count to reach 7")
        row = _text(driver, f"#tablet-{done.device[:12]}")
        assert "Füzuli library" in row
        assert re.search(r"\bapproved\b\s+7\b", row)

        driver.find_element(By.ID, f"revoke-{done.device[:12]}").click()  # asks first
        assert "Revoke this tablet?" in _text(driver, "h1")
        assert "Füzuli library" in _text(driver, "#confirm-tablet")
        box = driver.find_element(By.ID, "after")
        box.clear()
        box.send_keys("5")
        driver.find_element(By.ID, "recount").click()
        until(lambda: "after=5" in driver.current_url, 20, "the count for the cut-off")
        assert "2 signatures after no. 5 will leave the count" in _text(driver, "#consequence")
        driver.find_element(By.ID, "confirm-button").click()
        until(lambda: "done=revoked" in driver.current_url, 20, "the page after the action")
        assert _text(driver, "#done") == "The tablet is revoked."
        driver.refresh()  # a reload repeats nothing: the address is the page's, not the POST's
        driver.back()  # Back shows the question again; it asks, it does nothing
        assert "/revoke" in driver.current_url
        driver.get(f"{server.url}/admin/c/{server.campaign.slug}")
        until(lambda: _shows(driver, "At least 5 of 15,000"), 20, "the count to drop to 5")
        assert "revoked" in _text(driver, f"#tablet-{done.device[:12]}")
        assert load_or_create(path).id == done.device
        sign(path, 1, 12)
        with pytest.raises(SyncError, match="revoked"):
            client.sync(path)

        driver.get(f"{server.url}/admin/c/{server.campaign.slug}")
        driver.find_element(By.ID, f"unrevoke-{done.device[:12]}").click()
        assert "Take back this revocation?" in _text(driver, "h1")
        driver.find_element(By.ID, "confirm-button").click()
        until(lambda: "done=unrevoked" in driver.current_url, 20, "the page after the action")
        until(lambda: _shows(driver, "At least 7 of 15,000"), 20, "the count back at 7")
        assert client.sync(path).acknowledged == 1  # it sends again
        driver.find_element(By.ID, "audit-link").click()
        log = _text(driver, "#audit")
        for action in ("approved a tablet", "revoked a tablet", "took a revocation back"):
            assert log.count(action) == 1, action

        driver.find_element(By.ID, "logout").click()
        until(lambda: "/admin/login" in driver.current_url, 20, "the login page")
        driver.get(f"{server.url}/admin/c/{server.campaign.slug}")
        assert "/admin/login" in driver.current_url

"""Every dashboard page in headless Chromium at a laptop's 1366x768 and a phone's 390x844,
through axe-core (WCAG 2.0/2.1 A and AA, best practices) and our check for controls that do
different things under one name (tests/axe.py), in one rich state: two campaigns, one with
approved tablets (one forked, records held aside), a revoked one and one waiting for
approval. Full-page screenshots go to IMZA_AXE_SHOTS (default /tmp/axe-shots) as
NAME-WIDTH.png for a person to look at; one failure lists every violation of every page."""

import functools
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

from sync import client
from sync.enrol import enrol
from sync.server import campaigns, counting, enrolment, treeheads
from tests.axe import same_names, violations
from tests.browser import chromium, full_page_screenshot, viewport
from tests.conftest import CampaignKeys, write_campaign
from tests.serverside import Server
from tests.signers import fork, sign
from tests.webside import NAME, PASSWORD, add_lead

SIZES = ((1366, 768), (390, 844))
OTHER_SLUG = "school-roads"  # a second campaign, so that the home page lists campaigns

Check = Callable[[str], None]


def _rich_state(server: Server, keys: CampaignKeys, tmp_path: Path) -> None:
    """A lead; a tablet that synced, one that synced and then forked (two records held aside),
    a revoked one that had synced, one waiting for approval; and a second, empty campaign."""
    add_lead(server.engine)
    plain = tmp_path / "plain"
    enrol(plain, server.url, server.code(approved=True), label="Füzuli library")
    sign(plain, 4, 19)
    client.sync(plain)
    forked = tmp_path / "forked"
    enrol(forked, server.url, server.code(approved=True), label="Ağdam school 2")
    sign(forked, 5, 20)
    client.sync(forked)
    fork(forked, tmp_path / "backup", 30)
    revoked = tmp_path / "revoked"
    done = enrol(revoked, server.url, server.code(approved=True), label="Şuşa centre")
    sign(revoked, 3, 21)
    client.sync(revoked)
    enrolment.revoke(server.engine, done.device, 2)
    enrol(tmp_path / "pending", server.url, server.code(approved=False), label="Xocalı 1")
    counting.drain(server.engine)
    treeheads.sign_head(server.engine, server.campaign.slug)  # the public log's card has a head
    other = write_campaign(tmp_path / "other.toml", keys.pair, keys.count, slug=OTHER_SLUG)
    campaigns.add(server.engine, other)


def _submit(driver: WebDriver, button: str, then: str) -> None:
    """Click the button of id ``button`` and wait for the next page, which has ``then`` (CSS)."""
    old = driver.find_element(By.TAG_NAME, "html")
    driver.find_element(By.ID, button).click()
    wait = WebDriverWait(driver, 20)
    # While the next page replaces it, the old page's node may be neither live nor reported
    # stale ("does not belong to the document"): ask again until it is gone
    leaving = WebDriverWait(driver, 20, ignored_exceptions=(WebDriverException,))
    leaving.until(expected_conditions.staleness_of(old))
    wait.until(expected_conditions.presence_of_element_located((By.CSS_SELECTOR, then)))


def _visit_every_page(driver: WebDriver, url: str, slug: str, check: Check) -> None:
    """Each page the dashboard has, in the order a lead meets them; ``check`` each."""
    driver.get(f"{url}/admin/login?lang=en")  # English from here on (the language cookie)
    check("login")
    driver.find_element(By.ID, "name").send_keys(NAME)
    driver.find_element(By.ID, "password").send_keys("a wrong password!")
    _submit(driver, "sign-in", "#error")
    check("login-error")
    driver.find_element(By.ID, "name").send_keys(NAME)
    driver.find_element(By.ID, "password").send_keys(PASSWORD)
    _submit(driver, "sign-in", "ul.campaigns")
    check("home")

    driver.get(f"{url}/admin/c/{slug}")
    check("campaign")
    driver.get(f"{url}/admin/c/{slug}?done=revoked")
    check("campaign-done")
    driver.get(f"{url}/admin/c/{OTHER_SLUG}")
    check("campaign-empty")

    driver.get(f"{url}/admin/c/{slug}")
    driver.execute_script(  # a browser that ignores max=24: the server refuses, 409
        "const hours = document.getElementById('code-hours');"
        "hours.form.noValidate = true; hours.value = '48';"
    )
    _submit(driver, "make-code", "#error")
    check("campaign-error")

    driver.get(f"{url}/admin/c/{slug}")
    driver.find_element(By.ID, "code-label").send_keys("Laçın 3")
    _submit(driver, "make-code", "#code")
    check("code")
    driver.refresh()  # Post/Redirect/Get: the same code again, no new one
    check("code-reload")
    driver.get(f"{url}/admin/c/{slug}/codes/00000000ffffffff")
    check("code-gone")

    driver.get(f"{url}/admin/c/{slug}")
    asks = {
        name: driver.find_element(By.CSS_SELECTOR, f"a[id^={name}-]").get_attribute("href")
        for name in ("refuse", "revoke", "unrevoke", "reject-all")
    }
    for name, href in asks.items():
        driver.get(str(href))
        check(f"confirm-{name}")
    driver.get(f"{url}/admin/audit")
    check("audit")
    driver.get(f"{url}/admin/audit?campaign={slug}")
    check("audit-campaign")

    driver.get(f"{url}/admin/c/no-such-campaign")
    check("missing")

    driver.get(f"{url}/admin/c/{slug}")
    driver.execute_script("document.querySelector('form.logout input[name=csrf]').remove()")
    _submit(driver, "logout", "p.error")  # a POST without the CSRF token: 403
    check("refused")

    driver.get(f"{url}/p/{slug}")
    check("public")
    driver.find_element(By.ID, "code").send_keys("ABCD EFGH JKMN")
    _submit(driver, "check", "#answer")  # "is my signature counted?": not received yet
    check("public-check")
    driver.get(f"{url}/p/no-such-campaign")
    check("public-missing")


def _check(
    driver: WebDriver,
    size: tuple[int, int],
    shots: Path,
    found: dict[str, list[str]],
    visited: list[str],
    name: str,
) -> None:
    """axe on the page ``driver`` shows, its violations kept under the page's name; then a
    screenshot of it."""
    where = f"{name} at {size[0]}x{size[1]} ({driver.current_url})"
    visited.append(where)
    if problems := violations(driver) + same_names(driver):
        found[where] = problems
    full_page_screenshot(driver, size, shots / f"{name}-{size[0]}.png")


@pytest.mark.parametrize("server_database", ["sqlite"], indirect=True)  # the pages, not the SQL
def test_every_page_passes_axe_at_laptop_and_phone_size(
    server: Server, keys: CampaignKeys, tmp_path: Path
) -> None:
    shots = Path(os.environ.get("IMZA_AXE_SHOTS", Path(tempfile.gettempdir()) / "axe-shots"))
    shots.mkdir(parents=True, exist_ok=True)
    _rich_state(server, keys, tmp_path)
    found: dict[str, list[str]] = {}
    visited: list[str] = []
    for size in SIZES:
        with chromium(*size) as driver:
            driver.get("about:blank")
            viewport(driver, *size)
            check = functools.partial(_check, driver, size, shots, found, visited)
            _visit_every_page(driver, server.url, server.campaign.slug, check)
    assert len(visited) == 21 * len(SIZES)
    report = "\n\n".join(
        f"== {where}: {len(problems)} violation(s)\n" + "\n".join(problems)
        for where, problems in found.items()
    )
    if found:
        pytest.fail(
            f"axe found violations on {len(found)} of {len(visited)} pages "
            f"(screenshots in {shots}):\n\n{report}",
            pytrace=False,
        )

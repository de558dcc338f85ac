"""Every page at desktop (1280 px) and phone (390 px) width: nothing wider than the screen.
Set IMZA_SCREENSHOTS=DIR to keep the PNGs for a look."""

import os
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

from sync import client
from sync.enrol import enrol
from sync.server import counting
from tests.browser import chromium, full_page_screenshot, viewport
from tests.serverside import Server, until
from tests.signers import fork, sign
from tests.webside import NAME, PASSWORD, add_lead

WIDTHS = {"desktop": 1280, "phone": 390}


def _busy_campaign(server: Server, tmp_path: Path) -> None:
    """Tablets in every state the page shows: counting, forked with records aside, pending."""
    for n, label in enumerate(["Ağdam school 2", "Şuşa centre"]):
        path = tmp_path / f"t{n}"
        enrol(path, server.url, server.code(approved=True), label=label)
        sign(path, 4 + 3 * n, 20 + n)
        client.sync(path)
        if n == 1:
            fork(path, tmp_path / "backup", 30)
    enrol(tmp_path / "new", server.url, server.code(approved=False), label="Xocalı 1")
    counting.drain(server.engine)


def _shoot(driver: WebDriver, width: int, out: Path) -> None:
    viewport(driver, width, 844)
    overflow = driver.execute_script(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, f"{out.name} is {overflow} px wider than the screen"
    full_page_screenshot(driver, (width, 844), out)


LANGS = ("az-Latn", "az-Cyrl", "ru", "en")


@pytest.mark.parametrize("server_database", ["sqlite"], indirect=True)  # the pages, not the SQL
def test_pages_fit_desktop_and_phone_in_every_language(server: Server, tmp_path: Path) -> None:
    folder = Path(os.environ.get("IMZA_SCREENSHOTS", tmp_path / "shots"))
    folder.mkdir(parents=True, exist_ok=True)
    add_lead(server.engine)
    _busy_campaign(server, tmp_path)
    slug = server.campaign.slug
    with chromium() as driver:
        for lang in LANGS:
            driver.get(f"{server.url}/admin/login?lang={lang}")
            for kind, width in WIDTHS.items():
                _shoot(driver, width, folder / f"login-{lang}-{kind}.png")
        driver.get(f"{server.url}/admin/login?lang=en")
        driver.find_element(By.ID, "name").send_keys(NAME)
        driver.find_element(By.ID, "password").send_keys(PASSWORD)
        driver.find_element(By.ID, "sign-in").click()
        until(lambda: "/admin/c/" in driver.current_url, 20, "the campaign page")
        driver.get(f"{server.url}/admin/c/{slug}")
        driver.find_element(By.ID, "code-label").send_keys("Laçın 3")
        driver.find_element(By.ID, "make-code").click()
        WebDriverWait(driver, 20).until(
            expected_conditions.presence_of_element_located((By.ID, "code"))
        )
        code_page = driver.current_url.split("?")[0]
        driver.get(f"{server.url}/admin/c/{slug}")
        revoke = driver.find_element(By.CSS_SELECTOR, "a[id^=revoke-]").get_attribute("href")
        pages = {
            "campaign": f"/admin/c/{slug}",
            "code": code_page.removeprefix(server.url),
            "confirm-revoke": f"{str(revoke).removeprefix(server.url)}",
            "audit": "/admin/audit",
            "public": f"/p/{slug}",
        }
        for lang in LANGS:
            for name, path in pages.items():
                driver.get(f"{server.url}{path}?lang={lang}")
                for kind, width in WIDTHS.items():
                    _shoot(driver, width, folder / f"{name}-{lang}-{kind}.png")
    assert len(list(folder.glob("*.png"))) == len(LANGS) * (1 + len(pages)) * len(WIDTHS)

"""Headless Chromium for the dashboard's end-to-end tests, driven by the system chromedriver
(no browser download); tests that need it skip with the reason when it is missing."""

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.remote.webdriver import WebDriver

CHROMEDRIVER = Path(os.environ.get("IMZA_CHROMEDRIVER", "/usr/bin/chromedriver"))
CHROMIUM = ("chromium", "chromium-browser", "google-chrome")


def _chromium() -> str | None:
    return next((found for name in CHROMIUM if (found := shutil.which(name))), None)


@contextmanager
def chromium(width: int = 1280, height: int = 900) -> Iterator[WebDriver]:
    """A fresh headless browser; the test is skipped when Chromium or chromedriver is absent."""
    binary = _chromium()
    if binary is None or not CHROMEDRIVER.is_file():
        pytest.skip(
            "headless Chromium and chromedriver are not installed "
            "(apt-get install chromium chromium-driver); CI installs them"
        )
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for flag in (
        "--headless=new",
        "--no-sandbox",  # CI containers run as root
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--lang=en",
        f"--window-size={width},{height}",
        "--hide-scrollbars",
        "--force-device-scale-factor=1",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(str(CHROMEDRIVER)))
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


def viewport(driver: WebDriver, width: int, height: int) -> None:
    """Make the page's viewport ``width`` x ``height`` CSS px. Headless Chromium's window is
    taller than its viewport (by 143 px in Chromium 156) and at least 500 px wide at start, so
    the window is sized, measured and corrected."""
    for _ in range(3):
        inner = driver.execute_script("return [window.innerWidth, window.innerHeight]")
        if inner == [width, height]:
            return
        outer = driver.get_window_size()
        driver.set_window_size(
            outer["width"] + width - inner[0], outer["height"] + height - inner[1]
        )
    raise AssertionError(f"the viewport stays {inner[0]}x{inner[1]}, not {width}x{height}")


def full_page_screenshot(driver: WebDriver, size: tuple[int, int], out: Path) -> None:
    """The whole page: the viewport made as tall as the page, then put back."""
    width, height = size
    full = int(driver.execute_script("return document.documentElement.scrollHeight"))
    viewport(driver, width, max(full, height))
    driver.save_screenshot(str(out))
    viewport(driver, width, height)

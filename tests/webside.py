"""A plain HTTP client for the dashboard, the way a browser without scripts uses it."""

import re
from dataclasses import dataclass, field

import requests
from sqlalchemy import Engine

from sync.server import coordinators

NAME, PASSWORD = "Leyla", "a long enough passphrase"
_CSRF = re.compile(r'name="csrf" value="([^"]+)"')


def csrf_of(html: str) -> str:
    found = _CSRF.search(html)
    assert found, "the page has no form with a CSRF token"
    return found.group(1)


def add_lead(engine: Engine) -> None:
    coordinators.add(engine, NAME, PASSWORD)


@dataclass
class Dashboard:
    url: str
    http: requests.Session = field(default_factory=requests.Session)
    verify: bool | str = True  # per request: REQUESTS_CA_BUNDLE would override the session's

    def login(self, name: str = NAME, password: str = PASSWORD) -> requests.Response:
        form = self.http.get(f"{self.url}/admin/login", timeout=10, verify=self.verify)
        return self.http.post(
            f"{self.url}/admin/login",
            data={"csrf": csrf_of(form.text), "name": name, "password": password},
            timeout=30,
            allow_redirects=False,
            verify=self.verify,
        )

    def get(self, path: str) -> requests.Response:
        return self.http.get(
            f"{self.url}{path}", timeout=10, allow_redirects=False, verify=self.verify
        )

    def post(self, path: str, data: dict[str, str], csrf_from: str = "") -> requests.Response:
        """POST a form with the CSRF token of the page at ``csrf_from`` (if given)."""
        if csrf_from:
            data = {"csrf": csrf_of(self.get(csrf_from).text), **data}
        return self.http.post(
            f"{self.url}{path}", data=data, timeout=30, allow_redirects=False, verify=self.verify
        )

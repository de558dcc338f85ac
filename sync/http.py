"""HTTP for the tablet: timeouts on every call, TLS verified, capped backoff with jitter.

Connection errors, timeouts and 502/503/504 are retried after ``base * 2**n`` seconds (at
most ``cap``), each wait a random part of that so fifty tablets coming online together do
not knock at once. A ``cancel`` event ends the waiting at once (the kiosk's "Cancel").
"""

import random
import threading
from dataclasses import dataclass, field
from typing import Any

import requests

RETRY_STATUS = frozenset({502, 503, 504})
# What OpenSSL says when the answer to its hello is not TLS at all: an http:// server on an
# https:// URL (older OpenSSL: wrong version number; 3.2 and later: record layer failure).
PLAIN_HTTP_SIGNS = (
    "wrong_version_number",
    "wrong version number",
    "record layer failure",
    "[ssl: http_request]",
)
PLAIN_HTTP = "the server speaks plain http; use http:// or put TLS in front"


class SyncError(Exception):
    """A sync that cannot go on; ``action`` says what to do (retry, fix, wait, stop...)."""

    def __init__(self, message: str, action: str = "retry", code: str = "") -> None:
        super().__init__(message)
        self.action = action
        self.code = code


@dataclass
class Http:
    base_url: str
    token: str | None = None
    ca_bundle: str | None = None
    timeout: tuple[float, float] = (5.0, 60.0)
    attempts: int = 5
    backoff_base: float = 1.0
    backoff_cap: float = 60.0
    cancel: threading.Event = field(default_factory=threading.Event)
    _local: threading.local = field(default_factory=threading.local, repr=False)

    @property
    def session(self) -> requests.Session:
        """One session (and kept-alive connection) per thread: batches travel side by side."""
        session: requests.Session | None = getattr(self._local, "session", None)
        if session is None:
            session = self._local.session = requests.Session()
        return session

    def _wait(self, attempt: int) -> None:
        delay = min(self.backoff_cap, self.backoff_base * 2**attempt)
        if self.cancel.wait(random.uniform(0, delay)):  # noqa: S311 - jitter, not a secret
            raise SyncError("sync cancelled", "retry", "cancelled")

    def call(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        """One request, retried on transient faults; refusals come back as responses."""
        headers = dict(kwargs.pop("headers", {}))
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        url = self.base_url.rstrip("/") + path
        last, code = "no attempt made", "unreachable"
        for attempt in range(self.attempts):
            if self.cancel.is_set():
                raise SyncError("sync cancelled", "retry", "cancelled")
            try:
                reply = self.session.request(
                    method,
                    url,
                    headers=headers,
                    timeout=self.timeout,
                    verify=self.ca_bundle or True,
                    **kwargs,
                )
            except requests.exceptions.SSLError as exc:
                raise tls_refusal(exc) from None
            except (requests.ConnectionError, requests.Timeout) as exc:
                last = f"no answer from {self.base_url} ({exc.__class__.__name__})"
                code = "unreachable"
            else:
                if reply.status_code not in RETRY_STATUS:
                    return reply
                last = f"the server is busy (HTTP {reply.status_code})"
                code = "busy"
            if attempt + 1 < self.attempts:
                self._wait(attempt)
        raise SyncError(last, "retry", code)


def tls_refusal(exc: requests.exceptions.SSLError) -> SyncError:
    """A TLS handshake that failed, said so a coordinator knows what to change."""
    if any(sign in str(exc).lower() for sign in PLAIN_HTTP_SIGNS):
        return SyncError(PLAIN_HTTP, "fix", "plain_http")
    return SyncError(f"the server's certificate is not trusted: {exc}", "fix")


def refusal(reply: requests.Response) -> SyncError:
    """The server's refusal as a SyncError with its message and next action."""
    try:
        doc = reply.json()
        return SyncError(str(doc["message"]), str(doc["action"]), str(doc["error"]))
    except (ValueError, KeyError, TypeError):
        return SyncError(f"the server answered HTTP {reply.status_code}", "retry", "http")

"""HTTP for the tablet: timeouts on every call, TLS verified, capped backoff with jitter.

Connection errors, timeouts and 502/503/504 are retried after ``base * 2**n`` seconds (at
most ``cap``), each wait a random part of that so fifty tablets coming online together do
not knock at once. A ``cancel`` event ends the waiting at once (the kiosk's "Cancel").
"""

import random
import socket
import threading
import time
from collections.abc import Sized
from dataclasses import dataclass, field
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection

RETRY_STATUS = frozenset({502, 503, 504})
# What OpenSSL says when the answer to its hello is not TLS at all: an http:// server on an
# https:// URL (older OpenSSL: wrong version number; 3.2 and later: record layer failure).
PLAIN_HTTP_SIGNS = (
    "wrong_version_number",
    "wrong version number",
    "record layer failure",
    "[ssl: http_request]",
)
# A small send buffer: a piece handed to the socket is close to on the wire, so a stalled link
# shows as a stalled write (the connect timeout applies to each piece) and progress is real.
SEND_BUFFER = 32 * 1024
CLOCK_HEADER = "Imza-Clock"  # the tablet's clock (ms since the epoch) as the request leaves
HEADERS_BYTES = 400  # a request's or reply's line and headers, counted with its body


class _SmallSendBuffer(HTTPAdapter):
    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        option = (socket.SOL_SOCKET, socket.SO_SNDBUF, SEND_BUFFER)
        kwargs["socket_options"] = [*HTTPConnection.default_socket_options, option]
        super().init_poolmanager(*args, **kwargs)


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
    timeout: tuple[float, float] = (10.0, 60.0)  # connect (and each piece sent), reply
    attempts: int = 5
    backoff_base: float = 1.0
    backoff_cap: float = 60.0
    cancel: threading.Event = field(default_factory=threading.Event)
    used: int = 0  # bytes up and down so far (bodies, and an allowance for the headers)
    _count: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _local: threading.local = field(default_factory=threading.local, repr=False)

    @property
    def session(self) -> requests.Session:
        """One session (and kept-alive connection) per thread: batches travel side by side."""
        session: requests.Session | None = getattr(self._local, "session", None)
        if session is None:
            session = self._local.session = requests.Session()
            for scheme in ("http://", "https://"):
                session.mount(scheme, _SmallSendBuffer())
        return session

    def charge(self, n: int) -> None:
        """Count ``n`` bytes up or down (a batch is charged as it is allowed, before its
        thread sends it)."""
        with self._count:
            self.used += n

    def wait(self, attempt: int) -> None:
        """Back off before attempt ``attempt + 1``; SyncError at once if cancelled."""
        delay = min(self.backoff_cap, self.backoff_base * 2**attempt)
        if self.cancel.wait(random.uniform(0, delay)):  # noqa: S311 - jitter, not a secret
            raise SyncError("sync cancelled", "retry", "cancelled")

    def call(
        self,
        method: str,
        path: str,
        *,
        attempts: int | None = None,
        reply_s: float | None = None,
        charged: bool = False,
        **kwargs: Any,
    ) -> requests.Response:
        """One request, retried on transient faults (``attempts`` times, default this client's);
        refusals come back as responses. ``reply_s`` overrides the wait for the reply;
        ``charged``: the request's bytes were counted already (``charge``)."""
        tries = self.attempts if attempts is None else attempts
        timeout = (self.timeout[0], self.timeout[1] if reply_s is None else reply_s)
        headers = dict(kwargs.pop("headers", {}))
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        url = self.base_url.rstrip("/") + path
        last, code = "no attempt made", "unreachable"
        for attempt in range(tries):
            if self.cancel.is_set():
                raise SyncError("sync cancelled", "retry", "cancelled")
            headers[CLOCK_HEADER] = str(time.time_ns() // 1_000_000)
            if not charged or attempt:  # a cut send counts whole
                self.charge(HEADERS_BYTES + _length(kwargs.get("data")))
            try:
                reply = self.session.request(
                    method,
                    url,
                    headers=headers,
                    timeout=timeout,
                    verify=self.ca_bundle or True,
                    **kwargs,
                )
            except requests.exceptions.SSLError as exc:
                raise tls_refusal(exc) from None
            except (requests.ConnectionError, requests.Timeout) as exc:
                last = f"no answer from {self.base_url} ({exc.__class__.__name__})"
                code = "unreachable"
            else:
                self.charge(HEADERS_BYTES + len(reply.content))
                if reply.status_code not in RETRY_STATUS:
                    return reply
                last = f"the server is busy (HTTP {reply.status_code})"
                code = "busy"
            if attempt + 1 < tries:
                self.wait(attempt)
        raise SyncError(last, "retry", code)


def _length(data: object) -> int:
    return len(data) if isinstance(data, Sized) else 0


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

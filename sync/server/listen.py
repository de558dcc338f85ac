"""How the server meets the network: limits a client cannot talk its way past.

- Headers: at most ``HEADER_BYTES`` (request line and fields) and ``HEADER_SECONDS`` to arrive
  from the first byte of a request (or from the connection, for its first request); past
  either the connection gets a JSON 431 or 408 and is closed.
- Bodies: ``Content-Length`` is checked before a byte is read (8 MB for a batch, 64 KB for
  anything else: JSON and forms are small); a body that stops arriving for ``BODY_IDLE_SECONDS``
  gets a 408 and its connection closed. A slow link is not a stopped one: any byte re-arms it.
- Forwarded headers (``X-Forwarded-For``, ``X-Forwarded-Proto``) are believed only from the
  proxies named with ``--forwarded-allow``; by default from nobody, so a request cannot claim
  another address to escape the login lock-out or the enrolment rate limit.

Errors are the API's JSON (``sync.server.errors``), also those uvicorn would write as text.
"""

import asyncio
import json
from dataclasses import dataclass
from typing import Any

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from sync import protocol
from sync.server.errors import problem

HEADER_BYTES = 16 * 1024
HEADER_SECONDS = 10.0
BODY_IDLE_SECONDS = 15.0
SMALL_BODY = 64 * 1024  # any request but a batch
BATCH_PATH = "/v1/batches"


@dataclass(frozen=True)
class Guards:
    """The limits; tests make the times short."""

    header_bytes: int = HEADER_BYTES
    header_seconds: float = HEADER_SECONDS
    body_idle_seconds: float = BODY_IDLE_SECONDS


def _raw(status: int, reason: str, code: str, message: str) -> bytes:
    body = json.dumps({"error": code, "message": message, "action": "fix"}).encode()
    head = (
        f"HTTP/1.1 {status} {reason}\r\ncontent-type: application/json\r\n"
        f"content-length: {len(body)}\r\nconnection: close\r\n\r\n"
    )
    return head.encode("ascii") + body


class GuardedHttp(HttpToolsProtocol):
    """uvicorn's httptools protocol with a header deadline and a header size limit."""

    guards = Guards()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._header_size = 0
        self._header_timer: asyncio.TimerHandle | None = None
        self._refused = False

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm_headers()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm_headers()
        super().connection_lost(exc)

    def _arm_headers(self) -> None:
        self._disarm_headers()
        self._header_timer = self.loop.call_later(self.guards.header_seconds, self._too_slow)

    def _disarm_headers(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _too_slow(self) -> None:
        self._header_timer = None
        self._refuse(408, "Request Timeout", "timeout", "the request's headers came too slowly")

    def _refuse(self, status: int, reason: str, code: str, message: str) -> None:
        if self._refused or self.transport.is_closing():
            return
        self._refused = True
        self.transport.write(_raw(status, reason, code, message))
        self.transport.close()

    def data_received(self, data: bytes) -> None:
        if not self._refused:
            super().data_received(data)

    def send_400_response(self, msg: str) -> None:
        self._refuse(400, "Bad Request", "bad_request", "the request is not valid HTTP")

    def on_message_begin(self) -> None:  # the request's first byte: its headers' clock starts
        super().on_message_begin()
        self._header_size = 0
        self._arm_headers()

    def _count(self, size: int) -> None:
        self._header_size += size
        if self._header_size > self.guards.header_bytes:
            self._refuse(
                431,
                "Request Header Fields Too Large",
                "headers_too_large",
                "the headers are too long",
            )

    def on_url(self, url: bytes) -> None:
        self._count(len(url))
        if not self._refused:
            super().on_url(url)

    def on_header(self, name: bytes, value: bytes) -> None:
        self._count(len(name) + len(value) + 4)
        if not self._refused:
            super().on_header(name, value)

    def on_headers_complete(self) -> None:
        self._disarm_headers()
        if not self._refused:
            super().on_headers_complete()

    def on_body(self, body: bytes) -> None:
        if not self._refused:
            super().on_body(body)

    def on_message_complete(self) -> None:
        if not self._refused:
            super().on_message_complete()


class BodyGuard:
    """ASGI middleware: the declared length checked first, then the body's pace and size."""

    def __init__(self, app: ASGIApp, idle_seconds: float = BODY_IDLE_SECONDS) -> None:
        self.app = app
        self.idle = idle_seconds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        cap = protocol.MAX_BODY if scope["path"] == BATCH_PATH else SMALL_BODY
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > cap):
            refusal = _too_large(cap)
            response = problem(413, "too_large", refusal.detail, "fix", **(refusal.headers or {}))
            await response(scope, receive, send)
            return
        done, size = False, 0

        async def paced() -> Message:
            nonlocal done, size
            if done:
                return await receive()
            try:
                message = await asyncio.wait_for(receive(), self.idle)
            except TimeoutError:
                raise HTTPException(
                    408, "the request's body stopped arriving", {"Connection": "close"}
                ) from None
            if message["type"] == "http.request":
                size += len(message.get("body", b""))
                done = not message.get("more_body", False)
                if size > cap:
                    raise _too_large(cap)
            return message

        await self.app(scope, paced, send)


def _too_large(cap: int) -> HTTPException:
    limit = f"{cap // (1024 * 1024)} MB" if cap >= 1024 * 1024 else f"{cap // 1024} KB"
    return HTTPException(
        413, f"a request body here may be at most {limit}", {"Connection": "close"}
    )


def settings(forwarded_allow: str = "", guards: Guards | None = None) -> dict[str, Any]:
    """uvicorn's settings for every way of serving (``imza serve``, its workers, tests).
    ``guards``: other header limits, for a server in this process (a test's)."""
    http = GuardedHttp if guards is None else type("Http", (GuardedHttp,), {"guards": guards})
    return {
        "http": http,
        "proxy_headers": bool(forwarded_allow),
        "forwarded_allow_ips": forwarded_allow or None,
    }

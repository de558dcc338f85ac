"""What a hostile or broken client meets at the server's door: every error is a 4xx in the
API's JSON, slow or missing headers and bodies do not hold a connection, headers and bodies
have a size, and a client that goes away is one line in the log, not a traceback."""

import json
import logging
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from sync import protocol
from sync.server.app import Limits, create_app
from sync.server.listen import Guards
from tests.linkproxy import LinkProxy, Shape
from tests.serverside import Server, serving
from tests.signers import sign, token_of

NOT_UTF8 = b'\xff\xfe\xfd\x80 \xc3\x28 {"code": "\xa0\xa1"}'
CONTENT_TYPES = (
    "application/json",
    "application/cbor",
    "application/octet-stream",
    "text/plain",
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=x",
    "",
)
QUICK = Limits(progress_ttl_s=0, body_idle_s=0.5)
QUICK_HEADERS = Guards(header_seconds=0.5)


def _endpoints(server: Server) -> list[tuple[str, str]]:
    """Every method and path the app serves, its path parameters filled in."""
    app = create_app(server.engine, Limits(count_in_background=False))
    filled = {"{slug}": server.campaign.slug, "{entry}": "1", "{decision}": "accept"}
    out = []
    for route in app.routes:
        path = getattr(route, "path", "")
        for key, value in filled.items():
            path = path.replace(key, value)
        for method in sorted(getattr(route, "methods", None) or ()):
            if method != "HEAD":
                out.append((method, path))
    return out


def _is_problem(reply: requests.Response) -> bool:
    doc = reply.json()
    return isinstance(doc, dict) and {"error", "message", "action"} <= set(doc)


def test_bodies_that_are_not_utf8_get_a_4xx_in_json_from_every_endpoint(
    server: Server, enrolled: Path
) -> None:
    auth = {"Authorization": f"Bearer {token_of(enrolled)}"}
    endpoints = _endpoints(server)
    assert ("POST", "/v1/enrol") in endpoints
    assert ("POST", "/v1/withdrawals") in endpoints
    for method, path in endpoints:
        for kind in CONTENT_TYPES:
            headers = {**auth, **({"Content-Type": kind} if kind else {})}
            reply = requests.request(
                method, server.url + path, data=NOT_UTF8, headers=headers, timeout=30
            )
            what = f"{method} {path} as {kind or 'no type'}"
            assert reply.status_code < 500, f"{what}: {reply.status_code} {reply.text[:200]}"
            if path.startswith("/v1/") and reply.status_code >= 400:
                assert _is_problem(reply), f"{what}: {reply.text[:200]}"


def test_an_unknown_address_or_method_answers_in_the_api_json(server: Server) -> None:
    missing = requests.get(f"{server.url}/v1/nothing-here", timeout=10)
    assert missing.status_code == 404
    assert _is_problem(missing)
    wrong = requests.get(f"{server.url}/v1/batches", timeout=10)
    assert wrong.status_code == 405
    assert _is_problem(wrong)


@pytest.fixture
def quick(server: Server) -> Iterator[str]:
    """The same database served with short header and body timeouts."""
    with serving(server.engine, QUICK, guards=QUICK_HEADERS) as url:
        yield url


def _raw(url: str, data: bytes) -> tuple[int, dict[str, str], bytes]:
    """Send ``data`` as it is, then read until the server closes the connection: the status,
    headers and body of what it answered (0 when it closed without a word)."""
    host, port = url.rsplit("/", 1)[1].split(":")
    with socket.create_connection((host, int(port)), timeout=20) as sock:
        if data:
            sock.sendall(data)
        got = b""
        while chunk := sock.recv(65536):  # the server closes it; the timeout is a backstop
            got += chunk
    if not got:
        return 0, {}, b""
    head, _, body = got.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    fields = dict(line.split(": ", 1) for line in lines[1:])
    return int(lines[0].split()[1]), {k.lower(): v for k, v in fields.items()}, body


def _problem(body: bytes) -> dict[str, str]:
    doc = json.loads(body)
    assert {"error", "message", "action"} <= set(doc)
    return dict(doc)


def test_a_body_that_never_comes_is_refused_and_its_connection_closed(
    quick: str, enrolled: Path
) -> None:
    request = (
        "POST /v1/withdrawals HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        f"Authorization: Bearer {token_of(enrolled)}\r\nContent-Length: 5000\r\n\r\n"
    )
    status, headers, body = _raw(quick, request.encode())
    assert status == 408
    assert headers["connection"] == "close"
    assert _problem(body)["error"] == "timeout"


def test_headers_that_stop_arriving_are_refused_and_closed(quick: str) -> None:
    status, _, body = _raw(quick, b"POST /v1/enrol HTTP/1.1\r\nHost: 127.0.0.1\r\n")
    assert status == 408
    assert _problem(body)["error"] == "timeout"
    status, _, body = _raw(quick, b"")  # a connection that says nothing at all
    assert status == 408


def test_a_slow_body_that_keeps_coming_is_not_cut(quick: str) -> None:
    """Three seconds of body at 20 kB/s, the idle limit half a second: accepted."""
    body = json.dumps({"code": "X" * 30, "device_public": "A" * 44, "pad": " " * 60_000})
    port = int(quick.rsplit(":", 1)[1])
    with LinkProxy(port, Shape(rate_bps=160_000, connect_s=0.0, buffer=4096)) as link:
        reply = requests.post(
            f"{link.url}/v1/enrol",
            data=body,
            headers={"Content-Type": "application/json"},
            timeout=60,
        )
    assert reply.status_code in (403, 404, 422)  # the code is refused: the body was read
    assert reply.json()["error"] != "timeout"


def test_oversized_headers_and_lengths_are_refused_in_json(quick: str) -> None:
    big = "X-Filler: " + "a" * 100_000
    status, _, body = _raw(quick, f"GET /v1/devices/me HTTP/1.1\r\n{big}\r\n\r\n".encode())
    assert status == 431
    assert _problem(body)["error"] == "headers_too_large"
    for path, length in (("/v1/enrol", 10**12), ("/v1/batches", protocol.MAX_BODY + 1)):
        head = f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: {length}\r\n\r\n"
        status, headers, body = _raw(quick, head.encode())
        assert status == 413, path
        assert _problem(body)["error"] == "too_large"
        assert headers["connection"] == "close"
    status, _, body = _raw(quick, b"POST /v1/enrol HTTP/1.1\r\nContent-Length: ten\r\n\r\n")
    assert status == 400
    assert _problem(body)["error"] == "bad_request"


def test_a_client_that_goes_away_is_one_line_not_a_traceback(
    quick: str, enrolled: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    uvicorn_errors = logging.getLogger("uvicorn.error")
    uvicorn_errors.addHandler(caplog.handler)  # uvicorn's loggers do not reach the root
    try:
        head = (
            "POST /v1/batches HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/cbor\r\n"
            f"Authorization: Bearer {token_of(enrolled)}\r\nContent-Length: 100000\r\n\r\n"
        )
        for _ in range(3):
            with socket.create_connection(("127.0.0.1", int(quick.rsplit(":", 1)[1]))) as s:
                s.sendall(head.encode() + b"\xa0" * 1000)
        from tests.serverside import until

        until(lambda: sum("went away" in r.getMessage() for r in caplog.records) == 3, 20)
    finally:
        uvicorn_errors.removeHandler(caplog.handler)
    lines = [r for r in caplog.records if "went away" in r.getMessage()]
    assert all(r.levelno == logging.INFO and r.exc_info is None for r in lines)
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


def test_a_resend_gets_the_very_receipt_the_first_reply_carried(
    server: Server, enrolled: Path
) -> None:
    from kiosk.vault import Vault
    from sync import outbox

    sign(enrolled, 3)
    vault = Vault.open(enrolled)
    try:
        batch = outbox.batch_from(vault, 1)
    finally:
        vault.close()
    assert batch is not None
    headers = {
        "Content-Type": "application/cbor",
        "Authorization": f"Bearer {token_of(enrolled)}",
    }
    body = protocol.encode(batch)
    first = requests.post(f"{server.url}/v1/batches", data=body, headers=headers, timeout=30)
    again = requests.post(f"{server.url}/v1/batches", data=body, headers=headers, timeout=30)
    assert first.status_code == again.status_code == 200
    assert again.content == first.content
    me = requests.get(f"{server.url}/v1/devices/me", headers=headers, timeout=30).json()
    assert bytes.fromhex(me["receipt"]) == first.content

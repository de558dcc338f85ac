"""A small fault-injecting HTTP/1.1 proxy for the sync tests, on loopback only.

Each request the client makes is forwarded with ``Connection: close``: the server closes the
connection after its reply and the client's session opens a new one for its next request, so
one connection carries one request and a fault can be aimed at a request by its method and
path (``POST /v1/batches``), never at the ``GET /v1/devices/me`` that shares the session.

Faults, each for the next ``times`` matching requests (after letting ``skip`` of them by):

- ``LOSE_REPLY``: the request reaches the server whole and the server answers (it has
  committed); the proxy drops the reply and closes the client's connection.
- ``RESET``: ``after_bytes`` bytes of the request reach the server, then the client's
  connection is reset (RST, SO_LINGER 0) and the server's is closed mid-request.
- ``REFUSE``: the proxy answers ``503 Service Unavailable`` itself; nothing is forwarded.
- ``DELAY``: the server's reply is held ``delay_s`` seconds before it goes on (longer than the
  client's read timeout: the client has given up by then).
- ``HOLD``: the server's reply is held until ``release`` is set. If the server dies before it
  answers, the client's connection is closed at once.

A fault's events say how far a request got: ``forwarded`` (the whole request reached the
server), ``answered`` (the server's reply came back). ``exchanges`` lists every request.
"""

import contextlib
import socket
import struct
import threading
from dataclasses import dataclass, field
from enum import Enum

from tests.loopback import LOOPBACK, LoopbackProxy

IO_TIMEOUT_S = 30.0  # no socket of the proxy waits longer than this for a peer
CHUNK = 65536
BUSY_BODY = b'{"error":"busy","message":"the server is busy; try again","action":"retry"}'
BUSY_REPLY = (
    b"HTTP/1.1 503 Service Unavailable\r\n"
    b"Content-Type: application/json\r\n"
    b"Retry-After: 1\r\n"
    b"Content-Length: " + str(len(BUSY_BODY)).encode() + b"\r\n"
    b"Connection: close\r\n\r\n" + BUSY_BODY
)
_HOP_BY_HOP = (b"connection", b"keep-alive", b"proxy-connection")


class Kind(Enum):
    LOSE_REPLY = "lose reply"
    RESET = "reset"
    REFUSE = "refuse"
    DELAY = "delay"
    HOLD = "hold"


@dataclass
class Fault:
    kind: Kind
    match: str = "POST /v1/batches"  # a prefix of "METHOD /path"
    times: int = 1
    skip: int = 0  # matching requests let through before the fault applies
    after_bytes: int = 0  # RESET: request bytes forwarded before the reset
    delay_s: float = 0.0  # DELAY
    forwarded: threading.Event = field(default_factory=threading.Event)
    answered: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)
    seen: int = 0  # matching requests so far
    hits: int = 0  # requests this fault applied to

    def _claims(self, request: str) -> bool:
        if not request.startswith(self.match) or self.hits >= self.times:
            return False
        self.seen += 1
        if self.seen <= self.skip:
            return False
        self.hits += 1
        return True


@dataclass(frozen=True)
class Exchange:
    """One request through the proxy."""

    method: str
    path: str
    fault: Kind | None
    length: int  # the request body's length, as the client declared it
    forwarded: int  # request bytes (head and body) that reached the server
    status: int | None  # the server's status code; None: no reply from the server


class _ClosedError(Exception):
    """The peer closed its side before a whole request head arrived."""


def _read_head(sock: socket.socket) -> tuple[bytes, bytes]:
    """The request head (through the blank line) and whatever body bytes came with it."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(CHUNK)
        if not chunk:
            raise _ClosedError
        data += chunk
        if len(data) > 65536:
            raise _ClosedError
    end = data.index(b"\r\n\r\n") + 4
    return data[:end], data[end:]


def _parse(head: bytes) -> tuple[str, str, int, bytes]:
    """Method, path, body length and the head to forward (``Connection: close``)."""
    lines = head[:-4].split(b"\r\n")
    method, path, _version = lines[0].decode("latin-1").split(" ", 2)
    length = 0
    kept = [lines[0]]
    for line in lines[1:]:
        name, _, value = line.partition(b":")
        key = name.strip().lower()
        if key == b"content-length":
            length = int(value.strip())
        if key == b"transfer-encoding":
            raise _ClosedError  # our client always sends a Content-Length
        if key not in _HOP_BY_HOP:
            kept.append(line)
    kept.append(b"Connection: close")
    return method, path, length, b"\r\n".join(kept) + b"\r\n\r\n"


def _status(reply: bytes) -> int | None:
    if not reply.startswith(b"HTTP/1.") or b"\r\n" not in reply:
        return None
    parts = reply.split(b"\r\n", 1)[0].split(b" ")
    return int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None


def _reset(sock: socket.socket) -> None:
    """Close with an RST rather than a FIN."""
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


class FaultProxy(LoopbackProxy):
    """A threaded TCP proxy on 127.0.0.1 (a random port) to ``127.0.0.1:target_port``."""

    def __init__(self, target_port: int) -> None:
        self._faults: list[Fault] = []
        self._exchanges: list[Exchange] = []
        self._open: set[socket.socket] = set()
        self._serving = 0  # requests read from a client and not yet done with
        super().__init__(target_port)

    def add(self, fault: Fault) -> Fault:
        """Arm ``fault`` (after those armed before it); returns it, to watch its events."""
        with self._lock:
            self._faults.append(fault)
        return fault

    def clear(self) -> None:
        """No more faults: everything passes through. Held replies are let go."""
        with self._lock:
            faults, self._faults = self._faults, []
        for fault in faults:
            fault.release.set()

    def exchanges(self, match: str = "") -> list[Exchange]:
        """The requests so far whose "METHOD /path" starts with ``match``."""
        with self._lock:
            done = list(self._exchanges)
        return [e for e in done if f"{e.method} {e.path}".startswith(match)]

    def quiet(self) -> bool:
        """No request is on its way: each one read so far has had its answer passed on, or
        dropped, or its connection ended."""
        with self._lock:
            return self._serving == 0

    def stopping(self) -> None:
        self.clear()
        with self._lock:
            sockets = list(self._open)
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    # -- the proxy's threads ---------------------------------------------------------------
    def connected(self, client: socket.socket) -> None:
        client.settimeout(IO_TIMEOUT_S)
        thread = threading.Thread(target=self._serve, args=(client,), daemon=True)
        with self._lock:
            self._open.add(client)
            self._threads = [t for t in self._threads if t.is_alive()] + [thread]
        thread.start()

    def _take(self, request: str) -> Fault | None:
        with self._lock:
            return next((f for f in self._faults if f._claims(request)), None)

    def _record(self, exchange: Exchange) -> None:
        with self._lock:
            self._exchanges.append(exchange)

    def _forget(self, sock: socket.socket) -> None:
        with self._lock:
            self._open.discard(sock)
        with contextlib.suppress(OSError):
            sock.close()

    def _serve(self, client: socket.socket) -> None:
        upstream: socket.socket | None = None
        counted = False
        try:
            try:
                head, early = _read_head(client)
                method, path, length, forward = _parse(head)
            except (_ClosedError, ValueError, UnicodeDecodeError):
                return
            with self._lock:
                self._serving += 1
            counted = True
            fault = self._take(f"{method} {path}")
            kind = fault.kind if fault else None
            if fault is not None and fault.kind is Kind.REFUSE:
                self._drain(client, length - len(early))
                client.sendall(BUSY_REPLY)
                self._record(Exchange(method, path, kind, length, 0, None))
                return
            try:
                upstream = socket.create_connection((LOOPBACK, self.target_port), IO_TIMEOUT_S)
            except OSError:  # the server is down: the client sees its connection closed
                self._record(Exchange(method, path, kind, length, 0, None))
                return
            with self._lock:
                self._open.add(upstream)
            limit = fault.after_bytes if fault and fault.kind is Kind.RESET else None
            sent = self._forward(client, upstream, forward + early, length - len(early), limit)
            if fault is not None and fault.kind is Kind.RESET:
                self._record(Exchange(method, path, kind, length, sent, None))
                with self._lock:
                    self._open.discard(client)
                _reset(client)
                return
            if fault is not None:
                fault.forwarded.set()
            reply = self._read_all(upstream)
            status = _status(reply)
            self._record(Exchange(method, path, kind, length, sent, status))
            if status is None:  # the server died or hung up: no answer to pass on
                return
            if fault is not None:
                fault.answered.set()
                if fault.kind is Kind.LOSE_REPLY:
                    return
                if fault.kind is Kind.DELAY and self._stop.wait(fault.delay_s):
                    return
                if fault.kind is Kind.HOLD:
                    fault.release.wait()
                    if self._stop.is_set():
                        return
            client.sendall(reply)
        except OSError:  # a peer went away (a killed process, a client that timed out)
            pass
        finally:
            if upstream is not None:
                self._forget(upstream)
            self._forget(client)
            if counted:
                with self._lock:
                    self._serving -= 1

    @staticmethod
    def _drain(client: socket.socket, left: int) -> None:
        while left > 0:
            chunk = client.recv(min(CHUNK, left))
            if not chunk:
                return
            left -= len(chunk)

    @staticmethod
    def _forward(
        client: socket.socket,
        upstream: socket.socket,
        first: bytes,
        left: int,
        limit: int | None,
    ) -> int:
        """Send the request on (at most ``limit`` bytes of it); returns the bytes sent."""
        sent = 0

        def send(data: bytes) -> bool:
            nonlocal sent
            if limit is not None:
                data = data[: max(0, limit - sent)]
            upstream.sendall(data)
            sent += len(data)
            return limit is None or sent < limit

        if not send(first):
            return sent
        while left > 0:
            chunk = client.recv(min(CHUNK, left))
            if not chunk:
                break
            left -= len(chunk)
            if not send(chunk):
                break
        return sent

    @staticmethod
    def _read_all(upstream: socket.socket) -> bytes:
        """The server's whole reply: it closes the connection after it (``Connection: close``);
        a reset or a timeout ends it too."""
        parts: list[bytes] = []
        try:
            while chunk := upstream.recv(CHUNK):
                parts.append(chunk)
        except OSError:
            pass
        return b"".join(parts)

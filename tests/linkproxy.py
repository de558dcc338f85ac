"""A poor mobile link between a tablet and its server, on loopback: a TCP proxy that carries
bytes at a set rate each way, takes its time to connect, buffers deeply as cellular modems do,
and can drop every connection after so many bytes have gone up.

It knows nothing of HTTP: keep-alive, pipelining and half-sent bodies behave as they would on
a real link. One link is shared by every connection through it (one modem, one rate). The
buffer sits between the tablet and the rate limit: the tablet can hand over ``buffer`` bytes
at once and believe them sent, while they still have a minute to travel; that is what a
fixed read timeout trips over.

``bytes_up`` counts what the tablet pushed into the link (headers, bodies, resends), whether
or not it arrived; ``cuts`` how many times the link dropped; ``connections`` how many were
opened through it.
"""

import contextlib
import socket
import struct
import threading
import time
from collections import deque
from dataclasses import dataclass

from tests.loopback import LOOPBACK, LoopbackProxy

PIECE = 1460  # one TCP segment's payload: the pacing step
IO_TIMEOUT_S = 120.0


@dataclass(frozen=True)
class Shape:
    rate_bps: int  # bits per second, each way
    connect_s: float = 0.3  # to open a connection (a mobile link's handshake)
    buffer: int = 256 * 1024  # bytes the link takes in before the tablet's writes block
    cut_every: int = 0  # drop every connection each time this many more bytes went up


class _Wire:
    """One direction of the link: a rate, and the time it is busy until."""

    def __init__(self, rate_bps: int) -> None:
        self.bytes_per_s = rate_bps / 8
        self._free_at = 0.0
        self._lock = threading.Lock()

    def carry(self, n: int, dropped: threading.Event) -> bool:
        """Wait until ``n`` bytes have crossed; False if the link dropped meanwhile."""
        with self._lock:
            start = max(time.monotonic(), self._free_at)
            self._free_at = start + n / self.bytes_per_s
            done = self._free_at
        return not dropped.wait(max(0.0, done - time.monotonic()))


class _Pipe:
    """Bytes from one socket to another through a buffer and a wire."""

    def __init__(self, link: "LinkProxy", src: socket.socket, dst: socket.socket, up: bool):
        self.link, self.src, self.dst, self.up = link, src, dst, up
        self.buffer: deque[bytes] = deque()
        self.held = 0
        self.eof = False
        self.ready = threading.Condition()

    def read(self, dropped: threading.Event) -> None:
        limit = self.link.shape.buffer if self.up else 1 << 30
        while not dropped.is_set():
            with self.ready:
                while self.held >= limit and not dropped.is_set():
                    self.ready.wait(0.05)
            try:
                data = self.src.recv(min(65536, max(PIECE, limit - self.held)))
            except OSError:
                data = b""
            if self.up and data:
                self.link.count_up(len(data))
            with self.ready:
                if not data:
                    self.eof = True
                else:
                    self.buffer.append(data)
                    self.held += len(data)
                self.ready.notify_all()
            if not data:
                return

    def write(self, dropped: threading.Event) -> None:
        wire = self.link.up if self.up else self.link.down
        while not dropped.is_set():
            with self.ready:
                while not self.buffer and not self.eof and not dropped.is_set():
                    self.ready.wait(0.05)
                if not self.buffer:
                    break  # the source closed and everything went across
                data = self.buffer[0][:PIECE]
            if not wire.carry(len(data), dropped):
                return
            with self.ready:
                head = self.buffer.popleft()
                if len(head) > len(data):
                    self.buffer.appendleft(head[len(data) :])
                self.held -= len(data)
                self.ready.notify_all()
            try:
                self.dst.sendall(data)
            except OSError:
                dropped.set()
                return
        with contextlib.suppress(OSError):
            self.dst.shutdown(socket.SHUT_WR)


class LinkProxy(LoopbackProxy):
    """A shaped TCP link on 127.0.0.1 (a random port) to ``127.0.0.1:target_port``."""

    def __init__(self, target_port: int, shape: Shape) -> None:
        self.shape = shape
        self.up = _Wire(shape.rate_bps)
        self.down = _Wire(shape.rate_bps)
        self.bytes_up = 0
        self.cuts = 0
        self.connections = 0  # opened through the link (keep-alive keeps this low)
        self._drops: set[threading.Event] = set()
        super().__init__(target_port)

    def count_up(self, n: int) -> None:
        """``n`` more bytes went up; at each ``cut_every`` the link drops."""
        with self._lock:
            before = self.bytes_up
            self.bytes_up += n
            every = self.shape.cut_every
            cut = every > 0 and before // every != self.bytes_up // every
            if cut:
                self.cuts += 1
                drops, self._drops = list(self._drops), set()
        if cut:
            for dropped in drops:
                dropped.set()

    def stopping(self) -> None:
        with self._lock:
            drops = list(self._drops)
        for dropped in drops:
            dropped.set()

    def close(self, join_s: float = 10.0) -> None:
        super().close(join_s)

    def connected(self, client: socket.socket) -> None:
        thread = threading.Thread(target=self._connection, args=(client,), daemon=True)
        with self._lock:
            self.connections += 1
            self._threads.append(thread)
        thread.start()

    def _connection(self, client: socket.socket) -> None:
        dropped = threading.Event()
        with self._lock:
            if self._stop.is_set():
                client.close()
                return
            self._drops.add(dropped)
        # A small receive buffer: the link's own buffer, not the kernel's, holds what waits.
        client.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 16384)
        client.settimeout(IO_TIMEOUT_S)
        server: socket.socket | None = None
        cut = True
        try:
            if dropped.wait(self.shape.connect_s):
                return
            server = socket.create_connection((LOOPBACK, self.target_port), timeout=IO_TIMEOUT_S)
            pipes = (_Pipe(self, client, server, True), _Pipe(self, server, client, False))
            threads = [
                threading.Thread(target=work, args=(dropped,), daemon=True)
                for pipe in pipes
                for work in (pipe.read, pipe.write)
            ]
            for thread in threads:
                thread.start()
            while not dropped.wait(0.05):  # until both ways closed, or the link dropped
                if self._stop.is_set() or not any(t.is_alive() for t in threads[1::2]):
                    break
            cut = dropped.is_set()
            dropped.set()
            for sock in (client, server):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)  # a reader blocked in recv wakes up
            for thread in threads:
                thread.join(IO_TIMEOUT_S)
        except OSError:
            cut = True
        finally:
            with self._lock:
                self._drops.discard(dropped)
            _close(client, reset=cut)
            if server is not None:
                _close(server, reset=cut)


def _close(sock: socket.socket, reset: bool) -> None:
    """Close; with an RST when the link dropped, as a link that went away leaves it."""
    if reset:
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()

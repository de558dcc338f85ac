"""How fast the link to the server has shown itself to be: it sizes the next batch and the wait
for its reply.

A tablet on village mobile data may have 100 kbit/s, or 10 Mbit/s an hour later. The first batch
of a sync, and the first after a failure, is small (it crosses a poor link in a few seconds);
each batch's round trip then measures the link, and the next batch is sized to take about
``TARGET_S`` on it, never more than the configured record count (imza.toml's ``batch_size``).
A batch that a dropping link cuts costs only that batch.

The wait for a reply follows the bytes: what a batch needs to cross at the measured rate, plus
the server's own time to answer. The body goes to the socket in small pieces through a small
send buffer (``sync.http``), so a stall while sending is caught by the connect timeout of
each piece rather than a fixed minute after the last write into a deep buffer.
"""

from collections.abc import Callable
from dataclasses import dataclass

FIRST_BYTES = 32 * 1024  # the first batch: 2.6 s at 100 kbit/s
TARGET_S = 4.0  # a batch should cross in about this long
GROWTH = 16  # a batch is at most this many times the bytes of the one before
FAST_S = 1.0  # round trips shorter than this: a fast link, two batches on the wire at once
SLOW_BYTES_S = 32 * 1024  # under 256 kbit/s the volunteer is told the connection is slow
PIECE = 16384  # bytes handed to the socket at a time (what urllib3 asks for)


@dataclass
class Pace:
    reply_s: float  # the server's time to answer once a batch has crossed
    rate: float | None = None  # bytes per second, as the last batches crossed
    last_bytes: int = 0
    last_s: float = 0.0  # the last batch's round trip

    def budget(self) -> int:
        """Bytes for the next batch (the record count caps it too)."""
        if self.rate is None:
            return FIRST_BYTES
        return max(FIRST_BYTES, min(int(self.rate * TARGET_S), self.last_bytes * GROWTH))

    def in_flight(self, most: int) -> int:
        """Batches on the wire at once: two on a fast link (the next travels while the server
        stores one), one on a slow one (a drop then costs one batch, not two)."""
        return most if self.rate is not None and self.last_s < FAST_S else 1

    def reply_timeout(self, size: int) -> float:
        """How long to wait for the reply once the body has been handed over: a batch may
        still be crossing a deeply buffered link, at the rate the link has shown."""
        return self.reply_s + (2 * size / self.rate if self.rate else 0.0)

    def crossed(self, size: int, seconds: float) -> None:
        """A batch of ``size`` bytes got its reply ``seconds`` after it was sent."""
        rate = size / max(seconds, 1e-3)
        self.rate = rate if self.rate is None else (self.rate + rate) / 2
        self.last_bytes, self.last_s = size, seconds

    def failed(self) -> None:
        """The link failed: start small again."""
        self.rate, self.last_bytes, self.last_s = None, 0, 0.0

    @property
    def slow(self) -> bool:
        return self.rate is not None and self.rate < SLOW_BYTES_S


class Body:
    """A batch's bytes handed to ``requests`` a piece at a time, saying how far it has got."""

    def __init__(self, data: bytes, on_sent: Callable[[int], None] | None = None) -> None:
        self._data = memoryview(data)
        self._at = 0
        self._on_sent = on_sent

    def __len__(self) -> int:
        return len(self._data)

    def read(self, size: int = -1) -> bytes:
        step = PIECE if size < 0 else min(size, PIECE)
        piece = bytes(self._data[self._at : self._at + step])
        if self._at and self._on_sent is not None:
            self._on_sent(self._at)  # the pieces before this one have gone to the socket
        self._at += len(piece)
        return piece

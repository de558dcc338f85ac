"""Sending a tablet's unacknowledged records, batch by batch, over whatever link there is.

Batches are sized by the link (``sync.pace``). On a fast link two are on the wire at once:
while the server stores one the next travels (the server keeps them in order); receipts are
applied in order. After any failure the tablet asks the server what it holds before it sends
again (the caller's ``ask``: ``GET /v1/devices/me`` with its catch-up receipt), so a record the
server has acknowledged never crosses the link twice, and the next batch is small. A sync
gives up after ``attempts`` failures in a row without progress; a link that drops every minute
but carries something between the drops keeps going.
"""

import logging
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

import requests

from kiosk.vault import Vault
from sync import acknowledge, link, outbox, protocol
from sync import receipt as receipts
from sync.http import HEADERS_BYTES, Http, SyncError, refusal
from sync.pace import Body, Pace

log = logging.getLogger(__name__)
CBOR = "application/cbor"
IN_FLIGHT = 2  # batches on the wire at once, at most

# Records of the batches on the wire that have gone out so far, and whether the link is slow.
Report = Callable[[int, bool], None]
Prepared = tuple[protocol.Batch, bytes] | None
Sent = tuple[requests.Response, float]  # the reply, and the round trip in seconds


class ForkError(SyncError):
    """The server holds another chain for this device (a restored backup or a cloned image):
    the tablet must take a new device identity (``sync.fork.recover``)."""


def _prepare(vault: Vault, from_seq: int, most: int, budget: int) -> Prepared:
    """The next batch and its bytes (read and encoded while the previous one travels)."""
    batch = outbox.batch_from(vault, from_seq, most, budget)
    return (batch, protocol.encode(batch)) if batch is not None else None


def _post(http: Http, body: bytes, reply_s: float, on_sent: Callable[[int], None]) -> Sent:
    started = time.monotonic()
    reply = http.call(
        "POST",
        "/v1/batches",
        attempts=1,  # a failure is handled by asking first (send_all), never by a blind resend
        charged=True,  # counted as it was allowed (_send_run)
        reply_s=reply_s,
        data=Body(body, on_sent),
        headers={"Content-Type": CBOR},
    )
    return reply, time.monotonic() - started


def _settle(
    vault: Vault, server_key: bytes, batch: protocol.Batch, reply: requests.Response
) -> int:
    """Apply a batch's reply; returns the next sequence number to send from."""
    if reply.status_code == 200:
        signed = receipts.decode(reply.content)
        acknowledge.apply(vault, signed, server_key)
        return signed.through_seq + 1
    error = refusal(reply)
    doc = reply.json() if error.code in ("gap", "fork") else {}
    if error.code == "gap" and int(doc.get("expected_seq", 0)) < batch.from_seq:
        return int(doc["expected_seq"])
    if error.code == "fork":
        if doc.get("receipt"):  # the shared prefix is held and counted
            acknowledge.apply(vault, receipts.decode(bytes.fromhex(doc["receipt"])), server_key)
        raise ForkError(str(error), "re-enrol", "fork")
    raise error


def send_all(
    vault: Vault,
    http: Http,
    key: bytes,
    most: int,
    pace: Pace,
    ask: Callable[[], object],
    report: Report,
    allow: Callable[[int], None] = lambda _size: None,
) -> None:
    """Send every unacknowledged record, ``most`` at most to a batch. ``allow`` is asked
    before each batch of ``size`` bytes goes; it raises SyncError to stop (a data cap)."""
    failures = 0
    while True:
        before = link.acked_through(vault.engine)
        try:
            _send_run(vault, http, key, most, pace, report, allow)
            return
        except SyncError as exc:
            if exc.action != "retry" or exc.code == "cancelled":
                raise
            if link.acked_through(vault.engine) > before:
                failures = 0  # the link carries something between its drops: keep going
            failures += 1
            if failures >= http.attempts:
                raise
            log.info("sync: %s; asking the server what it holds before sending more", exc)
            pace.failed()
            http.wait(failures - 1)
            ask()


def _send_run(
    vault: Vault,
    http: Http,
    key: bytes,
    most: int,
    pace: Pace,
    report: Report,
    allow: Callable[[int], None],
) -> None:
    with (
        ThreadPoolExecutor(1, "imza-outbox") as reader,
        ThreadPoolExecutor(IN_FLIGHT, "imza-send") as senders,
    ):
        start = link.acked_through(vault.engine) + 1
        budget = pace.budget()
        coming = reader.submit(_prepare, vault, start, most, budget)
        flying: deque[tuple[protocol.Batch, int, Future[Sent]]] = deque()
        try:
            while True:
                while len(flying) < pace.in_flight(IN_FLIGHT):
                    if (ready := coming.result()) is None:
                        break
                    batch, body = ready
                    if len(batch.records) < most and pace.budget() > 2 * budget:
                        # made before the link showed itself fast: not another small one
                        budget = pace.budget()
                        ready = _prepare(vault, batch.from_seq, most, budget)
                        assert ready is not None
                        batch, body = ready
                    records, size = len(batch.records), len(body)
                    allow(size)
                    http.charge(HEADERS_BYTES + size)  # now: the next allow must see it

                    def on_sent(at: int, records: int = records, size: int = size) -> None:
                        report(records * at // size, pace.slow)

                    sending = senders.submit(_post, http, body, pace.reply_timeout(size), on_sent)
                    flying.append((batch, size, sending))
                    budget = pace.budget()
                    coming = reader.submit(_prepare, vault, batch.head_seq + 1, most, budget)
                if not flying:
                    return
                batch, size, sending = flying.popleft()
                reply, seconds = sending.result()
                next_seq = _settle(vault, key, batch, reply)
                pace.crossed(size, seconds)
                report(0, pace.slow)
                if next_seq != batch.head_seq + 1:  # the server asks to resend from earlier
                    for _, _, later in flying:
                        later.exception()
                    flying.clear()
                    coming.result()
                    budget = pace.budget()
                    coming = reader.submit(_prepare, vault, next_seq, most, budget)
        finally:
            for _, _, later in flying:  # let what is on the wire land before we give up
                later.exception()

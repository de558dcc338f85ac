"""The tablet's uploader: one sync at a time, acknowledged only from a verified receipt.

A sync asks the server what it holds (``GET /v1/devices/me``, with a receipt that catches up a
reply lost last time), then sends batches from the first unacknowledged record on. Each
reply's receipt is checked against the campaign's receipt key and this tablet's own chain and
applied in one transaction; a fault anywhere leaves the tablet as it was, and the next sync
resends what the server may or may not hold: the server takes a byte-identical resend as
already held, so nothing is lost and nothing is counted twice.
"""

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from kiosk import config as tablet_config
from kiosk.status import unsent
from kiosk.vault import Vault
from sync import acknowledge, link, lock, protocol, upload
from sync import receipt as receipts
from sync.http import HEADERS_BYTES, Http, SyncError, refusal
from sync.pace import FIRST_BYTES, Pace
from sync.upload import ForkError as ForkError

log = logging.getLogger(__name__)
BATCH = 500  # records in a batch, at most; the link's measured speed sizes each one
# Under a data cap, room kept beside a batch for what follows it: the batch's own request
# line and receipt, and the closing question to the server with its answer; as many times
# over as batches may be on the wire.
ANSWERS_BYTES = 4 * HEADERS_BYTES + 4096


@dataclass(frozen=True)
class Outcome:
    acknowledged: int  # records newly acknowledged by this sync
    acked_through: int
    unsent: int
    state: str  # approved, pending
    progress: link.Progress | None

    def summary(self) -> str:
        if self.state == "pending":
            return "waiting for the campaign lead to approve this tablet"
        if self.unsent:
            return f"sent {self.acknowledged}; {self.unsent} still to send"
        return f"all sent (acknowledged through {self.acked_through})"


def open_for_sync(path: Path) -> Vault:
    vault = Vault.open(path, create=False)
    if vault.demo:
        vault.close()
        raise SyncError("this is a DEMO data dir: it never syncs (set the tablet up first)", "stop")
    return vault


def receipt_key(vault: Vault) -> bytes:
    keys = vault.campaign.keys
    if keys is None or keys.receipt_public is None:
        raise SyncError(
            "this tablet's campaign file has no server receipt key: enrol it with the server",
            "fix",
        )
    return keys.receipt_public


def _me(http: Http, vault: Vault, server_key: bytes) -> tuple[str, link.Progress]:
    reply = http.call("GET", "/v1/devices/me")
    if reply.status_code != 200:
        raise refusal(reply)
    doc = reply.json()
    p = doc["progress"]
    progress = link.Progress(p["at_least"], p["goal"], p["as_of_ms"])
    link.put(vault.engine, progress=p, state=doc["state"])
    if doc.get("receipt"):
        try:  # a reply lost last time: the server holds more than we know
            acknowledge.apply(vault, receipts.decode(bytes.fromhex(doc["receipt"])), server_key)
        except protocol.ProtocolError as exc:
            if exc.code != "fork":
                raise SyncError(str(exc), "stop", exc.code) from None
            # Our chain differs where the server's head is: the batches below find where.
    return str(doc["state"]), progress


def sync(
    path: Path,
    batch_size: int = BATCH,
    *,
    attempts: int = 5,
    timeout: tuple[float, float] = (10.0, 60.0),
    cancel: threading.Event | None = None,
    on_progress: Callable[[int, int, bool], None] | None = None,
    wait_for_lock: float = 0.0,
    daily_bytes: int = 0,
) -> Outcome:
    """Send everything unacknowledged; raises SyncError (ForkError) when it cannot.
    ``daily_bytes``: what sync may move in a day, up and down (0: no limit)."""
    if not 1 <= batch_size <= protocol.MAX_RECORDS:
        raise SyncError(f"a batch holds 1 to {protocol.MAX_RECORDS} records", "fix")
    with lock.held(path, wait_for_lock):
        vault = open_for_sync(path)
        try:
            return _sync(vault, batch_size, attempts, timeout, cancel, on_progress, daily_bytes)
        except SyncError as exc:
            link.put(vault.engine, result=f"failed: {exc}")
            raise
        finally:
            vault.close()


def _reporter(
    vault: Vault, start: int, on_progress: Callable[[int, int, bool], None] | None
) -> upload.Report:
    """Progress as "sent of start, slow": acknowledged records and those of the batches on the
    way, and whether the link is slow enough to say so."""

    done = [0]  # acknowledged so far, looked up when a receipt has been applied

    def report(on_the_way: int, slow: bool) -> None:
        if on_progress is None:
            return
        if not on_the_way:
            done[0] = start - unsent(vault.engine)
        on_progress(min(start, done[0] + on_the_way), start, slow)

    return report


def _sync(
    vault: Vault,
    batch_size: int,
    attempts: int,
    timeout: tuple[float, float],
    cancel: threading.Event | None,
    on_progress: Callable[[int, int, bool], None] | None,
    daily_bytes: int,
) -> Outcome:
    server = link.load(vault.engine)
    if server is None:
        raise SyncError("this tablet is not enrolled: run `imza enrol` first", "fix")
    try:  # imza.toml may name a server that moved, or a new CA
        config = tablet_config.load(vault.path)
    except tablet_config.ConfigError as exc:
        raise SyncError(f"imza.toml: {exc}", "fix") from None
    server = replace(
        server,
        url=config.server_url or server.url,
        ca_bundle=config.ca_bundle or server.ca_bundle,
    )
    key = receipt_key(vault)
    http = Http(server.url, server.token, server.ca_bundle, timeout, attempts)
    if cancel is not None:
        http.cancel = cancel
    left_today = daily_bytes - link.used_today(vault.engine) if daily_bytes else None
    if left_today is not None and left_today < FIRST_BYTES + ANSWERS_BYTES:
        raise data_cap(daily_bytes)

    def allow(size: int) -> None:
        # The batch's own bytes are counted once allowed: the answers of those on the wire not.
        reserve = ANSWERS_BYTES * upload.IN_FLIGHT
        if left_today is not None and http.used + size + reserve > left_today:
            raise data_cap(daily_bytes)

    try:
        return _exchange(vault, http, key, batch_size, timeout, on_progress, allow)
    finally:
        link.add_used(vault.engine, http.used)


def data_cap(daily_bytes: int) -> SyncError:
    return SyncError(
        f"today's mobile data for sync ({daily_bytes / 1e6:g} MB) is used up; "
        "sending goes on tomorrow",
        "wait",
        "data_cap",
    )


def _exchange(
    vault: Vault,
    http: Http,
    key: bytes,
    batch_size: int,
    timeout: tuple[float, float],
    on_progress: Callable[[int, int, bool], None] | None,
    allow: Callable[[int], None],
) -> Outcome:
    before = unsent(vault.engine)  # a receipt caught up below counts as sent by this sync
    state, progress = _me(http, vault, key)
    start = unsent(vault.engine)
    if state == "pending":
        link.put(vault.engine, result="waiting for approval")
        return Outcome(0, link.acked_through(vault.engine), start, state, progress)
    pace = Pace(reply_s=timeout[1])
    upload.send_all(
        vault,
        http,
        key,
        batch_size,
        pace,
        lambda: _me(http, vault, key),
        _reporter(vault, start, on_progress),
        allow,
    )
    state, progress = _me(http, vault, key)
    left = unsent(vault.engine)
    outcome = Outcome(before - left, link.acked_through(vault.engine), left, state, progress)
    link.put(vault.engine, result=outcome.summary())
    log.info("sync: %s", outcome.summary())
    return outcome

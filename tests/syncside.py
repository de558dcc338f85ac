"""What the sync fault tests share: a tablet routed through a proxy, what the server holds,
and the check that it holds exactly the tablet's chain, counted once."""

import subprocess
import sys
from pathlib import Path

import requests
from sqlalchemy import Engine, select

from kiosk import audit, simulate
from kiosk.models import Record as TabletRecord
from kiosk.vault import Vault
from sync import link, outbox, protocol
from sync import receipt as receipts
from sync.server import counting
from sync.server.models import Campaign, Device
from sync.server.models import Record as ServerRecord

BATCHES = "POST /v1/batches"
WAIT_S = 30.0


def sign(path: Path, count: int, seed: int) -> int:
    """``count`` new signers on the tablet; returns how many were stored."""
    vault = Vault.open(path)
    try:
        return simulate.run(vault, count, 0.0, seed, None, None)["stored"]
    finally:
        vault.close()


def route(path: Path, url: str) -> None:
    """Point the tablet at ``url`` (the proxy), keeping its token."""
    vault = Vault.open(path)
    try:
        now = link.load(vault.engine)
        assert now is not None
        link.save(vault.engine, link.Link(url, now.token, now.ca_bundle, now.state))
    finally:
        vault.close()


def device_of(path: Path) -> str:
    vault = Vault.open(path)
    try:
        return vault.device.id
    finally:
        vault.close()


def held_by(engine: Engine, device: str) -> list[tuple[int, bytes]]:
    """What the server holds for ``device``: (seq, record id), in order."""
    with engine.connect() as conn:
        rows = conn.execute(
            select(ServerRecord.seq, ServerRecord.record_id)
            .where(ServerRecord.device_id == device)
            .order_by(ServerRecord.seq)
        ).all()
    return [(seq, bytes(rid)) for seq, rid in rows]


def cli_sync(path: Path, *extra: str) -> subprocess.Popen[str]:
    """``imza sync`` on ``path`` as its own process."""
    return subprocess.Popen(
        [sys.executable, "-m", "kiosk.cli", "sync", "--data-dir", str(path), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def assert_exact(engine: Engine, url: str, path: Path, signers: int) -> None:
    """The server holds exactly the tablet's chain, acknowledged through its head, counted once."""
    vault = Vault.open(path)
    try:
        with vault.engine.connect() as conn:
            rows = conn.execute(
                select(TabletRecord.seq, TabletRecord.record_id, TabletRecord.chain_hash).order_by(
                    TabletRecord.seq
                )
            ).all()
        ours = [(seq, bytes(rid)) for seq, rid, _ in rows]
        n = len(ours)
        head = bytes(rows[-1].chain_hash)
        assert [seq for seq, _ in ours] == list(range(1, n + 1))
        assert held_by(engine, vault.device.id) == ours  # none missing, none twice, same ids
        assert vault.status().unsent == 0
        report = audit.verify(vault.engine, vault.campaign.slug)
        assert report.ok, report.lines()
        assert link.acked_through(vault.engine) == n
        with engine.connect() as conn:
            held_head = conn.execute(
                select(Device.head_seq, Device.head).where(Device.id == vault.device.id)
            ).one()
        assert (held_head.head_seq, bytes(held_head.head)) == (n, head)
        # The server's own word, as the tablet hears it: a signed receipt through our head.
        ours_link = link.load(vault.engine)
        assert ours_link is not None
        reply = requests.get(
            f"{url}/v1/devices/me",
            headers={"Authorization": f"Bearer {ours_link.token}"},
            timeout=10,
        )
        assert reply.status_code == 200
        signed = receipts.decode(bytes.fromhex(reply.json()["receipt"]))
        assert vault.campaign.keys is not None
        assert vault.campaign.keys.receipt_public is not None
        receipts.verify(signed, vault.campaign.keys.receipt_public)
        assert (signed.device, signed.through_seq, signed.head) == (vault.device.id, n, head)
    finally:
        vault.close()
    counting.drain(engine)
    with engine.connect() as conn:
        assert conn.scalar(select(Campaign.unique_signers)) == signers


def payload(path: Path) -> int:
    """The bytes of every record on the tablet sent once: one batch of them all, encoded."""
    vault = Vault.open(path)
    try:
        batch = outbox.batch_from(vault, 1, 1 << 30)
        return len(protocol.encode(batch)) if batch is not None else 0
    finally:
        vault.close()

"""Applying a verified receipt on the tablet: records through seq N become acknowledged."""

import datetime as dt
import struct

from sqlalchemy import select

from kiosk.models import Record
from kiosk.store import begin_write, get_meta, put_meta
from kiosk.vault import Vault
from sync.protocol import ProtocolError
from sync.receipt import Receipt, verify


def apply(vault: Vault, receipt: Receipt, server_public: bytes) -> int:
    """Mark records acknowledged through the receipt's sequence number, in one transaction.

    Refused, changing nothing, unless the receipt verifies, names this campaign and device,
    and its head is the chain hash this tablet has at that sequence number (else: a fork).
    Returns how many records it newly acknowledged; applying a receipt again returns 0.
    """
    verify(receipt, server_public)
    if receipt.campaign != vault.campaign.slug or receipt.device != vault.device.id:
        raise ProtocolError("wrong_device", "the receipt is for another tablet or campaign")
    with begin_write(vault.engine) as conn:
        current = get_meta(conn, "acked_through")
        before = struct.unpack(">Q", current)[0] if current else 0
        ours = conn.scalar(select(Record.chain_hash).where(Record.seq == receipt.through_seq))
        if ours is None and receipt.through_seq <= before:
            return 0  # acknowledged before, and wiped since: nothing new
        if ours != receipt.head:
            raise ProtocolError("fork", "the server holds another chain at this sequence number")
        through = max(receipt.through_seq, before)
        when = dt.datetime.fromtimestamp(receipt.server_time_ms / 1000, dt.UTC)
        for key, value in (
            ("acked_through", struct.pack(">Q", through)),
            ("last_sync", when.strftime("%Y-%m-%d %H:%M UTC").encode()),
        ):
            put_meta(conn, key, value)
    return through - before

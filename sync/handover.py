"""Hand-over files: the same batch bytes as HTTP, for a USB stick when there is no network.

The round trip: ``save`` writes what the server has not acknowledged to a file, the campaign
lead imports it (``imza server import``) and gets a receipt file, and ``load_receipt`` applies
that receipt on the tablet. The command line and the coordinator console share these.

A file is ``IMZA-HANDOVER-1\\n`` and then each batch as a 4-byte big-endian length and its
bytes. Reading checks each length against the batch limit before reading the batch, so a
damaged or hostile file cannot make the importer read more than one batch at a time.
"""

import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kiosk import fsio
from kiosk.status import unsent
from sync import acknowledge, client, link, lock, outbox, protocol
from sync import receipt as receipts
from sync.protocol import MAX_BODY, ProtocolError

MAGIC = b"IMZA-HANDOVER-1\n"


def write(path: Path, batches: list[bytes]) -> None:
    """Publish the file atomically: complete or absent, never half written."""
    data = MAGIC + b"".join(struct.pack(">I", len(b)) + b for b in batches)
    fsio.replace(path, data)


def read(path: Path) -> Iterator[bytes]:
    """Each batch body in the file; ProtocolError if the file is not a hand-over file."""
    with path.open("rb") as fh:
        if fh.read(len(MAGIC)) != MAGIC:
            raise ProtocolError("malformed", f"{path} is not an Imza hand-over file")
        while head := fh.read(4):
            if len(head) != 4:
                raise ProtocolError("malformed", f"{path} ends in the middle of a batch")
            (size,) = struct.unpack(">I", head)
            if size > MAX_BODY:
                raise ProtocolError("too_large", f"{path} holds a batch over the limit")
            body = fh.read(size)
            if len(body) != size:
                raise ProtocolError("malformed", f"{path} ends in the middle of a batch")
            yield body


class NothingToSendError(Exception):
    """Every record is acknowledged already: no file was written."""


@dataclass(frozen=True)
class Saved:
    path: Path
    records: int
    from_seq: int


@dataclass(frozen=True)
class Loaded:
    acknowledged: int  # newly, by this receipt
    acked_through: int
    unsent: int


def save(data_dir: Path, out: Path, wait_for_lock: float = 30.0) -> Saved:
    """Everything the server has not acknowledged, as a hand-over file at ``out``."""
    with lock.held(data_dir, wait_for_lock):
        vault = client.open_for_sync(data_dir)
        try:
            first = link.acked_through(vault.engine) + 1
            bodies, count = [], 0
            while batch := outbox.batch_from(vault, first + count, protocol.MAX_RECORDS):
                bodies.append(protocol.encode(batch))
                count += len(batch.records)
        finally:
            vault.close()
    if not count:
        raise NothingToSendError("nothing to hand over: every record is acknowledged")
    write(out, bodies)
    return Saved(out, count, first)


def load_receipt(data_dir: Path, receipt_file: Path, wait_for_lock: float = 30.0) -> Loaded:
    """Apply a receipt file from ``imza server import``; ProtocolError if it is not one for
    this tablet, OSError if it cannot be read."""
    signed = receipts.decode(receipt_file.read_bytes())
    with lock.held(data_dir, wait_for_lock):
        vault = client.open_for_sync(data_dir)
        try:
            done = acknowledge.apply(vault, signed, client.receipt_key(vault))
            left = unsent(vault.engine)
        finally:
            vault.close()
    return Loaded(done, signed.through_seq, left)

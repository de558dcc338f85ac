"""Hand-over files: the same batch bytes as HTTP, for a USB stick when there is no network.

A file is ``IMZA-HANDOVER-1\\n`` and then each batch as a 4-byte big-endian length and its
bytes. Reading checks each length against the batch limit before reading the batch, so a
damaged or hostile file cannot make the importer read more than one batch at a time.
"""

import struct
from collections.abc import Iterator
from pathlib import Path

from kiosk import fsio
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

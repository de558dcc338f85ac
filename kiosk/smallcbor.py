"""The few CBOR items the chain's commitment and the log's leaves and heads are made of
(RFC 8949: unsigned integers, byte and text strings, arrays), in the standard library.

So ``kiosk.chain`` and the kit's single-file verifier need no CBOR library, and encode as
``cbor2.dumps`` does: definite lengths, each head in its shortest form (a test holds the two
together).
"""

import struct

_MAJOR = {"uint": 0, "bytes": 2, "text": 3, "array": 4}
Item = int | bytes | str | list["Item"]


def _head(major: int, n: int) -> bytes:
    if n < 24:
        return bytes([major << 5 | n])
    for extra, fmt in ((24, ">B"), (25, ">H"), (26, ">I"), (27, ">Q")):
        if n < 1 << (8 * struct.calcsize(fmt)):
            return bytes([major << 5 | extra]) + struct.pack(fmt, n)
    raise ValueError("a number too large for CBOR")


def cbor_dumps(item: Item) -> bytes:
    if isinstance(item, bool) or (isinstance(item, int) and item < 0):
        raise TypeError("only unsigned integers")
    if isinstance(item, int):
        return _head(_MAJOR["uint"], item)
    if isinstance(item, bytes):
        return _head(_MAJOR["bytes"], len(item)) + item
    if isinstance(item, str):
        data = item.encode()
        return _head(_MAJOR["text"], len(data)) + data
    if isinstance(item, list | tuple):
        return _head(_MAJOR["array"], len(item)) + b"".join(cbor_dumps(x) for x in item)
    raise TypeError(f"no small CBOR for {type(item).__name__}")


def _read(data: bytes, at: int) -> tuple[Item, int]:
    if at >= len(data):
        raise ValueError("CBOR ends early")
    major, extra = data[at] >> 5, data[at] & 31
    at += 1
    if extra < 24:
        n = extra
    elif extra <= 27:
        size = 1 << (extra - 24)
        if at + size > len(data):
            raise ValueError("CBOR ends early")
        n = int.from_bytes(data[at : at + size], "big")
        at += size
    else:
        raise ValueError("not the small CBOR of a log")
    if major == 0:
        return n, at
    if major in (2, 3):
        if at + n > len(data):
            raise ValueError("CBOR ends early")
        raw = data[at : at + n]
        return (raw if major == 2 else raw.decode()), at + n
    if major == 4:
        items: list[Item] = []
        for _ in range(n):
            item, at = _read(data, at)
            items.append(item)
        return items, at
    raise ValueError("not the small CBOR of a log")


def cbor_loads(data: bytes) -> Item:
    """One item; ValueError for anything else (trailing bytes, maps, negative numbers)."""
    item, at = _read(data, 0)
    if at != len(data):
        raise ValueError("bytes after the CBOR item")
    return item

"""A drawn signature's strokes as bytes: small, because every byte crosses village mobile data.

The encoding (from release 0.2) starts with ``INK``, then per stroke its point count and each
point's x, y and width as the change from the point before, zigzag varints:

- x and y in 1/2048 of the pad: 0.6 px on a 1280 px pad, as fine as the half floats before;
- width in 1/16384 of the pad's width (widths are a few thousandths: finer steps keep them).

The pad keeps points at least 0.4% of its width apart, so most changes fit one byte: about
3 bytes a point where half floats took 6. Strokes stored before it (u16 count, then big-endian
half floats per point) still read: no stroke can have the 65,535 points the marker would be.
"""

import struct

Point = tuple[float, float, float]
Stroke = list[Point]

INK = b"\xff\xff"
XY = 2048
WIDTH = 16384


def pack(strokes: list[Stroke]) -> bytes:
    out = bytearray(INK)
    for stroke in strokes:
        q: list[int] = []
        for x, y, w in stroke:  # points are in [0, 1]: + 0.5 rounds them
            q += (int(x * XY + 0.5), int(y * XY + 0.5), int(w * WIDTH + 0.5))
        # Every number zigzag (0, -1, 1, -2 ... as 0, 1, 2, 3 ...), the count too; the first
        # point as it is, the others as changes.
        for n in (len(stroke) * 2, *(v * 2 for v in q[:3])):
            _varint(out, n)
        rest = [
            c * 2 if c >= 0 else -c * 2 - 1 for c in (b - a for a, b in zip(q, q[3:], strict=False))
        ]
        if not rest or max(rest) < 0x80:
            out += bytes(rest)  # the common case, in C: every change fits one byte
        else:
            for n in rest:
                _varint(out, n)
    return bytes(out)


def _varint(out: bytearray, n: int) -> None:
    while n >= 0x80:
        out.append(n & 0x7F | 0x80)
        n >>= 7
    out.append(n)


def unpack(data: bytes) -> list[Stroke]:
    """Strokes from either encoding; ValueError if the bytes are cut short."""
    if not data.startswith(INK):
        return _unpack_half_floats(data)
    numbers = [z >> 1 if not z & 1 else -(z >> 1) - 1 for z in _varints(data, len(INK))]
    strokes: list[Stroke] = []
    at = 0
    while at < len(numbers):
        count, at = numbers[at], at + 1
        if count < 0 or at + 3 * count > len(numbers):
            raise ValueError("strokes cut short")
        stroke: Stroke = []
        qx = qy = qw = 0
        for i in range(at, at + 3 * count, 3):
            qx, qy, qw = qx + numbers[i], qy + numbers[i + 1], qw + numbers[i + 2]
            stroke.append((qx / XY, qy / XY, qw / WIDTH))
        strokes.append(stroke)
        at += 3 * count
    return strokes


def _varints(data: bytes, at: int) -> list[int]:
    """Unsigned LEB128 numbers from ``at`` to the end (zigzag: the caller's to undo)."""
    out: list[int] = []
    n = shift = 0
    for byte in data[at:]:
        n |= (byte & 0x7F) << shift
        if byte < 0x80:
            out.append(n)
            n = shift = 0
        else:
            shift += 7
    if shift:
        raise ValueError("strokes cut short")
    return out


def _unpack_half_floats(data: bytes) -> list[Stroke]:
    """Strokes as stored before 0.2: u16 point count, then x, y, width as half floats."""
    strokes: list[Stroke] = []
    at = 0
    while at < len(data):
        (count,) = struct.unpack_from(">H", data, at)
        values = struct.unpack_from(f">{3 * count}e", data, at + 2)
        strokes.append(
            [(values[i], values[i + 1], values[i + 2]) for i in range(0, len(values), 3)]
        )
        at += 2 + 6 * count
    return strokes

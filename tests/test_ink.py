"""A signature's strokes in about half the bytes (issue 15), read back as drawn."""

import math
import random
import struct
from dataclasses import replace

import pytest

from kiosk import ink, simulate
from kiosk.ink import Stroke
from kiosk.signature import payload, read_payload
from tests.conftest import form_with


def _close(drawn: list[Stroke], read: list[Stroke]) -> bool:
    """Within half a step: 1/4096 of the pad across, 1/32768 of its width for a line's width."""
    return len(drawn) == len(read) and all(
        len(a) == len(b)
        and all(
            abs(p[0] - q[0]) <= 0.5 / ink.XY + 1e-12
            and abs(p[1] - q[1]) <= 0.5 / ink.XY + 1e-12
            and abs(p[2] - q[2]) <= 0.5 / ink.WIDTH + 1e-12
            for p, q in zip(a, b, strict=True)
        )
        for a, b in zip(drawn, read, strict=True)
    )


def _half_floats(strokes: list[Stroke]) -> bytes:
    """The encoding stored before 0.2."""
    return b"".join(
        struct.pack(f">H{3 * len(s)}e", len(s), *(v for p in s for v in p)) for s in strokes
    )


def _finger(points: int) -> Stroke:
    """A cursive line as the pad keeps it: points 0.4% to 2% of the pad apart."""
    return [
        (0.05 + 0.9 * i / points, 0.5 + 0.2 * math.sin(i / 6), 0.004 + 0.002 * math.sin(i / 9))
        for i in range(points)
    ]


def test_strokes_read_back_as_drawn_in_half_the_bytes() -> None:
    rng = random.Random(5)
    for _ in range(200):
        drawn = simulate.strokes(rng)
        assert _close(drawn, ink.unpack(ink.pack(drawn)))
    dense = [_finger(150), _finger(90)]
    packed = ink.pack(dense)
    assert _close(dense, ink.unpack(packed))
    assert len(packed) < 0.55 * len(_half_floats(dense))


def test_the_corners_jumps_across_the_pad_and_a_single_dot() -> None:
    drawn: list[Stroke] = [
        [(0.0, 0.0, 0.0), (1.0, 1.0, 1.0), (0.0, 1.0, 0.0015), (1.0, 0.0, 0.02)],
        [(0.5, 0.5, 0.005)],
        [],
    ]
    assert _close(drawn, ink.unpack(ink.pack(drawn)))


def test_strokes_stored_by_an_earlier_release_still_read() -> None:
    drawn = [_finger(40)]
    old = _half_floats(drawn)
    assert not old.startswith(ink.INK)
    read = ink.unpack(old)
    assert len(read[0]) == 40
    assert all(abs(p[0] - q[0]) < 1e-3 for p, q in zip(drawn[0], read[0], strict=True))


def test_strokes_cut_short_are_refused() -> None:
    packed = ink.pack([_finger(30)])
    for cut in (len(packed) - 1, len(ink.INK) + 2):
        with pytest.raises(ValueError, match="cut short"):
            ink.unpack(packed[:cut])


def test_strokes_packed_as_the_screen_is_left_are_the_ones_sealed() -> None:
    form = form_with()
    form.set_strokes([_finger(50)])
    assert read_payload(payload(form, bytes(32)))["strokes"] == ink.pack([_finger(50)])
    copy = replace(form, given_name="Aysel")  # validation's cleaned copy keeps the packing
    assert copy.packed_strokes() is form.packed_strokes()
    form.strokes = [_finger(20)]  # drawn again and set directly: packed afresh, never stale
    sealed = read_payload(payload(form, bytes(32)))["strokes"]
    assert isinstance(sealed, bytes)
    assert len(ink.unpack(sealed)[0]) == 20

"""Sealing round-trips for any personal data, in both suites."""

from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk import sealing
from kiosk.signature import SignatureForm, payload, read_payload

PAIRS = {s: sealing.generate(s) for s in ("hybrid", "x25519")}


@settings(max_examples=60, deadline=None)
@given(
    suite=st.sampled_from(["hybrid", "x25519"]),
    given_name=st.text(max_size=60),
    surname=st.text(max_size=60),
    points=st.lists(st.tuples(st.floats(0, 1), st.floats(0, 1), st.floats(0, 0.2)), max_size=50),
    record_id=st.binary(min_size=16, max_size=16),
)
def test_seal_round_trips(
    suite: sealing.SuiteName,
    given_name: str,
    surname: str,
    points: list[tuple[float, float, float]],
    record_id: bytes,
) -> None:
    pair = PAIRS[suite]
    form = SignatureForm(given_name=given_name, surname=surname, strokes=[points] if points else [])
    info = sealing.seal_info(suite, "c", "dev", record_id, "signature")
    plain = payload(form, bytes(32))
    assert len(plain) % 256 == 0  # padded: the envelope does not tell a long name from a short one
    envelope = sealing.Sealer(suite, pair.public_raw).seal(plain, info)
    doc = read_payload(sealing.Opener(suite, pair.private_raw).open(envelope, info))
    assert (doc["given"], doc["surname"]) == (given_name, surname)

"""Sync protocol v1: batches round-trip, a real chain verifies, and anything else is refused."""

import dataclasses
from collections.abc import Callable

import cbor2
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.signature import SignatureForm
from kiosk.vault import Stored, Vault
from sync import protocol
from sync.outbox import batch_from

Make = Callable[..., SignatureForm]


@pytest.fixture
def stored_batch(vault: Vault, make_form: Make) -> protocol.Batch:
    for name in ("Aysel", "Bəhruz", "Cavid", "Dünya"):
        assert isinstance(vault.submit(make_form(given_name=name)), Stored)
    batch = batch_from(vault, 1)
    assert batch is not None
    return batch


def test_a_batch_round_trips_byte_for_byte(stored_batch: protocol.Batch) -> None:
    data = protocol.encode(stored_batch)
    again = protocol.decode(data)
    assert again == stored_batch
    assert protocol.encode(again) == data  # canonical: the hand-over file is reproducible


def test_a_real_chain_verifies_in_whole_and_in_parts(
    vault: Vault, stored_batch: protocol.Batch
) -> None:
    protocol.verify(stored_batch)
    tail = batch_from(vault, 3)
    assert tail is not None
    assert [r.seq for r in tail.records] == [3, 4]
    protocol.verify(tail)
    first_two = batch_from(vault, 1, limit=2)
    assert first_two is not None
    assert first_two.head_seq == 2
    protocol.verify(first_two)
    assert batch_from(vault, 5) is None


def _flip(link: bytes, at: int) -> bytes:
    return link[:at] + bytes([link[at] ^ 1]) + link[at + 1 :]


@pytest.mark.parametrize(
    "change",
    [
        lambda r: r._replace(sealed=r.sealed[:-1] + bytes([r.sealed[-1] ^ 1])),
        lambda r: r._replace(link=_flip(r.link, 67)),  # the creation time
        lambda r: r._replace(link=_flip(r.link, 35)),  # the flags: "synthetic" added
        lambda r: r._replace(identity=None),
    ],
)
def test_a_record_altered_after_signing_is_refused(
    vault: Vault, stored_batch: protocol.Batch, change: Callable[..., protocol.WireRecord]
) -> None:
    records = list(stored_batch.records)
    records[1] = change(records[1])
    altered = dataclasses.replace(stored_batch, records=tuple(records))
    with pytest.raises(protocol.ProtocolError) as exc:
        protocol.verify(protocol.decode(protocol.encode(altered)))
    assert exc.value.code == "altered"


def test_a_bad_head_signature_or_another_device_is_refused(
    vault: Vault, stored_batch: protocol.Batch
) -> None:
    forged = dataclasses.replace(stored_batch, head_sig=bytes(64))
    with pytest.raises(protocol.ProtocolError) as exc:
        protocol.verify(forged)
    assert exc.value.code == "bad_signature"
    other = dataclasses.replace(stored_batch, device_public=bytes(32))
    with pytest.raises(protocol.ProtocolError):
        protocol.verify(other)
    with pytest.raises(protocol.ProtocolError):
        protocol.decode(protocol.encode(other))  # the id is not the key's
    reordered = dataclasses.replace(stored_batch, records=stored_batch.records[::-1])
    with pytest.raises(protocol.ProtocolError):
        protocol.verify(reordered)


def test_limits_are_checked_before_any_work(stored_batch: protocol.Batch) -> None:
    with pytest.raises(protocol.ProtocolError) as exc:
        protocol.decode(b"\x00" * (protocol.MAX_BODY + 1))
    assert exc.value.code == "too_large"
    many = dataclasses.replace(stored_batch, records=stored_batch.records[:1] * 1001)
    with pytest.raises(protocol.ProtocolError) as exc:
        protocol.decode(protocol.encode(many))
    assert exc.value.code == "too_large"
    fat = stored_batch.records[0]._replace(sealed=bytes(protocol.MAX_RECORD + 1))
    with pytest.raises(protocol.ProtocolError) as exc:
        protocol.decode(protocol.encode(dataclasses.replace(stored_batch, records=(fat,))))
    assert exc.value.code == "too_large"


@pytest.mark.parametrize(
    "body",
    [
        b"not cbor at all \xff",
        cbor2.dumps([1, 2, 3]),
        cbor2.dumps({"v": 2}),
        cbor2.dumps({"v": 1, "records": "x"}),
    ],
)
def test_malformed_bodies_are_refused(body: bytes) -> None:
    with pytest.raises(protocol.ProtocolError) as exc:
        protocol.decode(body)
    assert exc.value.code == "malformed"


def test_wrong_types_are_refused(stored_batch: protocol.Batch) -> None:
    doc = cbor2.loads(protocol.encode(stored_batch))
    for key, value in (("from_seq", True), ("head", b"short"), ("device", 7), ("clock_ms", 1.5)):
        bad = dict(doc, **{key: value})
        with pytest.raises(protocol.ProtocolError):
            protocol.decode(cbor2.dumps(bad))
    link, sealed, identity = doc["records"][0]
    for record in (
        {"link": link, "sealed": sealed},  # a map, not [link, sealed, identity]
        [link, sealed],
        [link[:-1], sealed, identity],  # a link one byte short
        [b"\x03" + link[1:], sealed, identity],  # a link of a version not known yet
        [b"\x01" + link[1:], sealed, identity],  # version 1 is 32 bytes shorter
        [link, "sealed", identity],
    ):
        bad = dict(doc, records=[record])
        with pytest.raises(protocol.ProtocolError) as exc:
            protocol.decode(cbor2.dumps(bad))
        assert exc.value.code == "malformed"


@settings(max_examples=200)
@given(st.binary(max_size=2000))
def test_decoding_anything_never_crashes(data: bytes) -> None:
    outcome: object
    try:
        outcome = protocol.decode(data)
    except protocol.ProtocolError as exc:
        outcome = exc.code
    assert isinstance(outcome, protocol.Batch) or outcome in {"malformed", "too_large"}

"""Records sealed by the first release must open in every later one, whatever we upgrade."""

import base64
import json
from pathlib import Path

import pytest

from kiosk import keyfile, sealing
from kiosk.normalise import identity
from kiosk.signature import read_payload, unpack_strokes

GOLDEN = Path(__file__).parent / "golden"


@pytest.mark.parametrize("suite", ["hybrid", "x25519"])
def test_the_golden_record_still_opens(suite: sealing.SuiteName) -> None:
    doc = json.loads((GOLDEN / f"{suite}-record.json").read_text())
    pair = keyfile.unwrap((GOLDEN / f"{suite}.imzakey").read_bytes(), doc["passphrase"])
    assert pair.suite == suite
    info = sealing.seal_info(
        suite, doc["campaign"], doc["device"], bytes.fromhex(doc["record_id"]), doc["kind"]
    )
    opened = read_payload(
        sealing.Opener(suite, pair.private_raw).open(base64.b64decode(doc["envelope"]), info)
    )
    expected = doc["expected"]
    assert opened["text_sha256"] == bytes.fromhex(expected.pop("text_sha256"))
    for key, value in expected.items():
        assert opened[key] == value, key
    assert isinstance(opened["strokes"], bytes)
    first = unpack_strokes(opened["strokes"])[0]
    assert len(first) == 40
    assert first[0] == pytest.approx(doc["first_point"], abs=1e-3)


@pytest.mark.parametrize("suite", ["hybrid", "x25519"])
def test_a_golden_envelope_refuses_another_context(suite: sealing.SuiteName) -> None:
    doc = json.loads((GOLDEN / f"{suite}-record.json").read_text())
    pair = keyfile.unwrap((GOLDEN / f"{suite}.imzakey").read_bytes(), doc["passphrase"])
    wrong = sealing.seal_info(suite, doc["campaign"], doc["device"], bytes(16), doc["kind"])
    with pytest.raises(sealing.SealError):
        sealing.Opener(suite, pair.private_raw).open(base64.b64decode(doc["envelope"]), wrong)


@pytest.mark.parametrize("suite", ["hybrid", "x25519"])
def test_the_golden_identity_envelopes_open_bare_and_padded_alike(
    suite: sealing.SuiteName,
) -> None:
    doc = json.loads((GOLDEN / f"{suite}-identity.json").read_text(encoding="utf-8"))
    pair = keyfile.unwrap((GOLDEN / f"{suite}.imzakey").read_bytes(), doc["passphrase"])
    info = sealing.seal_info(
        suite, doc["campaign"], doc["device"], bytes.fromhex(doc["record_id"]), doc["kind"]
    )
    opener = sealing.Opener(suite, pair.private_raw)
    bare, padded = (base64.b64decode(doc["envelopes"][v]) for v in ("1", "2"))
    expected = doc["identity"].encode()
    assert expected == identity("Gülnarə", "Şükürova", "Cəbrayıl", "Əli qızı")  # as today
    assert opener.open(bare, info) == expected  # version 1: the identity, bare
    assert len(opener.open(padded, info)) == sealing.IDENTITY_PAD_TO  # version 2: padded
    assert opener.open_identity(bare, info) == opener.open_identity(padded, info) == expected

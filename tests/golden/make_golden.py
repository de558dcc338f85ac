"""How the golden records were made: each file once, at its format's version, never again.

``{suite}-record.json``: a personal envelope (v1). ``{suite}-identity.json``: an identity
envelope as the first release sealed it (bare, v1) and as it is sealed now (padded, v2), both
to the golden key. Running this makes only the files that are missing."""

import base64
import json
from pathlib import Path

from kiosk import keyfile, sealing
from kiosk.normalise import identity
from kiosk.signature import payload
from tests.conftest import form_with

HERE = Path(__file__).parent
PASSPHRASE = "golden record never changes"


def make(suite: sealing.SuiteName) -> None:
    pair = sealing.generate(suite)
    (HERE / f"{suite}.imzakey").write_bytes(keyfile.wrap(pair, PASSPHRASE, 2**14))
    form = form_with(
        given_name="Gülnarə",
        surname="Şükürova",
        patronymic="Əli qızı",
        settlement="Cəbrayıl",
        wants_updates=True,
        email="gulnare@example.az",
        locale="az-Cyrl",
    )
    rid, dev = bytes(range(16)), "d" * 64
    info = sealing.seal_info(suite, "landmine-maps", dev, rid, "signature")
    envelope = sealing.Sealer(suite, pair.public_raw).seal(payload(form, b"\x11" * 32), info)
    doc = {
        "suite": suite,
        "campaign": "landmine-maps",
        "device": dev,
        "record_id": rid.hex(),
        "kind": "signature",
        "envelope": base64.b64encode(envelope).decode(),
        "passphrase": PASSPHRASE,
        "first_point": list(form.strokes[0][0]),
        "expected": {
            "given": "Gülnarə",
            "surname": "Şükürova",
            "patronymic": "Əli qızı",
            "settlement": "Cəbrayıl",
            "email": "gulnare@example.az",
            "locale": "az-Cyrl",
            "method": "drawn",
            "text_sha256": "11" * 32,
        },
    }
    text = json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
    (HERE / f"{suite}-record.json").write_text(text, encoding="utf-8")


def make_identity(suite: sealing.SuiteName) -> None:
    """Both versions of one identity envelope, sealed to the golden key made by ``make``."""
    pair = keyfile.unwrap((HERE / f"{suite}.imzakey").read_bytes(), PASSPHRASE)
    ident = identity("Gülnarə", "Şükürova", "Cəbrayıl", "Əli qızı")
    sealer = sealing.Sealer(suite, pair.public_raw)
    rid, dev = bytes(range(16, 32)), "d" * 64
    info = sealing.seal_info(suite, "landmine-maps", dev, rid, "identity")
    plain = {"1": ident, "2": sealing.identity_plaintext(ident)}
    doc = {
        "suite": suite,
        "campaign": "landmine-maps",
        "device": dev,
        "record_id": rid.hex(),
        "kind": "identity",
        "identity": ident.decode(),
        "envelopes": {v: base64.b64encode(sealer.seal(p, info)).decode() for v, p in plain.items()},
        "passphrase": PASSPHRASE,
    }
    text = json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
    (HERE / f"{suite}-identity.json").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    names: tuple[sealing.SuiteName, ...] = ("hybrid", "x25519")
    for name in names:
        if not (HERE / f"{name}-record.json").exists():
            make(name)
        if not (HERE / f"{name}-identity.json").exists():
            make_identity(name)

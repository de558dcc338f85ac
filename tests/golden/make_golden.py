"""How the golden records were made (run once, at format v1; never again for v1)."""

import base64
import json
from pathlib import Path

from kiosk import keyfile, sealing
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


if __name__ == "__main__":
    names: tuple[sealing.SuiteName, ...] = ("hybrid", "x25519")
    for name in names:
        make(name)

"""What a signer gives: the form as the screens fill it, and its sealed payload.

Strokes are x, y and width per point, each in [0, 1] of the pad's width and height, so a
drawing survives resize and rotation. No timing is kept: that would be behavioural biometrics.
"""

import struct
from dataclasses import dataclass, field
from typing import Literal

import cbor2

from kiosk import ink

Method = Literal["drawn", "typed", "assisted"]
# Why a volunteer signed with the signer: a short list, so the export can count them.
ASSIST_REASONS = ("hands", "sight", "writing", "other")
METHODS: tuple[Method, ...] = ("drawn", "typed", "assisted")
Point = tuple[float, float, float]
Stroke = list[Point]

PAD_TO = 256  # sealed payloads are padded to a multiple of this, hiding the length of a name


@dataclass
class SignatureForm:
    """Everything a signer enters, exactly as the screens collect it."""

    given_name: str = ""
    surname: str = ""
    settlement: str = ""
    place_id: str = ""  # the gazetteer's id when the settlement was picked from the list
    patronymic: str = ""
    birth_year: int | None = None
    wants_updates: bool = False
    phone: str = ""
    email: str = ""
    age_confirmed: bool = False
    for_self: bool = False
    consent: bool = False
    method: Method = "drawn"
    strokes: list[Stroke] = field(default_factory=list)
    typed_name: str = ""
    typed_confirmed: bool = False  # the large tick: "this typed name is my signature"
    volunteer_code: str = ""
    assist_reason: str = ""  # one of ASSIST_REASONS, when a volunteer helped
    locale: str = "az-Latn"
    # The strokes packed (kiosk.ink) as the signature screen was left, so that "Confirm and
    # sign" does not wait for it; used only while ``strokes`` is still that very list (a
    # ``replace`` copy, as validation makes, keeps both).
    _packed: tuple[list[Stroke], bytes] | None = field(default=None, repr=False, compare=False)

    def set_strokes(self, strokes: list[Stroke]) -> None:
        self.strokes = strokes
        self._packed = (strokes, ink.pack(strokes))

    def packed_strokes(self) -> bytes:
        if self._packed is not None and self._packed[0] is self.strokes:
            return self._packed[1]
        return ink.pack(self.strokes)

    def disambiguator(self) -> str:
        """What tells namesakes apart once a signer says "that is not me"."""
        year = str(self.birth_year) if self.birth_year else ""
        return " ".join(p for p in (self.patronymic, year) if p)


def unpack_strokes(data: bytes) -> list[Stroke]:
    """Strokes from a payload, whichever release stored them."""
    return ink.unpack(data)


def payload(
    form: SignatureForm, text_sha256: bytes, extra: dict[str, object] | None = None
) -> bytes:
    """The personal data of a validated form: canonical CBOR, framed and padded; ready to seal."""
    doc = {
        "v": 1,
        "given": form.given_name,
        "surname": form.surname,
        "patronymic": form.patronymic,
        "birth_year": form.birth_year,
        "settlement": form.settlement,
        # Only when picked: a typed settlement's payload is as it always was.
        **({"place": form.place_id} if form.place_id else {}),
        "updates": form.wants_updates,
        "phone": form.phone if form.wants_updates else "",
        "email": form.email if form.wants_updates else "",
        "consents": {"age": form.age_confirmed, "self": form.for_self, "data": form.consent},
        "method": form.method,
        "typed_name": form.typed_name if form.method == "typed" else "",
        "volunteer": form.volunteer_code if form.method == "assisted" else "",
        "assist_reason": form.assist_reason if form.method == "assisted" else "",
        "strokes": form.packed_strokes() if form.method == "drawn" else b"",
        "locale": form.locale,
        "text_sha256": text_sha256,
        **(extra or {}),
    }
    # Not deflated: the strokes are packed already (kiosk.ink, a byte or so a number) and the
    # rest is a few short texts; the padding below would take back most of what deflate saves.
    body = cbor2.dumps(doc, canonical=True)
    framed = struct.pack(">I", len(body)) + body
    return framed + b"\x00" * (-len(framed) % PAD_TO)


def read_payload(data: bytes) -> dict[str, object]:
    """The personal data dict back from an opened envelope."""
    (length,) = struct.unpack_from(">I", data)
    doc = cbor2.loads(data[4 : 4 + length])
    if not isinstance(doc, dict) or doc.get("v") != 1:
        raise ValueError("unknown personal data version")
    return doc

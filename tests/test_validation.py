"""Validation gives one clear message per field and never crashes on anything typed."""

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.signature import SignatureForm
from kiosk.validation import MESSAGES, validate
from tests.conftest import form_with

Make = Callable[..., SignatureForm]
LOCALES = ("az-Latn", "az-Cyrl", "ru", "en")


def problems(form: SignatureForm) -> dict[str, str]:
    return {p.field: p.code for p in validate(form, LOCALES, 18)}


def test_a_complete_form_passes(make_form: Make) -> None:
    assert problems(make_form()) == {}


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"given_name": ""}, "given_name", "required"),
        ({"surname": "   \u00a0 "}, "surname", "required"),
        ({"surname": "Əli\x00yev"}, "surname", "control"),
        ({"surname": "Əli\u202eyev"}, "surname", "control"),
        ({"given_name": "A" * 61}, "given_name", "too_long"),
        ({"surname": "=HYPERLINK(1)"}, "surname", "formula"),
        ({"settlement": "+Ağdam"}, "settlement", "formula"),
        ({"given_name": "-Ali"}, "given_name", "formula"),
        ({"given_name": "@Ali"}, "given_name", "formula"),
        ({"surname": "12345"}, "surname", "no_letters"),
        ({"given_name": "Ali;=1+1;x"}, "given_name", "characters"),
        ({"surname": "Quliyeva|@SUM(1)"}, "surname", "characters"),
        ({"settlement": 'Ağdam "x"'}, "settlement", "characters"),
        ({"patronymic": "Əli 😀"}, "patronymic", "characters"),
        ({"given_name": "Ali٣"}, "given_name", "characters"),  # a digit the font does not draw
        ({"strokes": [[(0.5, 0.5, 0.01)] * 3]}, "strokes", "too_little_ink"),
        ({"strokes": [[(0.5, 0.5, 0.01), (0.52, 0.5, 0.01)] * 10]}, "strokes", "too_little_ink"),
        ({"strokes": [[(float("nan"), 0.5, 0.01)] * 20]}, "strokes", "bad_strokes"),
        ({"strokes": [[(0.1, 0.5)] * 20]}, "strokes", "bad_strokes"),
        ({"strokes": [[(0.1, 0.5, 0.01, 7.0)] * 20]}, "strokes", "bad_strokes"),
        ({"strokes": [[(0.1, "x", 0.01)] * 20]}, "strokes", "bad_strokes"),
        ({"strokes": [[(0.1, 1.5, 0.01)] * 20]}, "strokes", "bad_strokes"),
        ({"consent": False}, "consent", "consent_required"),
        ({"age_confirmed": False}, "age_confirmed", "age_required"),
        ({"for_self": False}, "for_self", "for_self_required"),
        ({"phone": "+994501234567"}, "phone", "contact_without_optin"),
        ({"wants_updates": True}, "phone", "contact_needed"),
        ({"wants_updates": True, "phone": "12"}, "phone", "phone"),
        ({"wants_updates": True, "email": "no-at-sign"}, "email", "email"),
        ({"birth_year": 2020}, "birth_year", "birth_year"),
        ({"method": "typed", "typed_name": ""}, "typed_name", "required"),
        ({"method": "assisted", "volunteer_code": "x"}, "volunteer_code", "volunteer_code"),
        (
            {"method": "assisted", "volunteer_code": "V042", "assist_reason": "bored"},
            "assist_reason",
            "assist_reason",
        ),
        ({"locale": "fr"}, "locale", "locale"),
    ],
)
def test_each_problem_is_named_by_its_field(
    make_form: Make, changes: dict[str, object], field: str, code: str
) -> None:
    found = problems(make_form(**changes))
    assert found.get(field) == code
    assert MESSAGES[code].endswith(".")


def test_a_phone_may_start_with_plus_when_updates_are_wanted(make_form: Make) -> None:
    assert problems(make_form(wants_updates=True, phone="+994 (50) 123-45-67")) == {}


def test_typed_and_assisted_need_no_drawing(make_form: Make) -> None:
    typed = make_form(method="typed", typed_name="İlkin Məmmədov", strokes=[])
    assert problems(typed) == {"typed_confirmed": "typed_confirm"}
    typed.typed_confirmed = True
    assert problems(typed) == {}
    helped = make_form(method="assisted", volunteer_code="V042", strokes=[])
    assert problems(helped) == {"assist_reason": "assist_reason"}
    helped.assist_reason = "sight"
    assert problems(helped) == {}


points = st.tuples(st.floats(), st.floats(), st.floats())


@settings(max_examples=150)
@given(
    given_name=st.text(max_size=80),
    surname=st.text(max_size=80),
    settlement=st.text(max_size=100),
    phone=st.text(max_size=30),
    email=st.text(max_size=30),
    wants=st.booleans(),
    year=st.none() | st.integers(),
    strokes=st.lists(st.lists(points, max_size=30), max_size=5),
    method=st.sampled_from(["drawn", "typed", "assisted", "other"]),
)
def test_validation_never_crashes(
    given_name: str,
    surname: str,
    settlement: str,
    phone: str,
    email: str,
    wants: bool,
    year: int | None,
    strokes: list[list[tuple[float, float, float]]],
    method: str,
) -> None:
    form = form_with(
        given_name=given_name,
        surname=surname,
        settlement=settlement,
        phone=phone,
        email=email,
        wants_updates=wants,
        birth_year=year,
        strokes=strokes,
        method=method,
    )
    for problem in validate(form, LOCALES, 18):
        assert problem.message


def test_every_character_a_name_may_use_is_drawn_by_the_bundled_fonts(qapp: object) -> None:
    from PySide6.QtGui import QRawFont

    from kiosk.validation import _NAME_RANGES, _name_character
    from resources import resource_path

    accepted = [c for low, high in _NAME_RANGES for c in range(low, high + 1)
                if _name_character(chr(c))]  # fmt: skip
    assert len(accepted) > 1000  # Latin, Cyrillic and Greek with their accents
    for name in ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"):
        font = QRawFont(str(resource_path("fonts", name)), 12)
        assert font.isValid()
        assert not [hex(c) for c in accepted if not font.supportsCharacter(c)]
    assert make_name_ok("Abdulrəhmanbəyli-Zülfüqarovlar")
    assert make_name_ok("O’Brien (Ağa) Kərimov-Ağayev, 2-ci")


def make_name_ok(value: str) -> bool:
    from kiosk.validation import text_problem

    return text_problem(value, 60) is None

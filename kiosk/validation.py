"""Checks on a signing form, with one clear message per field.

Messages are English source strings keyed by code; the screens translate them (Qt ``tr`` with
the context ``validation``), the command line prints them as they are.
"""

import datetime as dt
import math
import re
import unicodedata
from dataclasses import dataclass, replace
from itertools import chain, islice

from kiosk.places import place
from kiosk.signature import ASSIST_REASONS, METHODS, SignatureForm, Stroke

NAME_MAX = 60
SETTLEMENT_MAX = 80
EMAIL_MAX = 254
MAX_STROKES = 64
MAX_POINTS = 4000
MIN_POINTS = 8
MIN_INK = 0.35  # total stroke length, in pad widths: a scribble, not a dot
MIN_EXTENT = 0.2  # and it spans a fifth of the pad, not a knot in one corner
FORMULA_START = ("=", "+", "-", "@")  # what a spreadsheet runs as a formula
_PHONE = re.compile(r"^\+?[0-9 ()-]+$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
_VOLUNTEER = re.compile(r"^[0-9A-Za-z]{3,12}$")

MESSAGES = {
    "required": "Please fill this in.",
    "control": "This contains characters that cannot be used.",
    "too_long": "This is too long.",
    "formula": "This cannot start with =, +, - or @.",
    "characters": "Please use only letters, digits, spaces and the marks ' - . , ( ).",
    "no_letters": "Please use letters.",
    "phone": "Please enter a phone number of 7 to 15 digits.",
    "email": "Please enter an email address like name@example.az.",
    "contact_needed": "Please give a phone number or an email address for updates.",
    "contact_without_optin": "Contact details are kept only if you ask for updates.",
    "birth_year": "Please enter a year of birth of four digits.",
    "age_required": "Please confirm that you are old enough to sign.",
    "for_self_required": "Please confirm that you sign only for yourself.",
    "consent_required": "Please agree to how your data is used, or you cannot sign.",
    "too_little_ink": "Please sign a little larger.",
    "bad_strokes": "The drawing could not be read. Please clear it and sign again.",
    "method": "Please choose how to sign.",
    "volunteer_code": "The volunteer code is 3 to 12 letters or digits.",
    "typed_confirm": "Please tick the box to confirm that this is your signature.",
    "assist_reason": "Please choose why a volunteer is helping.",
    "locale": "This language is not offered for this petition.",
    "place": "Please choose the place again from the list.",
}


@dataclass(frozen=True)
class Problem:
    field: str
    code: str

    @property
    def message(self) -> str:
        return MESSAGES[self.code]


def clean(value: str) -> str:
    """What is kept of a text field: NFC, outer spaces gone, inner runs of spaces collapsed."""
    return " ".join(unicodedata.normalize("NFC", value).split())


def _has_control(value: str) -> bool:
    """Control, format, private-use or unassigned characters (after spaces are collapsed)."""
    return not value.replace(" ", "").isprintable()


_NAME_MARKS = frozenset(" '’ʼ-‐–.,()0123456789")
_NAME_RANGES = (
    (0x0041, 0x024F),  # Basic Latin letters to Latin Extended-B (Ə ǝ Ğ Ş İ)
    (0x0250, 0x02AF),  # IPA extensions (ə)
    (0x0300, 0x036F),  # combining accents
    (0x0370, 0x03E1),  # Greek (not the Coptic letters that follow)
    (0x03F0, 0x03FF),
    (0x0400, 0x052F),  # Cyrillic and its supplement (Ә Ғ Ј Ҝ Һ Ҹ Ө Ү)
    (0x1E00, 0x1EFF),  # Latin Extended Additional
)


def _name_character(ch: str) -> bool:
    """A character names and places are written with: a letter or accent of the Latin,
    Cyrillic or Greek scripts (what the bundled font draws, in the PDF as on the screen),
    a digit, a space or one of ' ’ ʼ - ‐ – . , ( ). So nothing a spreadsheet would split a
    line on or run as a formula (; | = + @, quotes, tabs), and no emoji."""
    if ch in _NAME_MARKS:
        return True
    code = ord(ch)
    in_scripts = any(low <= code <= high for low, high in _NAME_RANGES)
    return in_scripts and (ch.isalpha() or unicodedata.combining(ch) > 0)


def text_problem(value: str, limit: int, required: bool = True, name: bool = True) -> str | None:
    """The code of what is wrong with a name-like value, or None. ``name``: it is a
    person's name or a place, held to the characters names are written with."""
    value = clean(value)
    if _has_control(value):
        return "control"
    if not value:
        return "required" if required else None
    if len(value) > limit:
        return "too_long"
    if value.startswith(FORMULA_START):
        return "formula"
    if name and not all(map(_name_character, value)):
        return "characters"
    if not any(ch.isalpha() for ch in value):
        return "no_letters"
    return None


def _in_range(values: tuple[float, ...], low: float, high: float) -> bool:
    # min/max/sum run in C; the sum turns any NaN or infinity into a non-finite total.
    return math.isfinite(sum(values)) and min(values) >= low and max(values) <= high


def strokes_problem(strokes: list[Stroke]) -> str | None:
    """What is wrong with a drawing (too little ink, unreadable), or None."""
    points = sum(map(len, strokes))
    if len(strokes) > MAX_STROKES or points > MAX_POINTS:
        return "bad_strokes"
    if points < MIN_POINTS:
        return "too_little_ink"
    # Checked with C-level builtins only: this runs on the submit path.
    try:
        # Transposed in C; strict: a point that is not (x, y, width) raises ValueError.
        xs, ys, ws = zip(*chain.from_iterable(strokes), strict=True)
        if not (_in_range(xs, 0, 1) and _in_range(ys, 0, 1) and _in_range(ws, 0, 0.2)):
            return "bad_strokes"
        # Path length through x, y and width: the width adds next to nothing.
        ink = sum(sum(map(math.dist, s, islice(s, 1, None))) for s in strokes)
    except (TypeError, ValueError):
        return "bad_strokes"
    extent = math.hypot(max(xs) - min(xs), max(ys) - min(ys))
    if ink < MIN_INK or extent < MIN_EXTENT:
        return "too_little_ink"
    return None


def _contact_problems(form: SignatureForm) -> list[Problem]:
    phone, email = clean(form.phone), clean(form.email)
    if not form.wants_updates:
        return [Problem("phone", "contact_without_optin")] if phone or email else []
    problems = []
    if _has_control(phone + email):
        return [Problem("phone" if form.phone else "email", "control")]
    digits = sum(ch.isdigit() for ch in phone)
    if phone and (not _PHONE.match(phone) or not 7 <= digits <= 15 or "+" in phone[1:]):
        problems.append(Problem("phone", "phone"))
    if email and (len(email) > EMAIL_MAX or not _EMAIL.match(email)):
        problems.append(Problem("email", "email"))
    if not phone and not email:
        problems.append(Problem("phone", "contact_needed"))
    return problems


def validate(
    form: SignatureForm, locales: tuple[str, ...], minimum_age: int, today: dt.date | None = None
) -> list[Problem]:
    """Every problem with the form, in screen order; empty when it can be signed."""
    problems: list[Problem] = []
    for name, value, limit, required in (
        ("given_name", form.given_name, NAME_MAX, True),
        ("surname", form.surname, NAME_MAX, True),
        ("patronymic", form.patronymic, NAME_MAX, False),
        ("settlement", form.settlement, SETTLEMENT_MAX, True),
    ):
        if code := text_problem(value, limit, required):
            problems.append(Problem(name, code))
    if form.place_id and place(form.place_id) is None:
        problems.append(Problem("settlement", "place"))
    if form.birth_year is not None and not (
        1900 <= form.birth_year <= (today or dt.date.today()).year - minimum_age
    ):
        problems.append(Problem("birth_year", "birth_year"))
    problems += _contact_problems(form)
    for name, ticked, code in (
        ("age_confirmed", form.age_confirmed, "age_required"),
        ("for_self", form.for_self, "for_self_required"),
        ("consent", form.consent, "consent_required"),
    ):
        if not ticked:
            problems.append(Problem(name, code))
    if form.method not in METHODS:
        problems.append(Problem("method", "method"))
    elif form.method == "drawn":
        if code := strokes_problem(form.strokes):
            problems.append(Problem("strokes", code))
    elif form.method == "typed":
        if code := text_problem(form.typed_name, 2 * NAME_MAX + 1):
            problems.append(Problem("typed_name", code))
        if not form.typed_confirmed:
            problems.append(Problem("typed_confirmed", "typed_confirm"))
    else:
        if not _VOLUNTEER.match(form.volunteer_code):
            problems.append(Problem("volunteer_code", "volunteer_code"))
        if form.assist_reason not in ASSIST_REASONS:
            problems.append(Problem("assist_reason", "assist_reason"))
    if form.locale not in locales:
        problems.append(Problem("locale", "locale"))
    return problems


def cleaned(form: SignatureForm) -> SignatureForm:
    """A copy of a valid form with its text fields as they will be stored."""
    return replace(
        form,
        given_name=clean(form.given_name),
        surname=clean(form.surname),
        patronymic=clean(form.patronymic),
        settlement=clean(form.settlement),
        phone=clean(form.phone) if form.wants_updates else "",
        email=clean(form.email) if form.wants_updates else "",
        typed_name=clean(form.typed_name),
        volunteer_code=form.volunteer_code.strip().upper(),
    )

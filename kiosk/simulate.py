"""``imza simulate``: synthetic signers with realistic names, settlements and strokes.

Each goes through ``Vault.submit``, exactly as a signer on the screens does, flagged synthetic.
Names are common Azerbaijani and Russian names; settlements are real places of the liberated
districts. With ``duplicates`` > 0 some signers come back, as people do.
"""

import json
import math
import random
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any

from kiosk.signature import SignatureForm, Stroke
from kiosk.vault import Invalid, MaybeDuplicate, Stored, Vault
from resources import resource_path


@cache
def _names() -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(resource_path("simulate", "names.json").read_text("utf-8"))
    return doc


@cache
def _settlements() -> list[str]:
    doc = json.loads(resource_path("places", "settlements.json").read_text(encoding="utf-8"))
    return [s["az"] for d in doc["districts"] for s in d["settlements"]]


def _feminine_az(surname: str) -> str:
    return surname + "a" if surname.endswith(("ov", "ev", "yev")) else surname


def _feminine_ru(surname: str) -> str:
    if surname.endswith("ский"):
        return surname[:-2] + "ая"
    return surname + "а" if surname.endswith(("ов", "ев", "ин", "ын")) else surname


_RU_IRREGULAR = {
    "Илья": ("Ильич", "Ильинична"),
    "Никита": ("Никитич", "Никитична"),
    "Павел": ("Павлович", "Павловна"),
    "Пётр": ("Петрович", "Петровна"),
    "Михаил": ("Михайлович", "Михайловна"),
    "Лев": ("Львович", "Львовна"),
}


def _patronymic_ru(father: str, female: bool) -> str:
    """Russian patronymic: Иван -> Иванович/Ивановна, Сергей -> Сергеевич, Илья -> Ильич."""
    if father in _RU_IRREGULAR:
        return _RU_IRREGULAR[father][female]
    if father.endswith(("й", "ь")):
        return father[:-1] + ("евна" if female else "евич")
    return father + ("овна" if female else "ович")


def strokes(rng: random.Random) -> list[Stroke]:
    """A plausible handwritten signature: a few cursive loops, pressure varying along them."""
    out: list[Stroke] = []
    x = 0.08 + rng.random() * 0.1
    for _ in range(rng.randint(1, 3)):
        pts: Stroke = []
        loops = rng.randint(3, 7)
        for i in range(loops * 12):
            t = i / 12
            px = x + t * 0.06 + 0.03 * math.cos(t * 2 * math.pi)
            py = 0.5 + 0.18 * math.sin(t * 2 * math.pi) * (0.7 + 0.3 * rng.random())
            width = 0.004 + 0.004 * abs(math.sin(t * math.pi))
            pts.append((min(px, 0.98), min(max(py, 0.02), 0.98), width))
        out.append(pts)
        x = min(pts[-1][0] + 0.05, 0.8)
    return out


def person(rng: random.Random) -> SignatureForm:
    names = _names()
    female = rng.random() < 0.5
    settlement = rng.choice(_settlements())
    if rng.random() < 0.8:
        az = names["az"]
        given = rng.choice(az["female" if female else "male"])
        if rng.random() < 0.2:
            surname = rng.choice(az["surnames_unchanging"])
        else:
            root = rng.choice(az["surname_roots"])
            surname = _feminine_az(root) if female else root
        father = rng.choice(az["male"])
        patronymic = f"{father} {'qızı' if female else 'oğlu'}" if rng.random() < 0.5 else ""
        locale = rng.choice(["az-Latn", "az-Latn", "az-Latn", "az-Cyrl"])
    else:
        ru = names["ru"]
        given = rng.choice(ru["female" if female else "male"])
        root = rng.choice(ru["surnames_male"])
        surname = _feminine_ru(root) if female else root
        father = rng.choice(ru["male"])
        patronymic = _patronymic_ru(father, female) if rng.random() < 0.5 else ""
        locale = "ru"
    wants = rng.random() < 0.15
    form = SignatureForm(
        given_name=given,
        surname=surname,
        settlement=settlement,
        patronymic=patronymic,
        wants_updates=wants,
        phone=f"+994 50 {rng.randint(1000000, 9999999)}" if wants else "",
        age_confirmed=True,
        for_self=True,
        consent=True,
        method="drawn",
        locale=locale,
    )
    form.set_strokes(strokes(rng))  # as the signature screen leaves it
    return form


def signers(count: int, duplicates: float, seed: int | None = None) -> Iterator[SignatureForm]:
    """``count`` forms; a share ``duplicates`` of them repeat an earlier signer."""
    rng = random.Random(seed)  # noqa: S311 - synthetic test data, repeatable by seed
    earlier: list[SignatureForm] = []
    for _ in range(count):
        if earlier and rng.random() < duplicates:
            yield rng.choice(earlier)
            continue
        form = person(rng)
        if duplicates > 0:  # only then can a signer come back
            earlier.append(form)
        yield form


def run(
    vault: Vault,
    count: int,
    duplicates: float = 0.0,
    seed: int | None = None,
    progress: Callable[[int], None] | None = None,
    on_stored: Callable[[Stored], None] | None = None,
) -> dict[str, int]:
    """Submit ``count`` synthetic signers. Asked "is that you?", a returning signer says yes
    and nothing is stored; a namesake says no and gives a birth year, as on the screens."""
    rng = random.Random(seed)  # noqa: S311 - synthetic test data, repeatable by seed
    tally = {"stored": 0, "repeats": 0}
    # A repeat is the very same form object coming back; holding the forms keeps their ids
    # from being reused by new forms (an id freed and reused made a new signer a "repeat").
    stored: dict[int, SignatureForm] = {}
    for done, form in enumerate(signers(count, duplicates, seed), 1):
        result = vault.submit(form, synthetic=True)
        if isinstance(result, MaybeDuplicate):
            if id(form) in stored:
                tally["repeats"] += 1
            else:
                form.birth_year = rng.randint(1940, 2005)
                result = vault.submit(form, synthetic=True, not_the_same=True)
        if isinstance(result, Invalid):
            raise ValueError(f"simulated signer refused: {result.problems}")
        if isinstance(result, Stored):
            stored[id(form)] = form
            tally["stored"] += 1
            if on_stored:
                on_stored(result)
        if progress:
            progress(done)
    return tally

"""The gazetteer: places a signer can pick, one id each, named in every script we offer.

Ağdam, Ағдам and Агдам are one place. The signer sees the name in their own script first;
the record keeps the id beside the name as shown, so counting and exports take a place once
whatever the script it was picked in.
"""

import json
from dataclasses import dataclass
from functools import cache

from kiosk.normalise import normalise
from resources import resource_path

# Which of a place's names a signer reading this language sees first.
SCRIPT_OF_LOCALE = {"az-Latn": "az", "az-Cyrl": "cyrl", "ru": "ru", "en": "az"}
SCRIPTS = ("az", "cyrl", "ru")


@dataclass(frozen=True)
class Place:
    id: str
    names: dict[str, str]  # script -> name: az (Latin), cyrl (Azerbaijani Cyrillic), ru
    district: dict[str, str]
    folded: tuple[str, ...]  # every name normalised, for matching what a signer types

    @property
    def is_centre(self) -> bool:
        """The town a district is named after: most signers come from these."""
        return self.names["az"] == self.district["az"]

    @property
    def canonical(self) -> str:
        """The Azerbaijani Latin name: what identity and exports use for this place."""
        return self.names["az"]

    def name_in(self, locale: str) -> str:
        return self.names.get(SCRIPT_OF_LOCALE.get(locale, "az"), self.canonical)

    def district_in(self, locale: str) -> str:
        return self.district.get(SCRIPT_OF_LOCALE.get(locale, "az"), self.district["az"])

    def other_names(self, locale: str) -> list[str]:
        """The place's other spellings, each once, for the smaller line under its name."""
        shown = self.name_in(locale)
        out: list[str] = []
        for script in SCRIPTS:
            name = self.names[script]
            if name != shown and name not in out:
                out.append(name)
        return out


@cache
def gazetteer() -> dict[str, Place]:
    doc = json.loads(resource_path("places", "settlements.json").read_text("utf-8"))
    places: dict[str, Place] = {}
    for d in doc["districts"]:
        district = {s: d[s] for s in SCRIPTS}
        for s in d["settlements"]:
            names = {script: s[script] for script in SCRIPTS}
            folded = tuple(dict.fromkeys(normalise(n) for n in names.values()))
            places[s["id"]] = Place(s["id"], names, district, folded)
    return places


def place(place_id: str) -> Place | None:
    return gazetteer().get(place_id)


def matches(typed: str, locale: str, limit: int = 6) -> list[Place]:
    """Places whose name in any script, or a word of it, starts with what was typed.

    Names starting with it in the signer's own script come first, then the rest; in each
    group district towns first, then alphabetical in the signer's script. Nothing for an
    empty box.
    """
    key = normalise(typed)
    if not key:
        return []
    script = SCRIPT_OF_LOCALE.get(locale, "az")
    own, other = [], []
    for p in gazetteer().values():
        if normalise(p.names[script]).startswith(key):
            own.append(p)
        elif any(word.startswith(key) for name in p.folded for word in (name, *name.split())):
            other.append(p)

    def order(p: Place) -> tuple[bool, str]:
        return (not p.is_centre, p.name_in(locale).casefold())

    own.sort(key=order)
    other.sort(key=order)
    return (own + other)[:limit]


@cache
def _spellings() -> dict[str, tuple[str, str]]:
    """Every name of the gazetteer in every script, normalised -> (key, Latin name). Where
    one spelling names several places (two villages called Qışlaq), the key is all of them."""
    found: dict[str, set[str]] = {}
    for p in gazetteer().values():
        for name in p.folded:
            found.setdefault(name, set()).add(p.id)
    out = {}
    for name, ids in found.items():
        first = gazetteer()[min(ids)]
        out[name] = ("+".join(sorted(ids)), first.canonical)
    return out


def settlement_key(settlement: str, place_id: str) -> tuple[str, str]:
    """What totals count a settlement under, and the name to show for it: a picked place by
    its id; a typed name the gazetteer knows in any script (Агдам, Ağdam, AĞDAM) as that
    place; anything else by its normalised spelling, shown as typed."""
    picked = place(place_id) if place_id else None
    if picked is not None:
        return picked.id, picked.canonical
    folded = normalise(settlement)
    return _spellings().get(folded) or ("~" + folded, settlement)


def canonical_settlement(settlement: str, place_id: str) -> str:
    """The settlement for identity and totals: the place's Latin name if one was picked."""
    picked = place(place_id) if place_id else None
    return picked.canonical if picked is not None else settlement


def settlement_in(settlement: str, place_id: str, locale: str) -> str:
    """The settlement as a signer reading ``locale`` expects it: a picked place in that
    script (Ağdam, Ағдам, Агдам), anything typed as it was typed."""
    picked = place(place_id) if place_id else None
    return picked.name_in(locale) if picked is not None else settlement

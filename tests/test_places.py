"""One place counts once in the totals, whatever the script or spelling it was given in."""

from types import SimpleNamespace
from typing import Any, cast

from kiosk.export import settlement_totals
from kiosk.normalise import az_upper
from kiosk.places import SCRIPTS, gazetteer, settlement_key


def test_every_spelling_of_a_gazetteer_place_is_one_place() -> None:
    apart = []
    for p in gazetteer().values():
        spellings = [p.names[s] for s in SCRIPTS] + [az_upper(p.names["az"])]
        keys = {settlement_key(name, "")[0] for name in spellings}
        if keys != {settlement_key(p.canonical, p.id)[0]} and len(keys) != 1:
            apart.append(p.names)
    assert not apart


def test_totals_take_a_place_once_in_any_script_and_keep_unknown_places_as_typed() -> None:
    agdam = next(p for p in gazetteer().values() if p.names["az"] == "Ağdam")
    given = [("Ağdam", agdam.id), ("AĞDAM", ""), ("Агдам", ""), ("Ağdam", ""),
             ("Ağdam", agdam.id), ("Xırdaqışlaqoba", "")]  # fmt: skip
    signers = [cast(Any, SimpleNamespace(settlement=s, place=pid)) for s, pid in given]
    assert settlement_totals(signers) == {"Ağdam": 5, "Xırdaqışlaqoba": 1}

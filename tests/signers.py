"""Signers for server tests: real names and settlements, no two the same person."""

import functools
import itertools
from pathlib import Path

from kiosk import simulate
from kiosk.normalise import identity
from kiosk.signature import SignatureForm
from kiosk.vault import MaybeDuplicate, Stored, Vault
from tests.conftest import form_with


@functools.cache
def unique_people(count: int) -> list[tuple[str, str, str]]:
    """Real names and settlements, no two the same person once normalised."""
    names = simulate._names()["az"]
    seen: set[bytes] = set()
    people: list[tuple[str, str, str]] = []
    for combo in itertools.product(names["male"], names["surname_roots"], simulate._settlements()):
        if len(people) == count:
            break
        if (who := identity(*combo)) not in seen:
            seen.add(who)
            people.append(combo)
    return people


def distinct_signers(tablet: int, count: int) -> list[SignatureForm]:
    """``count`` signers no other tablet of the test has."""
    people = unique_people(50 * 300)[tablet * count : (tablet + 1) * count]
    return [form_with(given_name=g, surname=s, settlement=p) for g, s, p in people]


def sign_distinct(path: Path, tablet: int, count: int) -> None:
    vault = Vault.open(path)
    try:
        for n, form in enumerate(distinct_signers(tablet, count)):
            result = vault.submit(form, synthetic=True)
            if isinstance(result, MaybeDuplicate):  # a 16-bit local tag met a namesake's
                form.birth_year = 1950 + n % 50
                result = vault.submit(form, synthetic=True, not_the_same=True)
            assert isinstance(result, Stored)
    finally:
        vault.close()

"""Signers for server tests: real names and settlements, no two the same person."""

import functools
import itertools
import shutil
from pathlib import Path

import pytest

from kiosk import simulate
from kiosk.normalise import identity
from kiosk.signature import SignatureForm
from kiosk.vault import MaybeDuplicate, Stored, Vault
from sync import client, link
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


def sign(path: Path, count: int, seed: int = 1) -> None:
    """``count`` simulated signatures on the tablet at ``path``."""
    vault = Vault.open(path)
    try:
        simulate.run(vault, count, 0.0, seed, None, None)
    finally:
        vault.close()


def fork(path: Path, backup: Path, seed: int) -> None:
    """The synced tablet at ``path`` copied to ``backup`` (a restored backup); both sign two
    more, the tablet syncs first, and the copy is refused as a fork: its two records are held
    aside on the server."""
    shutil.copytree(path, backup)
    sign(path, 2, seed)
    sign(backup, 2, seed + 1)
    client.sync(path)
    with pytest.raises(client.ForkError):
        client.sync(backup)


def unsent_on(path: Path) -> int:
    """What the tablet's status strip says is still to send."""
    vault = Vault.open(path)
    try:
        return vault.status().unsent
    finally:
        vault.close()


def token_of(path: Path) -> str:
    """The token an enrolled tablet keeps."""
    vault = Vault.open(path)
    try:
        held = link.load(vault.engine)
    finally:
        vault.close()
    assert held is not None
    return held.token

"""Normalisation: the same name however it is typed, and never a crash."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.normalise import az_lower, az_order, az_upper, identity, latin_to_cyrillic, normalise


@pytest.mark.parametrize("spelling", ["Məmmədov", "MƏMMƏDOV ", "Мәммәдов", "Memmedov", "məmmədov"])
def test_spellings_of_one_surname_agree(spelling: str) -> None:
    assert normalise(spelling) == "memmedov"


def test_russian_spelling_stays_apart() -> None:
    assert normalise("Мамедов") != normalise("Məmmədov")


def test_azerbaijani_casing() -> None:
    assert az_lower("İLKİN IŞIQ") == "ilkin ışıq"
    assert az_upper("ilkin ışıq") == "İLKİN IŞIQ"
    assert normalise("İLKİN") == normalise("ilkin") == normalise("Илкин")


def test_punctuation_and_spaces_collapse() -> None:
    assert normalise("  Hüseyn-Əli  ") == normalise("Hüseyn Əli") == "huseyn eli"
    assert normalise("Ma'mmad") == normalise("Mammad")


def test_latin_to_cyrillic_round_trips() -> None:
    assert latin_to_cyrillic("Ağalı Şuşa Cəbrayıl") == "Ағалы Шуша Ҹәбрајыл"
    assert normalise(latin_to_cyrillic("Qubadlı Zəngilan")) == normalise("Qubadlı Zəngilan")


def test_identity_joins_the_disambiguator_only_when_given() -> None:
    assert identity("Əli", "Quliyev", "Laçın") == identity("ƏLİ", "Гулијев", "lacin")
    assert identity("Əli", "Quliyev", "Laçın", "1961") != identity("Əli", "Quliyev", "Laçın")


@given(st.text())
def test_normalise_never_crashes_and_is_idempotent(text: str) -> None:
    once = normalise(text)
    assert normalise(once) == once
    assert once == once.strip()


def test_names_sort_in_the_azerbaijani_alphabet_with_cyrillic_by_its_latin_spelling() -> None:
    names = ["Şahin", "Sadiq", "Əli", "Evoğlu", "Xəlil", "Həsən", "Qasım", "Kamal", "İlkin",
             "Ilgar", "Ömər", "Oleg", "Кузнецова", "Çingiz", "Cavid", "Шүкүр"]  # fmt: skip
    assert sorted(names, key=az_order) == [
        "Cavid", "Çingiz", "Evoğlu", "Əli", "Həsən", "Xəlil", "Ilgar", "İlkin", "Kamal",
        "Кузнецова", "Qasım", "Oleg", "Ömər", "Sadiq", "Şahin", "Шүкүр",
    ]  # fmt: skip

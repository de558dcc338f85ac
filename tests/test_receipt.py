"""Receipt codes survive being read aloud, written down and typed back on any keyboard."""

from hypothesis import given
from hypothesis import strategies as st

from kiosk.receipt import ALPHABET, LENGTH, grouped, new_code, parse


def test_new_codes_are_twelve_crockford_characters() -> None:
    codes = {new_code() for _ in range(500)}
    assert len(codes) == 500
    assert all(len(c) == LENGTH and set(c) <= set(ALPHABET) for c in codes)


def test_forgiving_reading() -> None:
    assert parse("7kq2-m9xd-4htb") == "7KQ2M9XD4HTB"
    assert parse(grouped("7KQ2M9XD4HTB")) == "7KQ2M9XD4HTB"
    assert parse("O1IL 0000 0000") == "0111" + "0" * 8
    # Copied from paper on a Russian or Azerbaijani Cyrillic keyboard.
    assert parse("7кq2 м9хd 4нтв") == "7KQ2M9XD4HTB"
    assert parse("7KQ2 M9XD 4HT") is None
    assert parse("7KQ2 M9XD 4HTU") is None  # U is not in the alphabet


@given(st.text(max_size=30))
def test_parse_never_crashes(text: str) -> None:
    code = parse(text)
    assert code is None or (len(code) == LENGTH and set(code) <= set(ALPHABET))

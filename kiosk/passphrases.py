"""Passphrases for campaign key files: the generated one, and a strength estimate for a chosen one.

``keygen`` refuses a chosen passphrase whose estimate is below MIN_BITS (60). Opening a key
file never asks: a file made before the rule must still open. The estimate is simple, needs no
new dependency, and errs low:

- The whole passphrase, squashed (case and spaces ignored), is looked up in a short list of
  passwords and phrases every guesser tries first, also with look-alikes undone (``p@ssw0rd``)
  and digits or symbols around it (``Password1!``). A hit scores COMMON_BITS plus what the
  additions score.
- Otherwise it is split into words at whitespace, and a word repeated (in any case) adds
  nothing. A word from the bundled EFF large list scores log2(7,776) = 12.9 bits, as it would
  in a passphrase drawn from that list: the generated six words score 77.5. A common password
  as a word scores as above; a word joined with ``- _ . ,`` is scored part by part.
- Any other word scores by its characters: per character, log2 of the pool its character
  classes span (a-z 26, A-Z 26, 0-9 10, ASCII symbols 33, anything else 64). A character
  that repeats the one before or steps from it along the alphabet or a keyboard row (``abc``,
  ``321``, ``qwe``) scores 1 bit; a word that is one chunk repeated (``abcabc``) scores its
  chunk. A word of letters, perhaps with look-alikes for some, capitals, and digits or symbols
  around it (``Tr0ub4dor&3``), scores at most DICTIONARY_BITS (log2 100,000: people choose
  real words, and a dictionary holds about that many) plus a bit for each look-alike and one
  for capitals, plus what the additions score.
"""

import math
import re
import secrets
import string
import unicodedata
from functools import cache
from itertools import pairwise

from resources import resource_path

MIN_BITS = 60
WORDS = 6
COMMON_BITS = 10.0  # within the first thousand guesses any cracking list makes
DICTIONARY_BITS = math.log2(100_000)

# Squashed, case-folded; look-alikes are undone before the lookup, so one spelling will do.
_COMMON = """
    password passphrase secret letmein iloveyou welcome admin administrator login changeme
    default master shadow monkey dragon football baseball soccer sunshine princess superman
    batman starwars whatever freedom trustno1 computer internet hello michael jennifer jordan
    charlie qwerty qwertyuiop asdfgh asdfghjkl zxcvbnm azerty qazwsx zaq12wsx 1q2w3e4r 1qaz2wsx
    123456 1234567 12345678 123456789 1234567890 111111 000000 666666 121212 654321 123123
    abc123 aaaaaa correcthorsebatterystaple thequickbrownfoxjumpsoverthelazydog imza petition
    campaign signature azerbaijan azerbaycan azərbaycan baku bakı qarabag qarabağ karabakh
    parol sifre şifrə пароль
"""
COMMON = frozenset(_COMMON.split())
_LOOKALIKES = str.maketrans("0134@$57", "oieaasst")
_AROUND = string.digits + string.punctuation
_JOINERS = re.compile(r"[-_.,]+")
_ROWS = (
    "1234567890",
    "qwertyuiop",
    "asdfghjkl",
    "zxcvbnm",
    "qüertyuiopöğ",  # Azerbaijani Latin layout
    "asdfghjklıə",
    "zxcvbnmçş",
    "йцукенгшщзхъ",  # Russian layout
    "фывапролджэ",
    "ячсмитьбю",
)


@cache
def wordlist() -> tuple[str, ...]:
    """The EFF large word list (7,776 lowercase words) the generated passphrase is drawn from."""
    return tuple(resource_path("wordlists", "eff_large_wordlist.txt").read_text().split())


@cache
def _wordset() -> frozenset[str]:
    return frozenset(wordlist())


def word_bits() -> float:
    return math.log2(len(wordlist()))


def generate(words: int = WORDS) -> str:
    """``words`` different words from the list, lowercase, one space apart (77.5 bits for 6)."""
    return " ".join(secrets.SystemRandom().sample(wordlist(), words))


def _pool(chars: str) -> int:
    pool = 26 * any("a" <= c <= "z" for c in chars) + 26 * any("A" <= c <= "Z" for c in chars)
    pool += 10 * any(c in string.digits for c in chars)
    pool += 33 * any(c in string.punctuation or c == " " for c in chars)
    return pool + 64 * any(not c.isascii() for c in chars)


def _follows(last: str, c: str) -> bool:
    """Whether ``c`` is the obvious next key after ``last``: the same, or a step away."""
    a, b = last.casefold(), c.casefold()
    if a == b or abs(ord(a) - ord(b)) == 1:
        return True
    return any(a + b in row or b + a in row for row in _ROWS)


def _chunk(chars: str) -> str:
    """The shortest chunk ``chars`` is a repeat of (``abc`` for ``abcabc``)."""
    n = len(chars)
    return next(chars[:p] for p in range(1, n + 1) if n % p == 0 and chars[:p] * (n // p) == chars)


def _char_bits(chars: str) -> float:
    if not chars:
        return 0.0
    unit = _chunk(chars)
    per = math.log2(_pool(unit))
    return per + sum(1.0 if _follows(a, b) else per for a, b in pairwise(unit))


def _dressing(low: str) -> tuple[str, str]:
    """``low`` split into its middle and the digits and symbols around it."""
    start = len(low) - len(low.lstrip(_AROUND))
    core = low.strip(_AROUND)
    return core, low[:start] + low[start + len(core) :]


def _common(text: str) -> str | None:
    """What was added around a common password ``text`` is made of ("" for none), else None."""
    low = text.casefold()
    for found, added in ((low, ""), _dressing(low)):
        if found and (found in COMMON or found.translate(_LOOKALIKES) in COMMON):
            return added
    return None


def _word_score(word: str) -> float:
    if word.casefold() in _wordset():
        return word_bits()
    if (added := _common(word)) is not None:
        return COMMON_BITS + _char_bits(added)
    parts = [p for p in _JOINERS.split(word) if p]
    if len(parts) > 1:
        return sum(_word_score(p) for p in parts)
    bits = _char_bits(word)
    core, added = _dressing(word.casefold())
    plain = core.translate(_LOOKALIKES)
    if plain.isalpha():  # a word, perhaps dressed up: Tr0ub4dor&3
        changed = sum(a != b for a, b in zip(core, plain, strict=True)) + (word != word.casefold())
        return min(bits, DICTIONARY_BITS + changed + _char_bits(added))
    return bits


def _assess(passphrase: str) -> tuple[float, bool]:
    """(estimated bits, whether the whole passphrase is a very common one)."""
    words = unicodedata.normalize("NFC", passphrase).split()
    if (added := _common("".join(words))) is not None:
        return COMMON_BITS + _char_bits(added), True
    seen: set[str] = set()
    bits = 0.0
    for word in words:
        if word.casefold() not in seen:
            seen.add(word.casefold())
            bits += _word_score(word)
    return bits, False


def estimate_bits(passphrase: str) -> float:
    """The estimated strength of ``passphrase`` in bits, as the module docstring describes."""
    return _assess(passphrase)[0]


def weakness(passphrase: str) -> str | None:
    """Why ``passphrase`` is too weak to guard a campaign key, in a few words, or None."""
    bits, common = _assess(passphrase)
    if common:
        return "it is a very common password"
    if bits < MIN_BITS:
        return f"about {bits:.0f} bits of estimated strength, {MIN_BITS} needed"
    return None

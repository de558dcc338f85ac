"""Normalised identity: what two spellings of the same person have in common.

NFKC, Azerbaijani casing (İ/i, I/ı), Azerbaijani Cyrillic to Latin, then the letters people
type without (ə->e, ğ->g, ı->i, ö->o, ü->u, ş->s, ç->c), punctuation and spaces collapsed.
Russian spellings of Azerbaijani names (Мамедов for Məmmədov) stay apart on purpose: the
export flags such near-duplicates for a person to judge.
"""

import re
import unicodedata

# Azerbaijani Cyrillic (1958-1991) and the Russian letters it shares, to Azerbaijani Latin.
_CYRILLIC_TO_LATIN = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "q",
    "ғ": "ğ",
    "д": "d",
    "е": "e",
    "ә": "ə",
    "ж": "j",
    "з": "z",
    "и": "i",
    "ы": "ı",
    "ј": "y",
    "к": "k",
    "ҝ": "g",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "ө": "ö",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ү": "ü",
    "ф": "f",
    "х": "x",
    "һ": "h",
    "ч": "ç",
    "ҹ": "c",
    "ш": "ş",
    "й": "y",
    "ё": "yo",
    "ю": "yu",
    "я": "ya",
    "ц": "ts",
    "щ": "şç",
    "ъ": "",
    "ь": "",
    "э": "e",
    "і": "i",
    "ҡ": "k",
    "ӧ": "ö",
    "ӱ": "ü",
}
_LATIN_TO_CYRILLIC = {
    "a": "а",
    "b": "б",
    "c": "ҹ",
    "ç": "ч",
    "d": "д",
    "e": "е",
    "ə": "ә",
    "f": "ф",
    "g": "ҝ",
    "ğ": "ғ",
    "h": "һ",
    "x": "х",
    "ı": "ы",
    "i": "и",
    "j": "ж",
    "k": "к",
    "q": "г",
    "l": "л",
    "m": "м",
    "n": "н",
    "o": "о",
    "ö": "ө",
    "p": "п",
    "r": "р",
    "s": "с",
    "ş": "ш",
    "t": "т",
    "u": "у",
    "ü": "ү",
    "v": "в",
    "y": "ј",
    "z": "з",
    "w": "в",
}
# ǝ (U+01DD) is what many keyboards without ə produce instead.
_FOLD = str.maketrans({"ə": "e", "ǝ": "e", "ı": "i"})
_APOSTROPHES = re.compile(r"['’ʼ`´]")
_NOT_WORD = re.compile(r"[\W_]+")  # letters of every script are kept: no name folds to nothing


def az_lower(text: str) -> str:
    """Lower case with Azerbaijani rules: İ -> i, I -> ı (Python's lower() gets both wrong)."""
    return text.replace("İ", "i").replace("I", "ı").lower()


def az_upper(text: str) -> str:
    """Upper case with Azerbaijani rules: i -> İ, ı -> I."""
    return text.replace("i", "İ").replace("ı", "I").upper()


_TO_LATIN = str.maketrans(_CYRILLIC_TO_LATIN)  # str.translate runs in C: this is on submit


def cyrillic_to_latin(text: str) -> str:
    """Azerbaijani Cyrillic (lower case) to Azerbaijani Latin; other characters pass through."""
    return text.translate(_TO_LATIN)


def latin_to_cyrillic(text: str) -> str:
    """Azerbaijani Latin to Azerbaijani Cyrillic, keeping case; other characters pass through."""
    out = []
    for ch in text:
        low = az_lower(ch)
        cyr = _LATIN_TO_CYRILLIC.get(low)
        if cyr is None:
            out.append(ch)
        else:
            out.append(cyr.upper() if low != ch else cyr)
    return "".join(out)


def normalise(text: str) -> str:
    """The folded form used to compare names and settlements; never shown to anyone."""
    text = unicodedata.normalize("NFKC", text)
    text = cyrillic_to_latin(az_lower(text).casefold())
    text = _APOSTROPHES.sub("", text)
    # Decompose and drop the marks: ö ü ş ç ğ lose their diacritics; ə and ı do not decompose.
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    text = text.translate(_FOLD)
    return _NOT_WORD.sub(" ", text).strip()


_ALPHABET = "abcçdeəfgğhxıijkqlmnoöprsştuüvyz"  # the Azerbaijani alphabet, in its order
_RANK = {ch: i for i, ch in enumerate(_ALPHABET, start=2)}


def az_order(text: str) -> tuple[int, ...]:
    """A sort key in Azerbaijani alphabetical order (ə after e, ş after s, x after h, q after
    k); Cyrillic names are placed by their Azerbaijani Latin spelling. Spaces, hyphens and
    apostrophes sort before any letter; other characters after z, by code point."""
    text = cyrillic_to_latin(az_lower(unicodedata.normalize("NFC", text)))
    return tuple(
        _RANK.get(ch) or (1 if ch.isspace() or ch in "-'’ʼ" else 100 + ord(ch)) for ch in text
    )


_SEP = "\x1f"


def identity(given: str, surname: str, settlement: str, disambiguator: str = "") -> bytes:
    """The normalised identity that duplicates are judged on, as bytes for hashing and sealing:
    name and settlement, then what told namesakes apart on one tablet (when there was one)."""
    parts = [normalise(given), normalise(surname), normalise(settlement)]
    extra = normalise(disambiguator)
    if extra:
        parts.append(extra)
    return _SEP.join(parts).encode()


def split_identity(ident: bytes) -> tuple[bytes, bytes]:
    """(name and settlement, what told namesakes apart or b"") of an ``identity``.

    Only the first is the person across tablets. The second was asked for because a tablet
    had seen a similar signer before (its 16-bit tag matched, which a different name can
    too): it proves two people on that tablet, and says nothing on another, where the same
    person signed without being asked."""
    parts = ident.split(_SEP.encode(), 3)
    return _SEP.encode().join(parts[:3]), (parts[3] if len(parts) > 3 else b"")


class Headcount:
    """People counted as the server counts them (``sync.server.counting.bump``): a person is
    name and settlement; what told namesakes apart was asked on one tablet and proves two
    people there only, so a name stands for as many people as the most variants on one
    tablet. Fed signatures oldest first, it keeps the earliest of them. The export and the
    recipient's kit verifier both judge by it."""

    def __init__(self) -> None:
        self._told_apart: dict[bytes, dict[str, set[bytes]]] = {}
        self._people: dict[bytes, int] = {}

    def adds(self, ident: bytes, device: str) -> bool:
        """Whether a signature of ``ident`` (an ``identity``) on ``device`` is one more
        person; False: a duplicate of someone counted already."""
        person, variant = split_identity(ident)
        here = self._told_apart.setdefault(person, {}).setdefault(device, set())
        if variant in here or len(here) + 1 <= self._people.get(person, 0):
            here.add(variant)
            return False
        here.add(variant)
        self._people[person] = len(here)
        return True

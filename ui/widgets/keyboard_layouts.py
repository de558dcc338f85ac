"""Layouts of the on-screen keyboard as plain data: rows of key tokens, no Qt.

A token is one character, typed as it is, or one of the special names below in braces. Letter
rows follow xkb (`az`, `az(cyrillic)`, `ru`, `us`) so that people who have used a physical
keyboard find the letters where their fingers remember them. Widths are in units; a character
key is two units wide, so special keys can be one and a half keys wide.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

SHIFT = "{shift}"
BACKSPACE = "{backspace}"
SPACE = "{space}"
SWITCH = "{switch}"  # to the next letter layout
HIDE = "{hide}"
LETTERS = "{letters}"  # from the digits pad back to the letters
ENTER = "{enter}"  # Next (to the next box) or Continue (the screen's)
SPECIALS = (SHIFT, BACKSPACE, SPACE, SWITCH, HIDE, LETTERS, ENTER)

KEY_UNITS = 2  # a character key
SPECIAL_UNITS: Mapping[str, int] = MappingProxyType(
    {SHIFT: 3, BACKSPACE: 3, SWITCH: 3, HIDE: 3, LETTERS: 3, SPACE: 10, ENTER: 5}
)


def special_name(token: str) -> str:
    """``"{shift}"`` -> ``"shift"``: the name used by ``OnScreenKeyboard.special_button``."""
    return token.strip("{}")


@dataclass(frozen=True)
class Layout:
    """One keyboard layout.

    ``label`` is what the layout-switch key shows when pressing it leads here; ``endonym`` is
    written on the space bar so that the language in use is always in sight; ``abc`` is the
    caption of the key that leads back here from the digits pad.
    """

    name: str
    label: str
    endonym: str
    abc: str
    rows: tuple[tuple[str, ...], ...]
    az_casing: bool = False  # i -> İ and ı -> I under Shift
    widths: Mapping[str, int] = field(default_factory=dict)  # per-layout SPECIAL_UNITS changes
    compact: bool = False  # a pad that should not stretch across a wide screen

    def units(self, token: str) -> int:
        if token in self.widths:
            return self.widths[token]
        return SPECIAL_UNITS.get(token, KEY_UNITS)

    def characters(self) -> list[str]:
        """Every character key of the layout, in reading order."""
        return [t for row in self.rows for t in row if t not in SPECIALS]


def _row(keys: str, *, left: tuple[str, ...] = (), right: tuple[str, ...] = ()) -> tuple[str, ...]:
    return (*left, *keys.split(), *right)


_BOTTOM = (SWITCH, ",", SPACE, ".", HIDE, ENTER)

AZ_LATN = Layout(
    name="az-Latn",
    label="ƏÜĞ",
    endonym="Azərbaycanca",
    abc="ABC",
    az_casing=True,
    rows=(
        _row("1 2 3 4 5 6 7 8 9 0 -"),
        _row("q ü e r t y u i o p ö ğ"),
        _row("a s d f g h j k l ı ə"),
        _row("z x c v b n m ç ş", left=(SHIFT,), right=(BACKSPACE,)),
        _BOTTOM,
    ),
)

# All eight letters of Azerbaijani Cyrillic are on the plain layer: ә ғ ј ҝ һ ҹ ө ү.
AZ_CYRL = Layout(
    name="az-Cyrl",
    label="ӘҜҸ",
    endonym="Азәрбајҹанҹа",
    abc="АБВ",
    az_casing=True,
    rows=(
        _row("1 2 3 4 5 6 7 8 9 0 -"),
        _row("ј ү у к е н г ш һ з х ҹ"),
        _row("ф ы в а п р о л д ж ҝ"),
        _row("ә ч с м и т ғ б ө", left=(SHIFT,), right=(BACKSPACE,)),
        _BOTTOM,
    ),
)

RU = Layout(
    name="ru",
    label="ЁЫЭ",
    endonym="Русский",
    abc="АБВ",
    rows=(
        _row("ё 1 2 3 4 5 6 7 8 9 0 -"),
        _row("й ц у к е н г ш щ з х ъ"),
        _row("ф ы в а п р о л д ж э"),
        _row("я ч с м и т ь б ю", left=(SHIFT,), right=(BACKSPACE,)),
        _BOTTOM,
    ),
)

EN = Layout(
    name="en",
    label="ABC",
    endonym="English",
    abc="ABC",
    rows=(
        _row("1 2 3 4 5 6 7 8 9 0 -"),
        _row("q w e r t y u i o p"),
        _row("a s d f g h j k l '"),
        _row("z x c v b n m", left=(SHIFT,), right=(BACKSPACE,)),
        _BOTTOM,
    ),
)

# A phone pad: digits as on a telephone, + for the country code, and what people put between.
DIGITS = Layout(
    name="digits",
    label="123",
    endonym="",
    abc="123",
    compact=True,
    widths={BACKSPACE: KEY_UNITS, SPACE: KEY_UNITS, LETTERS: 3, HIDE: 2, ENTER: 3},
    rows=(
        _row("1 2 3 ("),
        _row("4 5 6 )"),
        _row("7 8 9 -"),
        _row("+ 0", right=(SPACE, BACKSPACE)),
        (LETTERS, HIDE, ENTER),
    ),
)

# A number (a year of birth, a PIN): ten large digits and nothing a number does not hold.
NUMBER = Layout(
    name="number",
    label="123",
    endonym="",
    abc="123",
    compact=True,
    widths={BACKSPACE: KEY_UNITS, HIDE: KEY_UNITS, ENTER: 3 * KEY_UNITS},
    rows=(
        _row("1 2 3"),
        _row("4 5 6"),
        _row("7 8 9"),
        (HIDE, "0", BACKSPACE),
        (ENTER,),
    ),
)

# An email address: the Latin letters with @ and what addresses hold instead of , and space.
EMAIL = Layout(
    name="email",
    label="@",
    endonym="",
    abc="ABC",
    widths={LETTERS: 4, HIDE: 3, ENTER: 5},
    rows=(
        _row("1 2 3 4 5 6 7 8 9 0 -"),
        _row("q w e r t y u i o p _"),
        _row("a s d f g h j k l"),
        _row("z x c v b n m", left=(SHIFT,), right=(BACKSPACE,)),
        (LETTERS, "@", ".", HIDE, ENTER),
    ),
)

LAYOUTS: Mapping[str, Layout] = MappingProxyType(
    {layout.name: layout for layout in (AZ_LATN, AZ_CYRL, RU, EN, DIGITS, NUMBER, EMAIL)}
)
LETTER_CYCLE = ("az-Latn", "az-Cyrl", "ru", "en")  # the order the layout-switch key follows


def next_letter_layout(name: str) -> str:
    """The layout the switch key leads to from ``name`` (the first one from the digits pad)."""
    if name not in LETTER_CYCLE:
        return LETTER_CYCLE[0]
    return LETTER_CYCLE[(LETTER_CYCLE.index(name) + 1) % len(LETTER_CYCLE)]

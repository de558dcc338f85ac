"""The dashboard's four catalogues: every key in each, nothing left in English, each script
the one its readers expect, and every key the templates use defined."""

import re
import string
from pathlib import Path

import pytest

from sync.server.web import i18n

TEMPLATES = Path(i18n.__file__).parent / "templates"
SAME_EVERYWHERE = {"number.group", "skew.seconds"}  # numbers and units written alike
AZ_CYRILLIC = set("ӘәҒғЈјҜҝҺһҸҹӨөҮүЫы")
LATIN = re.compile(r"[A-Za-zƏəĞğİıÖöÜüŞşÇç]")


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("lang", i18n.LANGS)
def test_every_catalogue_has_every_key_with_the_same_fields(lang: str) -> None:
    english = i18n.catalogue("en")
    doc = i18n.catalogue(lang)
    assert set(doc) == set(english)
    for key, text in doc.items():
        assert _fields(text) == _fields(english[key]), key
        assert text.strip() or key == "number.group", key


@pytest.mark.parametrize("lang", ["az-Latn", "az-Cyrl", "ru"])
def test_nothing_is_left_in_english(lang: str) -> None:
    english = i18n.catalogue("en")
    doc = i18n.catalogue(lang)
    same = {k for k, v in doc.items() if v == english[k] and k not in SAME_EVERYWHERE}
    assert same == set()


def test_each_language_is_in_its_own_script() -> None:
    for lang in ("az-Cyrl", "ru"):
        for key, text in i18n.catalogue(lang).items():
            bare = re.sub(r"\{\w+\}|UTC|Imza", "", text)
            assert not LATIN.search(bare), (lang, key, text)
    cyrillic = "".join(i18n.catalogue("az-Cyrl").values())
    assert set(cyrillic) & AZ_CYRILLIC >= set("әҝјһҹ")  # Azerbaijani letters, not Russian
    assert not set(cyrillic) & set("щъэюяЩЪЭЮЯ")  # letters Azerbaijani Cyrillic has not
    latin = "".join(i18n.catalogue("az-Latn").values())
    assert set("əğıöüşç") <= set(latin)


def test_every_key_the_templates_use_is_defined() -> None:
    used: set[str] = set()
    for page in TEMPLATES.glob("*.html"):
        text = page.read_text(encoding="utf-8")
        used |= set(re.findall(r"""t\(["']([a-z_.]*[a-z_])["']""", text))
    keys = set(i18n.catalogue("en"))
    assert used - keys == set()
    # built from a value: "msg." + done, "confirm." + what + ".heading", t(reason)...
    prefixed = {"msg.", "state.", "held.", "audit.", "check.", "confirm.", "failed.", "refused."}
    unused = {k for k in keys - used if not any(k.startswith(p) for p in prefixed)}
    assert unused <= {"never", "number.group", "login.wrong", "login.locked", "login.expired"}

"""The dashboard's strings: one JSON catalogue per language, every key in every one.

The server never imports Qt, so it cannot use the kiosk's .qm files; these catalogues are
small and only the server reads them.
"""

import functools
import json
from pathlib import Path

from starlette.requests import Request

LANGS = ("az-Latn", "az-Cyrl", "ru", "en")
NAMES = {"az-Latn": "Azərbaycanca", "az-Cyrl": "Азәрбајҹанҹа", "ru": "Русский", "en": "English"}
HTML_LANG = {"az-Latn": "az-Latn", "az-Cyrl": "az-Cyrl", "ru": "ru", "en": "en"}
DEFAULT = "az-Latn"
COOKIE = "imza_lang"
_FOLDER = Path(__file__).resolve().parent / "lang"


@functools.cache
def catalogue(lang: str) -> dict[str, str]:
    doc: dict[str, str] = json.loads((_FOLDER / f"{lang}.json").read_text(encoding="utf-8"))
    return doc


def pick(request: Request) -> str:
    """The language asked for: ?lang=, then the cookie, then Accept-Language."""
    for asked in (request.query_params.get("lang"), request.cookies.get(COOKIE)):
        if asked in LANGS:
            return asked
    for part in request.headers.get("accept-language", "").split(","):
        tag = part.split(";")[0].strip().lower()
        if tag.startswith("az") and "cyrl" in tag:
            return "az-Cyrl"
        for lang in ("az", "ru", "en"):
            if tag == lang or tag.startswith(f"{lang}-"):
                return "az-Latn" if lang == "az" else lang
    return DEFAULT


class Texts:
    """``t("key", n=3)``: the string in this language, with its {fields} filled."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._strings = catalogue(lang)

    def __call__(self, key: str, **fields: object) -> str:
        text = self._strings[key]
        return text.format(**fields) if fields else text

    def number(self, n: int) -> str:
        return f"{n:,}".replace(",", self._strings["number.group"])

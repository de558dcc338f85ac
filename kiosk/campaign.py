"""A campaign is data: the petition in every language, its goal, consent wording and keys.

The loader checks every field and names each one that is missing or wrong, so a campaign
lead fixing a file sees all of the problems at once.
"""

import base64
import hashlib
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kiosk.sealing import SUITE_IDS, SuiteName, fingerprint, load_public

FORMAT = 1
LOCALES = ("az-Latn", "az-Cyrl", "ru", "en")
CONSENT_PARTS = ("operator", "purpose", "data", "recipient", "withdraw", "retention")
TEXT_PARTS = ("title", "summary", "body", "recipient")
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{1,62}$")
_AS_OF = re.compile(r"^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$")


class CampaignError(Exception):
    """The campaign file cannot be used; ``problems`` lists every reason."""

    def __init__(self, source: str, problems: list[str]) -> None:
        self.problems = problems
        super().__init__(f"{source}: " + "; ".join(problems))


@dataclass(frozen=True)
class Text:
    """The petition as shown in one language."""

    locale: str
    review: str
    title: str
    summary: str
    body: str
    recipient: str
    organisers: tuple[str, ...]
    consent: dict[str, str]

    @property
    def shown(self) -> bytes:
        """Exactly what the signer is shown, its parts joined by U+001E: what is hashed, and
        what the recipient's kit carries to check the hash against."""
        parts = [
            self.title,
            self.summary,
            self.body,
            self.recipient,
            *self.organisers,
            *(self.consent[p] for p in CONSENT_PARTS),
        ]
        return "\x1e".join(parts).encode()

    @property
    def sha256(self) -> bytes:
        """Hash of exactly what the signer is shown; sealed into every signature."""
        return hashlib.sha256(self.shown).digest()


@dataclass(frozen=True)
class Keys:
    suite: SuiteName
    campaign_public: bytes
    campaign_fingerprint: str
    count_public: bytes
    receipt_public: bytes | None = None  # the server's Ed25519 key, in a file it issued


@dataclass(frozen=True)
class Campaign:
    slug: str
    production: bool
    goal: int
    minimum_age: int
    facts_as_of: str
    default_locale: str
    locales: tuple[str, ...]
    server_url: str
    sources: tuple[str, ...]
    operator: str
    operator_contact: str
    texts: dict[str, Text]
    keys: Keys | None = None
    raw: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def text(self, locale: str) -> Text:
        return self.texts.get(locale) or self.texts[self.default_locale]


def _str(
    doc: dict[str, Any], key: str, where: str, problems: list[str], empty_ok: bool = False
) -> str:
    value = doc.get(key)
    if not isinstance(value, str):
        problems.append(
            f"{where}{key} is missing" if value is None else f"{where}{key} must be text"
        )
        return ""
    if not value.strip() and not empty_ok:
        problems.append(f"{where}{key} is empty")
    return value.strip()


def _text(locale: str, doc: Any, problems: list[str]) -> Text | None:
    where = f"text.{locale}."
    if not isinstance(doc, dict):
        problems.append(f"text.{locale} is missing")
        return None
    parts = {k: _str(doc, k, where, problems) for k in TEXT_PARTS}
    review = _str(doc, "review", where, problems)
    organisers = doc.get("organisers")
    if (
        not isinstance(organisers, list)
        or not organisers
        or not all(isinstance(o, str) and o.strip() for o in organisers)
    ):
        problems.append(f"{where}organisers must be a list of names")
        organisers = []
    consent_doc = doc.get("consent")
    consent: dict[str, str] = {}
    if not isinstance(consent_doc, dict):
        problems.append(f"{where}consent is missing")
    else:
        consent = {p: _str(consent_doc, p, f"{where}consent.", problems) for p in CONSENT_PARTS}
    return Text(
        locale,
        review,
        parts["title"],
        parts["summary"],
        parts["body"],
        parts["recipient"],
        tuple(o.strip() for o in organisers),
        consent,
    )


def _b64(doc: dict[str, Any], key: str, problems: list[str]) -> bytes:
    value = doc.get(key)
    try:
        if not isinstance(value, str):
            raise ValueError
        return base64.b64decode(value, validate=True)
    except ValueError:
        problems.append(f"keys.{key} is missing or not base64")
        return b""


def _keys(doc: Any, problems: list[str]) -> Keys | None:
    if not isinstance(doc, dict):
        problems.append("keys are missing (run `imza keygen --campaign` to add the public key)")
        return None
    suite = doc.get("suite")
    if not isinstance(suite, str) or suite not in SUITE_IDS:
        problems.append(f"keys.suite must be one of {', '.join(SUITE_IDS)}")
        return None
    public = _b64(doc, "campaign_public_key", problems)
    count = _b64(doc, "count_public_key", problems)
    fp = doc.get("campaign_key_fingerprint")
    for name, raw in (("campaign_public_key", public), ("count_public_key", count)):
        try:
            if raw:
                load_public(suite, raw)
        except ValueError as exc:
            problems.append(f"keys.{name}: {exc}")
    if public and fp != fingerprint(suite, public):
        problems.append("keys.campaign_key_fingerprint does not match the campaign public key")
    if public and count and public == count:
        problems.append("keys.count_public_key must differ from the campaign key")
    receipt = _b64(doc, "receipt_public_key", problems) if "receipt_public_key" in doc else None
    if receipt is not None and len(receipt) != 32:
        problems.append("keys.receipt_public_key must be a 32-byte Ed25519 key")
    return Keys(suite, public, str(fp), count, receipt)


def _known_zone(name: object) -> bool:
    if not isinstance(name, str) or not name:
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def parse(doc: dict[str, Any], source: str, require_keys: bool = True) -> Campaign:
    """Check a parsed campaign document; CampaignError lists every problem found."""
    p: list[str] = []
    if doc.get("format") != FORMAT:
        p.append(f"format must be {FORMAT}")
    slug = _str(doc, "slug", "", p)
    if slug and not _SLUG.match(slug):
        p.append("slug must be lower-case letters, digits and hyphens")
    production = doc.get("production")
    if not isinstance(production, bool):
        p.append("production must be true or false")
    goal, min_age = doc.get("goal"), doc.get("minimum_age")
    if not isinstance(goal, int) or isinstance(goal, bool) or not 1 <= goal <= 100_000_000:
        p.append("goal must be a whole number of signatures")
    if not isinstance(min_age, int) or isinstance(min_age, bool) or not 14 <= min_age <= 21:
        p.append("minimum_age must be a whole number from 14 to 21")
    as_of = _str(doc, "facts_as_of", "", p)
    if as_of and not _AS_OF.match(as_of):
        p.append("facts_as_of must be a date like 2021-03 or 2021-03-15")
    locales = doc.get("locales")
    if not isinstance(locales, list) or not locales or any(lc not in LOCALES for lc in locales):
        p.append(f"locales must list some of {', '.join(LOCALES)}")
        locales = [lc for lc in locales or [] if lc in LOCALES] if isinstance(locales, list) else []
    default = _str(doc, "default_locale", "", p)
    if default and default not in locales:
        p.append("default_locale must be one of the locales")
    zone = doc.get("time_zone", "UTC")
    if not _known_zone(zone):
        p.append("time_zone must be a time zone name like Asia/Baku")
    server_url = _str(doc, "server_url", "", p, empty_ok=True)
    if server_url and not re.match(r"^https?://[^\s/]+", server_url):
        p.append("server_url must start with https://")
    sources = doc.get("sources")
    if not isinstance(sources, list) or not sources or not all(isinstance(s, str) for s in sources):
        p.append("sources must be a list of where the facts come from")
        sources = []
    operator: dict[str, Any] = doc["operator"] if isinstance(doc.get("operator"), dict) else {}
    if not operator:
        p.append("operator is missing (who collects and keeps the data)")
    op_name = _str(operator, "name", "operator.", p) if operator else ""
    op_contact = _str(operator, "contact", "operator.", p, empty_ok=True) if operator else ""
    texts_doc: dict[str, Any] = doc["text"] if isinstance(doc.get("text"), dict) else {}
    texts = {lc: t for lc in locales if (t := _text(lc, texts_doc.get(lc), p))}
    keys = _keys(doc.get("keys"), p) if require_keys or "keys" in doc else None
    if p:
        raise CampaignError(source, p)
    return Campaign(
        slug,
        bool(production),
        int(goal or 0),
        int(min_age or 0),
        as_of,
        default,
        tuple(locales),
        server_url,
        tuple(sources),
        op_name,
        op_contact,
        texts,
        keys,
        doc,
    )


def load(path: Path, require_keys: bool = True) -> Campaign:
    """Read and check a campaign file."""
    try:
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CampaignError(str(path), ["file not found"]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise CampaignError(str(path), [f"cannot be read ({exc.__class__.__name__})"]) from None
    except tomllib.TOMLDecodeError as exc:
        raise CampaignError(str(path), [f"not valid TOML: {exc}"]) from None
    return parse(doc, str(path), require_keys)


def with_keys(campaign: Campaign, keys: Keys) -> dict[str, Any]:
    """The campaign document with ``keys`` in place, ready to write as TOML."""
    doc = dict(campaign.raw)
    doc["keys"] = {
        "suite": keys.suite,
        "campaign_public_key": base64.b64encode(keys.campaign_public).decode(),
        "campaign_key_fingerprint": keys.campaign_fingerprint,
        "count_public_key": base64.b64encode(keys.count_public).decode(),
    }
    if keys.receipt_public is not None:
        doc["keys"]["receipt_public_key"] = base64.b64encode(keys.receipt_public).decode()
    return doc

"""``imza.toml``: one file per tablet that a coordinator can read and edit.

It sits in the data dir. Every key is optional: with no file at all the defaults apply, and a
tablet set up before the file existed keeps the settings its console saved in the store. The
console writes the kiosk keys back here, so the file is the one place a tablet's
configuration lives. A file with a mistake is refused whole, naming every bad key; the
kiosk then starts on the defaults and the console says what is wrong.
"""

import textwrap
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

import tomli_w
from sqlalchemy import Engine

from kiosk import fsio
from kiosk import settings as stored_settings
from kiosk.settings import Settings

FILE_NAME = "imza.toml"
LOCALES = ("az-Latn", "az-Cyrl", "ru", "en")


@dataclass(frozen=True)
class Key:
    section: str
    name: str
    field: str  # the attribute of Config (or of Config.kiosk for the kiosk section)
    kind: type
    low: int = 0
    high: int = 0
    doc: str = ""


KEYS = (
    Key("server", "url", "server_url", str, doc="the campaign's sync server, https://...; "
        "overrides the address kept at enrolment (a server that moved)"),
    Key("server", "ca_bundle", "ca_bundle", str, doc="a PEM file of the CA that signed the "
        "server's certificate (a private CA); empty: the system's"),
    Key("kiosk", "idle_seconds", "idle_seconds", int, 20, 900,
        "a form with no touch for this long asks \"are you still there?\""),
    Key("kiosk", "reading_idle_seconds", "reading_idle_seconds", int, 30, 1800,
        "the same while the petition or the consent is read"),
    Key("kiosk", "countdown_seconds", "countdown_seconds", int, 5, 120,
        "the countdown before everything typed is wiped"),
    Key("kiosk", "thanks_seconds", "thanks_seconds", int, 5, 300,
        "the thank-you screen goes back to the welcome screen after this"),
    Key("kiosk", "session_max_seconds", "session_max_seconds", int, 120, 3600,
        "a signing longer than this is wiped, whatever the screen reports"),
    Key("kiosk", "default_language", "default_locale", str,
        doc="the language a new signer starts in: az-Latn, az-Cyrl, ru or en; empty: the "
        "campaign's first"),
    Key("kiosk", "low_battery_percent", "low_battery_percent", int, 0, 50,
        "below this, and not charging, \"Sign\" is refused (0: never)"),
    Key("sync", "interval_minutes", "sync_interval_minutes", int, 1, 1440,
        "how often the kiosk tries to sync, besides after each signature and when the "
        "network comes back"),
    Key("sync", "batch_size", "batch_size", int, 1, 1000,
        "records in one upload, at most (the link's measured speed sizes each one)"),
    Key("sync", "daily_megabytes", "sync_daily_megabytes", int, 0, 100000,
        "mobile data sync may use in a day, up and down (0: no limit)"),
)  # fmt: skip


class ConfigError(Exception):
    """The file cannot be used; the message names every bad key, one per line."""


@dataclass(frozen=True)
class Config:
    kiosk: Settings = field(default_factory=Settings)
    server_url: str = ""
    ca_bundle: str = ""
    low_battery_percent: int = 10
    sync_interval_minutes: int = 5
    batch_size: int = 500
    sync_daily_megabytes: int = 0


def path_in(data_dir: Path) -> Path:
    return data_dir / FILE_NAME


def _problem(key: Key, value: Any) -> str | None:
    where = f"{key.section}.{key.name}"
    if key.kind is int:
        if isinstance(value, bool) or not isinstance(value, int):
            return f"{where} must be a whole number (it is {value!r})"
        if not key.low <= value <= key.high:
            return f"{where} must be from {key.low} to {key.high} (it is {value})"
        return None
    if not isinstance(value, str):
        return f"{where} must be text in quotes (it is {value!r})"
    if key.name == "url" and value and not value.startswith(("https://", "http://")):
        return f"{where} must start with https:// (it is {value!r})"
    if key.name == "default_language" and value and value not in LOCALES:
        return f"{where} must be one of {', '.join(LOCALES)} (it is {value!r})"
    return None


def _values(doc: dict[str, Any]) -> Iterator[tuple[Key, Any]]:
    for key in KEYS:
        section = doc.get(key.section)
        if isinstance(section, dict) and key.name in section:
            yield key, section[key.name]


def parse(doc: dict[str, Any], base: Config) -> Config:
    """``doc`` (a parsed file) over ``base``; ConfigError naming every problem."""
    known = {(k.section, k.name) for k in KEYS}
    sections = {k.section for k in KEYS}
    problems = []
    for section, body in doc.items():
        if section not in sections:
            problems.append(
                f"[{section}] is not a section (there are {', '.join(sorted(sections))})"
            )
        elif not isinstance(body, dict):
            problems.append(f"{section} must be a [{section}] section")
        else:
            problems += [f"{section}.{name} is not a setting" for name in body
                         if (section, name) not in known]  # fmt: skip
    kiosk, top = {}, {}
    for key, value in _values(doc):
        if problem := _problem(key, value):
            problems.append(problem)
        elif key.field in {f.name for f in fields(Settings)}:
            kiosk[key.field] = value
        else:
            top[key.field] = value
    if problems:
        raise ConfigError("\n".join(problems))
    return replace(base, kiosk=replace(base.kiosk, **kiosk), **top)


def load(data_dir: Path, engine: Engine | None = None) -> Config:
    """The tablet's configuration: the file over what the store kept over the defaults."""
    base = Config(kiosk=stored_settings.load(engine)) if engine is not None else Config()
    file = path_in(data_dir)
    try:
        text = file.read_text(encoding="utf-8")
    except FileNotFoundError:
        return base
    except OSError as exc:
        raise ConfigError(f"{file} cannot be read: {exc.strerror}") from None
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{file} is not valid TOML: {exc}") from None
    return parse(doc, base)


def load_or_defaults(data_dir: Path, engine: Engine | None = None) -> tuple[Config, str]:
    """For the kiosk, which must start whatever the file says: the configuration, and
    what is wrong with the file ("" when nothing)."""
    try:
        return load(data_dir, engine), ""
    except ConfigError as exc:
        fallback = Config(kiosk=stored_settings.load(engine)) if engine is not None else Config()
        return fallback, str(exc)


def _document(config: Config) -> dict[str, dict[str, Any]]:
    doc: dict[str, dict[str, Any]] = {}
    for key in KEYS:
        holder: Any = config.kiosk if key.section == "kiosk" and hasattr(
            config.kiosk, key.field) else config  # fmt: skip
        doc.setdefault(key.section, {})[key.name] = getattr(holder, key.field)
    return doc


def render(config: Config) -> str:
    """The whole file, each key with a line saying what it does and what it may be."""
    out = [
        "# Imza: this tablet's configuration. Every key may be left out (the default\n"
        "# applies). The coordinator console rewrites the [kiosk] keys it changes.\n"
    ]
    doc = _document(config)
    for section in dict.fromkeys(k.section for k in KEYS):
        out.append(f"\n[{section}]\n")
        for key in (k for k in KEYS if k.section == section):
            limits = f" ({key.low} to {key.high})" if key.kind is int else ""
            out += [f"# {line}\n" for line in textwrap.wrap(key.doc + limits, 88)]
            out.append(tomli_w.dumps({key.name: doc[section][key.name]}))
    return "".join(out)


def save(data_dir: Path, config: Config) -> None:
    """Write the file whole (complete or not at all), owner-only like the store."""
    parse(tomllib.loads(render(config)), Config())  # never write what would not load
    fsio.replace(path_in(data_dir), render(config).encode("utf-8"))


def save_kiosk(data_dir: Path, engine: Engine, kiosk: Settings) -> None:
    """The console changed a kiosk setting: keep the rest of the file as it is."""
    if problems := kiosk.problems():
        raise ValueError("; ".join(problems))
    save(data_dir, replace(load(data_dir, engine), kiosk=kiosk))

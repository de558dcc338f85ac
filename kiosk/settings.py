"""Tablet settings a coordinator changes from the console, kept in the store's meta table."""

import json
from dataclasses import asdict, dataclass, fields, replace

from sqlalchemy import Engine

from kiosk.store import begin_write, get_meta, put_meta

_KEY = "settings"


@dataclass(frozen=True)
class Settings:
    """Idle timeouts in seconds, and the language a new signer starts in."""

    idle_seconds: int = 90  # on a form screen, with no touch at all
    reading_idle_seconds: int = 240  # while reading the petition or the consent
    countdown_seconds: int = 20  # "Are you still there?" before everything is wiped
    thanks_seconds: int = 20  # the thank-you screen goes back to welcome by itself
    session_max_seconds: int = 600  # a signing longer than this is wiped, touches or not
    default_locale: str = ""  # empty: the campaign's default language

    def problems(self) -> list[str]:
        out = []
        for name, low, high in (
            ("idle_seconds", 20, 900),
            ("reading_idle_seconds", 30, 1800),
            ("countdown_seconds", 5, 120),
            ("thanks_seconds", 5, 300),
            ("session_max_seconds", 120, 3600),
        ):
            value = getattr(self, name)
            if not isinstance(value, int) or not low <= value <= high:
                out.append(f"{name} must be from {low} to {high}")
        return out


def load(engine: Engine) -> Settings:
    with engine.connect() as conn:
        raw = get_meta(conn, _KEY)
    if not raw:
        return Settings()
    known = {f.name for f in fields(Settings)}
    doc = {k: v for k, v in json.loads(raw).items() if k in known}
    settings = replace(Settings(), **doc)
    return settings if not settings.problems() else Settings()


def save(engine: Engine, settings: Settings) -> None:
    if problems := settings.problems():
        raise ValueError("; ".join(problems))
    with begin_write(engine) as conn:
        put_meta(conn, _KEY, json.dumps(asdict(settings)).encode())

"""A volunteer's day: where the tablet stands and who runs it, sealed with every signature."""

import json
import re
import time
from dataclasses import asdict, dataclass

from sqlalchemy import Engine

from kiosk.store import begin_write, get_meta, put_meta
from kiosk.validation import clean, text_problem

_KEY = "day"
_VOLUNTEER = re.compile(r"^[0-9A-Z]{3,12}$")


@dataclass(frozen=True)
class Day:
    site: str = ""
    volunteer: str = ""
    started: float = 0.0  # epoch seconds, device clock


def problems(site: str, volunteer: str) -> dict[str, str]:
    """Codes (validation's message table) for what is wrong with a day's details."""
    out = {}
    if code := text_problem(site, 80, name=False):
        out["site"] = code
    if not _VOLUNTEER.match(volunteer.strip().upper()):
        out["volunteer"] = "volunteer_code"
    return out


def load(engine: Engine) -> Day:
    with engine.connect() as conn:
        raw = get_meta(conn, _KEY)
    if not raw:
        return Day()
    doc = json.loads(raw)
    return Day(str(doc.get("site", "")), str(doc.get("volunteer", "")),
               float(doc.get("started", 0.0)))  # fmt: skip


def start(engine: Engine, site: str, volunteer: str) -> Day:
    """Record a new day; ValueError when the details are not usable."""
    if found := problems(site, volunteer):
        raise ValueError(", ".join(f"{k}: {v}" for k, v in found.items()))
    day = Day(clean(site), volunteer.strip().upper(), time.time())
    with begin_write(engine) as conn:
        put_meta(conn, _KEY, json.dumps(asdict(day)).encode())
    return day

"""Battery and clock: what a volunteer needs to know, never a reason to lose a signature.

Below the threshold no *new* signing starts (one in progress may finish). A clock earlier than
the newest stored record, or than this release, is a warning: signing and sync go on.
"""

import datetime as dt
from dataclasses import dataclass

RELEASE_DATE = dt.date(2026, 11, 28)  # a tablet clock before this is certainly wrong
LOW_BATTERY_PERCENT = 10.0
CLOCK_SLACK_MS = 5 * 60 * 1000  # a clock set back a few minutes is not worth a warning
_RELEASE_MS = int(dt.datetime.combine(RELEASE_DATE, dt.time(), dt.UTC).timestamp() * 1000)


@dataclass(frozen=True)
class Battery:
    percent: float
    plugged: bool

    def below(self, percent: float) -> bool:
        """Too low to start a signing: under ``percent`` and not charging."""
        return self.percent < percent and not self.plugged


def read_battery() -> Battery | None:
    """The battery via psutil, or None on a machine without one (or without psutil)."""
    try:
        import psutil
    except ImportError:
        return None
    sensors = getattr(psutil, "sensors_battery", None)
    state = sensors() if sensors else None
    if state is None:
        return None
    return Battery(float(state.percent), bool(state.power_plugged))


def clock_problem(now_ms: int, newest_record_ms: int | None) -> str | None:
    """``behind_records`` or ``before_release`` when the clock cannot be right, else None."""
    if now_ms < _RELEASE_MS:  # computed once: this runs for every signature
        return "before_release"
    if newest_record_ms is not None and now_ms < newest_record_ms - CLOCK_SLACK_MS:
        return "behind_records"
    return None

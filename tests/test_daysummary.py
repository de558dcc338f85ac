"""The day's-end summary: per local hour, method and state, right after a wipe, and fast."""

import datetime as dt
import os
import sqlite3
import struct
import time
import types
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kiosk import store
from kiosk.daysummary import METHODS, STATES, summarise
from kiosk.store import begin_write, put_meta
from kiosk.vault import Stored, Vault
from tests.conftest import form_with

DAY = dt.date(2027, 3, 10)


@pytest.fixture
def zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], None]]:
    """Put the process in a time zone for one test (the tablet's local time)."""

    def put(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        time.tzset()

    yield put
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Callable[[dt.datetime], None]:
    """Set the tablet's clock, as the vault reads it, to a local wall-clock time."""
    now = [0]
    monkeypatch.setattr("kiosk.vault.time", types.SimpleNamespace(time_ns=lambda: now[0]))

    def set_to(local: dt.datetime) -> None:
        now[0] = int(local.astimezone().timestamp() * 1_000_000_000)

    return set_to


def sign(vault: Vault, name: str, **changes: object) -> Stored:
    stored = vault.submit(form_with(given_name=name, **changes))
    assert isinstance(stored, Stored)
    return stored


def typed(name: str) -> dict[str, object]:
    return {"method": "typed", "typed_name": name, "typed_confirmed": True, "strokes": []}


def assisted() -> dict[str, object]:
    return {"method": "assisted", "volunteer_code": "VOL7", "assist_reason": "sight"}


def acknowledge_through(vault: Vault, seq: int) -> None:
    """What a verified receipt leaves in the store (sync/acknowledge.py)."""
    with begin_write(vault.engine) as conn:
        put_meta(conn, "acked_through", struct.pack(">Q", seq))


def test_a_day_counts_per_local_hour_method_and_state(
    vault: Vault, zone: Callable[[str], None], clock: Callable[[dt.datetime], None]
) -> None:
    zone("Asia/Baku")  # UTC+4: an hour in UTC would put every signature four hours early
    at = dt.datetime.combine
    clock(at(DAY - dt.timedelta(days=1), dt.time(23, 59)))
    sign(vault, "Aysel")  # the evening before: not this day
    clock(at(DAY, dt.time(9, 5)))
    sign(vault, "Bəhruz")
    clock(at(DAY, dt.time(9, 40)))
    gone = sign(vault, "Cavid")
    clock(at(DAY, dt.time(11, 15)))
    sign(vault, "Dünya", **typed("Dünya Məmmədova"))
    clock(at(DAY, dt.time(14, 30)))
    sign(vault, "Elnur", **assisted())
    clock(at(DAY, dt.time(14, 31)))
    vault.withdraw(gone.receipt_code)
    clock(at(DAY + dt.timedelta(days=1), dt.time(0, 0)))
    sign(vault, "Fərid")  # the next midnight: not this day
    acknowledge_through(vault, 4)  # the server holds seq 1..4; Elnur (seq 5) is unsent

    day = summarise(vault.engine, DAY)

    hours = [0] * 24
    hours[9], hours[11], hours[14] = 2, 1, 1
    assert list(day.per_hour) == hours
    assert day.per_method == {"drawn": 2, "typed": 1, "assisted": 1, "unknown": 0}
    assert day.per_state == {"acknowledged": 2, "unsent": 1, "withdrawn": 1}
    assert day.total == 4
    assert day.wiped == 0
    assert day.first is not None
    assert day.last is not None
    assert (day.first.hour, day.first.minute, day.last.hour, day.last.minute) == (9, 5, 14, 30)
    assert day.first.utcoffset() == dt.timedelta(hours=4)
    doc = day.as_dict()
    assert doc["day"] == "2027-03-10"
    assert doc["total"] == 4
    assert doc["first"] == "2027-03-10T09:05+04:00"


def test_a_daylight_saving_morning_keeps_each_signature_in_its_local_hour(
    vault: Vault, zone: Callable[[str], None], clock: Callable[[dt.datetime], None]
) -> None:
    zone("Europe/Berlin")  # 28 March 2027: 02:00 becomes 03:00, the day has 23 hours
    change = dt.date(2027, 3, 28)
    for hour, name in ((1, "Aysel"), (3, "Bəhruz"), (23, "Cavid")):
        clock(dt.datetime.combine(change, dt.time(hour, 30)))
        sign(vault, name)
    day = summarise(vault.engine, change)
    assert (day.per_hour[1], day.per_hour[2], day.per_hour[3], day.per_hour[23]) == (1, 0, 1, 1)
    assert day.total == 3


def test_a_day_nobody_signed_is_all_zero(vault: Vault) -> None:
    day = summarise(vault.engine)
    assert day.day == dt.date.today()
    assert day.per_hour == (0,) * 24
    assert set(day.per_method) == set(METHODS)
    assert set(day.per_state) == set(STATES)
    assert day.total == 0
    assert day.first is None
    assert day.last is None


def test_the_day_stays_whole_after_a_wipe(vault: Vault) -> None:
    """The coordinator wipes at day's end and still saves the day's numbers."""
    for name in ("Aysel", "Bəhruz", "Cavid"):
        sign(vault, name)
    sign(vault, "Dünya", **typed("Dünya Məmmədova"))
    vault.withdraw(sign(vault, "Elnur", **assisted()).receipt_code)
    acknowledge_through(vault, 6)
    before = summarise(vault.engine)
    assert before.total == 5
    assert vault.status().today == 5

    vault.wipe()
    after = summarise(vault.engine)
    assert (after.per_hour, after.per_method, after.per_state) == (
        before.per_hour,
        before.per_method,
        before.per_state,
    )
    assert (after.first, after.last, after.total, after.wiped) == (
        before.first,
        before.last,
        5,
        5,
    )
    assert after.per_state == {"acknowledged": 4, "unsent": 0, "withdrawn": 1}
    assert vault.status().today == 5

    sign(vault, "Fərid")  # after the wipe, the day goes on
    later = summarise(vault.engine)
    assert later.total == 6
    assert later.per_state["unsent"] == 1
    assert later.per_method["drawn"] == 4
    assert vault.status().today == 6


def test_records_from_before_the_method_column_count_as_unknown(tablet: Path) -> None:
    vault = Vault.open(tablet)
    sign(vault, "Aysel")
    sign(vault, "Bəhruz", **typed("Bəhruz Əliyev"))
    vault.close()
    engine = store.open_engine(tablet)
    store.downgrade(engine, "0002")  # the column goes, as on a tablet not yet upgraded
    store.upgrade(engine)
    engine.dispose()
    vault = Vault.open(tablet)
    try:
        sign(vault, "Cavid", **assisted())
        day = summarise(vault.engine)
        assert day.per_method == {"drawn": 0, "typed": 0, "assisted": 1, "unknown": 2}
        assert day.total == 3
    finally:
        vault.close()


def test_fifteen_thousand_signatures_summarise_before_the_console_is_drawn(
    vault: Vault, tablet: Path
) -> None:
    """The console calls this on the UI thread when it opens: it must not be a visible pause.
    Rows are copies of a real sealed record (about 3.4 KB each), spread over three days."""
    sign(vault, "Aysel", **typed("Aysel Quliyeva"))
    db = sqlite3.connect(tablet / store.DB_NAME)
    cursor = db.execute("SELECT * FROM records")
    names = [d[0] for d in cursor.description]
    template = dict(zip(names, cursor.fetchone(), strict=True))
    today = dt.datetime.combine(dt.date.today(), dt.time()).astimezone()
    midnight = int(today.timestamp() * 1000)
    rows = []
    for n in range(45_000):
        offset = (n // 15_000 - 1) * 86_400_000 + (n * 5_741) % 86_400_000
        row = template | {
            "seq": n + 2,
            "record_id": os.urandom(16),
            "created_ms": midnight + offset,
            "method": (1, 2, 3, None)[n % 4],
        }
        rows.append(tuple(row[c] for c in names))
    marks = ", ".join("?" * len(names))
    db.executemany(f"INSERT INTO records ({', '.join(names)}) VALUES ({marks})", rows)
    db.commit()
    db.close()

    start = time.perf_counter()
    day = summarise(vault.engine)
    took = time.perf_counter() - start

    assert day.total == 15_001  # the real record and a third of the copies
    assert day.per_method["unknown"] == 15_000 // 4
    assert took < 0.1, f"{took * 1000:.0f} ms"

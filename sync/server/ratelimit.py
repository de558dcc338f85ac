"""Fixed-window rate limits kept in the database, so every server process shares them."""

import time

from sqlalchemy import Engine, delete, select

from sync.server.db import insert_for, write
from sync.server.models import RateWindow
from sync.server.refusals import Refused


def hit(engine: Engine, bucket: str, limit: int, window_s: int) -> None:
    """Count one request against ``bucket``; Refused (429) once ``limit`` is passed."""
    window = int(time.time()) // window_s
    with write(engine) as conn:
        stmt = (
            insert_for(conn, RateWindow)
            .values(bucket=bucket[:120], window=window, hits=1)
            .on_conflict_do_update(
                index_elements=["bucket", "window"], set_={"hits": RateWindow.hits + 1}
            )
            .returning(RateWindow.hits)
        )
        hits = conn.execute(stmt).scalar_one()
        if hits == 1:  # a new window: forget the old ones of this bucket
            conn.execute(
                delete(RateWindow).where(
                    RateWindow.bucket == bucket[:120], RateWindow.window < window
                )
            )
    if hits > limit:
        _refuse(window_s)


def _refuse(window_s: int) -> None:
    wait = window_s - int(time.time()) % window_s
    raise Refused(
        429,
        "rate_limited",
        f"too many attempts; try again in {wait} s",
        "retry",
        retry_after=wait,
    )


def check(engine: Engine, bucket: str, limit: int, window_s: int) -> None:
    """Refuse (429) when ``bucket`` has reached ``limit`` in this window, counting nothing."""
    window = int(time.time()) // window_s
    with engine.connect() as conn:
        hits = conn.scalar(
            select(RateWindow.hits).where(
                RateWindow.bucket == bucket[:120], RateWindow.window == window
            )
        )
    if hits is not None and hits >= limit:
        _refuse(window_s)

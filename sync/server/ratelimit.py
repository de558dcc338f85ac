"""Fixed-window rate limits kept in the database, so every server process shares them."""

import time

from sqlalchemy import Engine, delete
from sqlalchemy.dialects import postgresql, sqlite

from sync.server.db import write
from sync.server.models import RateWindow
from sync.server.refusals import Refused


def hit(engine: Engine, bucket: str, limit: int, window_s: int) -> None:
    """Count one request against ``bucket``; Refused (429) once ``limit`` is passed."""
    window = int(time.time()) // window_s
    with write(engine) as conn:
        dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
        stmt = (
            dialect.insert(RateWindow)
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
        wait = window_s - int(time.time()) % window_s
        raise Refused(
            429,
            "rate_limited",
            f"too many attempts; try again in {wait} s",
            "retry",
            retry_after=wait,
        )

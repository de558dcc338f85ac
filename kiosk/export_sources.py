"""Where an export reads sealed records: tablet data dirs, the server database, hand-over files.

Each source gives its rows and what it knows besides: the campaign file (a data dir and the
server carry one; a hand-over file does not), withdrawals the server holds for signatures that
had not arrived, tablet labels, records held aside. The server's reader and the hand-over
reader live in ``sync.server.export`` (the core never imports the sync); this module merges
them: one campaign, and a record seen in two sources (a tablet's data dir and the server
that acknowledged it) counted once.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from kiosk import datadir
from kiosk.campaign import Campaign
from kiosk.export import ExportError, SealedRow, rows_from_store


@dataclass
class Source:
    """The sealed rows of one place, and what that place knows besides them."""

    name: str  # for messages: "data dir /media/t1", "hand-over file day3.imza"
    slug: str
    rows: list[SealedRow]
    campaign: Campaign | None = None
    withdrawals: frozenset[bytes] = frozenset()
    labels: dict[str, str] = field(default_factory=dict)  # device id -> "Tablet 3"
    held_aside: int = 0
    demo_dir: Path | None = None  # a DEMO data dir: its demo key opens it


@dataclass(frozen=True)
class Gathered:
    campaign: Campaign
    rows: list[SealedRow]
    withdrawals: frozenset[bytes]
    labels: dict[str, str]
    held_aside: int
    demo: bool = False  # read from a DEMO data dir


def from_data_dir(path: Path) -> Source:
    """A tablet's data dir, read and closed again (nothing in it changes)."""
    opened = datadir.open_dir(path, create=False)
    try:
        rows = list(rows_from_store(opened.engine))
    finally:
        opened.engine.dispose()
    return Source(
        f"data dir {path}",
        opened.campaign.slug,
        rows,
        opened.campaign,
        demo_dir=path if opened.demo else None,
    )


def _merged_rows(sources: Iterable[Source]) -> list[SealedRow]:
    """Every record once: a record in two sources keeps the server's marks from either."""
    by_id: dict[bytes, SealedRow] = {}
    for source in sources:
        for row in source.rows:
            held = by_id.get(row.record_id)
            if held is None:
                by_id[row.record_id] = row
            elif row.withdrawn or row.excluded:
                by_id[row.record_id] = replace(
                    held,
                    withdrawn=held.withdrawn or row.withdrawn,
                    excluded=held.excluded or row.excluded,
                )
    return list(by_id.values())


def merge(sources: list[Source], campaign_file: Campaign | None) -> Gathered:
    """One campaign's records from all ``sources``; refuses a mix of campaigns."""
    campaign = campaign_file or next((s.campaign for s in sources if s.campaign), None)
    if campaign is None:
        raise ExportError(
            "a hand-over file does not carry the campaign's texts: give --campaign FILE"
        )
    for source in sources:
        if source.slug != campaign.slug:
            raise ExportError(
                f"{source.name} holds campaign '{source.slug}', not '{campaign.slug}'"
            )
        theirs = source.campaign.keys if source.campaign else None
        if (
            theirs
            and campaign.keys
            and theirs.campaign_fingerprint != (campaign.keys.campaign_fingerprint)
        ):
            raise ExportError(f"{source.name} is sealed to another key of '{campaign.slug}'")
    withdrawals: frozenset[bytes] = frozenset().union(*(s.withdrawals for s in sources))
    labels = {k: v for s in sources for k, v in s.labels.items() if v}
    held = sum(s.held_aside for s in sources)
    demo = any(s.demo_dir for s in sources)
    return Gathered(campaign, _merged_rows(sources), withdrawals, labels, held, demo)

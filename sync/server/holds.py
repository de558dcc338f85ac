"""Records held aside (a gap, a fork) that the campaign lead accepted: counted outside a
batch, and taken out again when their signer withdraws by code (while held too), or when their
tablet is revoked before them (until that is taken back), as stored records are. Each move is
logged as the counter's are (``counting.move``), the events naming the held record's link,
since a fork shares its tablet's record numbers.
"""

from collections import Counter as Tally
from typing import Any

import cbor2
from sqlalchemy import Connection, select, update

from kiosk import sealing
from sync import logformat
from sync.server import campaigns
from sync.server.counting import Key, bump, move, signer_tags
from sync.server.models import Device, Quarantined


def add_signer(
    conn: Connection, campaign_id: int, device: str, tags: tuple[bytes, bytes], leaf: bytes
) -> int:
    """Count a signer accepted outside a batch (a quarantine entry the lead accepted);
    returns the index of ``leaf``, the event that counted it."""
    tag, variant = tags
    return move(
        conn, campaign_id, bump(conn, campaign_id, Tally({(tag, device, variant): 1})), [leaf]
    )


def held_tags(
    camp: campaigns.ServerCampaign, device: str, doc: dict[str, Any]
) -> tuple[bytes, bytes] | None:
    """The tag and variant of a held record (its wire fields, ``doc``); None if its identity
    envelope does not open."""
    try:
        info = sealing.seal_info(
            sealing.SUITE_NAMES[doc["suite"]], camp.slug, device, doc["record_id"], "identity"
        )
        return signer_tags(camp, camp.opener.open_identity(doc["identity"], info))
    except (sealing.SealError, KeyError, TypeError):
        return None


def by_code(conn: Connection, camp: campaigns.ServerCampaign, hashes: list[bytes]) -> list[Any]:
    """The records accepted from a hold, not withdrawn, whose withdrawal code is among
    ``hashes``, locked: before any stored record's tags and the campaign row, in the order a
    revocation takes them."""
    return list(
        conn.execute(
            select(Quarantined.id, Quarantined.device_id, Quarantined.seq,
                   Quarantined.record_digest, Quarantined.body, Quarantined.excluded,
                   Quarantined.withdrawal_hash)
            .join(Device, Device.id == Quarantined.device_id)
            .where(Device.campaign_id == camp.id, Quarantined.state == "accepted",
                   Quarantined.withdrawn.is_(False), Quarantined.withdrawal_hash.in_(hashes))
            .with_for_update(of=Quarantined)
        ).all()
    )  # fmt: skip


def withdraw_held(conn: Connection, camp: campaigns.ServerCampaign, rows: list[Any]) -> set[bytes]:
    """Take ``rows`` (from ``by_code``) out of the count, each logged as withdrawn (naming its
    link, as its acceptance did); returns their codes."""
    if rows:
        ids = [row_id for row_id, *_ in rows]
        conn.execute(update(Quarantined).where(Quarantined.id.in_(ids)).values(withdrawn=True))
        moved = [(device, seq, digest, body, 0 if excluded else -1)  # excluded: out already
                 for _id, device, seq, digest, body, excluded, _code in rows]  # fmt: skip
        _log_moves(conn, camp, "withdrawn", moved)
    return {bytes(code) for *_, code in rows if code is not None}


def counts(doc: dict[str, Any]) -> bool:
    """Whether a held record (its wire fields) counts a signer once accepted: a signature with
    an identity; a withdrawal record, or a signature without one, is settled and counts no one."""
    return doc["kind"] == 1 and bool(doc["identity"])


def counted(conn: Connection, device: str, *where: Any, lock: bool = True) -> list[Any]:
    """The records of ``device`` accepted from a hold that count a signer and were not
    withdrawn, meeting ``where``; locked unless ``lock`` is false. A revocation locks them
    before the tablet's stored records' tags and the campaign row, as a withdrawal does."""
    query = select(
        Quarantined.id, Quarantined.seq, Quarantined.record_digest, Quarantined.body
    ).where(
        Quarantined.device_id == device,
        Quarantined.state == "accepted",
        Quarantined.withdrawn.is_(False),
        *where,
    )
    rows = conn.execute(query.with_for_update() if lock else query).all()
    return [row for row in rows if counts(cbor2.loads(row.body))]


def shift(
    conn: Connection,
    camp: campaigns.ServerCampaign,
    device: str,
    rows: list[Any],
    kind: str,
    excluded: bool,
) -> int:
    """Move ``rows`` (from ``counted``) out of the count (``excluded``: its tablet revoked
    before them) or back in (the revocation taken back), each logged as ``kind`` naming its
    link; returns how many."""
    if not rows:
        return 0
    ids = [row_id for row_id, *_ in rows]
    conn.execute(update(Quarantined).where(Quarantined.id.in_(ids)).values(excluded=excluded))
    step = -1 if excluded else 1
    _log_moves(
        conn, camp, kind, [(device, seq, digest, body, step) for _id, seq, digest, body in rows]
    )
    return len(rows)


def _log_moves(
    conn: Connection,
    camp: campaigns.ServerCampaign,
    kind: str,
    moved: list[tuple[str, int, bytes, bytes, int]],
) -> None:
    """Move held records (device, number, link hash, wire record, step: -1 out of the count,
    +1 back in, 0 neither) and log each as ``kind``, naming its link."""
    tally: Tally[Key] = Tally()
    for device, _seq, _digest, body, step in moved:
        if step and (tags := held_tags(camp, device, cbor2.loads(body))) is not None:
            tally[tags[0], device, tags[1]] += step
    leaves = [logformat.event_leaf(kind, [(d, seq)], digest) for d, seq, digest, *_ in moved]
    move(conn, camp.id, bump(conn, camp.id, tally), leaves)

"""What revoking a tablet would take out of the count, and taking a revocation back.

Revoking (``enrolment.revoke``) keeps every record: those after the cut-off are marked
excluded and leave the count. So a revocation made in error can be undone while the tablet
has not been replaced: its records come back into the count and it may sync again.
"""

from sqlalchemy import Engine, func, select, update

from sync.server import auditlog, campaigns, holds
from sync.server.auditlog import Actor
from sync.server.counting import recount
from sync.server.db import first, write
from sync.server.models import Device, Quarantined, Record
from sync.server.refusals import Refused

SIGNATURE = 1


def leaving(engine: Engine, ident: str, after_seq: int) -> int:
    """How many signatures of ``ident`` a revocation after ``after_seq`` takes out: those
    stored, and those the campaign lead accepted from a hold."""
    stored = select(func.count()).where(
        Record.device_id == ident,
        Record.kind == SIGNATURE,
        Record.seq > after_seq,
        Record.excluded.is_(False),
    )
    cut = Quarantined.seq > after_seq, Quarantined.excluded.is_(False)
    with engine.connect() as conn:
        held = holds.counted(conn, ident, *cut, lock=False)
        return int(conn.scalar(stored) or 0) + len(held)


def unrevoke(engine: Engine, ident: str, actor: Actor) -> int:
    """Take a revocation back: the tablet is approved again and its excluded records count
    again, stored or accepted from a hold (those withdrawn meanwhile stay out). Returns how
    many records came back."""
    camp = campaigns.of_device(engine, ident)
    with write(engine) as conn:
        row = first(conn, select(Device).where(Device.id == ident).with_for_update())
        if row is None or camp is None or row[0].state != "revoked":
            raise Refused(404, "no_device", "that tablet is not revoked", "fix")
        device = row[0]
        if device.successor:
            raise Refused(409, "replaced", "that tablet has a successor already", "fix")
        ids = list(
            conn.scalars(
                select(Record.id).where(Record.device_id == ident, Record.excluded.is_(True))
            )
        )
        conn.execute(
            update(Device).where(Device.id == ident).values(state="approved", revoked_after=None)
        )
        if ids:
            conn.execute(update(Record).where(Record.id.in_(ids)).values(excluded=False))
        held = holds.counted(conn, ident, Quarantined.excluded.is_(True))  # locked first
        if ids:
            recount(conn, device.campaign_id, ids)
        n = len(ids) + holds.shift(conn, camp, ident, held, "restored", excluded=False)
        conn.execute(  # those withdrawn meanwhile stay out, as withdrawn
            update(Quarantined)
            .where(Quarantined.device_id == ident, Quarantined.excluded.is_(True))
            .values(excluded=False)
        )
        auditlog.record(conn, actor, "unrevoke", device.campaign_id, ident, n=n)
    return n

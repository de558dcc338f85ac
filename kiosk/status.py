"""``imza status``: what this tablet holds, in numbers a volunteer can read out on the phone."""

import datetime as dt
import struct
from dataclasses import asdict, dataclass

from sqlalchemy import Engine, bindparam, func, select

from kiosk import chain, daysummary, wipe
from kiosk.models import Meta, Record


@dataclass(frozen=True)
class Status:
    mode: str
    campaign: str
    device: str
    signatures: int
    withdrawn: int
    today: int
    unsent: int
    acknowledged_through: int
    last_sync: str | None
    head_seq: int
    head: str
    wiped: int  # signatures erased after acknowledgement: counted in signatures and today
    wiped_through: int  # the chain's records up to this seq were wiped (0: never)

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def local_midnight_ms(now: dt.datetime | None = None) -> int:
    now = now or dt.datetime.now().astimezone()
    return int(now.replace(hour=0, minute=0, second=0, microsecond=0).timestamp() * 1000)


_SIGNATURE = Record.kind == chain.KIND_SIGNATURE
# Built once: the welcome and thank-you screens ask for these at every signer.
_META = select(Meta.key, Meta.value)
_HEAD_AND_ACK = _META.where(Meta.key.in_(("head", "acked_through")))  # the sync loop's
_COUNT = select(func.count()).where(_SIGNATURE)
_SINCE = select(func.count()).where(_SIGNATURE, Record.created_ms >= bindparam("since"))
_AFTER = select(func.count()).where(Record.seq > bindparam("acked"))


def unsent(engine: Engine) -> int:
    """Records the server has not acknowledged: the head minus what a receipt covers (two
    meta reads; ``status`` counts everything and is for people, this is for the sync loop)."""
    with engine.connect() as conn:
        meta = dict(conn.execute(_HEAD_AND_ACK).all())
    try:
        head_seq, _ = chain.unpack_head(meta.get("head"))
    except ValueError:
        head_seq = 0
    through = meta.get("acked_through")
    return max(0, head_seq - (struct.unpack(">Q", through)[0] if through else 0))


def status(engine: Engine, device: str, demo: bool, campaign: str) -> Status:
    """This tablet's numbers since it was set up: signatures a wipe erased still count."""
    with engine.connect() as conn:
        meta = dict(conn.execute(_META).all())
        count = conn.scalar(_COUNT) or 0
        withdrawn_here = len(daysummary.withdrawn_signatures(conn))  # from the few withdrawals
        today = conn.scalar(_SINCE, {"since": local_midnight_ms()})
        through = meta.get("acked_through")
        acked = struct.unpack(">Q", through)[0] if through else 0
        unsent = conn.scalar(_AFTER, {"acked": acked}) or 0

    def number(key: str) -> int:
        return struct.unpack(">Q", meta[key])[0] if key in meta else 0

    gone = wipe.totals(meta)
    anchor = meta.get(wipe.WIPED_THROUGH)
    wiped_through = struct.unpack_from(">Q", anchor)[0] if anchor else 0
    last_sync = meta.get("last_sync")
    try:
        head_seq, head = chain.unpack_head(meta.get("head"))
    except ValueError:  # `imza verify` says so; status still shows the counts
        head_seq, head = 0, None
    return Status(
        mode="demo" if demo else "campaign",
        campaign=campaign,
        device=device,
        signatures=count + gone.signatures,
        withdrawn=withdrawn_here + gone.withdrawn,
        today=(today or 0) + daysummary.wiped_on(meta, dt.date.today()),
        unsent=unsent,
        acknowledged_through=number("acked_through"),
        last_sync=last_sync.decode() if last_sync else None,
        head_seq=head_seq,
        head=head.hex() if head else "",
        wiped=gone.signatures,
        wiped_through=wiped_through,
    )

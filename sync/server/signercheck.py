""" "Is my signature counted?": a signer's receipt code, read as forgivingly as at withdrawal,
answered with one of five states and nothing else about them.

- ``counted``: the signature is in the count; when it was signed, its leaf in the log and the
  first signed head that holds it (none yet: the next one will);
- ``received``: the server has it and has not counted it yet (or it stands outside the count:
  its tablet was revoked before it, or it is held aside after a gap or a fork, or the lead
  did not accept it); a held record the lead accepted is ``counted``;
- ``withdrawn``: the signer withdrew it (also when the withdrawal came before the signature);
- ``not_received``: a well-formed code the server has not seen: its tablet has not synced
  yet (tablets send when they have a connection, sometimes days later);
- ``unknown``: not a receipt code at all.

The code is only ever hashed (as tablets store it); the answer names no signer.
"""

from dataclasses import dataclass
from typing import Any

import cbor2
from sqlalchemy import Connection, Engine, func, select

from kiosk import chain
from kiosk import receipt as codes
from sync.server import ratelimit
from sync.server.models import (
    Campaign,
    Device,
    LogHead,
    PendingWithdrawal,
    Quarantined,
    Record,
    RecordTag,
)


@dataclass(frozen=True)
class Answer:
    state: str
    signed_ms: int | None = None
    leaf_index: int | None = None
    head_size: int | None = None  # the first signed head holding the leaf


def count_attempt(engine: Engine, address: str, limit: tuple[int, int]) -> None:
    """One check from ``address`` against its limit (checks per window of seconds), the API's
    and the public counter's alike; Refused (429) past it."""
    ratelimit.hit(engine, f"check:{address}", *limit)


def _held(conn: Connection, campaign_id: int, hashed: bytes) -> tuple[Any, ...] | None:
    """A signature held aside after a gap or a fork, as the records table would answer:
    (signed, withdrawn, counted, leaf); counted once the lead accepted it, unless its tablet
    was revoked before it since."""
    held = Quarantined
    row = conn.execute(
        select(held.body, held.withdrawn, held.state, held.log_idx, held.excluded)
        .join(Device, Device.id == held.device_id)
        .where(Device.campaign_id == campaign_id, held.withdrawal_hash == hashed)
        .order_by((held.state == "accepted").desc())  # it answers for its copies
        .limit(1)
    ).first()
    if row is None:
        return None
    body, withdrawn, state, log_idx, excluded = row
    signed_ms = int(cbor2.loads(body)["created_ms"])
    return signed_ms, bool(withdrawn), state == "accepted" and not excluded, log_idx


def check(engine: Engine, slug: str, text: str) -> Answer | None:
    """The answer for the code in ``text``; None when there is no such campaign."""
    with engine.connect() as conn:
        campaign_id = conn.scalar(select(Campaign.id).where(Campaign.slug == slug))
        if campaign_id is None:
            return None
        code = codes.parse(text)
        if code is None:
            return Answer("unknown")
        hashed = codes.code_hash(slug, code)
        found: tuple[Any, ...] | None = conn.execute(
            select(Record.created_ms, Record.withdrawn, RecordTag.counted, RecordTag.log_idx)
            .outerjoin(RecordTag, RecordTag.record_pk == Record.id)
            .where(
                Record.campaign_id == campaign_id,
                Record.kind == chain.KIND_SIGNATURE,
                Record.withdrawal_hash == hashed,
            )
        ).first()
        if found is None:  # a held signature, perhaps accepted: its own table
            found = _held(conn, campaign_id, hashed)
        if found is None:
            pending = conn.scalar(
                select(PendingWithdrawal.withdrawal_hash).where(
                    PendingWithdrawal.campaign_id == campaign_id,
                    PendingWithdrawal.withdrawal_hash == hashed,
                )
            )
            return Answer("withdrawn" if pending is not None else "not_received")
        signed_ms, withdrawn, counted, log_idx = found
        if withdrawn:
            return Answer("withdrawn", signed_ms)
        if not counted:
            return Answer("received", signed_ms)
        head = None
        if log_idx is not None:
            head = conn.scalar(
                select(func.min(LogHead.size)).where(
                    LogHead.campaign_id == campaign_id, LogHead.size > log_idx
                )
            )
        return Answer("counted", signed_ms, log_idx, head)

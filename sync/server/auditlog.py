"""The audit log: who did what to which tablet, record or code, when and from where.

Written in the same transaction as the change it records (a change without its line, or a
line without its change, cannot be). The dashboard shows it at /admin/audit; ``imza server
audit`` prints it. Names are copied into each line, so removing a coordinator keeps their
history readable.
"""

import getpass
import socket
import time
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, insert, select

from sync.server.models import AuditEntry, Campaign

ACTIONS = (
    "approve",
    "refuse",
    "revoke",
    "unrevoke",
    "accept",
    "reject",
    "reopen",
    "make-code",
    "cancel-code",
    "user-add",
    "user-remove",
)


SHELL = "shell:"  # an address that is a machine's command line, not a browser's IP


@dataclass(frozen=True)
class Actor:
    """A person acting: a coordinator on the dashboard, or someone at the server's shell."""

    who: str
    address: str
    coordinator_id: int | None = None


def at_the_shell() -> Actor:
    """The person running ``imza server ...`` on the server machine."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "unknown"
    return Actor(user, SHELL + socket.gethostname()[:58])


@dataclass(frozen=True)
class Line:
    at_ms: int
    who: str
    address: str
    action: str
    campaign: str | None
    target: str
    detail: str

    def fields(self) -> dict[str, str]:
        """The detail's named values (``seq``, ``hours`` ...), for a sentence per language."""
        return dict(part.split("=", 1) for part in self.detail.split(";") if "=" in part)


def record(
    conn: Connection,
    actor: Actor,
    action: str,
    campaign_id: int | None,
    target: str,
    **fields: object,
) -> None:
    """Add a line, inside the caller's transaction; ``fields`` say the particulars in no
    language (``seq=4;reason=fork``), each page and the command line put them in words."""
    assert action in ACTIONS, action
    detail = ";".join(f"{key}={value}" for key, value in fields.items())
    conn.execute(
        insert(AuditEntry).values(
            at_ms=time.time_ns() // 1_000_000,
            who=actor.who[:120],
            address=actor.address[:64],
            action=action,
            campaign_id=campaign_id,
            target=target[:120],
            detail=detail[:200],
        )
    )


def lines(
    engine: Engine, campaign: str | None = None, limit: int = 200, before_id: int | None = None
) -> list[tuple[int, Line]]:
    """The newest lines first (with their ids, to page on), for one campaign or all."""
    query = (
        select(
            AuditEntry.id,
            AuditEntry.at_ms,
            AuditEntry.who,
            AuditEntry.address,
            AuditEntry.action,
            Campaign.slug,
            AuditEntry.target,
            AuditEntry.detail,
        )
        .outerjoin(Campaign, Campaign.id == AuditEntry.campaign_id)
        .order_by(AuditEntry.id.desc())
        .limit(limit)
    )
    if campaign is not None:
        query = query.where(Campaign.slug == campaign)
    if before_id is not None:
        query = query.where(AuditEntry.id < before_id)
    with engine.connect() as conn:
        return [(row[0], Line(*row[1:])) for row in conn.execute(query).all()]

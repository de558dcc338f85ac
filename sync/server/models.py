"""The central server's tables: one schema, one set of migrations, SQLite or PostgreSQL.

The server never holds a signer's name: personal data stays sealed to the campaign key, and
the identity envelope (sealed to the server's count key) is opened once, turned into a keyed
tag, and dropped.
"""

from sqlalchemy import (
    BigInteger,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from kiosk.models import NAMING


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Campaign(Base):
    """A campaign as the server issues it, with the keys only the server holds."""

    __tablename__ = "campaigns"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    slug: Mapped[str] = mapped_column(String(64), unique=True)
    production: Mapped[bool] = mapped_column(Boolean)
    goal: Mapped[int] = mapped_column(Integer)
    issued: Mapped[str] = mapped_column(Text)  # the campaign file tablets receive (TOML)
    suite: Mapped[str] = mapped_column(String(16))
    fingerprint: Mapped[str] = mapped_column(String(64))
    count_private: Mapped[bytes] = mapped_column(LargeBinary)
    count_secret: Mapped[bytes] = mapped_column(LargeBinary)
    receipt_private: Mapped[bytes] = mapped_column(LargeBinary)
    unique_signers: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    counted_at_ms: Mapped[int] = mapped_column(BigInteger, server_default=text("0"))
    created_ms: Mapped[int] = mapped_column(BigInteger)
    log_size: Mapped[int] = mapped_column(BigInteger, server_default=text("0"))


class EnrolCode(Base):
    """A single-use enrolment code; only its hash is stored."""

    __tablename__ = "enrol_codes"
    code_hash: Mapped[bytes] = mapped_column(LargeBinary(32), primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id"))
    expires_ms: Mapped[int] = mapped_column(BigInteger)
    approved: Mapped[bool] = mapped_column(Boolean)
    used_by: Mapped[str | None] = mapped_column(String(64))
    label: Mapped[str] = mapped_column(String(80), server_default="")


class Device(Base):
    """An enrolled tablet: its key, its token's hash, and the head of its chain we hold."""

    __tablename__ = "devices"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id"))
    public_key: Mapped[bytes] = mapped_column(LargeBinary(32))
    token_hash: Mapped[bytes | None] = mapped_column(LargeBinary(32), unique=True)
    state: Mapped[str] = mapped_column(String(16))  # pending, approved, revoked, forked
    label: Mapped[str] = mapped_column(String(80), server_default="")
    head_seq: Mapped[int] = mapped_column(BigInteger, server_default=text("0"))
    head: Mapped[bytes | None] = mapped_column(LargeBinary(32))
    head_sig: Mapped[bytes | None] = mapped_column(LargeBinary(64))  # the device's, over head
    revoked_after: Mapped[int | None] = mapped_column(BigInteger)
    fork_seq: Mapped[int | None] = mapped_column(BigInteger)
    successor: Mapped[str | None] = mapped_column(String(64))
    predecessor: Mapped[str | None] = mapped_column(String(64))
    enrolled_ms: Mapped[int] = mapped_column(BigInteger)
    last_contact_ms: Mapped[int | None] = mapped_column(BigInteger)
    clock_skew_ms: Mapped[int | None] = mapped_column(BigInteger)


class SealedBatch(Base):
    """The sealed personal data of one stored batch: CBOR ``[sealed or null, ...]`` in
    sequence order from ``first_seq``, with the device's signature on the head it ended on.
    One row per batch: the server only keeps these for the export computer, so a batch costs
    one write of its envelopes rather than a thousand."""

    __tablename__ = "sealed_batches"
    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"))
    first_seq: Mapped[int] = mapped_column(BigInteger)
    head_sig: Mapped[bytes] = mapped_column(LargeBinary(64))
    sealed: Mapped[bytes] = mapped_column(LargeBinary)


class Record(Base):
    """One chain entry as the tablet sent it, written once: the link and what the server
    looks records up by (its sealed envelope is in its batch's row); ``withdrawn`` and
    ``excluded`` (revoked) are the only things that change."""

    __tablename__ = "records"
    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"))
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id"))
    seq: Mapped[int] = mapped_column(BigInteger)
    record_id: Mapped[bytes] = mapped_column(LargeBinary(16), unique=True)
    kind: Mapped[int] = mapped_column(SmallInteger)
    suite: Mapped[int] = mapped_column(SmallInteger)
    flags: Mapped[int] = mapped_column(SmallInteger)
    created_ms: Mapped[int] = mapped_column(BigInteger)
    text_hash: Mapped[bytes] = mapped_column(LargeBinary(32))
    withdrawal_hash: Mapped[bytes] = mapped_column(LargeBinary(32))
    target: Mapped[bytes] = mapped_column(LargeBinary(16))
    link: Mapped[bytes] = mapped_column(LargeBinary)
    batch_id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), ForeignKey("sealed_batches.id")
    )
    withdrawn: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    excluded: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))  # revoked
    received_ms: Mapped[int] = mapped_column(BigInteger)

    __table_args__ = (
        UniqueConstraint("device_id", "seq"),
        Index("ix_records_withdrawal_hash", "withdrawal_hash"),
    )


class Uncounted(Base):
    """A batch's identity envelopes (sealed to the count key), kept only until counted: one
    row per batch, CBOR ``[[seq, envelope], ...]``, so a batch adds one row here, not 1,000."""

    __tablename__ = "uncounted"
    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id"))
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"))
    envelopes: Mapped[bytes] = mapped_column(LargeBinary)


class RecordTag(Base):
    """The signer tag a counted signature carries, and whether it counts now."""

    __tablename__ = "record_tags"
    record_pk: Mapped[int] = mapped_column(ForeignKey("records.id"), primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id"))
    tag: Mapped[bytes | None] = mapped_column(LargeBinary(32))  # None: it did not open
    variant: Mapped[bytes | None] = mapped_column(LargeBinary(32))  # None: nothing was asked
    counted: Mapped[bool] = mapped_column(Boolean)
    log_idx: Mapped[int | None] = mapped_column(BigInteger)  # its leaf in the campaign's log


class Quarantined(Base):
    """Records kept aside, never thrown away: past a gap, after a fork, or held for review."""

    __tablename__ = "quarantine"
    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"))
    seq: Mapped[int] = mapped_column(BigInteger)
    record_digest: Mapped[bytes] = mapped_column(LargeBinary(32))
    reason: Mapped[str] = mapped_column(String(16))  # gap, fork
    body: Mapped[bytes] = mapped_column(LargeBinary)  # the wire record, CBOR
    state: Mapped[str] = mapped_column(String(16), server_default="held")  # held/accepted/rejected
    received_ms: Mapped[int] = mapped_column(BigInteger)
    withdrawal_hash: Mapped[bytes | None] = mapped_column(LargeBinary(32), index=True)
    log_idx: Mapped[int | None] = mapped_column(BigInteger)  # accepted: the entry counting it
    withdrawn: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    # accepted, and its tablet revoked before it: out of the count until that is taken back
    excluded: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))

    __table_args__ = (UniqueConstraint("device_id", "seq", "record_digest"),)


class SignerVariant(Base):
    """How many live records carry one signer's tag on one tablet with one variant (what told
    namesakes apart there, b"" when nothing was asked). A tag stands for as many people as
    the most variants live on any one tablet: "not me" proves two people on the tablet that
    asked, and nothing anywhere else (``sync.server.counting``)."""

    __tablename__ = "signer_variants"
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id"), primary_key=True)
    tag: Mapped[bytes] = mapped_column(LargeBinary(32), primary_key=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"), primary_key=True)
    variant: Mapped[bytes] = mapped_column(LargeBinary(32), primary_key=True)
    live: Mapped[int] = mapped_column(Integer)


class PendingWithdrawal(Base):
    """A withdrawal whose signature has not arrived yet; applied when it does."""

    __tablename__ = "pending_withdrawals"
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id"), primary_key=True)
    withdrawal_hash: Mapped[bytes] = mapped_column(LargeBinary(32), primary_key=True)
    received_ms: Mapped[int] = mapped_column(BigInteger)


class RateWindow(Base):
    """Fixed-window rate limits shared by every server process (enrolment, withdrawals)."""

    __tablename__ = "rate_windows"
    bucket: Mapped[str] = mapped_column(String(120), primary_key=True)
    window: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    hits: Mapped[int] = mapped_column(Integer)


class Coordinator(Base):
    """A person who may use the web dashboard; only an Argon2id hash of the password."""

    __tablename__ = "coordinators"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    created_ms: Mapped[int] = mapped_column(BigInteger)
    # viewer (sees), manager (approves, makes codes, decides held records), admin (revokes)
    role: Mapped[str] = mapped_column(String(16), server_default="admin")


class WebSession(Base):
    """A signed-in browser: the cookie's hash, whose it is, and when it stops working."""

    __tablename__ = "web_sessions"
    token_hash: Mapped[bytes] = mapped_column(LargeBinary(32), primary_key=True)
    coordinator_id: Mapped[int] = mapped_column(ForeignKey("coordinators.id"))
    created_ms: Mapped[int] = mapped_column(BigInteger)
    expires_ms: Mapped[int] = mapped_column(BigInteger)
    # The enrolment code this browser made last, sealed with a key only its cookie gives
    # (``sync.server.codes``): its page can be reloaded without making another.
    shown: Mapped[bytes | None] = mapped_column(LargeBinary)

    __table_args__ = (Index("ix_web_sessions_coordinator_id", "coordinator_id"),)


class AuditEntry(Base):
    """One thing a person did to a tablet, a record or a code: who, from where, when. Names
    are copied, not referred to: the log outlives a removed coordinator."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    at_ms: Mapped[int] = mapped_column(BigInteger)
    who: Mapped[str] = mapped_column(String(120))
    address: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(32))
    campaign_id: Mapped[int | None] = mapped_column(ForeignKey("campaigns.id"))
    target: Mapped[str] = mapped_column(String(120))  # a device id, a held entry, a code's label
    detail: Mapped[str] = mapped_column(String(200))

    __table_args__ = (Index("ix_audit_log_campaign_id_at_ms", "campaign_id", "at_ms"),)


class LogLeaves(Base):
    """A run of leaves of a campaign's append-only log (RFC 9162 hashing), appended in one
    transaction: accepted records' link hashes and events that changed the count. One row per
    run, as a batch's envelopes are kept, so a batch of 1,000 adds one row, not 1,000.
    ``bodies`` is a CBOR list of the leaves' CBOR (no personal data), ``hashes`` their leaf
    hashes end to end; ``count_after`` is the count once the run's transaction applied."""

    __tablename__ = "log_leaves"
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id"), primary_key=True)
    first: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    n: Mapped[int] = mapped_column(Integer)
    hashes: Mapped[bytes] = mapped_column(LargeBinary)
    bodies: Mapped[bytes] = mapped_column(LargeBinary)
    count_after: Mapped[int] = mapped_column(Integer)
    at_ms: Mapped[int] = mapped_column(BigInteger)


class LogNode(Base):
    """The hash of a whole subtree of 2**level leaves (levels from ``ledger.STORED`` up),
    at ``pos`` from the left: a proof reads a handful, never the whole log."""

    __tablename__ = "log_nodes"
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id"), primary_key=True)
    level: Mapped[int] = mapped_column(SmallInteger, primary_key=True, autoincrement=False)
    pos: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    hash: Mapped[bytes] = mapped_column(LargeBinary(32))


class LogHead(Base):
    """A signed tree head: size, root, time and the count the log implies, signed with the
    campaign's receipt key."""

    __tablename__ = "log_heads"
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id"), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    root: Mapped[bytes] = mapped_column(LargeBinary(32))
    at_ms: Mapped[int] = mapped_column(BigInteger)
    count: Mapped[int] = mapped_column(Integer)
    signature: Mapped[bytes] = mapped_column(LargeBinary(64))

"""The tablet's tables: SQLAlchemy 2 typed mappings with a naming convention for Alembic."""

from sqlalchemy import Index, LargeBinary, MetaData, SmallInteger, String, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Meta(Base):
    """Small facts about the data dir: mode, pinned key, device, chain head, duplicate key."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[bytes] = mapped_column(LargeBinary)


class Record(Base):
    """One chain entry. Personal data and identity are sealed; the rest is in clear."""

    __tablename__ = "records"
    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    record_id: Mapped[bytes] = mapped_column(LargeBinary(16), unique=True)
    kind: Mapped[int] = mapped_column(SmallInteger)
    created_ms: Mapped[int]
    suite: Mapped[int] = mapped_column(SmallInteger)
    text_hash: Mapped[bytes] = mapped_column(LargeBinary(32))
    withdrawal_hash: Mapped[bytes] = mapped_column(LargeBinary(32))
    target: Mapped[bytes] = mapped_column(LargeBinary(16))
    sealed: Mapped[bytes | None] = mapped_column(LargeBinary)
    identity: Mapped[bytes | None] = mapped_column(LargeBinary)
    link: Mapped[bytes] = mapped_column(LargeBinary)
    chain_hash: Mapped[bytes] = mapped_column(LargeBinary(32))
    head_sig: Mapped[bytes] = mapped_column(LargeBinary(64))
    synthetic: Mapped[bool]
    local_tag: Mapped[int | None]
    # How the signer signed (METHOD_CODES), in clear so the day's-end summary needs no key;
    # informational like created_ms: the sealed payload holds the method that counts.
    method: Mapped[int | None] = mapped_column(SmallInteger)

    # Few indexes: each one is written by every signature. Withdrawals are rare, so theirs
    # is partial and costs a signature nothing. The day index covers the summary and the
    # status counts, which otherwise read every row's envelopes (a page or more each).
    __table_args__ = (
        Index("ix_records_local_tag", "local_tag"),
        Index("ix_records_withdrawn_target", "target", sqlite_where=text("kind = 2")),
        Index("ix_records_day", "created_ms", "kind", "method"),
    )


# The clear ``method`` column: 1 drawn, 2 typed, 3 assisted (None: stored before it existed).
METHOD_CODES = {"drawn": 1, "typed": 2, "assisted": 3}

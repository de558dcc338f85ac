"""The first server schema: campaigns, enrolment codes, devices, records, the count,
coordinators and their web sessions.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "campaigns",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("slug", sa.String(length=64), nullable=False),
        sa.Column("production", sa.Boolean(), nullable=False),
        sa.Column("goal", sa.Integer(), nullable=False),
        sa.Column("issued", sa.Text(), nullable=False),
        sa.Column("suite", sa.String(length=16), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("count_private", sa.LargeBinary(), nullable=False),
        sa.Column("count_secret", sa.LargeBinary(), nullable=False),
        sa.Column("receipt_private", sa.LargeBinary(), nullable=False),
        sa.Column("unique_signers", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("counted_at_ms", sa.BigInteger(), server_default=sa.text("0"), nullable=False),
        sa.Column("created_ms", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaigns")),
        sa.UniqueConstraint("slug", name=op.f("uq_campaigns_slug")),
    )
    op.create_table(
        "rate_windows",
        sa.Column("bucket", sa.String(length=120), nullable=False),
        sa.Column("window", sa.BigInteger(), nullable=False),
        sa.Column("hits", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("bucket", "window", name=op.f("pk_rate_windows")),
    )
    op.create_table(
        "devices",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("public_key", sa.LargeBinary(length=32), nullable=False),
        sa.Column("token_hash", sa.LargeBinary(length=32), nullable=True),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("label", sa.String(length=80), server_default="", nullable=False),
        sa.Column("head_seq", sa.BigInteger(), server_default=sa.text("0"), nullable=False),
        sa.Column("head", sa.LargeBinary(length=32), nullable=True),
        sa.Column("revoked_after", sa.BigInteger(), nullable=True),
        sa.Column("fork_seq", sa.BigInteger(), nullable=True),
        sa.Column("successor", sa.String(length=64), nullable=True),
        sa.Column("predecessor", sa.String(length=64), nullable=True),
        sa.Column("enrolled_ms", sa.BigInteger(), nullable=False),
        sa.Column("last_contact_ms", sa.BigInteger(), nullable=True),
        sa.Column("clock_skew_ms", sa.BigInteger(), nullable=True),
        sa.ForeignKeyConstraint(
            ["campaign_id"], ["campaigns.id"], name=op.f("fk_devices_campaign_id_campaigns")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_devices")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_devices_token_hash")),
    )
    op.create_table(
        "enrol_codes",
        sa.Column("code_hash", sa.LargeBinary(length=32), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("expires_ms", sa.BigInteger(), nullable=False),
        sa.Column("approved", sa.Boolean(), nullable=False),
        sa.Column("used_by", sa.String(length=64), nullable=True),
        sa.Column("label", sa.String(length=80), server_default="", nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"], ["campaigns.id"], name=op.f("fk_enrol_codes_campaign_id_campaigns")
        ),
        sa.PrimaryKeyConstraint("code_hash", name=op.f("pk_enrol_codes")),
    )
    op.create_table(
        "pending_withdrawals",
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("withdrawal_hash", sa.LargeBinary(length=32), nullable=False),
        sa.Column("received_ms", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaigns.id"],
            name=op.f("fk_pending_withdrawals_campaign_id_campaigns"),
        ),
        sa.PrimaryKeyConstraint(
            "campaign_id", "withdrawal_hash", name=op.f("pk_pending_withdrawals")
        ),
    )
    op.create_table(
        "signer_tags",
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("tag", sa.LargeBinary(length=32), nullable=False),
        sa.Column("live", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"], ["campaigns.id"], name=op.f("fk_signer_tags_campaign_id_campaigns")
        ),
        sa.PrimaryKeyConstraint("campaign_id", "tag", name=op.f("pk_signer_tags")),
    )
    op.create_table(
        "quarantine",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("record_digest", sa.LargeBinary(length=32), nullable=False),
        sa.Column("reason", sa.String(length=16), nullable=False),
        sa.Column("body", sa.LargeBinary(), nullable=False),
        sa.Column("state", sa.String(length=16), server_default="held", nullable=False),
        sa.Column("received_ms", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["device_id"], ["devices.id"], name=op.f("fk_quarantine_device_id_devices")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quarantine")),
        sa.UniqueConstraint(
            "device_id", "seq", "record_digest", name=op.f("uq_quarantine_device_id")
        ),
    )
    op.create_table(
        "sealed_batches",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("first_seq", sa.BigInteger(), nullable=False),
        sa.Column("head_sig", sa.LargeBinary(length=64), nullable=False),
        sa.Column("sealed", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["device_id"], ["devices.id"], name=op.f("fk_sealed_batches_device_id_devices")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sealed_batches")),
    )
    op.create_table(
        "records",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("record_id", sa.LargeBinary(length=16), nullable=False),
        sa.Column("kind", sa.SmallInteger(), nullable=False),
        sa.Column("suite", sa.SmallInteger(), nullable=False),
        sa.Column("flags", sa.SmallInteger(), nullable=False),
        sa.Column("created_ms", sa.BigInteger(), nullable=False),
        sa.Column("text_hash", sa.LargeBinary(length=32), nullable=False),
        sa.Column("withdrawal_hash", sa.LargeBinary(length=32), nullable=False),
        sa.Column("target", sa.LargeBinary(length=16), nullable=False),
        sa.Column("link", sa.LargeBinary(), nullable=False),
        sa.Column("batch_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("withdrawn", sa.Boolean(), server_default=sa.text("(false)"), nullable=False),
        sa.Column("excluded", sa.Boolean(), server_default=sa.text("(false)"), nullable=False),
        sa.Column("received_ms", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["batch_id"], ["sealed_batches.id"], name=op.f("fk_records_batch_id_sealed_batches")
        ),
        sa.ForeignKeyConstraint(
            ["campaign_id"], ["campaigns.id"], name=op.f("fk_records_campaign_id_campaigns")
        ),
        sa.ForeignKeyConstraint(
            ["device_id"], ["devices.id"], name=op.f("fk_records_device_id_devices")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_records")),
        sa.UniqueConstraint("device_id", "seq", name=op.f("uq_records_device_id")),
        sa.UniqueConstraint("record_id", name=op.f("uq_records_record_id")),
    )
    with op.batch_alter_table("records", schema=None) as batch_op:
        batch_op.create_index("ix_records_withdrawal_hash", ["withdrawal_hash"], unique=False)

    op.create_table(
        "uncounted",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("envelopes", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"], ["campaigns.id"], name=op.f("fk_uncounted_campaign_id_campaigns")
        ),
        sa.ForeignKeyConstraint(
            ["device_id"], ["devices.id"], name=op.f("fk_uncounted_device_id_devices")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_uncounted")),
    )
    op.create_table(
        "record_tags",
        sa.Column(
            "record_pk", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("tag", sa.LargeBinary(length=32), nullable=True),
        sa.Column("counted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"], ["campaigns.id"], name=op.f("fk_record_tags_campaign_id_campaigns")
        ),
        sa.ForeignKeyConstraint(
            ["record_pk"], ["records.id"], name=op.f("fk_record_tags_record_pk_records")
        ),
        sa.PrimaryKeyConstraint("record_pk", name=op.f("pk_record_tags")),
    )

    op.create_table(
        "coordinators",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("created_ms", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coordinators")),
        sa.UniqueConstraint("name", name=op.f("uq_coordinators_name")),
    )
    op.create_table(
        "web_sessions",
        sa.Column("token_hash", sa.LargeBinary(length=32), nullable=False),
        sa.Column("coordinator_id", sa.Integer(), nullable=False),
        sa.Column("created_ms", sa.BigInteger(), nullable=False),
        sa.Column("expires_ms", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["coordinator_id"],
            ["coordinators.id"],
            name=op.f("fk_web_sessions_coordinator_id_coordinators"),
        ),
        sa.PrimaryKeyConstraint("token_hash", name=op.f("pk_web_sessions")),
    )
    with op.batch_alter_table("web_sessions", schema=None) as batch_op:
        batch_op.create_index("ix_web_sessions_coordinator_id", ["coordinator_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("web_sessions", schema=None) as batch_op:
        batch_op.drop_index("ix_web_sessions_coordinator_id")

    op.drop_table("web_sessions")
    op.drop_table("coordinators")
    op.drop_table("record_tags")
    op.drop_table("uncounted")
    with op.batch_alter_table("records", schema=None) as batch_op:
        batch_op.drop_index("ix_records_withdrawal_hash")

    op.drop_table("records")
    op.drop_table("sealed_batches")
    op.drop_table("quarantine")
    op.drop_table("signer_tags")
    op.drop_table("pending_withdrawals")
    op.drop_table("enrol_codes")
    op.drop_table("devices")
    op.drop_table("rate_windows")
    op.drop_table("campaigns")

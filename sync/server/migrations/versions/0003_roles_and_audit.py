"""Coordinators get a role (viewer, manager, admin; those there already keep every power they
had: admin), and what they do is kept in an audit log; a dashboard session keeps the last
enrolment code it made, sealed, so that its page can be reloaded.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("coordinators") as batch:
        batch.add_column(
            sa.Column("role", sa.String(length=16), server_default="admin", nullable=False)
        )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("at_ms", sa.BigInteger(), nullable=False),
        sa.Column("who", sa.String(length=120), nullable=False),
        sa.Column("address", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=True),
        sa.Column("target", sa.String(length=120), nullable=False),
        sa.Column("detail", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"], ["campaigns.id"], name=op.f("fk_audit_log_campaign_id_campaigns")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    op.create_index("ix_audit_log_campaign_id_at_ms", "audit_log", ["campaign_id", "at_ms"])
    with op.batch_alter_table("web_sessions") as batch:
        batch.add_column(sa.Column("shown", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("web_sessions") as batch:
        batch.drop_column("shown")
    op.drop_index("ix_audit_log_campaign_id_at_ms", table_name="audit_log")
    op.drop_table("audit_log")
    with op.batch_alter_table("coordinators") as batch:
        batch.drop_column("role")

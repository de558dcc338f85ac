"""The first tablet store: meta and the chained records.

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
        "meta",
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("value", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_meta")),
    )
    op.create_table(
        "records",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("record_id", sa.LargeBinary(16), nullable=False),
        sa.Column("kind", sa.SmallInteger(), nullable=False),
        sa.Column("created_ms", sa.Integer(), nullable=False),
        sa.Column("suite", sa.SmallInteger(), nullable=False),
        sa.Column("text_hash", sa.LargeBinary(32), nullable=False),
        sa.Column("withdrawal_hash", sa.LargeBinary(32), nullable=False),
        sa.Column("target", sa.LargeBinary(16), nullable=False),
        sa.Column("sealed", sa.LargeBinary(), nullable=True),
        sa.Column("identity", sa.LargeBinary(), nullable=True),
        sa.Column("link", sa.LargeBinary(), nullable=False),
        sa.Column("chain_hash", sa.LargeBinary(32), nullable=False),
        sa.Column("head_sig", sa.LargeBinary(64), nullable=False),
        sa.Column("synthetic", sa.Boolean(), nullable=False),
        sa.Column("acked", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.Column("local_tag", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_records")),
        sa.UniqueConstraint("record_id", name=op.f("uq_records_record_id")),
    )
    op.create_index("ix_records_local_tag", "records", ["local_tag"])
    op.create_index(
        "ix_records_withdrawn_target", "records", ["target"], sqlite_where=sa.text("kind = 2")
    )


def downgrade() -> None:
    op.drop_index("ix_records_withdrawn_target", table_name="records")
    op.drop_index("ix_records_local_tag", table_name="records")
    op.drop_table("records")
    op.drop_table("meta")

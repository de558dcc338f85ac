"""Each campaign's append-only log (RFC 9162 hashing): its leaves (a row per run appended
together), the hashes of its whole subtrees of 256 leaves and more, and its signed tree
heads; a counted record's place in the log; each tablet's signature over the chain head it
sent last (what a recipient's kit needs to check the tablets' chains). Campaigns already
running start their log empty: it covers what is counted from now on.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _campaign(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["campaign_id"], ["campaigns.id"], name=op.f(f"fk_{table}_campaign_id_campaigns")
    )


def upgrade() -> None:
    with op.batch_alter_table("devices") as batch:
        batch.add_column(sa.Column("head_sig", sa.LargeBinary(length=64), nullable=True))
    with op.batch_alter_table("record_tags") as batch:
        batch.add_column(sa.Column("log_idx", sa.BigInteger(), nullable=True))
    with op.batch_alter_table("campaigns") as batch:
        batch.add_column(
            sa.Column("log_size", sa.BigInteger(), server_default=sa.text("0"), nullable=False)
        )
    op.create_table(
        "log_leaves",
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("first", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.Column("hashes", sa.LargeBinary(), nullable=False),
        sa.Column("bodies", sa.LargeBinary(), nullable=False),
        sa.Column("count_after", sa.Integer(), nullable=False),
        sa.Column("at_ms", sa.BigInteger(), nullable=False),
        _campaign("log_leaves"),
        sa.PrimaryKeyConstraint("campaign_id", "first", name=op.f("pk_log_leaves")),
    )
    if op.get_bind().dialect.name == "postgresql":
        # Hashes do not compress: PostgreSQL would spend a pglz pass on every run for nothing.
        for column in ("hashes", "bodies"):
            op.execute(f"ALTER TABLE log_leaves ALTER COLUMN {column} SET STORAGE EXTERNAL")
    op.create_table(
        "log_nodes",
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("level", sa.SmallInteger(), autoincrement=False, nullable=False),
        sa.Column("pos", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("hash", sa.LargeBinary(length=32), nullable=False),
        _campaign("log_nodes"),
        sa.PrimaryKeyConstraint("campaign_id", "level", "pos", name=op.f("pk_log_nodes")),
    )
    op.create_table(
        "log_heads",
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("size", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("root", sa.LargeBinary(length=32), nullable=False),
        sa.Column("at_ms", sa.BigInteger(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("signature", sa.LargeBinary(length=64), nullable=False),
        _campaign("log_heads"),
        sa.PrimaryKeyConstraint("campaign_id", "size", name=op.f("pk_log_heads")),
    )


def downgrade() -> None:
    op.drop_table("log_heads")
    op.drop_table("log_nodes")
    op.drop_table("log_leaves")
    with op.batch_alter_table("campaigns") as batch:
        batch.drop_column("log_size")
    with op.batch_alter_table("record_tags") as batch:
        batch.drop_column("log_idx")
    with op.batch_alter_table("devices") as batch:
        batch.drop_column("head_sig")

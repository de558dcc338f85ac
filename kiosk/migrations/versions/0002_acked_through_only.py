"""Acknowledgement is one number, ``acked_through`` in meta, taken from a verified receipt.

The per-row ``acked`` flag went: setting it rewrote every acknowledged row (each holds the
sealed envelopes), and a receipt acknowledges a prefix of the chain anyway.

Revision ID: 0002
Revises: 0001
"""

import struct

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("records") as batch:
        batch.drop_column("acked")


def downgrade() -> None:
    with op.batch_alter_table("records") as batch:
        batch.add_column(
            sa.Column("acked", sa.Boolean(), server_default=sa.text("0"), nullable=False)
        )
    raw = op.get_bind().scalar(sa.text("SELECT value FROM meta WHERE key = 'acked_through'"))
    through = struct.unpack(">Q", raw)[0] if raw else 0
    op.execute(sa.text("UPDATE records SET acked = 1 WHERE seq <= :n").bindparams(n=through))

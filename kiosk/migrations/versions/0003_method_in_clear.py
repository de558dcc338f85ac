"""The signature method in clear (1 drawn, 2 typed, 3 assisted) and an index for the day.

The coordinator's day's-end summary counts per hour, method and state with no private key;
the method was only sealed. Older rows keep NULL: their method is in the sealed payload.
``ix_records_day`` covers those counts so they read a small index, not every envelope.

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
    with op.batch_alter_table("records") as batch:
        batch.add_column(sa.Column("method", sa.SmallInteger(), nullable=True))
    op.create_index("ix_records_day", "records", ["created_ms", "kind", "method"])


def downgrade() -> None:
    op.drop_index("ix_records_day", table_name="records")
    with op.batch_alter_table("records") as batch:
        batch.drop_column("method")

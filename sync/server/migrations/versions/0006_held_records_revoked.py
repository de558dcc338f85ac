"""A record accepted from a hold leaves the count with the rest of its tablet's records when
the tablet is revoked past its number, and comes back when the revocation is taken back:
``excluded``, as on the records table.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("quarantine") as batch:
        batch.add_column(
            sa.Column("excluded", sa.Boolean(), server_default=sa.text("false"), nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("quarantine") as batch:
        batch.drop_column("excluded")

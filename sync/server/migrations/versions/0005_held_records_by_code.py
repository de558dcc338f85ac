"""A record held aside keeps its withdrawal-code hash in a column, so "is my signature
counted?" and a withdrawal by code find it as they find a stored record; once accepted, the
index of the log entry that counted it; and whether its signer withdrew it since.

Revision ID: 0005
Revises: 0004
"""

import cbor2
import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("quarantine") as batch:
        batch.add_column(sa.Column("withdrawal_hash", sa.LargeBinary(length=32), nullable=True))
        batch.add_column(sa.Column("log_idx", sa.BigInteger(), nullable=True))
        batch.add_column(
            sa.Column("withdrawn", sa.Boolean(), server_default=sa.text("false"), nullable=False)
        )
        batch.create_index(
            batch.f("ix_quarantine_withdrawal_hash"), ["withdrawal_hash"], unique=False
        )
    held = sa.table(
        "quarantine",
        sa.column("id", sa.BigInteger()),
        sa.column("body", sa.LargeBinary()),
        sa.column("withdrawal_hash", sa.LargeBinary()),
    )
    conn = op.get_bind()
    for row_id, body in conn.execute(sa.select(held.c.id, held.c.body)).all():
        doc = cbor2.loads(body)
        if doc.get("kind") == 1:  # a signature's code; a withdrawal record's names another's
            code = doc.get("withdrawal_hash")
            conn.execute(sa.update(held).where(held.c.id == row_id).values(withdrawal_hash=code))


def downgrade() -> None:
    with op.batch_alter_table("quarantine") as batch:
        batch.drop_index(batch.f("ix_quarantine_withdrawal_hash"))
        batch.drop_column("withdrawn")
        batch.drop_column("log_idx")
        batch.drop_column("withdrawal_hash")

"""The count keeps what told namesakes apart on one tablet out of a signer's identity across
tablets: ``signer_variants`` (tag, tablet, variant) replaces ``signer_tags`` (tag), and each
record's tag row keeps its variant.

Records counted before this kept no variant (their tag is of name, settlement and variant
together); they move over as tags without one, so the count stays exactly what it was.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "signer_variants",
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("tag", sa.LargeBinary(length=32), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("variant", sa.LargeBinary(length=32), nullable=False),
        sa.Column("live", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaigns.id"],
            name=op.f("fk_signer_variants_campaign_id_campaigns"),
        ),
        sa.ForeignKeyConstraint(
            ["device_id"], ["devices.id"], name=op.f("fk_signer_variants_device_id_devices")
        ),
        sa.PrimaryKeyConstraint(
            "campaign_id", "tag", "device_id", "variant", name=op.f("pk_signer_variants")
        ),
    )
    with op.batch_alter_table("record_tags") as batch:
        batch.add_column(sa.Column("variant", sa.LargeBinary(length=32), nullable=True))
    # Every counted record as a tag without a variant, per tablet (one person per live tag,
    # as before). The empty variant is written from Python: b"" is spelt differently per
    # database.
    conn = op.get_bind()
    rows = conn.execute(
        sa.text(
            "SELECT t.campaign_id, t.tag, r.device_id, COUNT(*) FROM record_tags t "
            "JOIN records r ON r.id = t.record_pk WHERE t.counted AND t.tag IS NOT NULL "
            "GROUP BY t.campaign_id, t.tag, r.device_id"
        )
    ).all()
    variants = sa.table(
        "signer_variants",
        sa.column("campaign_id", sa.Integer()),
        sa.column("tag", sa.LargeBinary()),
        sa.column("device_id", sa.String()),
        sa.column("variant", sa.LargeBinary()),
        sa.column("live", sa.Integer()),
    )
    if rows:
        op.bulk_insert(
            variants,
            [
                {"campaign_id": c, "tag": t, "device_id": d, "variant": b"", "live": n}
                for c, t, d, n in rows
            ],
        )
    op.drop_table("signer_tags")


def downgrade() -> None:
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
    op.execute(
        "INSERT INTO signer_tags (campaign_id, tag, live) SELECT campaign_id, tag, SUM(live) "
        "FROM signer_variants GROUP BY campaign_id, tag"
    )
    with op.batch_alter_table("record_tags") as batch:
        batch.drop_column("variant")
    op.drop_table("signer_variants")

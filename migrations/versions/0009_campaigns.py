"""Campaigns: owner, message template, expected response rate, cost lines; the contact who
recommended a contact

The campaign's former lump ``cost`` becomes its first cost line ("Coût global"), so that
``campaign.cost`` is from now on the total of the lines and no amount is lost. The
opportunity already names its referrer (``referrer_contact_id``, revision 0006); the
contact's ``referred_by`` text stays the source pick list ("Salon", "Ami"…) and the new
``referred_by_id`` names the person.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "campaign_cost",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=160), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("quantity", sa.Numeric(precision=12, scale=3), nullable=False),
        sa.Column("unit_cost", sa.Numeric(precision=14, scale=4), nullable=False),
        sa.Column("amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaign.id"],
            name=op.f("fk_campaign_cost_campaign_id_campaign"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaign_cost")),
    )
    op.create_index(
        op.f("ix_campaign_cost_campaign_id"), "campaign_cost", ["campaign_id"], unique=False
    )
    with op.batch_alter_table("campaign", schema=None) as batch_op:
        batch_op.add_column(sa.Column("owner_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("template_name", sa.String(length=160), nullable=True))
        batch_op.add_column(
            sa.Column("expected_response_rate", sa.Numeric(precision=5, scale=2), nullable=True)
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_campaign_owner_id_app_user"),
            "app_user",
            ["owner_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch_op.create_index(batch_op.f("ix_campaign_owner_id"), ["owner_id"], unique=False)
    # SQLite rebuilds the contact table here (batch mode): a column added in place would
    # carry its reference without a name or ON DELETE in the reflected schema, and the next
    # batch migration would silently drop them. Ids stay never reused (revision 0003).
    with op.batch_alter_table(
        "contact", schema=None, table_kwargs={"sqlite_autoincrement": True}
    ) as batch_op:
        batch_op.add_column(sa.Column("referred_by_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_contact_referred_by_id_contact"),
            "contact",
            ["referred_by_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch_op.create_index(
            batch_op.f("ix_contact_referred_by_id"), ["referred_by_id"], unique=False
        )
    # Codes written before the campaign codes were fixed (the demo's "salon", "done",
    # "responded"…) become the codes the figures and screens know.
    for old, new in (
        ("salon", "trade_show"),
        ("mailing postal", "mail"),
        ("courrier", "mail"),
        ("e-mailing", "email"),
        ("e-mail", "email"),
        ("phoning", "phone"),
        ("téléphone", "phone"),
    ):
        op.execute(
            sa.text("UPDATE campaign SET channel = :new WHERE lower(channel) = :old").bindparams(
                new=new, old=old
            )
        )
    op.execute(sa.text("UPDATE campaign SET status = 'finished' WHERE status = 'done'"))
    op.execute(
        sa.text("UPDATE campaign_member SET status = 'replied' WHERE status = 'responded'")
    )
    # A returned letter or bounced e-mail was sent and brought no answer.
    op.execute(sa.text("UPDATE campaign_member SET status = 'sent' WHERE status = 'bounced'"))
    # The lump cost of existing campaigns becomes their first cost line.
    op.execute(
        sa.text(
            "INSERT INTO campaign_cost "
            "(campaign_id, position, label, kind, quantity, unit_cost, amount) "
            "SELECT id, 0, 'Coût global', 'other', 1, cost, cost FROM campaign "
            "WHERE cost IS NOT NULL AND cost <> 0"
        )
    )


def downgrade() -> None:
    with op.batch_alter_table(
        "contact", schema=None, table_kwargs={"sqlite_autoincrement": True}
    ) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_referred_by_id"))
        batch_op.drop_constraint(
            batch_op.f("fk_contact_referred_by_id_contact"), type_="foreignkey"
        )
        batch_op.drop_column("referred_by_id")
    with op.batch_alter_table("campaign", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_campaign_owner_id"))
        batch_op.drop_constraint(batch_op.f("fk_campaign_owner_id_app_user"), type_="foreignkey")
        batch_op.drop_column("expected_response_rate")
        batch_op.drop_column("template_name")
        batch_op.drop_column("owner_id")
    op.drop_index(op.f("ix_campaign_cost_campaign_id"), table_name="campaign_cost")
    op.drop_table("campaign_cost")

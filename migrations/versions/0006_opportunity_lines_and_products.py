"""Opportunities: price list, product lines, currency, referrer contact; forecast index

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "product",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("family", sa.String(length=120), nullable=True),
        sa.Column("unit_price", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("cost", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_product")),
    )
    op.create_index(op.f("ix_product_name"), "product", ["name"], unique=False)
    op.create_table(
        "opportunity_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("opportunity_id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("quantity", sa.Numeric(precision=12, scale=3), nullable=False),
        sa.Column("unit_price", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("discount_pct", sa.Numeric(precision=5, scale=2), nullable=False),
        sa.Column("amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.ForeignKeyConstraint(
            ["opportunity_id"],
            ["opportunity.id"],
            name=op.f("fk_opportunity_line_opportunity_id_opportunity"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["product.id"],
            name=op.f("fk_opportunity_line_product_id_product"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_opportunity_line")),
    )
    op.create_index(
        op.f("ix_opportunity_line_opportunity_id"),
        "opportunity_line",
        ["opportunity_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_opportunity_line_product_id"), "opportunity_line", ["product_id"], unique=False
    )
    with op.batch_alter_table("opportunity", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("currency", sa.String(length=3), server_default="EUR", nullable=False)
        )
        batch_op.add_column(sa.Column("referrer_contact_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_opportunity_referrer_contact_id_contact"),
            "contact",
            ["referrer_contact_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch_op.create_index(
            batch_op.f("ix_opportunity_referrer_contact_id"), ["referrer_contact_id"], unique=False
        )
        batch_op.create_index(
            "ix_opportunity_status_expected_close", ["status", "expected_close"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("opportunity", schema=None) as batch_op:
        batch_op.drop_index("ix_opportunity_status_expected_close")
        batch_op.drop_index(batch_op.f("ix_opportunity_referrer_contact_id"))
        batch_op.drop_constraint(
            batch_op.f("fk_opportunity_referrer_contact_id_contact"), type_="foreignkey"
        )
        batch_op.drop_column("referrer_contact_id")
        batch_op.drop_column("currency")
    op.drop_index(op.f("ix_opportunity_line_product_id"), table_name="opportunity_line")
    op.drop_index(op.f("ix_opportunity_line_opportunity_id"), table_name="opportunity_line")
    op.drop_table("opportunity_line")
    op.drop_index(op.f("ix_product_name"), table_name="product")
    op.drop_table("product")

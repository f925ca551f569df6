"""Groups and segmentation: dynamic queries, subgroups, companies in groups, excluded members,
the group a mailing targeted; user-defined fields with typed, indexed values

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _field_values(record: str) -> None:
    table = f"{record}_field_value"
    op.create_table(
        table,
        sa.Column("field_id", sa.Integer(), nullable=False),
        sa.Column(f"{record}_id", sa.Integer(), nullable=False),
        sa.Column("value_text", sa.String(length=250), nullable=True),
        sa.Column("value_number", sa.Numeric(precision=18, scale=4), nullable=True),
        sa.Column("value_date", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["field_id"],
            ["custom_field.id"],
            name=f"fk_{table}_field_id_custom_field",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            [f"{record}_id"],
            [f"{record}.id"],
            name=f"fk_{table}_{record}_id_{record}",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("field_id", f"{record}_id", name=f"pk_{table}"),
    )
    op.create_index(f"ix_{table}_{record}_id", table, [f"{record}_id"])
    op.create_index(f"ix_{table}_text", table, ["field_id", "value_text"])
    op.create_index(f"ix_{table}_number", table, ["field_id", "value_number"])
    op.create_index(f"ix_{table}_date", table, ["field_id", "value_date"])


def upgrade() -> None:
    with op.batch_alter_table("contact_group") as batch_op:
        batch_op.add_column(sa.Column("query_text", sa.Text(), nullable=True))
        batch_op.add_column(
            sa.Column(
                "include_subgroups", sa.Boolean(), nullable=False, server_default=sa.false()
            )
        )
    with op.batch_alter_table("group_member") as batch_op:
        batch_op.add_column(
            sa.Column("excluded", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    with op.batch_alter_table("history") as batch_op:
        batch_op.add_column(sa.Column("group_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            "fk_history_group_id_contact_group",
            "contact_group",
            ["group_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch_op.create_index("ix_history_group_id", ["group_id"])
    op.create_table(
        "group_company",
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["contact_group.id"],
            name="fk_group_company_group_id_contact_group",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["company_id"],
            ["company.id"],
            name="fk_group_company_company_id_company",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("group_id", "company_id", name="pk_group_company"),
    )
    op.create_index("ix_group_company_company_id", "group_company", ["company_id"])
    op.create_table(
        "custom_field",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("label", sa.String(length=120), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("choices", sa.Text(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.Column(
            "edited_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.PrimaryKeyConstraint("id", name="pk_custom_field"),
        sa.UniqueConstraint("record", "name", name="uq_custom_field_record_name"),
    )
    _field_values("contact")
    _field_values("company")


def downgrade() -> None:
    op.drop_table("company_field_value")
    op.drop_table("contact_field_value")
    op.drop_table("custom_field")
    op.drop_table("group_company")
    with op.batch_alter_table("history") as batch_op:
        batch_op.drop_index("ix_history_group_id")
        batch_op.drop_constraint("fk_history_group_id_contact_group", type_="foreignkey")
        batch_op.drop_column("group_id")
    with op.batch_alter_table("group_member") as batch_op:
        batch_op.drop_column("excluded")
    with op.batch_alter_table("contact_group") as batch_op:
        batch_op.drop_column("include_subgroups")
        batch_op.drop_column("query_text")

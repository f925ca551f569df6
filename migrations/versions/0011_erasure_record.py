"""Erasure log: that a person was erased (date, who, why), without their data

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "erasure_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("erased_at", sa.DateTime(), nullable=False),
        sa.Column("erased_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("origin", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("counts_json", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["app_user.id"],
            name=op.f("fk_erasure_record_user_id_app_user"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_erasure_record")),
    )
    op.create_index(op.f("ix_erasure_record_erased_at"), "erasure_record", ["erased_at"])
    op.create_index(op.f("ix_erasure_record_erased_id"), "erasure_record", ["erased_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_erasure_record_erased_id"), table_name="erasure_record")
    op.drop_index(op.f("ix_erasure_record_erased_at"), table_name="erasure_record")
    op.drop_table("erasure_record")

"""The deletion log: which record was deleted, by whom and when

Revision ID: 0014
Revises: 0013
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "deletion_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=True),
        sa.Column("private", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["app_user.id"],
            name=op.f("fk_deletion_log_user_id_app_user"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deletion_log")),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_deletion_log_deleted_at"), "deletion_log", ["deleted_at"])
    op.create_index(op.f("ix_deletion_log_user_id"), "deletion_log", ["user_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_deletion_log_user_id"), table_name="deletion_log")
    op.drop_index(op.f("ix_deletion_log_deleted_at"), table_name="deletion_log")
    op.drop_table("deletion_log")

"""Each person's identity: initials, phone, job title and team on the app user

Revision ID: 0013
Revises: 0012
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("app_user", schema=None) as batch_op:
        batch_op.add_column(sa.Column("initials", sa.String(length=8), nullable=True))
        batch_op.add_column(sa.Column("phone", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("title", sa.String(length=120), nullable=True))
        batch_op.add_column(sa.Column("team", sa.String(length=120), nullable=True))
    if op.get_bind().dialect.name == "sqlite":
        # On a one-person file the only user row was made from the operating system's
        # login, used as a name: blank it so that the first start asks who the person is
        # and no screen or letter shows the login (the row and its links are kept).
        op.execute("UPDATE app_user SET display_name = '' WHERE display_name = login")


def downgrade() -> None:
    with op.batch_alter_table("app_user", schema=None) as batch_op:
        batch_op.drop_column("team")
        batch_op.drop_column("title")
        batch_op.drop_column("phone")
        batch_op.drop_column("initials")

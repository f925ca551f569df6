"""Indexes for the common shapes of group queries: status and last reach

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # "status = 'Client'" and "last_reach older than 6 months" start most dynamic groups;
    # without these a 1M-contact table is scanned for each.
    op.create_index("ix_contact_status", "contact", ["status"])
    op.create_index("ix_contact_last_reach", "contact", ["last_reach"])


def downgrade() -> None:
    op.drop_index("ix_contact_last_reach", table_name="contact")
    op.drop_index("ix_contact_status", table_name="contact")

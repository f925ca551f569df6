"""activity.alarm_at: the indexed ring time of each alarm

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from desktop_crm.domain.alarms import alarm_ring_at

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

CHUNK = 5000

# A frozen view of the table as this revision knows it: later model changes cannot break it.
activity = sa.table(
    "activity",
    sa.column("id", sa.Integer),
    sa.column("start_at", sa.DateTime),
    sa.column("alarm_lead_min", sa.Integer),
    sa.column("alarm_snoozed_until", sa.DateTime),
    sa.column("alarm_dismissed", sa.Boolean),
    sa.column("cleared", sa.Boolean),
    sa.column("alarm_at", sa.DateTime),
)


def upgrade() -> None:
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.add_column(sa.Column("alarm_at", sa.DateTime(), nullable=True))
        batch_op.create_index("ix_activity_alarm_at", ["alarm_at"], unique=False)
    # Same rule as the application (domain.alarms), computed in Python so that SQLite and
    # PostgreSQL date arithmetic cannot disagree; only rows that can still ring are read.
    conn = op.get_bind()
    rows = conn.execute(
        sa.select(
            activity.c.id,
            activity.c.start_at,
            activity.c.alarm_lead_min,
            activity.c.alarm_snoozed_until,
        ).where(
            activity.c.alarm_lead_min.is_not(None),
            activity.c.alarm_dismissed.is_(False),
            activity.c.cleared.is_(False),
        )
    ).all()
    values = [
        {"b_id": act_id, "b_alarm_at": alarm_ring_at(start, lead, snoozed)}
        for act_id, start, lead, snoozed in rows
    ]
    update = (
        sa.update(activity)
        .where(activity.c.id == sa.bindparam("b_id"))
        .values(alarm_at=sa.bindparam("b_alarm_at"))
    )
    for begin in range(0, len(values), CHUNK):
        conn.execute(update, values[begin : begin + CHUNK])


def downgrade() -> None:
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.drop_index("ix_activity_alarm_at")
        batch_op.drop_column("alarm_at")

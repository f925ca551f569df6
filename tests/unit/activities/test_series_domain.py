"""Series steps: dates from an anchor, negative offsets, catch-up and the shift-on-late rule."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_crm.domain.clock import FixedClock, utc_to_wall, wall_to_utc, week_start
from desktop_crm.domain.series import (
    PendingStep,
    StepTemplate,
    label_offset,
    lateness,
    plan_steps,
    shift_later_steps,
)
from desktop_crm.domain.series_templates import LOYALTY_CHAIN, MAILING_FOLLOW_UP, READY_SERIES


def test_plan_steps_with_negative_offsets_sorted() -> None:
    steps = (StepTemplate(-15, "call"), StepTemplate(-30, "letter"), StepTemplate(0, "todo"))
    planned = plan_steps(steps, dt.date(2026, 6, 30))
    assert [p.start_at for p in planned] == [
        dt.datetime(2026, 5, 31, 9),
        dt.datetime(2026, 6, 15, 9),
        dt.datetime(2026, 6, 30, 9),
    ]
    assert [p.position for p in planned] == [1, 0, 2]


def test_plan_steps_not_before_skips_past_steps_where_they_were() -> None:
    steps = (StepTemplate(-30, "letter"), StepTemplate(-5, "call"))
    planned = plan_steps(steps, dt.date(2026, 6, 30), not_before=dt.date(2026, 6, 10))
    assert [p.start_at.date() for p in planned] == [dt.date(2026, 5, 31), dt.date(2026, 6, 25)]
    assert [p.skipped for p in planned] == ["late", None]


def test_step_template_rejects_unknown_type_and_priority() -> None:
    with pytest.raises(ValueError):
        StepTemplate(0, "fax")
    with pytest.raises(ValueError):
        StepTemplate(0, "call", priority=9)


def test_lateness_counts_whole_days_only_when_late() -> None:
    planned = dt.datetime(2026, 3, 2, 9)
    assert lateness(planned, dt.datetime(2026, 3, 2, 18)) == dt.timedelta(0)
    assert lateness(planned, dt.datetime(2026, 3, 1, 8)) == dt.timedelta(0)
    assert lateness(planned, dt.datetime(2026, 3, 5, 8)) == dt.timedelta(days=3)


def test_shift_moves_only_later_steps() -> None:
    pending = [
        PendingStep(1, 0, dt.datetime(2026, 3, 2, 9)),
        PendingStep(2, 7, dt.datetime(2026, 3, 9, 9)),
        PendingStep(3, 15, dt.datetime(2026, 3, 17, 9)),
    ]
    moves = shift_later_steps(pending, 1, dt.timedelta(days=2))
    assert moves == {2: dt.datetime(2026, 3, 11, 9), 3: dt.datetime(2026, 3, 19, 9)}
    assert shift_later_steps(pending, 1, dt.timedelta(0)) == {}


def test_offset_labels_and_ready_series() -> None:
    assert [label_offset(n) for n in (0, 7, -30)] == ["J", "J+7", "J-30"]
    assert [s.day_offset for s in LOYALTY_CHAIN.steps][:5] == [0, 1, 7, 15, 30]
    assert MAILING_FOLLOW_UP.steps[0].day_offset == 7
    assert MAILING_FOLLOW_UP.steps[0].type == "call"
    assert len({s.name for s in READY_SERIES}) == len(READY_SERIES)


def test_clock_helpers() -> None:
    clock = FixedClock(dt.datetime(2026, 7, 1, 12))
    clock.advance(dt.timedelta(minutes=5))
    assert clock.now() == dt.datetime(2026, 7, 1, 12, 5)
    # Paris is UTC+2 in summer and UTC+1 in winter.
    assert wall_to_utc(dt.datetime(2026, 7, 1, 12)) == dt.datetime(2026, 7, 1, 10)
    assert wall_to_utc(dt.datetime(2026, 1, 1, 12)) == dt.datetime(2026, 1, 1, 11)
    assert utc_to_wall(dt.datetime(2026, 1, 1, 11)) == dt.datetime(2026, 1, 1, 12)
    assert week_start(dt.date(2026, 11, 29)) == dt.date(2026, 11, 23)

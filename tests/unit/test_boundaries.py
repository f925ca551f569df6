"""Every length and limit rule checked at limit - 1, limit and limit + 1, so an off-by-one
(``>`` turned into ``>=``) cannot pass unnoticed."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_crm.domain import query as q
from desktop_crm.domain.contacts import TEXT_FIELDS, normalise_contact_values
from desktop_crm.domain.errors import ValidationError
from desktop_crm.domain.matching import default_settings, prepare
from desktop_crm.printing.address import MAX_CHARS, MAX_LINES, PostalAddress, format_address
from desktop_crm.printing.labels import MAX_OFFSET_MM, LabelOptions
from desktop_crm.printing.sheets import find_sheet
from desktop_crm.services.activities.records import (
    MAX_ALARM_LEAD_MIN,
    ActivityInput,
    _validate,
)
from desktop_crm.services.contacts.companies import COMPANY_TEXT_FIELDS, _validated
from desktop_crm.services.duplicates.scan import MAX_BLOCK, scan_prepared

AROUND = (-1, 0, 1)  # limit - 1, limit, limit + 1


def _codes(block: object) -> list[str]:
    return [p.code for p in block.problems]  # type: ignore[attr-defined]


# --- postal address (AFNOR NF Z10-011): 38 characters a line, 6 lines (7 abroad) ---------


@pytest.mark.parametrize("delta", AROUND)
def test_address_line_of_38_characters_is_fine_39_is_reported(delta: int) -> None:
    organisation = "A" * (MAX_CHARS + delta)
    block = format_address(
        PostalAddress(organisation=organisation, lines=("1 rue A",), postcode="75001", city="Paris")
    )
    assert block.lines[0] == organisation  # never cut
    assert ("line_too_long" in _codes(block)) is (delta > 0)


@pytest.mark.parametrize("delta", AROUND)
def test_recipient_and_attention_share_a_line_up_to_38_characters(delta: int) -> None:
    person = "B" * 10
    attention = "C" * (MAX_CHARS - len(person) - 3 + delta)
    block = format_address(
        PostalAddress(
            organisation="Société X",
            recipient=person,
            attention=attention,
            lines=("1 rue A",),
            postcode="75001",
            city="Paris",
        )
    )
    joined = f"{person} - {attention}"
    assert (joined in block.lines) is (delta <= 0)
    assert "line_too_long" not in _codes(block)


def _address_with_lines(count: int, country: str = "FR") -> PostalAddress:
    # organisation + locality = 2 lines; the rest are complements (and the country abroad).
    extra = count - 2 - (1 if country != "FR" else 0)
    return PostalAddress(
        organisation="Société X",
        lines=tuple(f"Bâtiment {chr(65 + i)}" for i in range(extra)),
        postcode="75001",
        city="Paris",
        country=country,
    )


@pytest.mark.parametrize("delta", AROUND)
def test_six_lines_are_fine_seven_are_reported(delta: int) -> None:
    block = format_address(_address_with_lines(MAX_LINES + delta))
    assert len(block.lines) == MAX_LINES + delta
    assert ("too_many_lines" in _codes(block)) is (delta > 0)


@pytest.mark.parametrize("delta", AROUND)
def test_abroad_seven_lines_are_fine_eight_are_reported(delta: int) -> None:
    block = format_address(_address_with_lines(MAX_LINES + 1 + delta, "BE"))
    assert block.international
    assert len(block.lines) == MAX_LINES + 1 + delta
    assert ("too_many_lines" in _codes(block)) is (delta > 0)


# --- label printer offset: at most 20 mm either way -------------------------------------


@pytest.mark.parametrize("delta", (-0.5, 0.0, 0.5))
@pytest.mark.parametrize("axis", ("offset_x", "offset_y"))
@pytest.mark.parametrize("sign", (1, -1))
def test_label_offset_up_to_20_mm(delta: float, axis: str, sign: int) -> None:
    options = LabelOptions(**{axis: sign * (MAX_OFFSET_MM + delta)})
    sheet = find_sheet("L7160")
    if delta > 0:
        with pytest.raises(ValidationError):
            options.check(sheet)
    else:
        options.check(sheet)


@pytest.mark.parametrize("start", (0, 1, 21, 22))
def test_label_start_is_within_the_sheet(start: int) -> None:
    sheet = find_sheet("L7160")
    assert sheet.per_page == 21
    if 1 <= start <= sheet.per_page:
        LabelOptions(start=start).check(sheet)
    else:
        with pytest.raises(ValidationError):
            LabelOptions(start=start).check(sheet)


# --- contact and company text fields: their column length ---------------------------------


@pytest.mark.parametrize("name", sorted(TEXT_FIELDS))
def test_contact_text_field_at_its_length(name: str) -> None:
    limit = TEXT_FIELDS[name]
    for delta in AROUND:
        text = "x" * (limit + delta)
        if name == "civility":
            text = "Z" * (limit + delta)  # not a known civility, kept as typed
        _, problems = normalise_contact_values({name: text})
        too_long = [p for p in problems if p.code == "too_long"]
        assert bool(too_long) is (delta > 0), (name, delta)


@pytest.mark.parametrize("name", sorted(COMPANY_TEXT_FIELDS))
def test_company_text_field_at_its_length(name: str) -> None:
    limit = COMPANY_TEXT_FIELDS[name]
    for delta in AROUND:
        values = {"name": "Acme", name: "x" * (limit + delta)}
        if delta > 0:
            with pytest.raises(ValidationError) as raised:
                _validated(values)
            assert [p.field for p in raised.value.problems] == [name]
        else:
            _validated(values)


# --- activities: duration up to 30 days, alarm lead up to its longest choice, 250 chars -----


def _activity(**values: object) -> ActivityInput:
    return ActivityInput(type="call", start_at=dt.datetime(2026, 3, 2, 10, 0), **values)  # type: ignore[arg-type]


def _activity_problem(**values: object) -> list[str]:
    try:
        _validate(_activity(**values))
    except ValidationError as error:
        return [p.code for p in error.problems]
    return []


@pytest.mark.parametrize("delta", AROUND)
def test_activity_duration_up_to_30_days(delta: int) -> None:
    limit = 30 * 24 * 60
    assert ("bad_duration" in _activity_problem(duration_min=limit + delta)) is (delta > 0)


@pytest.mark.parametrize("minutes", (-1, 0, 1))
def test_activity_duration_is_never_negative(minutes: int) -> None:
    assert ("bad_duration" in _activity_problem(duration_min=minutes)) is (minutes < 0)


@pytest.mark.parametrize("delta", AROUND)
def test_alarm_lead_up_to_the_longest_choice(delta: int) -> None:
    problems = _activity_problem(alarm_lead_min=MAX_ALARM_LEAD_MIN + delta)
    assert ("bad_alarm" in problems) is (delta > 0)


@pytest.mark.parametrize("minutes", (-1, 0, 1))
def test_alarm_lead_is_never_negative(minutes: int) -> None:
    assert ("bad_alarm" in _activity_problem(alarm_lead_min=minutes)) is (minutes < 0)


@pytest.mark.parametrize("delta", AROUND)
def test_activity_regarding_up_to_250_characters(delta: int) -> None:
    problems = _activity_problem(regarding="r" * (250 + delta))
    assert ("too_long" in problems) is (delta > 0)


@pytest.mark.parametrize("interval", (0, 1, 2))
def test_recurrence_interval_at_least_1(interval: int) -> None:
    problems = _activity_problem(recurrence="weekly", recurrence_interval=interval)
    assert ("bad_interval" in problems) is (interval < 1)


@pytest.mark.parametrize("days", (-1, 0, 1))
def test_recurrence_may_end_on_the_first_day(days: int) -> None:
    until = dt.date(2026, 3, 2) + dt.timedelta(days=days)
    problems = _activity_problem(recurrence="daily", recurrence_until=until)
    assert ("end_before_start" in problems) is (days < 0)


# --- group queries: anniversaries within at most 366 days ---------------------------------


@pytest.mark.parametrize("delta", AROUND)
def test_anniversary_window_up_to_366_days(delta: int) -> None:
    text = f"birthday anniversary within next {q.MAX_ANNIVERSARY_DAYS + delta} days"
    if delta > 0:
        with pytest.raises(q.QueryError, match="At most 366 days"):
            q.parse(text)
    else:
        node = q.parse(text)
        assert isinstance(node, q.Anniversary) and node.days == q.MAX_ANNIVERSARY_DAYS + delta


def test_anniversary_window_of_0_days_is_today_only() -> None:
    node = q.parse("birthday anniversary within next 0 days")
    assert isinstance(node, q.Anniversary) and node.days == 0


# --- duplicate scan: blocks of more than 60 records switch to a sliding window ------------


@pytest.mark.parametrize("delta", AROUND)
def test_duplicate_block_of_60_is_compared_in_full_61_uses_the_window(delta: int) -> None:
    settings = default_settings()
    size = MAX_BLOCK + delta
    # Same phone, nothing else in common: exactly one block of ``size`` records.
    people = [
        {
            "id": i,
            "first_name": f"Prenom{chr(65 + i % 26)}{i}",
            "last_name": f"Famille{i * 7919}",
            "phone_business": "+33144556677",
        }
        for i in range(1, size + 1)
    ]
    _, _, oversized = scan_prepared([prepare(p, settings) for p in people], settings)
    assert bool(oversized) is (delta > 0)

"""The report's rows kept as columns read as the ``ReportRow`` values they stand for."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from desktop_crm.services.importing.model import ReportNote, ReportRow, ReportRows


@dataclass
class _Target:
    contact_id: int | None


def _items() -> list[tuple[int, str, bool, _Target | None, str, tuple[ReportNote, ...]]]:
    typo = ReportNote("problem", "email", "email_typo", "Did you mean a@b.fr?", "a@b.fr")
    return [
        (2, "created", False, _Target(11), "Jean Dupont", ()),
        (3, "updated", True, _Target(7), "Anne Martin", (typo,)),
        (4, "skipped", False, None, "", (ReportNote("empty_row"),)),
        (5, "skipped", False, _Target(None), "Luc", (ReportNote("skipped_by_user"), typo)),
        (6, "created", True, _Target(12), "Zoé", (typo,)),
    ]


def _expected() -> tuple[ReportRow, ...]:
    """What the writer made of each item before (a ReportRow each, at once)."""
    return tuple(
        ReportRow(
            line,
            kind,
            flagged,
            t.contact_id if t else None,
            label,
            "; ".join([note.english() for note in notes]) if notes else "",
            notes,
        )
        for line, kind, flagged, t, label, notes in _items()
    )


def test_rows_read_as_the_report_rows_they_stand_for() -> None:
    rows, expected = ReportRows(_items()), _expected()
    assert len(rows) == 5 and bool(rows)
    assert tuple(rows) == expected
    assert rows == expected and rows == list(expected) and rows == ReportRows(_items())
    assert [rows[i] for i in range(-5, 5)] == [expected[i] for i in range(-5, 5)]
    assert rows[1:4] == expected[1:4] and rows[::-2] == expected[::-2]
    assert rows[3].reasons == "skipped by the user; email: Did you mean a@b.fr?"
    assert rows[3].contact_id is None and rows[0].contact_id == 11
    with pytest.raises(IndexError):
        rows[5]
    assert rows.counts() == (2, 1, 2, 2)
    assert rows != expected[:4] and rows != ReportRows(_items()[1:])
    assert hash(rows) == hash(expected)


def test_contact_ids_are_read_when_the_rows_are_kept() -> None:
    items = _items()
    rows = ReportRows(items)
    items[0][3].contact_id = 99  # type: ignore[union-attr]
    assert rows[0].contact_id == 11


def test_no_rows() -> None:
    rows = ReportRows([])
    assert len(rows) == 0 and not rows and tuple(rows) == () and rows == ()
    assert rows.counts() == (0, 0, 0, 0)

"""Where the import writer's rows go (``Target``) and the report it gives back.

Kept apart from ``writer`` (which is near its size limit): a 100,000-row import makes one
``Target`` and one report line per row, so both are built with as little per-row work as
possible: a slotted target whose note, history and group lists exist only once a row gives
one, and report lines turned into ``ReportRow`` in one pass with the counts taken by C.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from desktop_crm.services.importing.model import ImportReport, ReportNote, ReportRows

# One report line before the contacts are written: (file line, action, flagged, target,
# label, notes); the target gives the contact id once written.
ReportLine = tuple[int, str, bool, "Target | None", str, tuple[ReportNote, ...]]


class Target:
    """Where a written row went: a new contact (pending insert) or one on file.

    A new contact that nothing merges into keeps its row's checked ``values`` as they are
    (read column by column at the insert); ``pending`` is its own copy once a later row of
    the file merges into it, and for every other target. ``notes``, ``history`` and
    ``groups`` (Google labels, Outlook categories) are empty tuples until ``add`` gives one.
    """

    __slots__ = ("contact_id", "groups", "history", "keys", "notes", "pending", "values")

    def __init__(
        self,
        pending: dict[str, Any] | None = None,
        contact_id: int | None = None,
        keys: tuple[str, ...] | None = None,  # precomputed lookup keys, until a merge
        values: dict[str, Any] | None = None,  # a new contact's values, not copied
    ) -> None:
        self.pending = pending
        self.contact_id = contact_id
        self.keys = keys
        self.values = values
        self.notes: Sequence[str] = ()
        self.history: Sequence[str] = ()
        self.groups: Sequence[str] = ()

    def add(
        self, note: str | None = None, history: str | None = None, groups: Sequence[str] = ()
    ) -> None:
        """A note, a history text and group names that a row of the file gives."""
        if note:
            self.notes = [*self.notes, note]
        if history:
            self.history = [*self.history, history]
        if groups:
            self.groups = [*self.groups, *groups]


def report_rows(lines: Sequence[ReportLine]) -> ReportRows:
    """The report's rows, with the contact ids the targets got: kept as columns, each
    ``ReportRow`` made when read (``model.ReportRows``: a 100,000-row report is mostly
    "created" lines that a command line run never shows)."""
    return ReportRows(lines)


def import_report(batch_id: int, file_name: str, rows: ReportRows) -> ImportReport:
    """The report of ``rows``: created / updated / skipped / flagged counts."""
    created, updated, skipped, flagged = rows.counts()
    return ImportReport(
        batch_id,
        file_name,
        created=created,
        updated=updated,
        skipped=skipped,
        flagged=flagged,
        rows=rows,
    )

"""What the duplicate wizard runs on the database thread: the scan, previews, merges, exclusions.

Each function is one user action, called through the operation runner.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from desktop_crm.domain.matching import MatchSettings, RecordKind
from desktop_crm.domain.progress import TaskControl
from desktop_crm.services.duplicates.merge import (
    MergePreview,
    MergeResult,
    merge_companies,
    merge_contacts,
    merge_preview,
)
from desktop_crm.services.duplicates.scan import (
    DuplicateGroup,
    ScanResult,
    mark_not_duplicate,
    scan,
    suggest_keep,
)

if TYPE_CHECKING:
    from desktop_crm.storage.uow import UnitOfWork


def scan_for_duplicates(
    uow: UnitOfWork, settings: MatchSettings, control: TaskControl, group_id: int | None = None
) -> ScanResult:
    """Scan with ``control`` for progress and cancel (a cancel before the start counts too);
    ``group_id``: only the group's members (its companies when scanning companies)."""
    control.check()
    return scan(
        uow, settings, progress=control.report, cancel=lambda: control.cancelled, group_id=group_id
    )


def default_keep(uow: UnitOfWork, kind: str, ids: Sequence[int]) -> int:
    """The record kept by default: the one the scan suggests (``scan.suggest_keep``: the
    most rows attached, then the most complete, the most recently active, the oldest)."""
    (group,) = suggest_keep(
        uow, RecordKind(kind), [DuplicateGroup(ids=tuple(ids), score=0, pairs=())]
    )
    return group.keep if group.keep is not None else ids[0]


def preview_keeping_default(uow: UnitOfWork, kind: str, ids: Sequence[int]) -> MergePreview:
    """The merge dialog's records, the one kept by default first."""
    keep = default_keep(uow, kind, ids)
    return merge_preview(uow, kind, [keep, *(i for i in ids if i != keep)])


def merge_records(
    uow: UnitOfWork,
    kind: str,
    keep_id: int,
    other_ids: Sequence[int],
    winners: Mapping[str, int] | None = None,
    versions: Mapping[int, int] | None = None,
) -> MergeResult:
    """Merge contacts or companies (one merge record, so one undo, per call)."""
    merge = merge_contacts if kind == "contact" else merge_companies
    return merge(uow, keep_id, list(other_ids), winners, versions)


def merge_groups(
    uow: UnitOfWork,
    control: TaskControl,
    kind: str,
    groups: Sequence[tuple[int, ...]],
    keep_first: bool = False,
) -> list[MergeResult]:
    """Merge each group with the default choices; one merge record (one undo) per group.
    ``keep_first``: keep each group's first record (the scan's suggestion)."""
    results = []
    for n, ids in enumerate(groups):
        control.check()
        control.report(n, len(groups))
        keep = ids[0] if keep_first else default_keep(uow, kind, ids)
        results.append(merge_records(uow, kind, keep, [i for i in ids if i != keep]))
    control.report(len(groups), len(groups))
    return results


def mark_pairs_not_duplicate(
    uow: UnitOfWork, pairs: Sequence[tuple[int, int]], kind: RecordKind
) -> None:
    """Remember that each pair of a group is not a duplicate."""
    for a, b in pairs:
        mark_not_duplicate(uow, a, b, kind)

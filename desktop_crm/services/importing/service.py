"""Import use cases: prepare (map, check, match), apply in one transaction, undo exactly.

``prepare_import`` reads nothing but the file and the duplicate keys of the contacts on file;
``apply_import`` writes everything in the caller's unit of work (bulk Core inserts in chunks)
and the caller commits; ``undo_import`` restores the state before the import.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from itertools import repeat
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop_crm.domain.bulk_work import gc_paused
from desktop_crm.domain.custom_fields import CustomFieldSpec
from desktop_crm.domain.errors import DomainError, FieldProblem
from desktop_crm.domain.progress import Cancelled
from desktop_crm.domain.wording import IMPORT, say
from desktop_crm.interchange.export_leftovers import keep_leftovers
from desktop_crm.interchange.headers import (
    KIND_TARGET,
    NON_FIELD_TARGETS,
    REMARK_TARGET,
    auto_map,
    settle_title_column,
)
from desktop_crm.interchange.table import Sheet, SourceFile, detect_header_row, header_labels
from desktop_crm.services.fields.definitions import custom_fields
from desktop_crm.services.importing.check_helper import (
    HELPER_FROM_ROWS,
    CheckHelper,
    check_helper,
    check_shared,
)
from desktop_crm.services.importing.checks import (
    all_printable,
    check_row,
    clean_raw,
    copies_cells,
    row_reader,
)
from desktop_crm.services.importing.chunk_checks import check_chunk
from desktop_crm.services.importing.custom import check_custom, target
from desktop_crm.services.importing.keys import KEY_NAMES, contact_keys, key_row
from desktop_crm.services.importing.matching import KeyColumns, load_index, match_columns
from desktop_crm.services.importing.model import (
    ImportBatchView,
    ImportMapping,
    ImportOptions,
    PlannedRow,
    ProblemPolicy,
    ReportNote,
    RowAction,
)
from desktop_crm.storage.models import ImportBatch
from desktop_crm.storage.uow import UnitOfWork

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]
CHECK_CHUNK = 5_000
# A planned row's extra: the stable codes of its "Import remarks" (``remark_codes``).
REMARK_CODES = "import_remark_codes"


class ImportCancelled(Cancelled):
    """The user cancelled the import: nothing was written."""

    def __init__(self) -> None:
        super().__init__()
        self.message = say(IMPORT, "The import was cancelled: nothing was written.")
        self.args = (self.message,)


@dataclass
class ImportPlan:
    """Everything known before writing: the rows, their problems and their matches."""

    file_name: str
    headers: list[str]
    mapping: ImportMapping
    rows: list[PlannedRow]
    sheet_rows: list[list[str]] = field(default_factory=list, repr=False)
    empty_lines: list[int] = field(default_factory=list)
    # What was read: the sheet, and for text files the encoding and delimiter detected.
    sheet: str | None = None
    encoding: str | None = None
    delimiter: str | None = None
    custom_specs: tuple[CustomFieldSpec, ...] = ()  # the user fields the mapping fills
    # The reader's: "csv", "xlsx" or "vcard"; and whether it added an export's two columns
    # (other details, import remarks): the headers it made up itself, not the file's.
    source_kind: str = ""
    leftovers: bool = False

    def release_rows(self) -> None:
        """Let go of the rows and the sheet's cells: a plan written by the caller that read
        it, which nobody shows again (``writer.apply_import``'s ``release``)."""
        self.rows = []
        self.sheet_rows = []

    def problem_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for problems in [row.problems for row in self.rows if row.problems]:
            for code in {p.code for p in problems}:
                counts[code] = counts.get(code, 0) + 1
        return counts

    @property
    def matched(self) -> list[PlannedRow]:
        return [r for r in self.rows if r.match is not None]

    def edit_row(self, index: int, field_name: str, text: str) -> PlannedRow:
        """Fix one value in the preview: the row is checked again (and re-matched later)."""
        row = self.rows[index]
        raw = dict(row.raw)
        raw[field_name] = text
        cleaned = clean_raw(raw)
        values, problems = check_row(raw)
        row.custom, custom_problems = check_custom(self.custom_specs, raw)
        row.raw, row.values, row.problems = raw, values, cleaned + problems + custom_problems
        row.keys = key_row(contact_keys(values))
        return row

    def accept_suggestions(
        self, code: str = "email_typo", rows: Sequence[int] | None = None
    ) -> int:
        """Apply the suggested corrections of ``code`` problems (all rows or the given
        ones); returns how many values changed. Suggestions are only ever applied here."""
        changed = 0
        targets = self.rows if rows is None else [self.rows[i] for i in rows]
        for row in targets:
            for problem in list(row.problems):
                if problem.code == code and problem.suggestion:
                    self.edit_row(row.index, problem.field, problem.suggestion)
                    changed += 1
        return changed

    def rematch(self, uow: UnitOfWork) -> None:
        """Match rows again after edits (the database may also have changed meanwhile)."""
        _match(self.rows, uow)


def remark_codes(sheet: Sheet, read_rows: list[list[str]], index: int) -> str:
    """The stable codes of the remarks of row ``index`` (``Sheet.remark_codes``), plus
    "columns_in_note" when ``keep_leftovers`` added that remark (it made the row anew)."""
    codes = sheet.remark_codes.get(index, ())
    if index < len(sheet.rows) and read_rows[index] is not sheet.rows[index]:
        codes = (*codes, "columns_in_note")
    return " ".join(codes)


def default_mapping(sheet: Sheet, header_row: int | None = None) -> ImportMapping:
    """Header row detected and columns mapped from their headers."""
    row = detect_header_row(sheet.rows) if header_row is None else header_row
    headers = header_labels(sheet.rows, row)
    columns = auto_map(headers)
    settle_title_column(headers, sheet.rows, row, columns)
    return ImportMapping(columns=columns, header_row=row, sheet=sheet.name)


def _check_all(
    raws: list[dict[str, str]],
    progress: Progress | None,
    cancelled: CancelCheck | None,
    helper: CheckHelper | None = None,
) -> list[tuple[dict[str, Any], list[FieldProblem], tuple[str, ...]]]:
    """Check rows chunk by chunk, shared with ``helper``'s processes for big files (phone
    and e-mail parsing dominate; see ``check_helper``)."""
    total = len(raws)
    chunks = [raws[i : i + CHECK_CHUNK] for i in range(0, total, CHECK_CHUNK)]
    if helper is not None and total >= HELPER_FROM_ROWS:
        return check_shared(chunks, helper, total, progress, cancelled, ImportCancelled)
    results: list[tuple[dict[str, Any], list[FieldProblem], tuple[str, ...]]] = []
    for chunk in chunks:
        results.extend(check_chunk(chunk))
        if progress:
            progress(len(results), total)
        if cancelled and cancelled():
            raise ImportCancelled()
    return results


def record_kind(row: PlannedRow) -> str:
    """What the row describes: "" for a person, or a vCard KIND (org, group, location)."""
    kind = row.extras.get(KIND_TARGET)
    if not kind:
        return ""
    kind = kind.strip().casefold()
    return kind if kind in COMPANY_KINDS or kind == GROUP_KIND else ""


COMPANY_KINDS = frozenset({"org", "organization", "location"})
_COMPANY_KEY = KEY_NAMES.index("company_key")
GROUP_KIND = "group"


def _match(rows: list[PlannedRow], uow: UnitOfWork) -> None:
    # Organisations become companies, never merged into a person.
    kept = [
        r for r in rows if not (r.problems and _blocked(r)) and not (r.extras and record_kind(r))
    ]
    # (The rows' company lookup keys are the names folded: the matching keys start there.)
    columns = KeyColumns.of(
        [(r.index, r.values) for r in kept],
        [r.keys[_COMPANY_KEY] if r.keys else None for r in kept],
    )
    found = match_columns(load_index(uow.session, columns.wanted()), columns)
    for row in rows:
        match = found.get(row.index)
        if match is not None and match.row_index is not None:
            match = replace(match, label=f"line {rows[match.row_index].line}")
        row.match = match


def _blocked(row: PlannedRow) -> bool:
    return bool(row.problems) and any(p.code in ("required", "empty_row") for p in row.problems)


@gc_paused()
def prepare_import(
    uow: UnitOfWork,
    source: SourceFile,
    mapping: ImportMapping,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    helper: CheckHelper | None = None,
) -> ImportPlan:
    """Map and check every row and find its duplicates; writes nothing. A big file's rows
    are checked with ``helper``'s processes (started by the caller before it read the file,
    or here when none is given)."""
    if helper is None:
        rows = len(source.sheet(mapping.sheet).rows) - mapping.header_row - 1
        with check_helper(rows=rows) as own:
            return _prepare_import(uow, source, mapping, progress, cancelled, own)
    return _prepare_import(uow, source, mapping, progress, cancelled, helper)


def _prepare_import(
    uow: UnitOfWork,
    source: SourceFile,
    mapping: ImportMapping,
    progress: Progress | None,
    cancelled: CancelCheck | None,
    helper: CheckHelper | None,
) -> ImportPlan:
    sheet = source.sheet(mapping.sheet)
    headers = header_labels(sheet.rows, mapping.header_row)
    if not mapping.columns and not mapping.constants:
        raise DomainError(
            say(IMPORT, "No column is mapped to a contact field: choose at least one."),
            code="no_mapping",
        )
    specs = custom_fields(uow, "contact")
    filled = mapping.targets()
    specs = tuple(s for s in specs if target(s.name) in filled)
    read_rows = sheet.rows
    if sheet.leftovers:  # a recognised export: the columns this mapping leaves, in the note
        taken = [i for i, t in mapping.columns.items() if t]
        read_rows = keep_leftovers(read_rows, mapping.header_row, taken)
    data = read_rows[mapping.header_row + 1 :]
    first_line = mapping.header_row + 2
    raws: list[dict[str, str]] = []
    lines: list[int] = []
    empty_lines: list[int] = []
    read = row_reader(mapping, headers)
    # Notes, history, groups, kind, remarks: only the ones the mapping fills can be there.
    extra_targets = [k for k in NON_FIELD_TARGETS if k in filled]
    for offset, cells in enumerate(data):
        if not any(cells):
            empty_lines.append(first_line + offset)
            continue
        raws.append(read(cells))
        lines.append(first_line + offset)
    # Control characters: when the reader only cuts and copies printable cells, no row
    # has any (one test over the whole sheet instead of one per row).
    printable = copies_cells(mapping) and all_printable(data, mapping.constants.values())
    cleanings = None if printable else [clean_raw(raw) for raw in raws]
    checked = _check_all(raws, progress, cancelled, helper)
    if cleanings is None and not specs and not extra_targets:
        # The usual file: each row is its checked values, problems and keys as they are.
        columns = zip(*checked, strict=True) if checked else ((), (), ())
        values_of, problems_of, keys_of = columns
        count = len(raws)
        rows = list(
            map(
                PlannedRow,
                range(count),
                lines,
                raws,
                values_of,
                problems_of,
                [{} for _ in range(count)],  # extras
                repeat(None, count),  # match
                repeat(None, count),  # action
                keys_of,
                [{} for _ in range(count)],  # custom
            )
        )
        _match(rows, uow)
        return _plan(source, sheet, headers, mapping, rows, empty_lines, specs)
    rows = []
    no_cleaning: list[FieldProblem] = []  # (never changed: added to, it makes a new list)
    for index, (raw, line, cleaned, (values, problems, keys)) in enumerate(
        zip(raws, lines, cleanings or [no_cleaning] * len(raws), checked, strict=True)
    ):
        extras = {k: raw[k] for k in extra_targets if raw.get(k)} if extra_targets else {}
        if REMARK_TARGET in extras:  # the remark's stable codes, for scripts
            extras[REMARK_CODES] = remark_codes(sheet, read_rows, line - 1)
        if specs:
            custom, custom_problems = check_custom(specs, raw)
            problems = cleaned + problems + custom_problems
        else:
            custom = {}
            if cleaned:  # (else the row's own new list from the check)
                problems = cleaned + problems
        rows.append(
            PlannedRow(index, line, raw, values, problems, extras, keys=keys, custom=custom)
        )
    _match(rows, uow)
    return _plan(source, sheet, headers, mapping, rows, empty_lines, specs)


def _plan(
    source: SourceFile,
    sheet: Sheet,
    headers: list[str],
    mapping: ImportMapping,
    rows: list[PlannedRow],
    empty_lines: list[int],
    specs: tuple[CustomFieldSpec, ...],
) -> ImportPlan:
    return ImportPlan(
        Path(source.path).name,
        headers,
        mapping,
        rows,
        sheet.rows,
        empty_lines,
        sheet=sheet.name,
        encoding=source.encoding,
        delimiter=source.delimiter,
        custom_specs=specs,
        source_kind=source.kind,
        leftovers=sheet.leftovers,
    )


def decide(
    row: PlannedRow, options: ImportOptions, written: dict[int, RowAction] | None = None
) -> tuple[RowAction, list[str]]:
    """The action for one row and the reasons shown in the report (English)."""
    action, notes = decide_notes(row, options, written)
    return action, [note.english() for note in notes]


def decide_notes(
    row: PlannedRow, options: ImportOptions, written: dict[int, RowAction] | None = None
) -> tuple[RowAction, list[ReportNote]]:
    """The action for one row and the reasons as notes the interface translates."""
    notes = [ReportNote("problem", p.field, p.code, p.message, p.suggestion) for p in row.problems]
    if row.extras.get(REMARK_TARGET):
        # What the reader did with values that have no field of their own (vCard extras).
        codes = tuple(row.extras.get(REMARK_CODES, "").split())
        notes.append(ReportNote("remark", text=row.extras[REMARK_TARGET], codes=codes))
    if record_kind(row) == GROUP_KIND:
        notes.insert(
            0,
            ReportNote(
                "skipped_group",
                text="skipped: this card describes a group of contacts (vCard KIND:group); "
                "its members are imported from their own cards",
            ),
        )
        return RowAction.SKIP, notes
    skip_for = [p.code for p in row.problems if options.policy_for(p.code) is ProblemPolicy.SKIP]
    if row.action is RowAction.SKIP or (row.action is None and skip_for):
        if row.action is None:
            notes.insert(0, ReportNote("skipped_for", codes=tuple(sorted(set(skip_for)))))
        else:
            notes.insert(0, ReportNote("skipped_by_user"))
        return RowAction.SKIP, notes
    match = row.match
    if (
        match is not None
        and match.row_index is not None
        and written is not None
        and written.get(match.row_index) not in (RowAction.ADD, RowAction.UPDATE)
    ):
        match = None  # the earlier row it duplicates is not imported
    if match is None:
        return RowAction.ADD, notes
    action = row.action or options.on_duplicate
    notes.insert(
        0,
        ReportNote(
            "duplicate",
            code="email" if match.reason == "email" else "identity",
            text=match.label,
            contact_id=match.contact_id,
        ),
    )
    return action, notes


def problem_kinds(plan: ImportPlan) -> list[tuple[str, int]]:
    """Problem codes with their row counts, most frequent first."""
    return sorted(plan.problem_counts().items(), key=lambda kv: (-kv[1], kv[0]))


def list_batches(uow: UnitOfWork, limit: int = 50) -> list[ImportBatchView]:
    """The latest imports, newest first, for "Undo an import"."""
    rows = uow.session.execute(
        select(ImportBatch)
        .where(ImportBatch.kind == "contacts")  # sales imports: desktop-crm sales batches
        .order_by(ImportBatch.id.desc())
        .limit(limit)
    ).scalars()
    return [
        ImportBatchView(
            b.id,
            b.created_at,
            b.file_name,
            b.status,
            {k: v for k, v in json.loads(b.counts_json or "{}").items() if isinstance(v, int)},
        )
        for b in rows
    ]

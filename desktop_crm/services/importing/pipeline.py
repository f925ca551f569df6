"""The one import pipeline: read, map, check, match and write, for the command line and the GUI.

``run_import`` chains the stages; the import wizard calls the same stage functions one by one
to preview the mapping, the checks and the matches before the user confirms, then hands its
(possibly edited) plan to ``run_import`` for the writing. Progress and cancel go through a
``TaskControl``; nothing here commits: ``Database.run`` (command line) or the operation runner
(GUI) commits once, and a cancel or a failure leaves the database as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace

from desktop_crm.domain.bulk_work import gc_paused
from desktop_crm.domain.errors import DomainError
from desktop_crm.domain.progress import TaskControl
from desktop_crm.domain.wording import IMPORT, say
from desktop_crm.interchange.sources import open_source
from desktop_crm.interchange.table import SourceFile, header_labels
from desktop_crm.services.fields.definitions import custom_fields
from desktop_crm.services.importing.check_helper import CheckHelper, check_helper, file_size
from desktop_crm.services.importing.custom import map_custom_headers
from desktop_crm.services.importing.model import (
    ImportMapping,
    ImportOptions,
    ImportReport,
    ProblemPolicy,
    UndoReport,
)
from desktop_crm.services.importing.service import (
    ImportPlan,
    default_mapping,
    prepare_import,
    problem_kinds,
)
from desktop_crm.services.importing.writer import apply_import, undo_import
from desktop_crm.storage.bulk import large_page_cache
from desktop_crm.storage.uow import UnitOfWork


@dataclass(frozen=True)
class ImportRequest:
    """What to import and how: the file, how to read and map it, and the decisions."""

    path: str
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    header_row: int | None = None  # 0-based; None = detected
    mapping_file: str | None = None  # a saved mapping; None = mapped from the headers
    constants: Mapping[str, str] = field(default_factory=dict)
    options: ImportOptions = field(default_factory=ImportOptions)
    skip_problems: bool = False  # skip rows with any problem instead of flagging them
    group: str | None = None  # None: the mapping's group


@dataclass(frozen=True)
class ImportOutcome:
    """What an import did, with what was detected in the file (for the report and scripts)."""

    report: ImportReport
    encoding: str | None
    delimiter: str | None
    sheet: str | None
    header_row: int  # 0-based
    headers: tuple[str, ...]
    columns: dict[int, list[str]]
    problems: dict[str, int]  # problem code -> rows, most frequent first
    kind: str = ""  # the file's kind as read: "csv", "xlsx", "vcard"
    leftovers: bool = False  # an export's two added columns (other details, remarks)


# -- the stages (the wizard calls them one by one) ----------------------------------------------


def read_source(
    control: TaskControl,
    path: str,
    encoding: str | None = None,
    delimiter: str | None = None,
) -> SourceFile:
    """Read the file (CSV/TXT, XLSX, vCard); needs no database."""
    source = open_source(path, encoding=encoding, delimiter=delimiter)
    control.check()
    return source


def resolve_mapping(source: SourceFile, request: ImportRequest) -> ImportMapping:
    """The column mapping: from the headers, or a saved one; plus the constant values."""
    sheet = source.sheet(request.sheet)
    if request.mapping_file is None:
        mapping = default_mapping(sheet, request.header_row)
    else:
        # Columns are found by their header names, on the given or the detected header row.
        row = (
            request.header_row
            if request.header_row is not None
            else default_mapping(sheet).header_row
        )
        mapping = ImportMapping.load(request.mapping_file, header_labels(sheet.rows, row))
        mapping.header_row, mapping.sheet = row, sheet.name
    for name, value in request.constants.items():
        mapping.constants[name] = value
    return mapping


def check_and_match(
    uow: UnitOfWork,
    control: TaskControl,
    source: SourceFile,
    mapping: ImportMapping,
    helper: CheckHelper | None = None,
) -> ImportPlan:
    """Map and check every row and find its duplicates on file and in the file; writes nothing."""
    plan = prepare_import(
        uow,
        source,
        mapping,
        progress=lambda done, total: control.report(done, total),
        cancelled=lambda: control.cancelled,
        helper=helper,
    )
    control.check()
    return plan


def write_plan(
    uow: UnitOfWork,
    control: TaskControl,
    plan: ImportPlan,
    options: ImportOptions,
    group: str | None = None,
    release: Callable[[], None] | None = None,
) -> ImportReport:
    """Write the checked rows in ``uow`` (never committed here); ``release``: see
    ``apply_import``."""
    report = apply_import(
        uow,
        plan,
        options,
        group=group,
        progress=lambda done, total: control.report(done, total),
        cancelled=lambda: control.cancelled,
        release=release,
    )
    control.check()
    return report


# -- the pipeline -------------------------------------------------------------------------------


@gc_paused()  # (between the stages too: the plan's million objects are alive throughout)
def run_import(
    uow: UnitOfWork,
    control: TaskControl,
    request: ImportRequest,
    plan: ImportPlan | None = None,
) -> ImportOutcome:
    """Read, map, check, match and write an import in ``uow``; the caller commits once.

    With ``plan`` (the wizard's preview, where the user may have fixed values and chosen
    actions) the file is not read again: its rows are matched again, since the database may
    have changed while the user looked, and written.
    """
    options = request.options
    owned = plan is None  # (read here: nobody shows its rows once written)
    if plan is None:
        plan = _read_and_check(uow, control, request)
        if not plan.rows:
            raise DomainError(
                say(
                    IMPORT,
                    "Nothing was imported: {file} has no data row below its header "
                    "row ({row}); check that this is the right file and "
                    "that the header row is right.",
                ).format(file=plan.file_name, row=plan.mapping.header_row + 1),
                code="no_rows",
            )
    else:
        plan.rematch(uow)
        control.check()
    if request.skip_problems:
        policies = dict(options.problem_policy)
        for code in plan.problem_counts():
            policies[code] = ProblemPolicy.SKIP
        options = replace(options, problem_policy=policies)
    problems = dict(problem_kinds(plan))
    report = write_plan(
        uow,
        control,
        plan,
        options,
        request.group or plan.mapping.group,
        release=plan.release_rows if owned else None,
    )
    return ImportOutcome(
        report=report,
        encoding=plan.encoding,
        delimiter=plan.delimiter,
        sheet=plan.sheet,
        header_row=plan.mapping.header_row,
        headers=tuple(plan.headers),
        columns={i: list(t) for i, t in plan.mapping.columns.items()},
        problems=problems,
        kind=plan.source_kind,
        leftovers=plan.leftovers,
    )


def _read_and_check(uow: UnitOfWork, control: TaskControl, request: ImportRequest) -> ImportPlan:
    # A big file's check helper starts first: its ~0.5 s start then overlaps the reading.
    with check_helper(size=file_size(request.path)) as helper:
        source = read_source(control, request.path, request.encoding, request.delimiter)
        mapping = resolve_mapping(source, request)
        if request.mapping_file is None:
            headers = header_labels(source.sheet(mapping.sheet).rows, mapping.header_row)
            map_custom_headers(custom_fields(uow, "contact"), headers, mapping)
        return check_and_match(uow, control, source, mapping, helper)


def undo_batch(uow: UnitOfWork, control: TaskControl, batch_id: int) -> UndoReport:
    """Undo an import (created contacts deleted, updated ones restored); never committed here."""
    with large_page_cache(uow.session.connection()):  # 14 indexes lose 100,000 entries
        report = undo_import(uow, batch_id, progress=lambda d, t: control.report(d, t))
    control.check()
    return report

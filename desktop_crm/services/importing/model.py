"""Values that describe an import: the mapping, the checked rows, decisions and the report."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, overload

from desktop_crm.domain.errors import DomainError, FieldProblem
from desktop_crm.domain.wording import IMPORT, say

# Problem codes that stop a row by default (nothing worth importing in it).
BLOCKING_CODES = frozenset({"required", "empty_row"})


class RowAction(StrEnum):
    """What the import does with one row."""

    ADD = "add"
    UPDATE = "update"
    SKIP = "skip"


class UpdateMode(StrEnum):
    """How a matched contact is updated: only its empty fields, or the file's values win."""

    FILL_EMPTY = "fill_empty"
    OVERWRITE = "overwrite"


class ProblemPolicy(StrEnum):
    """What to do with a row that has a problem of some kind."""

    FLAG = "flag"  # import as is and tick "to review" on the contact
    SKIP = "skip"


@dataclass
class ImportMapping:
    """Which columns fill which fields, constants for every row and a group to add rows to.

    ``columns`` maps a column index to one or more targets (contact fields, ``note``,
    ``history``). Several columns may fill one target: their texts are joined.
    """

    columns: dict[int, list[str]] = field(default_factory=dict)
    constants: dict[str, str] = field(default_factory=dict)
    group: str | None = None
    header_row: int = 0
    sheet: str | None = None

    def targets(self) -> set[str]:
        found = {t for ts in self.columns.values() for t in ts}
        return found | set(self.constants)

    def to_json(self, headers: list[str]) -> str:
        """Saved by header text so the mapping works on next month's file too."""
        return json.dumps(
            {
                "version": 1,
                "columns": {
                    headers[i] if i < len(headers) else f"#{i}": t
                    for i, t in sorted(self.columns.items())
                },
                "constants": self.constants,
                "group": self.group,
                "header_row": self.header_row,
                "sheet": self.sheet,
            },
            ensure_ascii=False,
            indent=2,
        )

    @classmethod
    def from_json(cls, text: str, headers: list[str], name: str = "mapping.json") -> ImportMapping:
        """The mapping saved by ``to_json``; a refusal naming the file ``name`` (what is wrong
        and what to do, never Python's own words) for any other text."""
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise DomainError(
                say(
                    IMPORT,
                    "The file {name} is not a saved mapping (it holds no JSON text): choose "
                    "a mapping file saved from the import window, or map the columns by hand.",
                ).format(name=name),
                code="bad_mapping",
            ) from exc
        try:
            if not isinstance(data, dict) or not isinstance(data.get("columns"), dict):
                raise TypeError("no columns")  # (another program's JSON file)
            by_header = {h: i for i, h in enumerate(headers)}
            columns: dict[int, list[str]] = {}
            for header, targets in dict(data.get("columns", {})).items():
                chosen = [targets] if isinstance(targets, str) else [str(t) for t in targets]
                if header in by_header:
                    columns[by_header[header]] = chosen
                elif header.startswith("#") and header[1:].isdigit():
                    columns[int(header[1:])] = chosen
            group = data.get("group")
            sheet = data.get("sheet")
            return cls(
                columns,
                {str(k): str(v) for k, v in data.get("constants", {}).items()},
                None if group is None else str(group),
                int(data.get("header_row", 0)),
                None if sheet is None else str(sheet),
            )
        except (ValueError, TypeError, AttributeError) as exc:
            raise DomainError(
                say(
                    IMPORT,
                    "The file {name} holds JSON text but not a column mapping as the import "
                    "window saves it: choose another mapping file, or map the columns by hand.",
                ).format(name=name),
                code="bad_mapping",
            ) from exc

    @classmethod
    def load(cls, path: str | Path, headers: list[str]) -> ImportMapping:
        file = Path(path)
        try:
            text = file.read_text(encoding="utf-8-sig")
        except FileNotFoundError as exc:
            raise DomainError(
                say(
                    IMPORT,
                    "The mapping file {path} does not exist (any more): choose another "
                    "file, or map the columns by hand.",
                ).format(path=file),
                code="bad_mapping",
            ) from exc
        except IsADirectoryError as exc:
            raise DomainError(
                say(
                    IMPORT, "{path} is a folder: choose the mapping file (.json) inside it."
                ).format(path=file),
                code="bad_mapping",
            ) from exc
        except PermissionError as exc:
            raise DomainError(
                say(
                    IMPORT,
                    "The mapping file {path} cannot be opened: you are not allowed to read "
                    "it. Copy it to a folder of yours, or ask whoever saved it to share it.",
                ).format(path=file),
                code="bad_mapping",
            ) from exc
        except UnicodeDecodeError as exc:
            raise DomainError(
                say(
                    IMPORT,
                    "The file {name} is not a saved mapping (it holds no JSON text): choose "
                    "a mapping file saved from the import window, or map the columns by hand.",
                ).format(name=file.name),
                code="bad_mapping",
            ) from exc
        except OSError as exc:
            raise DomainError(
                say(
                    IMPORT,
                    "The mapping file {path} cannot be opened (a disk or network error): "
                    "check that its drive or network share is reachable, then load it again.",
                ).format(path=file),
                code="bad_mapping",
            ) from exc
        return cls.from_json(text, headers, file.name)


@dataclass(frozen=True)
class Match:
    """An incoming row that looks like a contact on file or an earlier row of the file."""

    reason: str  # email / identity
    contact_id: int | None = None
    row_index: int | None = None
    label: str = ""


@dataclass
class PlannedRow:
    """One data row after mapping and checking, with its problems and possible match."""

    index: int  # 0-based among data rows
    line: int  # 1-based row number in the file, as the user sees it
    raw: dict[str, str]
    values: dict[str, Any]
    problems: list[FieldProblem]
    extras: dict[str, str] = field(default_factory=dict)  # note / history texts
    match: Match | None = None
    action: RowAction | None = None  # a decision taken for this row only
    keys: tuple[str, ...] = ()  # lookup keys of ``values`` (keys.KeyRow: KEY_NAMES order)
    custom: dict[str, Any] = field(default_factory=dict)  # user field name -> value

    @property
    def label(self) -> str:
        get = self.values.get
        name = f"{get('first_name') or ''!s} {get('last_name') or ''!s}".strip()
        return name or str(get("company_name") or get("email") or "")


@dataclass
class ImportOptions:
    """Decisions that apply to all rows unless a row has its own."""

    on_duplicate: RowAction = RowAction.SKIP
    update_mode: UpdateMode = UpdateMode.FILL_EMPTY
    # With OVERWRITE: the fields where the file wins (None = every mapped field).
    overwrite_fields: frozenset[str] | None = None
    problem_policy: dict[str, ProblemPolicy] = field(default_factory=dict)

    def policy_for(self, code: str) -> ProblemPolicy:
        if code in self.problem_policy:
            return self.problem_policy[code]
        return ProblemPolicy.SKIP if code in BLOCKING_CODES else ProblemPolicy.FLAG


@dataclass(frozen=True)
class ReportNote:
    """One reason of the report as a code and its values, so the interface can say it in
    the user's language (``english()`` is what the command line prints).

    ``kind``: "problem" (``field``, ``code``, ``text`` = the check's message,
    ``suggestion``), "skipped_for" (``codes``), "skipped_by_user", "duplicate" (``code``:
    "email" or "identity", ``contact_id`` or ``text`` = the earlier file line's label),
    "empty_row".
    """

    kind: str
    field: str = ""
    code: str = ""
    text: str = ""
    suggestion: str | None = None
    codes: tuple[str, ...] = ()
    contact_id: int | None = None

    def english(self) -> str:
        if self.kind == "problem":
            return f"{self.field}: {self.text}"
        if self.kind == "skipped_for":
            return "skipped for: " + ", ".join(self.codes)
        if self.kind == "skipped_by_user":
            return "skipped by the user"
        if self.kind == "duplicate":
            what = "e-mail" if self.code == "email" else "company, name and phone"
            where = (
                f"contact #{self.contact_id} {self.text}".strip()
                if self.contact_id is not None
                else self.text
            )
            return f"same {what} as {where}"
        if self.kind == "empty_row":
            return "empty row"
        return self.text


@dataclass(frozen=True)
class ReportRow:
    """One line of the import report (``reasons``: the notes in English, joined by "; ")."""

    line: int
    action: str  # created / updated / skipped
    flagged: bool
    contact_id: int | None
    label: str
    reasons: str
    notes: tuple[ReportNote, ...] = ()


class ReportRows(Sequence[ReportRow]):
    """The report's rows, kept as columns and made into ``ReportRow`` values when read.

    A big import reports every row (100,000 clean new contacts are 100,000 "created"
    lines with nothing to say); making each one a ``ReportRow`` when the import ends cost
    ~0.1 s for rows that a command line run never shows and the wizard shows a screenful
    of. Reading one (index, iteration, comparison) gives the same ``ReportRow`` as a
    tuple of them would (``write_report.report_rows`` makes it).
    """

    __slots__ = ("_contact_ids", "_flagged", "_kinds", "_labels", "_lines", "_notes")

    def __init__(
        self, items: Iterable[tuple[int, str, bool, Any, str, tuple[ReportNote, ...]]]
    ) -> None:
        """``items``: (line, action, flagged, target, label, notes) per row, where target
        is None or has the row's ``contact_id`` (read here, once)."""
        columns = list(zip(*items, strict=True)) or [()] * 6
        self._lines: tuple[int, ...] = columns[0]
        self._kinds: tuple[str, ...] = columns[1]
        self._flagged: tuple[bool, ...] = columns[2]
        self._contact_ids = [t.contact_id if t is not None else None for t in columns[3]]
        self._labels: tuple[str, ...] = columns[4]
        self._notes: tuple[tuple[ReportNote, ...], ...] = columns[5]

    def counts(self) -> tuple[int, int, int, int]:
        """(created, updated, skipped, flagged) rows."""
        kinds = self._kinds
        return (
            kinds.count("created"),
            kinds.count("updated"),
            kinds.count("skipped"),
            sum(map(bool, self._flagged)),
        )

    def __len__(self) -> int:
        return len(self._lines)

    def _row(self, i: int) -> ReportRow:
        notes = self._notes[i]
        return ReportRow(
            self._lines[i],
            self._kinds[i],
            self._flagged[i],
            self._contact_ids[i],
            self._labels[i],
            "; ".join([note.english() for note in notes]) if notes else "",
            notes,
        )

    @overload
    def __getitem__(self, index: int) -> ReportRow: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[ReportRow, ...]: ...

    def __getitem__(self, index: int | slice) -> ReportRow | tuple[ReportRow, ...]:
        if isinstance(index, slice):
            return tuple(map(self._row, range(len(self))[index]))
        return self._row(range(len(self))[index])  # (negative and out of range as a tuple)

    def __iter__(self) -> Iterator[ReportRow]:
        return map(self._row, range(len(self)))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, ReportRows | tuple | list):
            return len(self) == len(other) and tuple(self) == tuple(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"ReportRows({len(self)} rows)"


@dataclass(frozen=True)
class ImportReport:
    """What an import did (or would do, for a dry run)."""

    batch_id: int | None
    file_name: str
    created: int
    updated: int
    skipped: int
    flagged: int
    rows: Sequence[ReportRow]
    dry_run: bool = False

    def counts(self) -> dict[str, int]:
        return {
            "created": self.created,
            "updated": self.updated,
            "skipped": self.skipped,
            "flagged": self.flagged,
            "rows": len(self.rows),
        }


@dataclass(frozen=True)
class UndoReport:
    """What undoing an import did; ``kept_fields`` counts values edited since the import."""

    batch_id: int
    deleted: int
    restored: int
    kept_fields: int


@dataclass(frozen=True)
class ImportBatchView:
    """An import as listed in "Undo an import"."""

    id: int
    created_at: Any
    file_name: str
    status: str
    counts: dict[str, int]

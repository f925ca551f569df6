"""Label sheet catalogue (read from sheets.json) and the geometry of a sheet's cells."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import asdict, dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from desktop_crm.domain.errors import FieldProblem, NotFoundError, ValidationError
from desktop_crm.domain.text import fold
from desktop_crm.domain.wording import PRINTING, say

# Page sizes in millimetres (portrait).
PAGE_SIZES: dict[str, tuple[float, float]] = {
    "A4": (210.0, 297.0),
    "Letter": (215.9, 279.4),
    "A5": (148.0, 210.0),
}
_TOLERANCE = 0.01


@dataclass(frozen=True)
class Rect:
    """A rectangle in millimetres, origin at the top-left corner of the page."""

    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    def contains(self, other: Rect, tolerance: float = _TOLERANCE) -> bool:
        return (
            other.x >= self.x - tolerance
            and other.y >= self.y - tolerance
            and other.right <= self.right + tolerance
            and other.bottom <= self.bottom + tolerance
        )


@dataclass(frozen=True)
class LabelSheet:
    """A sheet of labels: page, grid, label size, margins and pitch, all in millimetres."""

    code: str
    brand: str
    description: str
    page: str
    columns: int
    rows: int
    width: float
    height: float
    top: float
    left: float
    pitch_x: float
    pitch_y: float
    aliases: tuple[str, ...] = field(default_factory=tuple)
    custom: bool = False

    @property
    def page_size(self) -> tuple[float, float]:
        return PAGE_SIZES[self.page]

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    @property
    def title(self) -> str:
        return (
            f"{self.brand} {self.code}".strip()
            if not self.code.startswith(self.brand)
            else self.code
        )

    def cell(self, index: int) -> Rect:
        """The rectangle of label ``index`` (0-based, row by row from the top left)."""
        row, column = divmod(index % self.per_page, self.columns)
        return Rect(
            self.left + column * self.pitch_x,
            self.top + row * self.pitch_y,
            self.width,
            self.height,
        )

    def cells(self) -> Iterator[Rect]:
        for index in range(self.per_page):
            yield self.cell(index)

    def problems(self) -> list[FieldProblem]:
        """What makes this sheet impossible (labels off the page, overlapping labels...)."""
        out: list[FieldProblem] = []
        if self.page not in PAGE_SIZES:
            out.append(FieldProblem("page", "page_unknown", f"Unknown page size {self.page}."))
            return out
        for name in ("columns", "rows"):
            if getattr(self, name) < 1:
                out.append(FieldProblem(name, "too_small", "At least one."))
        for name in ("width", "height"):
            if getattr(self, name) <= 0:
                out.append(FieldProblem(name, "too_small", "Must be more than 0 mm."))
        for name in ("top", "left"):
            if getattr(self, name) < 0:
                out.append(FieldProblem(name, "negative", "Cannot be negative."))
        if self.columns > 1 and self.pitch_x + _TOLERANCE < self.width:
            out.append(
                FieldProblem(
                    "pitch_x", "overlap", "The horizontal pitch is smaller than the label width."
                )
            )
        if self.rows > 1 and self.pitch_y + _TOLERANCE < self.height:
            out.append(
                FieldProblem(
                    "pitch_y", "overlap", "The vertical pitch is smaller than the label height."
                )
            )
        if out:
            return out
        page_w, page_h = self.page_size
        last = self.cell(self.per_page - 1)
        if last.right > page_w + _TOLERANCE:
            out.append(
                FieldProblem(
                    "columns", "off_page", "The labels run past the right edge of the page."
                )
            )
        if last.bottom > page_h + _TOLERANCE:
            out.append(
                FieldProblem("rows", "off_page", "The labels run past the bottom of the page.")
            )
        return out

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["aliases"] = list(self.aliases)
        return data


def sheet_from_dict(data: Mapping[str, Any], *, custom: bool = False) -> LabelSheet:
    """Build a sheet from a catalogue or settings row; raises ValidationError if impossible."""
    try:
        sheet = LabelSheet(
            code=str(data["code"]).strip(),
            brand=str(data.get("brand") or ""),
            description=str(data.get("description") or ""),
            page=str(data.get("page", "A4")),
            columns=int(data["columns"]),
            rows=int(data["rows"]),
            width=float(data["width"]),
            height=float(data["height"]),
            top=float(data.get("top", 0)),
            left=float(data.get("left", 0)),
            pitch_x=float(data.get("pitch_x") or data["width"]),
            pitch_y=float(data.get("pitch_y") or data["height"]),
            aliases=tuple(str(a) for a in data.get("aliases", ())),
            custom=bool(data.get("custom", custom)),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ValidationError([FieldProblem("sheet", "invalid", f"Bad sheet data: {exc}")]) from exc
    if not sheet.code:
        raise ValidationError([FieldProblem("code", "required", "A sheet needs a name.")])
    problems = sheet.problems()
    if problems:
        raise ValidationError(problems)
    return sheet


@cache
def _catalogue_data() -> dict[str, Any]:
    text = resources.files("desktop_crm.printing").joinpath("sheets.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@cache
def catalogue() -> tuple[LabelSheet, ...]:
    """The sheets shipped with the application, in catalogue order."""
    return tuple(sheet_from_dict(row) for row in _catalogue_data()["sheets"])


@dataclass(frozen=True)
class SheetSource:
    """Where a catalogue sheet's figures were checked: a source of the catalogue's
    ``sources`` table and the entry read there."""

    id: str
    title: str
    url: str
    entry: str


@dataclass(frozen=True)
class SheetRecord:
    """A catalogue sheet as the file states it: margins on all four sides, its sources."""

    sheet: LabelSheet
    bottom: float
    right: float
    sources: tuple[SheetSource, ...]
    notes: str


def catalogue_records() -> tuple[SheetRecord, ...]:
    """Every catalogue sheet with its stated bottom/right margins and its sources.

    Raises ``KeyError`` when a sheet names a source missing from the ``sources`` table.
    """
    data = _catalogue_data()
    table = data.get("sources", {})
    records = []
    for row, sheet in zip(data["sheets"], catalogue(), strict=True):
        sources = tuple(
            SheetSource(ref["id"], table[ref["id"]]["title"], table[ref["id"]]["url"], ref["entry"])
            for ref in row.get("source", ())
        )
        records.append(
            SheetRecord(
                sheet,
                float(row.get("bottom", 0)),
                float(row.get("right", 0)),
                sources,
                str(row.get("notes", "")),
            )
        )
    return tuple(records)


def find_sheet(code: str, extra: tuple[LabelSheet, ...] = ()) -> LabelSheet:
    """A sheet by code or alias ("L7163", "j8163", "Avery L7163"), custom sheets first."""
    wanted = fold(code).replace(" ", "")
    for sheet in (*extra, *catalogue()):
        names = (sheet.code, sheet.title, *sheet.aliases)
        if any(fold(name).replace(" ", "") == wanted for name in names):
            return sheet
    raise NotFoundError(
        say(
            PRINTING, "Unknown label sheet '{code}'. Run 'desktop-crm sheets' for the list."
        ).format(code=code)
    )

"""Lay address blocks out on label sheets: start at label N, printer offset, shrink to fit."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from desktop_crm.domain.errors import FieldProblem, ValidationError
from desktop_crm.printing.layout import PageLayout, TextBox, place_lines
from desktop_crm.printing.sheets import LabelSheet, Rect

MAX_OFFSET_MM = 20.0


@dataclass(frozen=True)
class LabelOptions:
    """How to fill a sheet: first free label (1-based), printer offset in mm, font sizes."""

    start: int = 1
    offset_x: float = 0.0
    offset_y: float = 0.0
    padding: float = 3.0
    max_size: float = 10.0
    min_size: float = 5.0
    copies: int = 1
    outlines: bool = False  # draw the label borders (test prints and previews)

    def check(self, sheet: LabelSheet) -> None:
        problems: list[FieldProblem] = []
        if not 1 <= self.start <= sheet.per_page:
            problems.append(
                FieldProblem(
                    "start",
                    "out_of_range",
                    f"The first label must be between 1 and {sheet.per_page} on {sheet.code}.",
                )
            )
        if abs(self.offset_x) > MAX_OFFSET_MM or abs(self.offset_y) > MAX_OFFSET_MM:
            problems.append(
                FieldProblem(
                    "offset", "out_of_range", f"A printer offset is at most {MAX_OFFSET_MM:g} mm."
                )
            )
        if self.copies < 1:
            problems.append(FieldProblem("copies", "too_small", "At least one copy."))
        if problems:
            raise ValidationError(problems)


def label_cell(sheet: LabelSheet, index: int, options: LabelOptions) -> Rect:
    """Cell ``index`` on its page, moved by the printer offset."""
    cell = sheet.cell(index)
    return Rect(cell.x + options.offset_x, cell.y + options.offset_y, cell.width, cell.height)


def layout_labels(
    blocks: Iterable[Sequence[str]], sheet: LabelSheet, options: LabelOptions | None = None
) -> Iterator[PageLayout]:
    """One page per sheet; each block of lines fills one label (``copies`` times)."""
    options = options or LabelOptions()
    options.check(sheet)
    page_w, page_h = sheet.page_size
    outlines = (
        tuple(label_cell(sheet, i, options) for i in range(sheet.per_page))
        if options.outlines
        else ()
    )
    boxes: list[TextBox] = []
    slot = options.start - 1
    for block in blocks:
        for _ in range(options.copies):
            if slot == sheet.per_page:
                yield PageLayout(page_w, page_h, tuple(boxes), (), outlines)
                boxes, slot = [], 0
            boxes.append(
                place_lines(
                    list(block),
                    label_cell(sheet, slot, options),
                    padding=options.padding,
                    max_size=options.max_size,
                    min_size=options.min_size,
                )
            )
            slot += 1
    if boxes:
        yield PageLayout(page_w, page_h, tuple(boxes), (), outlines)


def count_pages(labels: int, sheet: LabelSheet, start: int = 1) -> int:
    """Sheets needed for ``labels`` labels when the first ``start - 1`` are already used."""
    if labels <= 0:
        return 0
    return (labels + start - 1 + sheet.per_page - 1) // sheet.per_page

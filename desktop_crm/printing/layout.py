"""The page model shared by the PDF writer and the on-screen preview (millimetres, top-left).

Every position is computed here once; reportlab and QPainter only draw what they are given,
so the preview and the printed page cannot disagree.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop_crm.printing import fonts
from desktop_crm.printing.sheets import Rect

fonts.register()

PT_PER_MM = 72.0 / 25.4
# An embedded Unicode font: Helvetica, built into PDF readers, stops at Latin-1.
FONT = fonts.REGULAR
FONT_BOLD = fonts.BOLD
LEADING = 1.2  # line height as a multiple of the font size


def mm_to_pt(value: float) -> float:
    return value * PT_PER_MM


def text_width_mm(text: str, font: str, size_pt: float) -> float:
    """Width of ``text`` in millimetres in one of the registered PDF fonts."""
    return float(stringWidth(text, font, size_pt)) / PT_PER_MM


@dataclass(frozen=True)
class PlacedLine:
    """One line of text: its left end and baseline in millimetres from the page's top left."""

    x: float
    baseline: float
    text: str


@dataclass(frozen=True)
class TextBox:
    """Lines of one font and size placed inside ``rect`` (the area they must not leave)."""

    rect: Rect
    lines: tuple[PlacedLine, ...]
    font: str = FONT
    size: float = 10.0
    shrunk: bool = False

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


@dataclass(frozen=True)
class ImageBox:
    """A picture (logo) drawn into ``rect``, keeping its proportions."""

    rect: Rect
    path: str


@dataclass(frozen=True)
class PageLayout:
    """A page: size, text boxes, pictures and guide outlines (drawn only when asked)."""

    width: float
    height: float
    boxes: tuple[TextBox, ...] = ()
    images: tuple[ImageBox, ...] = ()
    outlines: tuple[Rect, ...] = field(default_factory=tuple)


def fit_size(
    lines: Sequence[str],
    width: float,
    height: float,
    *,
    font: str = FONT,
    max_size: float = 10.0,
    min_size: float = 5.0,
) -> tuple[float, bool]:
    """The largest size (pt, in 0.5 steps) at which ``lines`` fit ``width`` x ``height`` mm.

    Returns ``(size, shrunk)``. A line too wide even at ``min_size`` does not count (its
    block is not shrunk for it: ``place_lines`` cuts it); at ``min_size`` the lines may
    still overflow the height (reported by the caller through the 38-character check).
    """
    size, shrunk, _cut = _fit(lines, width, height, font, max_size, min_size)
    return size, shrunk


def _fit(
    lines: Sequence[str], width: float, height: float, font: str, max_size: float, min_size: float
) -> tuple[float, bool, list[int]]:
    """``fit_size``, and the lines wider than ``width`` even at ``min_size``."""
    count = max(len(lines), 1)
    widths = [stringWidth(line, font, 1.0) / PT_PER_MM for line in lines]
    # One line too long for any readable size (a 128-character department) is cut rather
    # than shrinking the whole address to 5 pt for it.
    cut = [i for i, line_width in enumerate(widths) if line_width * min_size > width]
    widest = max(
        widths if not cut else (w for i, w in enumerate(widths) if i not in cut), default=0.0
    )
    size = max_size
    while size > min_size:
        fits_height = count * size * LEADING / PT_PER_MM <= height
        fits_width = widest * size <= width
        if fits_height and fits_width:
            break
        size -= 0.5
    return max(size, min_size), size < max_size, cut


def place_lines(
    lines: Sequence[str],
    rect: Rect,
    *,
    padding: float = 2.0,
    font: str = FONT,
    max_size: float = 10.0,
    min_size: float = 5.0,
    valign: str = "middle",
    shrink: bool = True,
) -> TextBox:
    """Place ``lines`` left-aligned in ``rect`` (inset by ``padding`` mm), shrinking to fit;
    a line too wide even at ``min_size`` is cut to the box's width, ending in "…"."""
    inner = Rect(
        rect.x + padding, rect.y + padding, rect.width - 2 * padding, rect.height - 2 * padding
    )
    if shrink:
        size, shrunk, cut = _fit(lines, inner.width, inner.height, font, max_size, min_size)
        if cut:
            width_pt = inner.width * PT_PER_MM
            lines = [
                shorten_to_width(text, font, size, width_pt) if i in cut else text
                for i, text in enumerate(lines)
            ]
    else:
        size, shrunk = max_size, False
    leading = size * LEADING / PT_PER_MM
    block_height = leading * len(lines)
    if valign == "middle":
        top = inner.y + max((inner.height - block_height) / 2, 0.0)
    elif valign == "bottom":
        top = inner.y + max(inner.height - block_height, 0.0)
    else:
        top = inner.y
    # 0.95 em keeps the whole font bounding box (DejaVu Sans: 0.93 above, 0.24 below the
    # baseline) inside each 1.2 em line slot, so no glyph pokes out of the box.
    first_baseline = top + size * 0.95 / PT_PER_MM
    placed = tuple(
        PlacedLine(inner.x, first_baseline + i * leading, text) for i, text in enumerate(lines)
    )
    return TextBox(rect, placed, font, size, shrunk)


ELLIPSIS = "\u2026"


def shorten_to_width(text: str, font: str, size_pt: float, width_pt: float) -> str:
    """``text`` cut at the end, with an ellipsis, to be at most ``width_pt`` wide."""
    if stringWidth(text, font, size_pt) <= width_pt:
        return text
    low, high = 0, len(text)  # the longest kept prefix is in [low, high)
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle].rstrip() + ELLIPSIS, font, size_pt) <= width_pt:
            low = middle
        else:
            high = middle - 1
    kept = text[:low].rstrip() + ELLIPSIS
    return kept if stringWidth(kept, font, size_pt) <= width_pt else ""


def fit_line(
    text: str, width_pt: float, *, font: str = FONT, max_size: float = 10.0, min_size: float = 6.0
) -> tuple[float, str]:
    """The largest size (pt, 0.5 steps, not below ``min_size``) at which ``text`` is at most
    ``width_pt`` wide, and the text to draw: shortened with an ellipsis when even
    ``min_size`` is too wide (the caller reports it)."""
    natural = float(stringWidth(text, font, 1.0))
    size = max_size
    while size > min_size and natural * size > width_pt:
        size -= 0.5
    size = max(size, min_size)
    return size, shorten_to_width(text, font, size, width_pt)


def wrap_text(text: str, font: str, size_pt: float, width_pt: float) -> list[str]:
    """``text`` broken into lines at most ``width_pt`` wide: between words where it can,
    inside a word too long for a line of its own."""
    if stringWidth(text, font, size_pt) <= width_pt:
        return [text]
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if stringWidth(candidate, font, size_pt) <= width_pt:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = ""
        while stringWidth(word, font, size_pt) > width_pt:
            cut = 1
            while cut < len(word) and stringWidth(word[: cut + 1], font, size_pt) <= width_pt:
                cut += 1
            lines.append(word[:cut])
            word = word[cut:]
        current = word
    if current:
        lines.append(current)
    return lines or [""]

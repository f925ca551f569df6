"""Read back where text landed in a PDF (pdfplumber), in millimetres from the top left."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pdfplumber

from desktop_crm.printing.sheets import Rect

MM = 72.0 / 25.4


@dataclass(frozen=True)
class Word:
    text: str
    box: Rect

    @property
    def centre(self) -> tuple[float, float]:
        return self.box.x + self.box.width / 2, self.box.y + self.box.height / 2


def words_by_page(path: Path) -> list[list[Word]]:
    pages: list[list[Word]] = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            pages.append(
                [
                    Word(
                        w["text"],
                        Rect(
                            w["x0"] / MM,
                            w["top"] / MM,
                            (w["x1"] - w["x0"]) / MM,
                            (w["bottom"] - w["top"]) / MM,
                        ),
                    )
                    for w in page.extract_words(keep_blank_chars=False, use_text_flow=True)
                ]
            )
    return pages


def page_sizes_mm(path: Path) -> list[tuple[float, float]]:
    with pdfplumber.open(path) as pdf:
        return [(float(p.width) / MM, float(p.height) / MM) for p in pdf.pages]


def inside(rect: Rect, word: Word) -> bool:
    x, y = word.centre
    return rect.x <= x <= rect.right and rect.y <= y <= rect.bottom

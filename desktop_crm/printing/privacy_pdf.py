"""Readable PDF pages for the privacy papers: a person's access export, the processing register.

The services build a ``Paper`` (titles, paragraphs, label/value blocks) in the reader's
language; this module only lays it out with reportlab's flowables in DejaVu Sans, so any
name prints and long texts wrap.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from desktop_crm.domain.cleaning import without_controls
from desktop_crm.printing import fonts


@dataclass(frozen=True)
class Block:
    """A group of label/value lines (one row of a table, one entry of the register)."""

    title: str | None
    lines: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Section:
    title: str
    paragraphs: tuple[str, ...] = ()
    blocks: tuple[Block, ...] = ()


@dataclass(frozen=True)
class Paper:
    title: str
    subtitle: str = ""
    sections: tuple[Section, ...] = field(default_factory=tuple)
    footer: str = ""


def _text(value: str) -> str:
    return escape(without_controls(value)).replace("\n", "<br/>")


def write_paper(paper: Paper, target: str | Path | BinaryIO) -> int:
    """Draw ``paper`` on A4 pages; returns the number of flowables (never 0)."""
    fonts.register()
    base = ParagraphStyle("base", fontName=fonts.REGULAR, fontSize=9.5, leading=12.5)
    title = ParagraphStyle("title", parent=base, fontName=fonts.BOLD, fontSize=16, leading=20)
    subtitle = ParagraphStyle("subtitle", parent=base, textColor=colors.grey, spaceAfter=6)
    heading = ParagraphStyle(
        "heading", parent=base, fontName=fonts.BOLD, fontSize=12, leading=15, spaceBefore=10
    )
    block_title = ParagraphStyle("block", parent=base, fontName=fonts.BOLD, spaceBefore=4)
    label = ParagraphStyle("label", parent=base, textColor=colors.HexColor("#444444"))
    story: list[object] = [Paragraph(_text(paper.title), title)]
    if paper.subtitle:
        story.append(Paragraph(_text(paper.subtitle), subtitle))
    width = A4[0] - 36 * mm
    for section in paper.sections:
        story.append(Paragraph(_text(section.title), heading))
        for text in section.paragraphs:
            story.append(Paragraph(_text(text), base))
            story.append(Spacer(1, 2))
        for block in section.blocks:
            parts: list[object] = []
            if block.title:
                parts.append(Paragraph(_text(block.title), block_title))
            if block.lines:
                table = Table(
                    [
                        [Paragraph(_text(k), label), Paragraph(_text(v), base)]
                        for k, v in block.lines
                    ],
                    colWidths=[width * 0.3, width * 0.7],
                )
                table.setStyle(
                    TableStyle(
                        [
                            ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#dddddd")),
                            ("TOPPADDING", (0, 0), (-1, -1), 1),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                        ]
                    )
                )
                parts.append(table)
            story.append(KeepTogether(parts) if len(block.lines) < 25 else parts[0])
            if len(block.lines) >= 25:
                story.extend(parts[1:])
    if paper.footer:
        story.append(Spacer(1, 8))
        story.append(Paragraph(_text(paper.footer), subtitle))
    document = SimpleDocTemplate(
        target if not isinstance(target, Path) else str(target),
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=16 * mm,
        title=paper.title,
        creator="Desktop CRM",
        invariant=1,
    )
    document.build(story)
    return len(story)

"""Write page layouts to PDF with reportlab, and join the chunks of very large runs."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from desktop_crm.domain.cleaning import without_controls
from desktop_crm.domain.files import writing_file
from desktop_crm.printing.layout import PageLayout, mm_to_pt

# Called with the pages done so far; it cancels the run by raising (nothing is written).
Progress = Callable[[int], None]


def _draw_page(canvas: Canvas, page: PageLayout, images: dict[str, ImageReader]) -> None:
    height_pt = mm_to_pt(page.height)
    canvas.setPageSize((mm_to_pt(page.width), height_pt))
    if page.outlines:
        canvas.setStrokeGray(0.75)
        canvas.setLineWidth(0.3)
        for rect in page.outlines:
            canvas.roundRect(
                mm_to_pt(rect.x),
                height_pt - mm_to_pt(rect.bottom),
                mm_to_pt(rect.width),
                mm_to_pt(rect.height),
                4,
            )
    for image in page.images:
        reader = images.get(image.path)
        if reader is None:
            reader = images[image.path] = ImageReader(image.path)
        canvas.drawImage(
            reader,
            mm_to_pt(image.rect.x),
            height_pt - mm_to_pt(image.rect.bottom),
            mm_to_pt(image.rect.width),
            mm_to_pt(image.rect.height),
            preserveAspectRatio=True,
            anchor="nw",
            mask="auto",
        )
    for box in page.boxes:
        canvas.setFont(box.font, box.size)
        for line in box.lines:
            # Stored text may predate the cleaning rule: no control character reaches the PDF.
            text = without_controls(line.text)
            canvas.drawString(mm_to_pt(line.x), height_pt - mm_to_pt(line.baseline), text)
    canvas.showPage()


def write_pages(
    pages: Iterable[PageLayout],
    target: str | Path | BinaryIO,
    *,
    title: str = "",
    progress: Progress | None = None,
) -> int:
    """Draw ``pages`` into one PDF; returns the page count."""
    canvas = Canvas(
        target if not isinstance(target, Path) else str(target), pageCompression=1, invariant=True
    )
    canvas.setTitle(title)
    canvas.setCreator("Desktop CRM")
    images: dict[str, ImageReader] = {}
    count = 0
    for page in pages:
        _draw_page(canvas, page, images)
        count += 1
        if progress is not None and count % 20 == 0:
            progress(count)
    if count == 0:
        raise ValueError("nothing to print")
    with writing_file(target):  # a PDF still open in the reader cannot be replaced
        canvas.save()
    return count


def join_pdfs(parts: list[Path], target: str | Path) -> None:
    """Concatenate chunk files into ``target`` (one file is simply moved)."""
    if len(parts) == 1:
        with writing_file(target):
            shutil.move(str(parts[0]), str(target))
        return
    from pypdf import PdfWriter  # only needed for runs written in several chunks

    writer = PdfWriter()
    for part in parts:
        writer.append(str(part))
    with writing_file(target), open(target, "wb") as handle:
        writer.write(handle)


def chunk_dir(target: str | Path) -> Path:
    """A scratch folder next to the target for the chunks of a large run."""
    return Path(tempfile.mkdtemp(prefix=".crm-print-", dir=Path(target).resolve().parent))

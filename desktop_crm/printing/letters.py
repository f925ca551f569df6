"""Merged letters on A4: header, address in the envelope window, body, signature, P.S., footer.

Letters flow with reportlab's platypus (a long body continues on the next page). Large runs
are written in chunks of ``CHUNK`` letters and joined, which keeps memory flat.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)
from reportlab.platypus.paragraph import cleanBlockQuotedText, textTransformFrags

from desktop_crm.domain.files import writing_file
from desktop_crm.printing.layout import (
    FONT,
    FONT_BOLD,
    LEADING,
    fit_line,
    fit_size,
    mm_to_pt,
    shorten_to_width,
    wrap_text,
)
from desktop_crm.printing.merge import merge, para_escape
from desktop_crm.printing.pdf import Progress, chunk_dir, join_pdfs
from desktop_crm.printing.richtext import (
    RichParagraph,
    paragraphs_from_html,
    paragraphs_from_text,
)
from desktop_crm.printing.sheets import Rect

A4 = (210.0, 297.0)
# Letters per PDF built in one go: ~75 MB per 1,000 letters, so a chunk stays near 150 MB.
CHUNK = 2000
DEFAULT_CLOSING = (
    "Je vous prie d'agréer, {{salutation_word}}, l'expression de mes salutations distinguées."
)
_ALIGN = {"left": TA_LEFT, "right": TA_RIGHT, "center": TA_CENTER, "justify": TA_JUSTIFY}


@dataclass(frozen=True)
class LetterSettings:
    """Per-template layout: window position, place, subject, closing, P.S., header/footer."""

    window_x: float = 110.0
    window_y: float = 55.0
    window_width: float = 85.0
    window_height: float = 33.0
    margin_left: float = 25.0
    margin_right: float = 20.0
    margin_top: float = 15.0
    margin_bottom: float = 22.0
    font_size: float = 10.5
    place: str = ""
    subject: str = ""
    closing: str = DEFAULT_CLOSING
    ps: str = ""
    header: bool = True
    footer: str = ""
    logo_path: str = ""

    @property
    def window(self) -> Rect:
        return Rect(self.window_x, self.window_y, self.window_width, self.window_height)

    def to_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> LetterSettings:
        known = {f.name: f.type for f in fields(cls)}
        values = {k: v for k, v in (data or {}).items() if k in known}
        return cls(**values)


@dataclass(frozen=True)
class LetterTemplate:
    """A letter's content: rich-text body (HTML) or plain text, and its layout settings."""

    name: str
    body_html: str = ""
    body_text: str = ""
    settings: LetterSettings = field(default_factory=LetterSettings)

    def paragraphs(self) -> list[RichParagraph]:
        if self.body_html.strip():
            return paragraphs_from_html(self.body_html)
        return paragraphs_from_text(self.body_text)


@dataclass(frozen=True)
class LetterInput:
    """One recipient: the address lines for the window and the merge values."""

    address_lines: tuple[str, ...]
    values: dict[str, str]


@dataclass(frozen=True)
class LetterRun:
    """What a letter run produced: pages, fields the template used but nobody has, and the
    texts too long for their place even at the smallest size, printed shortened ("…")."""

    pages: int
    letters: int
    unknown_fields: tuple[str, ...]
    shortened: tuple[str, ...] = ()


class _Styles:
    def __init__(self, size: float) -> None:
        lead = size * 1.3
        self.body = ParagraphStyle(
            "body", fontName=FONT, fontSize=size, leading=lead, spaceAfter=size * 0.6
        )
        self.address = ParagraphStyle("address", fontName=FONT, fontSize=size, leading=lead)
        self.date = ParagraphStyle("date", parent=self.body, alignment=TA_RIGHT)
        self.subject = ParagraphStyle("subject", parent=self.body, fontName=FONT_BOLD)
        self.signature = ParagraphStyle("signature", parent=self.body, leftIndent=mm_to_pt(85))
        self.small = ParagraphStyle(
            "small", fontName=FONT, fontSize=7.5, leading=9, alignment=TA_CENTER
        )
        self.header = ParagraphStyle("header", fontName=FONT, fontSize=8.5, leading=10.5)
        self.header_name = ParagraphStyle(
            "header_name", parent=self.header, fontName=FONT_BOLD, fontSize=11, leading=13
        )

        self._aligned: dict[str, ParagraphStyle] = {}
        self._plain: dict[str, Any] = {}  # style name -> the fragment of a plain paragraph

    def paragraph(self, markup: str, style: ParagraphStyle) -> Paragraph:
        """A Paragraph of ``markup``; plain text (no tag, no entity: most merged letter
        bodies) skips reportlab's markup parser, which gives one fragment of the style
        with the cleaned text (tests/unit/printing/test_letter_paragraphs.py)."""
        if "<" in markup or "&" in markup or not markup.strip():
            return Paragraph(markup, style)
        proto = self._plain.get(style.name)
        if proto is None:
            proto = self._plain[style.name] = Paragraph("x", style).frags[0]
        text = cleanBlockQuotedText(markup)
        frags = [proto.clone(text=text)]
        textTransformFrags(frags, style)
        return Paragraph(text, style, frags=frags)

    def aligned(self, align: str) -> ParagraphStyle:
        style = self._aligned.get(align)
        if style is None:
            style = self._aligned[align] = ParagraphStyle(
                f"body_{align}", parent=self.body, alignment=_ALIGN.get(align, TA_LEFT)
            )
        return style


class _Lines(Flowable):  # type: ignore[misc]
    """Plain lines of one font drawn with drawString: far cheaper than Paragraphs for the
    address, date and signature, which need no markup. A line wider than the frame is
    wrapped (between words, or inside a word too long for a line), never drawn past it."""

    def __init__(
        self,
        lines: Sequence[str],
        font: str,
        size: float,
        *,
        leading: float,
        align: str = "left",
        indent: float = 0.0,
        space_after: float = 0.0,
    ) -> None:
        super().__init__()
        self.lines = list(lines)
        self.font, self.size, self.leading = font, size, leading
        self.align, self.indent = align, indent
        self.spaceAfter = space_after

    def wrap(self, avail_width: float, _avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        room = max(avail_width - self.indent, 1.0)
        self._drawn = [
            part for line in self.lines for part in wrap_text(line, self.font, self.size, room)
        ]
        return avail_width, self.leading * len(self._drawn)

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """Lines taller than the frame (a very long wrapped date or signature) go on over
        the next page instead of stopping the run."""
        self.wrap(avail_width, avail_height)
        count = int(avail_height // self.leading)
        if count <= 0 or count >= len(self._drawn):
            return []
        return [self._part(self._drawn[:count], 0.0), self._part(self._drawn[count:])]

    def _part(self, lines: Sequence[str], space_after: float | None = None) -> _Lines:
        return _Lines(
            lines,
            self.font,
            self.size,
            leading=self.leading,
            align=self.align,
            indent=self.indent,
            space_after=self.spaceAfter if space_after is None else space_after,
        )

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFont(self.font, self.size)
        y = self.leading * len(self._drawn) - self.size
        for line in self._drawn:
            if self.align == "right":
                canvas.drawRightString(self.width, y, line)
            else:
                canvas.drawString(self.indent, y, line)
            y -= self.leading


class _Stack(Flowable):  # type: ignore[misc]
    """Consecutive pieces (lines, spacers) placed as one flowable: each flowable costs the
    page layout a round of bookkeeping, and a letter has a dozen. Laid out exactly as the
    pieces one after the other; when the whole does not fit, it splits into the pieces
    themselves, which then flow one by one as they would have."""

    def __init__(self, parts: Sequence[Flowable]) -> None:
        super().__init__()
        self.parts = list(parts)
        self.spaceAfter = self.parts[-1].getSpaceAfter() if self.parts else 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._placed: list[tuple[Flowable, float]] = []  # (part, its bottom from the top)
        y = 0.0
        for i, part in enumerate(self.parts):
            _w, h = part.wrap(avail_width, avail_height)
            y += h
            self._placed.append((part, y))
            if i < len(self.parts) - 1:
                y += part.getSpaceAfter()
        self.width, self.height = avail_width, y
        return avail_width, y

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        if not self.parts:
            return []
        first = self.parts[0]
        _w, h = first.wrap(avail_width, avail_height)
        if h <= avail_height:
            return list(self.parts)
        pieces = first.split(avail_width, avail_height)
        return [*pieces, *self.parts[1:]] if pieces else []

    def draw(self) -> None:
        for part, bottom in self._placed:
            part.drawOn(self.canv, 0, self.height - bottom)


class _LetterDoc(BaseDocTemplate):  # type: ignore[misc]
    """Two page templates: the first page with the window frame, then plain pages."""

    def __init__(
        self,
        target: str | BinaryIO,
        settings: LetterSettings,
        header_lines: Sequence[str],
        styles: _Styles,
        shortened: dict[str, None],
    ) -> None:
        width, height = (mm_to_pt(v) for v in A4)
        super().__init__(
            target,
            pagesize=(width, height),
            title="Letters",
            creator="Desktop CRM",
            invariant=True,
            pageCompression=1,
        )
        s = settings
        window = s.window
        body_x = mm_to_pt(s.margin_left)
        body_w = width - body_x - mm_to_pt(s.margin_right)
        # The address is drawn by the first page's decoration, in the window (see _draw_address).
        self._window = (mm_to_pt(window.x), height - mm_to_pt(window.y), mm_to_pt(window.width))
        self.addresses: deque[Flowable] = deque()
        first_top = mm_to_pt(window.bottom + 8)
        bottom = mm_to_pt(s.margin_bottom)
        body_first = Frame(
            body_x,
            bottom,
            body_w,
            height - first_top - bottom,
            id="body1",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        body_next = Frame(
            body_x,
            bottom,
            body_w,
            height - mm_to_pt(s.margin_top + 10) - bottom,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self._settings = settings
        self._header = list(header_lines)
        self._shortened = shortened
        self._text_width = body_w
        self._forms: set[str] = set()
        self._fit_cache: dict[tuple[str, str, float, float, float], tuple[float, str]] = {}
        self.addPageTemplates(
            [
                PageTemplate(
                    "first",
                    [body_first],
                    onPage=self._decorate_first,
                    autoNextPageTemplate="next",
                ),
                PageTemplate("next", [body_next], onPage=self._decorate),
            ]
        )

    def _fitted(
        self, line: str, font: str, size: float, min_size: float, width: float | None = None
    ) -> tuple[float, str]:
        """A header or footer line at the size that fits between the margins (shortened
        with "…" and reported if even ``min_size`` is too wide)."""
        room = self._text_width if width is None else width
        key = (line, font, size, min_size, room)
        fitted = self._fit_cache.get(key)
        if fitted is None:
            # The same header and footer lines on every page: measured once per run.
            fitted = self._fit_cache[key] = fit_line(
                line, room, font=font, max_size=size, min_size=min_size
            )
        fitted_size, text = fitted
        if text != line:
            self._shortened[line] = None
        return fitted_size, text

    def _decorate(self, canvas: Any, _doc: Any) -> None:
        self._stamp(canvas, "letter_next", self._draw_footer)

    def _decorate_first(self, canvas: Any, _doc: Any) -> None:
        self._stamp(canvas, "letter_first", self._draw_first)
        if self.addresses:  # each letter's first page, in order: its address
            self._draw_address(canvas, self.addresses.popleft())

    def _draw_address(self, canvas: Any, block: Flowable) -> None:
        """The address block at the top of the envelope window (as a frame of the window's
        size would place it; the block was sized to fit the window)."""
        x, top, width = self._window
        _w, h = block.wrap(width, top)
        block.drawOn(canvas, x, top - h)

    def _stamp(self, canvas: Any, name: str, draw: Any) -> None:
        """Header and footer are the same on every page: drawn once into a PDF form, which
        each page then shows (no text measured and encoded again page after page)."""
        if name not in self._forms:
            canvas.beginForm(name)
            draw(canvas)
            canvas.endForm()
            self._forms.add(name)
        canvas.doForm(name)

    def _draw_footer(self, canvas: Any) -> None:
        if self._settings.footer:
            # Centred on the page: as wide as the narrower margin allows on both sides.
            centre = self.pagesize[0] / 2
            half = min(
                centre - mm_to_pt(self._settings.margin_left),
                centre - mm_to_pt(self._settings.margin_right),
            )
            for i, line in enumerate(reversed(self._settings.footer.splitlines())):
                size, text = self._fitted(line, FONT, 7.5, 5.0, max(2 * half, 1.0))
                canvas.setFont(FONT, size)
                canvas.drawCentredString(centre, mm_to_pt(11) + i * 9, text)

    def _draw_first(self, canvas: Any) -> None:
        s = self._settings
        height = self.pagesize[1]
        top = height - mm_to_pt(s.margin_top)
        x = mm_to_pt(s.margin_left)
        if s.logo_path and Path(s.logo_path).is_file():
            canvas.drawImage(
                s.logo_path,
                x,
                top - mm_to_pt(18),
                mm_to_pt(40),
                mm_to_pt(18),
                preserveAspectRatio=True,
                anchor="nw",
                mask="auto",
            )
            top -= mm_to_pt(20)
        if s.header:
            for i, line in enumerate(self._header):
                size, leading = (11.0, 13.0) if i == 0 else (8.5, 10.5)
                top -= leading
                font = FONT_BOLD if i == 0 else FONT
                size, text = self._fitted(line, font, size, 6.0)
                canvas.setFont(font, size)
                canvas.drawString(x, top, text)
        self._draw_footer(canvas)


def _address_flowable(
    lines: Sequence[str], settings: LetterSettings, shortened: dict[str, None]
) -> Flowable:
    """The address block, shrunk if needed so that it stays inside the window; a line still
    too wide at the smallest size is shortened with "…" (and reported): wrapping it would
    add lines to a postal address and push the block out of the window."""
    size, _shrunk = fit_size(
        lines,
        settings.window_width,
        settings.window_height,
        max_size=settings.font_size,
        min_size=6.0,
    )
    # A window too low for the lines even at 6 pt: smaller still rather than outside it.
    while size > 3.0 and len(lines) * size * LEADING > mm_to_pt(settings.window_height):
        size -= 0.5
    width = mm_to_pt(settings.window_width)
    drawn = []
    for line in lines:
        text = shorten_to_width(line, FONT, size, width)
        if text != line:
            shortened[line] = None
        drawn.append(text)
    return _Lines(drawn, FONT, size, leading=size * LEADING)


def _story(
    template: LetterTemplate,
    paragraphs: Sequence[RichParagraph],
    letter: LetterInput,
    styles: _Styles,
    unknown: dict[str, None],
    shortened: dict[str, None],
    addresses: deque[Flowable],
) -> list[Flowable]:
    """The letter's flowables; its address block goes to ``addresses`` (drawn by the first
    page's decoration: two flowables fewer a letter)."""
    s = template.settings
    size, lead = s.font_size, s.font_size * 1.3

    def merged(text: str) -> str:
        result = merge(text, letter.values, escape=para_escape)
        unknown.update(dict.fromkeys(result.unknown))
        return result.text

    def plain(text: str, font: str = FONT) -> _Lines:
        """Plain text (subject, closing, P.S.: no markup) merged and drawn as lines, as a
        paragraph would show it (white space collapsed, line breaks kept): far cheaper
        than a Paragraph's markup parsing on every letter."""
        result = merge(text, letter.values)
        unknown.update(dict.fromkeys(result.unknown))
        lines = [" ".join(line.split()) for line in result.text.split("\n")]
        return _Lines(lines, font, size, leading=lead, space_after=size * 0.6)

    today = letter.values.get("today", "")
    date_line = f"{s.place}, le {today}" if s.place else f"Le {today}"
    head: list[Flowable] = [
        _Lines([date_line], FONT, size, leading=lead, align="right", space_after=mm_to_pt(4))
    ]
    if s.subject:
        head.append(plain(f"Objet : {s.subject}", FONT_BOLD))
        head.append(Spacer(1, mm_to_pt(3)))
    head.append(
        _Lines(
            [letter.values.get("salutation", "")], FONT, size, leading=lead, space_after=size * 0.6
        )
    )
    addresses.append(_address_flowable(letter.address_lines, s, shortened))
    story: list[Flowable] = [_Stack(head)]
    for para in paragraphs:
        story.append(styles.paragraph(merged(para.markup) or "&nbsp;", styles.aligned(para.align)))
    tail: list[Flowable] = []
    if s.closing:
        tail.append(plain(s.closing))
    tail.append(Spacer(1, mm_to_pt(6)))
    signature = letter.values.get("my_signature") or letter.values.get("my_name", "")
    lines = [line for line in signature.splitlines() if line.strip()]
    if lines:
        tail.append(_Lines(lines, FONT, size, leading=lead, indent=mm_to_pt(85)))
    if s.ps:
        tail.append(Spacer(1, mm_to_pt(6)))
        tail.append(plain(f"P.S. : {s.ps}"))
    story.extend([_Stack(tail), NextPageTemplate("first"), PageBreak()])
    return story


def _build(
    letters: Sequence[LetterInput],
    template: LetterTemplate,
    header_lines: Sequence[str],
    target: str | BinaryIO,
    unknown: dict[str, None],
    shortened: dict[str, None],
) -> int:
    styles = _Styles(template.settings.font_size)
    doc = _LetterDoc(target, template.settings, header_lines, styles, shortened)
    story: list[Flowable] = []
    paragraphs = template.paragraphs()  # parsed once for the whole run
    for letter in letters:
        story.extend(
            _story(template, paragraphs, letter, styles, unknown, shortened, doc.addresses)
        )
    story.pop()  # no blank page after the last letter
    doc.build(story)
    return int(doc.page)


def write_letters(
    letters: Sequence[LetterInput],
    template: LetterTemplate,
    target: str | Path | BinaryIO,
    *,
    header_lines: Sequence[str] = (),
    chunk: int = CHUNK,
    progress: Progress | None = None,
) -> LetterRun:
    """Write one letter per input; runs over ``chunk`` letters are built in pieces."""
    if not letters:
        raise ValueError("nothing to print")
    unknown: dict[str, None] = {}
    shortened: dict[str, None] = {}
    if len(letters) <= chunk or not isinstance(target, str | Path):
        out = str(target) if isinstance(target, Path) else target
        with writing_file(out):
            pages = _build(letters, template, header_lines, out, unknown, shortened)
        return LetterRun(pages, len(letters), tuple(unknown), tuple(shortened))
    folder = chunk_dir(target)
    parts: list[Path] = []
    pages = 0
    try:
        for start in range(0, len(letters), chunk):
            part = folder / f"part{len(parts):05d}.pdf"
            pages += _build(
                letters[start : start + chunk],
                template,
                header_lines,
                str(part),
                unknown,
                shortened,
            )
            parts.append(part)
            if progress is not None:
                progress(min(start + chunk, len(letters)))
        join_pdfs(parts, target)
    finally:
        for part in folder.glob("*.pdf"):
            part.unlink()
        folder.rmdir()
    return LetterRun(pages, len(letters), tuple(unknown), tuple(shortened))

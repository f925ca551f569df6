"""Envelope sizes (from envelopes.json) and the layout of one envelope per recipient."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from desktop_crm.domain.errors import FieldProblem, NotFoundError, ValidationError
from desktop_crm.domain.text import fold
from desktop_crm.domain.wording import PRINTING, say
from desktop_crm.printing.layout import ImageBox, PageLayout, TextBox, place_lines
from desktop_crm.printing.sheets import Rect


def _rect(data: Mapping[str, Any]) -> Rect:
    return Rect(float(data["x"]), float(data["y"]), float(data["width"]), float(data["height"]))


@dataclass(frozen=True)
class Envelope:
    """An envelope size in landscape (mm), its address area and its usual window."""

    code: str
    description: str
    width: float
    height: float
    recipient: Rect
    window: Rect
    qt_page: str = ""


@cache
def envelope_catalogue() -> tuple[Envelope, ...]:
    text = resources.files("desktop_crm.printing").joinpath("envelopes.json").read_text("utf-8")
    return tuple(
        Envelope(
            row["code"],
            row["description"],
            float(row["width"]),
            float(row["height"]),
            _rect(row["recipient"]),
            _rect(row["window"]),
            row.get("qt_page", ""),
        )
        for row in json.loads(text)["envelopes"]
    )


def find_envelope(code: str) -> Envelope:
    """An envelope by code: "DL", "c5", "C6/5", "US10" or "#10"."""
    wanted = fold(code).replace(" ", "").replace("#", "us").replace("usus", "us")
    for envelope in envelope_catalogue():
        if fold(envelope.code).replace(" ", "") in (wanted, wanted.replace("us", "")):
            return envelope
    known = ", ".join(e.code for e in envelope_catalogue())
    raise NotFoundError(
        say(PRINTING, "Unknown envelope size '{code}' (known: {known}).").format(
            code=code, known=known
        )
    )


@dataclass(frozen=True)
class EnvelopeOptions:
    """Per-template envelope settings: window or not, window position, sender, logo, offset."""

    use_window: bool = False
    window: Rect | None = None  # None: the envelope's usual window
    sender_lines: tuple[str, ...] = ()
    print_sender: bool = True
    logo_path: str | None = None
    offset_x: float = 0.0
    offset_y: float = 0.0
    max_size: float = 11.0
    outlines: bool = False

    def address_rect(self, envelope: Envelope) -> Rect:
        area = (self.window or envelope.window) if self.use_window else envelope.recipient
        return Rect(area.x + self.offset_x, area.y + self.offset_y, area.width, area.height)

    def check(self, envelope: Envelope) -> None:
        area = self.address_rect(envelope)
        page = Rect(0, 0, envelope.width, envelope.height)
        if not page.contains(area):
            raise ValidationError(
                [
                    FieldProblem(
                        "window",
                        "off_envelope",
                        say(
                            PRINTING,
                            "The address area does not fit on a {code} envelope: "
                            "make the offset smaller.",
                        ).format(code=envelope.code),
                    )
                ]
            )
        if self.logo_path and not Path(self.logo_path).is_file():
            raise ValidationError(
                [FieldProblem("logo", "missing", f"Logo file not found: {self.logo_path}")]
            )


SENDER_AREA = Rect(10.0, 8.0, 85.0, 30.0)
LOGO_AREA = Rect(10.0, 8.0, 30.0, 15.0)


def layout_envelopes(
    blocks: Iterable[Sequence[str]], envelope: Envelope, options: EnvelopeOptions | None = None
) -> Iterator[PageLayout]:
    """One landscape page per recipient: sender (and logo) top left, address in its area."""
    options = options or EnvelopeOptions()
    options.check(envelope)
    fixed: list[TextBox] = []
    images: tuple[ImageBox, ...] = ()
    sender_area = SENDER_AREA
    if options.logo_path:
        images = (ImageBox(LOGO_AREA, options.logo_path),)
        sender_area = replace(
            SENDER_AREA, y=LOGO_AREA.bottom + 1, height=SENDER_AREA.height - LOGO_AREA.height + 8
        )
    if options.print_sender and options.sender_lines:
        fixed.append(
            place_lines(
                list(options.sender_lines), sender_area, padding=0.0, max_size=8.0, valign="top"
            )
        )
    area = options.address_rect(envelope)
    outlines = (area,) if options.outlines else ()
    padding = 4.0 if options.use_window else 2.0
    for block in blocks:
        box = place_lines(
            list(block),
            area,
            padding=padding,
            max_size=options.max_size,
            valign="top" if options.use_window else "middle",
        )
        yield PageLayout(envelope.width, envelope.height, (*fixed, box), images, outlines)

"""Import label sheets from gLabels template files (``templates/*.xml``) as custom sheets.

The curated catalogue stays the reference (gLabels' figures for some Avery parts disagree
with the manufacturers'); this importer covers the other 1,400 parts users may own. In
those files a number without a unit is in points.
"""

from __future__ import annotations

import re
from pathlib import Path

from defusedxml import DefusedXmlException, ElementTree

from desktop_crm.domain.errors import DomainError, ValidationError
from desktop_crm.domain.wording import PRINTING, say
from desktop_crm.printing.sheets import LabelSheet, sheet_from_dict

_UNITS_MM = {
    "": 25.4 / 72.0,
    "pt": 25.4 / 72.0,
    "mm": 1.0,
    "cm": 10.0,
    "in": 25.4,
    "pc": 25.4 / 6.0,
}
_NUMBER = re.compile(r"^\s*([-+0-9.eE]+)\s*([a-z]*)\s*$")
_PAGES = {"A4": "A4", "US-Letter": "Letter", "A5": "A5"}


def to_mm(value: str) -> float:
    """A gLabels length ("181.4", "63.5mm", "2.625in") in millimetres."""
    match = _NUMBER.match(value or "")
    if match is None or match.group(2) not in _UNITS_MM:
        raise ValueError(f"not a length: {value!r}")
    return round(float(match.group(1)) * _UNITS_MM[match.group(2)], 3)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def read_glabels(path: str | Path) -> list[LabelSheet]:
    """Every rectangular, single-layout sheet of a gLabels file, as custom sheets.

    Round labels, CDs and multi-layout sheets are skipped; so are sheets whose figures do
    not fit their page. Parts declared as ``equiv`` of another become its aliases.
    """
    try:
        root = ElementTree.parse(str(path)).getroot()
    except ElementTree.ParseError as exc:  # its words are the XML parser's, in English
        line = exc.position[0] if getattr(exc, "position", None) else 1
        raise DomainError(
            say(
                PRINTING,
                "{path} is not a gLabels template file (its text is not readable XML, line "
                "{line}): give a file of gLabels' templates folder (templates/*.xml).",
            ).format(path=path, line=line),
            code="invalid",
        ) from exc
    except DefusedXmlException as exc:  # entities or external references: refused unread
        raise DomainError(
            say(
                PRINTING,
                "{path} is not a gLabels template file (it declares entities or outside "
                "references, which a template never holds): give a file of gLabels' "
                "templates folder (templates/*.xml).",
            ).format(path=path),
            code="invalid",
        ) from exc
    sheets: dict[str, dict[str, object]] = {}
    aliases: dict[str, list[str]] = {}
    for template in root:
        if _local(template.tag) != "Template":
            continue
        name = f"{template.get('brand', '')} {template.get('part', '')}".strip()
        if template.get("equiv"):
            target = f"{template.get('brand', '')} {template.get('equiv')}".strip()
            aliases.setdefault(target, []).append(name)
            continue
        page = _PAGES.get(template.get("size", ""))
        labels = [child for child in template if _local(child.tag) == "Label-rectangle"]
        if page is None or len(labels) != 1:
            continue
        layouts = [child for child in labels[0] if _local(child.tag) == "Layout"]
        if len(layouts) != 1:
            continue
        label, layout = labels[0], layouts[0]
        try:
            width, height = to_mm(label.get("width", "")), to_mm(label.get("height", ""))
            sheets[name] = {
                "code": name,
                "brand": template.get("brand", ""),
                "description": template.get("_description") or template.get("description") or "",
                "page": page,
                "columns": int(layout.get("nx", "1")),
                "rows": int(layout.get("ny", "1")),
                "width": width,
                "height": height,
                "left": to_mm(layout.get("x0", "0")),
                "top": to_mm(layout.get("y0", "0")),
                "pitch_x": to_mm(layout.get("dx", "0")) or width,
                "pitch_y": to_mm(layout.get("dy", "0")) or height,
            }
        except ValueError:
            continue
    out: list[LabelSheet] = []
    for name, data in sheets.items():
        try:
            out.append(sheet_from_dict({**data, "aliases": aliases.get(name, [])}, custom=True))
        except ValidationError:
            continue
    return out

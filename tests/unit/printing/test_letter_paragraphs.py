"""Letter bodies in plain text skip reportlab's markup parser: the paragraph built from the
style's fragment must be the one the parser gives (same fragment, same lines)."""

from __future__ import annotations

import pytest
from reportlab.platypus import Paragraph

from desktop_crm.printing.letters import _Styles

SAMPLES = [
    "Bonjour",
    "  Suite à notre rencontre,\n nous   avons  le plaisir ",
    'L\'été "chaud" — 100 % ; x{y}z',
    "é" * 300,
    "a\tb",
    "Zoë O'Neil-Łukasz 北京",
]


@pytest.mark.parametrize("align", ["left", "justify", "center", "right"])
@pytest.mark.parametrize("text", SAMPLES)
def test_plain_paragraph_is_the_parsed_one(text: str, align: str) -> None:
    styles = _Styles(10.5)
    style = styles.aligned(align)
    parsed, fast = Paragraph(text, style), styles.paragraph(text, style)
    assert fast.text == parsed.text
    assert [f.__dict__ for f in fast.frags] == [f.__dict__ for f in parsed.frags]
    assert fast.wrap(300, 800) == parsed.wrap(300, 800)
    assert fast.blPara.lines == parsed.blPara.lines


def test_markup_still_goes_through_the_parser() -> None:
    styles = _Styles(10.5)
    bold = styles.paragraph("un <b>gras</b> &amp; un autre", styles.body)
    assert "".join(f.text for f in bold.frags) == "un gras & un autre"
    assert bold.frags[1].text == "gras"
    assert bold.frags[1].fontName != bold.frags[0].fontName

"""DejaVu Sans, shipped with the program and embedded in every PDF so any name prints.

reportlab's built-in Helvetica only covers Latin-1: "Łukasz", "Ődön" or "Çelik" came out as
black boxes or nothing. The four TrueType faces here (licence in ``LICENSE``) are
registered once with reportlab, as a family so that ``<b>``/``<i>`` in letters find their
face; reportlab embeds only the glyphs a document uses.
"""

from __future__ import annotations

from pathlib import Path

FOLDER = Path(__file__).resolve().parent
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"
QT_FAMILY = "DejaVu Sans"
FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}


def font_files() -> list[Path]:
    """The TrueType files, for the on-screen preview (Qt) and the packagers."""
    return [FOLDER / name for name in FILES.values()]


def register() -> None:
    """Make the faces known to reportlab (idempotent)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    known = set(pdfmetrics.getRegisteredFontNames())
    for name, file_name in FILES.items():
        if name not in known:
            pdfmetrics.registerFont(TTFont(name, str(FOLDER / file_name)))
    pdfmetrics.registerFontFamily(
        REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
    )

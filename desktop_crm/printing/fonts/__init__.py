"""DejaVu Sans, shipped with the program and embedded in every PDF so any name prints.

reportlab's built-in Helvetica only covers Latin-1: "Łukasz", "Ődön" or "Çelik" came out as
black boxes or nothing. The four TrueType faces here (licence in ``LICENSE``) are
registered once with reportlab, as a family so that ``<b>``/``<i>`` in letters find their
face; reportlab embeds only the glyphs a document uses.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

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


# Distinct strings whose split is remembered per document (the repeated ones come first:
# closing, signature, date, the lines of a body every letter shares).
SPLIT_CACHE = 4096


def _font_class() -> Any:
    from reportlab.pdfbase.ttfonts import TTFont

    class CachedSplitTTFont(TTFont):  # type: ignore[misc]
        """A TrueType font that remembers how a string splits into its embedded subsets.

        reportlab maps a string to subset codes character by character on every drawString
        (the costliest step of a letter run); a letter run draws the same closing, date and
        body lines on every page. Once every character of a string has its code in a
        document, the split never changes: it is kept on that document's font state (so a
        new document starts afresh), for at most ``SPLIT_CACHE`` strings."""

        def splitString(self, text: Any, doc: Any, encoding: str = "utf-8") -> Any:
            state = self.state.get(doc)
            splits = getattr(state, "desktop_crm_splits", None)
            if splits is not None:
                found = splits.get(text)
                if found is not None:
                    return found
            result = super().splitString(text, doc, encoding)
            state = self.state[doc]
            splits = getattr(state, "desktop_crm_splits", None)
            if splits is None:
                splits = state.desktop_crm_splits = {}
            if len(splits) < SPLIT_CACHE and isinstance(text, str):
                splits[text] = result
            return result

    return CachedSplitTTFont


def register() -> None:
    """Make the faces known to reportlab (idempotent)."""
    from reportlab.pdfbase import pdfmetrics

    font_class = _font_class()
    known = set(pdfmetrics.getRegisteredFontNames())
    for name, file_name in FILES.items():
        if name not in known:
            pdfmetrics.registerFont(font_class(name, str(FOLDER / file_name)))
    pdfmetrics.registerFontFamily(
        REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
    )

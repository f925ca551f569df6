"""Record counts as shown in the status bar and on the card ("3 of ≈ 1 000 000").

Counts are grouped as the locale writes numbers: "3 090" in French (a no-break space, as
QLocale gives), "3,090" in English; a bare "3090" reads as a year or a post code.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale


def count_text(count: int) -> str:
    """A count for display, grouped ("3 090"); a negative count is provisional (the contact
    list shows the first page of a large file before counting it): "≈" and the estimate."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)  # C omits groups
    if count < 0:
        return "≈ " + locale.toString(-count)
    return locale.toString(count)


def grouped(text: str, count: int) -> str:
    """``text``, a translation that wrote ``count`` through Qt's "%n" (which does not group
    digits: tr("%n contact(s)", "", 3090) gives "3090 contacts"), with that number grouped
    as ``count_text`` writes it: "3 090 contacts"."""
    plain = re.compile(rf"(?<!\d){count}(?!\d)")
    return plain.sub(lambda _match: count_text(count), text, count=1)

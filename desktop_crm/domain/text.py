"""Text normalisation shared by lookups, duplicate checks and imports."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from desktop_crm.domain.cleaning import without_controls

_SPACES = re.compile(r"\s+")
# Characters that NFKD does not split into base + accent.
_EXTRA = str.maketrans(
    {
        "œ": "oe",
        "Œ": "OE",
        "æ": "ae",
        "Æ": "AE",
        "ß": "ss",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ł": "l",
        "Ł": "L",
        "’": "'",
        "‘": "'",
    }
)


class _AccentTable(dict[int, str]):
    """Code point -> its accent-free text, filled the first time a character is seen."""

    def __missing__(self, code: int) -> str:
        decomposed = unicodedata.normalize("NFKD", chr(code).translate(_EXTRA))
        text = self[code] = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
        return text


# NFKD decomposes each character on its own and then only reorders combining marks, which
# are all dropped here: stripping is a per-character mapping, so one ``translate`` call with
# a memo of every character seen does it (about 10x faster on long names).
_ACCENTS = _AccentTable()


def strip_accents(text: str) -> str:
    """Return ``text`` without diacritics ("Lefèvre" -> "Lefevre", "Œuvre" -> "OEuvre")."""
    if text.isascii():
        return text
    return text.translate(_ACCENTS)


def strip_accents_reference(text: str) -> str:
    """The whole-string definition of ``strip_accents`` (tests compare the two)."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_EXTRA))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=200_000)
def _fold_slow(text: str) -> str:
    # str.split() and re's \s both use Py_UNICODE_ISSPACE (same 29 characters; checked over
    # every code point in tests/unit/importing/test_fast_paths.py): the join is the
    # ``_SPACES.sub(" ", ...).strip()`` it replaces, without the regex engine.
    return " ".join(strip_accents(text).casefold().split())


def fold(text: str | None) -> str:
    """Lookup key: no accents, case-folded, single spaces, trimmed. ``None`` gives ``""``."""
    if not text:
        return ""
    if text.isascii():  # fast path: most names need no accent stripping
        return " ".join(text.lower().split())
    return _fold_slow(text)


def clean(text: str | None) -> str | None:
    """Trim a user-typed value, drop control characters (``domain.cleaning``) and collapse
    inner whitespace; empty becomes ``None``."""
    if text is None:
        return None
    value = _SPACES.sub(" ", without_controls(str(text))).strip()
    return value or None


def clean_multiline(text: str | None) -> str | None:
    """A multi-line value (notes, details) without control characters, its tabs and line
    breaks kept (CR LF becomes LF); trimmed; empty becomes ``None``."""
    if text is None:
        return None
    value = without_controls(str(text), multiline=True).strip()
    return value or None


_UNBINDABLE = re.compile("[\x00\ud800-\udfff]")


def bindable(text: str) -> str:
    """``text`` with what no database can take as a parameter (NUL, lone surrogates such as
    a command line's undecodable bytes) replaced by U+FFFD: a search for it finds nothing
    instead of failing, as no stored value can contain these characters."""
    return _UNBINDABLE.sub("\ufffd", text)


def prefix_upper_bound(prefix: str) -> str | None:
    """The smallest string above every string starting with ``prefix``, in code point order
    (which is UTF-8 byte order: SQLite's BINARY and PostgreSQL's "C" collation), or
    ``None`` when there is none (a prefix of U+10FFFF only). Surrogates are skipped: no
    stored string holds one, and none can be sent to the database."""
    stem = prefix.rstrip("\U0010ffff")
    if not stem:
        return None
    code = ord(stem[-1]) + 1
    if 0xD800 <= code <= 0xDFFF:
        code = 0xE000
    return stem[:-1] + chr(code)

"""The one rule for control characters in text typed, imported or already stored.

Every entry point (card, services, imports) and every writer (XLSX, CSV, vCard, PDF, e-mail)
goes through this module, so a value the program stores is always one every writer can write:

- C0 controls (NUL, U+0001..U+001F), DEL and C1 controls (U+0080..U+009F) are removed, except
  the whitespace ones: a tab, and the line breaks CR, LF, CR LF, VT, FF, NEL, U+2028, U+2029;
- a lone surrogate (U+D800..U+DFFF, from broken UTF-16) becomes U+FFFD, the replacement
  character, so the reader sees that something was there; the noncharacters U+FFFE and U+FFFF
  (refused by XML, hence by XLSX) are removed;
- a single-line field gets a space for each tab or line break; a multi-line field (notes,
  history details, company details) keeps tabs and gets ``\\n`` for every kind of line break.

Letters, combining marks, right-to-left marks and other format characters are text: kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Everything that is not plain text: controls, surrogates, U+FFFE/U+FFFF, line separators.
_SUSPECT = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")
_LINE_BREAK = re.compile("\r\n|[\r\n\x0b\x0c\x85\u2028\u2029]")
_DROPPED = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
REPLACEMENT = "\ufffd"


@dataclass(frozen=True)
class Cleaning:
    """A cleaned text and what was changed in it (counts of characters)."""

    text: str
    removed: int = 0  # control characters and noncharacters dropped
    replaced: int = 0  # lone surrogates turned into U+FFFD
    joined: int = 0  # tabs and line breaks turned into spaces (single-line fields)

    @property
    def changed(self) -> bool:
        return bool(self.removed or self.replaced or self.joined)

    def describe(self) -> str:
        """What was removed or replaced, as one sentence for an import report ("" when
        nothing; line breaks joined into spaces are not worth a line)."""
        parts = []
        if self.removed:
            parts.append(f"{self.removed} control character(s) removed")
        if self.replaced:
            parts.append(f"{self.replaced} invalid character(s) replaced by \ufffd")
        text = ", ".join(parts)
        return text[:1].upper() + text[1:] + "." if text else ""


def clean_controls(text: str, *, multiline: bool = False) -> Cleaning:
    """``text`` without control characters, following the rule of this module."""
    if not _SUSPECT.search(text):
        return Cleaning(text)
    text, replaced = _SURROGATE.subn(REPLACEMENT, text)
    text, removed = _DROPPED.subn("", text)
    joined = 0
    if multiline:
        text = _LINE_BREAK.sub("\n", text)
    else:
        text, joined = re.subn(r"\t|" + _LINE_BREAK.pattern, " ", text)
    return Cleaning(text, removed, replaced, joined)


def without_controls(text: str, *, multiline: bool = False) -> str:
    """Just the cleaned text of ``clean_controls``."""
    if text.isprintable() or not _SUSPECT.search(text):
        return text
    return clean_controls(text, multiline=multiline).text


def has_controls(text: str) -> bool:
    """True when ``text`` holds a character the cleaning rule would change (or drop)."""
    return bool(_SUSPECT.search(text)) and clean_controls(text, multiline=True).text != text


def writable(value: object, *, multiline: bool = True) -> object:
    """A value as a writer may write it: text cleaned (stored data may predate the rule),
    anything else unchanged."""
    if isinstance(value, str):
        return without_controls(value, multiline=multiline)
    return value


def one_line(text: str | None) -> str:
    """A value shown on one line (a list, a report): controls gone, breaks as spaces."""
    if not text:
        return ""
    return " ".join(without_controls(text).split())

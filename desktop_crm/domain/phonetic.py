"""A French phonetic key: names that sound alike in French get the same key.

Written for duplicate detection, where English-centric codes (Soundex, Metaphone) split
common French variants: Lefebvre / Lefèvre, Thibault / Thibaut, Gauthier / Gautier,
Dupond / Dupont, Philippe / Filipe, Clément / Klement all meet here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from desktop_crm.domain.text import strip_accents

_NOT_LETTERS = re.compile(r"[^a-z]+")
_DOUBLES = re.compile(r"(.)\1+")

# Ordered rewrites; each pattern is applied to the whole word in turn.  Capital letters in
# the replacements are "sounds" that later rules must not rewrite again.
_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"^mc", "mac"),
        (r"sch", "C"),
        (r"ch", "C"),
        (r"sh", "C"),
        (r"ph", "f"),
        (r"th", "t"),
        (r"gn", "N"),
        (r"ault$", "O"),
        (r"eaux?$", "O"),
        (r"aux$", "O"),
        (r"eau", "O"),
        (r"au", "O"),
        (r"ou", "U"),
        (r"oi", "Wa"),
        (r"oy", "Wa"),
        (r"(ai|ei|ay|ey)", "e"),
        (r"qu", "k"),
        (r"q", "k"),
        (r"ck", "k"),
        (r"gu(?=[eiy])", "g"),
        (r"ge(?=[aoU])", "j"),
        (r"g(?=[eiy])", "j"),
        (r"c(?=[eiy])", "s"),
        (r"c", "k"),
        (r"x$", ""),
        (r"x", "ks"),
        (r"z", "s"),
        (r"w", "v"),
        (r"y", "i"),
        (r"bv", "v"),
        (r"(?<=[aeiouOUE])s(?=[aeiouOUE])", "z"),
        (r"ier$", "ie"),
        (r"(?<!^)h", ""),
        (r"^h", ""),
        (r"(?<=[aeiouOU])(n|m)(?=[^aeiouOUn m]|$)", "N"),
        (r"(e|a)N", "AN"),
    )
)
_SILENT_END = re.compile(r"(?<=.)(e|s|t|d|x|z)+$")


@lru_cache(maxsize=131072)
def phonetic_key(word: str | None) -> str:
    """Phonetic key of one word or name part ("Lefèvre" -> "LEFEVR"); "" for nothing.

    A multi-word value ("Le Gall", "De la Fontaine") is keyed as one word, so particles
    with or without a space still meet.
    """
    if not word:
        return ""
    # "ç" is read as "c": people who drop accents type "Francoise" for "Françoise".
    text = _NOT_LETTERS.sub("", strip_accents(word).casefold())
    if not text:
        return ""
    for pattern, replacement in _RULES:
        text = pattern.sub(replacement, text)
    text = _SILENT_END.sub("", text)
    text = _DOUBLES.sub(r"\1", text)
    return text.upper()

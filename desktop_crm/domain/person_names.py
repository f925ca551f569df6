"""A person's first and last names as both duplicate scans compare them: normalised
(``domain.matching.normalise_name``), without a title typed into the name ("Mme Sylvie",
"M. Renaud", "Dr Martin"), and a last name given with the birth or the spouse's name
("Durand née Martin", "Martin épouse Durand", "Vve Durand") read as the name in use
("durand").

Cards typed by hand or imported from old files carry these; compared as they are, "Mme
Sylvie Barbier" was "Sylvie Barbier" shortened, "M. Renaud" a typo of "Renaud" and
"Durand née Martin" only loosely alike with "Durand" (52 %: not proposed).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from desktop_crm.domain.matching import normalise_name

# Titles, as normalised ("M." is "m"): dropped from the start of a name.
TITLES = frozenset(
    {
        "m",
        "mr",
        "mrs",
        "ms",
        "mme",
        "mmes",
        "mm",
        "mlle",
        "mlles",
        "melle",
        "madame",
        "monsieur",
        "mademoiselle",
        "messieurs",
        "dr",
        "docteur",
        "pr",
        "professeur",
        "me",
        "maitre",
    }
)
# "A née B": A is the name in use (B the birth name); "A épouse B", "A ép. B": B is.
_BORN = frozenset({"nee", "ne"})
_SPOUSE = frozenset({"epouse", "ep", "epse", "veuve", "vve"})


# Titles that may also be a name or an initial when alone ("Melle": a "Maëlle" mistyped;
# "M": an initial): kept when nothing follows them.
_AMBIGUOUS = frozenset({"m", "mm", "me", "pr", "melle"})


def _without_title(words: list[str], first: bool) -> list[str]:
    """The words after any titles; a title alone is no name ("Mme": ""), unless it may be
    one (:data:`_AMBIGUOUS`); in a first name a lone "m" is kept when nothing of two
    letters or more follows it (an initial: "M. P.")."""
    while words and words[0] in TITLES:
        if len(words) == 1:
            return words if words[0] in _AMBIGUOUS else []
        if first and words[0] == "m" and not any(len(w) > 1 for w in words[1:]):
            break
        words = words[1:]
    return words


@lru_cache(maxsize=262144)
def first_name(text: str | None) -> str:
    """A normalised first name without a title ("Mme Sylvie" -> "sylvie"; "Mme" alone:
    no first name, "")."""
    name = normalise_name(text)
    if not name or name.split(" ", 1)[0] not in TITLES:  # (fast path: most names)
        return name
    return " ".join(_without_title(name.split(), True))


@lru_cache(maxsize=262144)
def last_name(text: str | None) -> str:
    """A normalised last name without a title, as used: "M. Renaud" -> "renaud",
    "Durand née Martin" -> "durand", "Martin épouse Durand" and "Vve Durand" -> "durand"."""
    name = normalise_name(text)
    if not name or (" " not in name and name not in TITLES):  # (fast path: one word)
        return name
    words = _without_title(name.split(), False)
    if words and words[0] in _SPOUSE:  # "Vve Durand"
        words = words[1:]
    for k, word in enumerate(words[1:-1], 1):
        if word in _BORN:
            return " ".join(words[:k])
        if word in _SPOUSE:
            return " ".join(words[k + 1 :])
    return " ".join(words)


def said(code: str, field: str, a: Mapping[str, Any], b: Mapping[str, Any]) -> str:
    """A names' reason code as said: "normalised" names that are one only once a title or
    a birth name is set aside ("Mme Sylvie Barbier" / "Sylvie Barbier") are "name_in_use"."""
    if code != "normalised" or field != "name":
        return code
    letters = [
        (normalise_name(v.get("first_name")), normalise_name(v.get("last_name"))) for v in (a, b)
    ]
    return "normalised" if letters[0] == letters[1] else "name_in_use"

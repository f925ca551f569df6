"""Which record's value of each field a merge keeps by default (the merge dialog's ticks)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from functools import partial
from typing import Any

from rapidfuzz import fuzz

from desktop_crm.domain.text import fold
from desktop_crm.services.duplicates.merge_snapshot import Row


def is_empty(value: Any) -> bool:
    return value is None or value == "" or value is False


# Names whose spellings a slip of the keyboard tells apart ("Rodriguez" / "Rodrgruez"): the
# kept record's spelling is the one the team has been using (its letters, its envelopes).
_NAME_FIELDS = frozenset({"first_name", "last_name", "company_name", "name"})
# fuzz.ratio of the folded names from which they are one name mistyped (typos and swapped or
# doubled letters measure 83-94; a changed name, "Martin" / "Martin-Dubois", 63).
_TYPO_RATIO = 80


def _mistyped(texts: Sequence[str]) -> bool:
    first = fold(texts[0])
    return all(fuzz.ratio(first, fold(text)) >= _TYPO_RATIO for text in texts[1:])


def default_winners(records: Sequence[Row], fields: Sequence[str]) -> dict[str, int]:
    """Per field, the record whose value wins: a non-empty value, then the most recent edit
    (on equal edit times, the first record, which is the kept one). A name typed two ways
    keeps its better-typed form ("Lefèvre" over "LEFEVRE"), and a name spelled nearly alike
    (a typo: "Rodriguez" / "Rodrgruez") the kept record's spelling, however recent the
    other: a copy brought in by an import is the newest record, not the best spelled."""
    order = {id(r): n for n, r in enumerate(records)}
    by_recent = sorted(
        records, key=lambda r: (r.get("edited_at") or dt.datetime.min, -order[id(r)]), reverse=True
    )
    winners = {}
    for name in fields:
        filled = [r for r in by_recent if not is_empty(r.get(name))]
        winner = filled[0] if filled else by_recent[0]
        texts = [r[name] for r in filled if isinstance(r[name], str)]
        if len(texts) == len(filled) > 1 and len({fold(t) for t in texts}) == 1:
            # The same value typed differently ("Lefèvre" / "LEFEVRE"): the better-typed
            # one wins, whatever its age.
            winner = max(filled, key=partial(_quality_of, name))
        elif name in _NAME_FIELDS and len(texts) == len(filled) > 1:
            in_order = [r for r in records if not is_empty(r.get(name))]  # the kept one first
            if _mistyped([str(r[name]) for r in in_order]):
                winner = in_order[0]
        winners[name] = int(winner["id"])
    return winners


def _quality_of(name: str, row: Row) -> tuple[bool, int]:
    """Mixed case beats capitals; accents beat none."""
    text = str(row[name])
    return (not text.isupper(), sum(1 for ch in text if ord(ch) > 127))

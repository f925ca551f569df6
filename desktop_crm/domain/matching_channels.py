"""E-mail addresses and phones compared as the "fields" duplicate scan reads them
(``domain.matching``).

E-mails.
Two addresses are compared by their parts before the "@" (the local parts), the domain
apart: whole addresses made colleagues alike, "marc.durand@acme.fr" and
"marc.dupont@acme.fr" being 89 % alike by their letters (the same first name and the same
company domain, two people).  So:

- the local parts are compared word by word when both have as many words ("marc.durand" /
  "marc.dupont"): the weaker word decides, as for names (a shared first name is not a
  person); otherwise as one word ("jdupont" / "jean.dupont");
- the same domain adds nothing (colleagues share it); the same local part at another
  domain ("jean.martin@orange.fr" / "jean.martin@free.fr") is very close, not the same;
- a role's or a service's address ("contact@", "info@", "accueil@", "commercial@",
  ``domain.emails.is_role_address``) is no evidence either way: colleagues share it, and
  it stands beside a person's own address on another card;
- addresses that differ only by a first name the table says is another one
  ("jean.dupont@" / "jeanne.dupont@") are two people's (``domain.first_names``).

Phones.  A landline borne by more than :data:`DIRECT` contacts of the base is a switchboard
(:func:`mark_switchboards`, run by the scan once every record is prepared): colleagues
share it, so it is no evidence either way ("Marie Martin" and "Marie Morin" at one company
reached 85 on it); a mobile is always a person's.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from functools import lru_cache

from rapidfuzz.fuzz import ratio

from desktop_crm.domain import first_names  # (a module: it imports domain.matching)
from desktop_crm.domain.emails import is_role_address
from desktop_crm.domain.matching import FieldScore, How, MatchSettings, Prepared, normalise_name

# Local parts less alike than this are different e-mails (the all-evidence scan's "close"
# starts at 85 % of the local parts; a word typed wrong in "jean.dupont" keeps 80 %).
CLOSE = 75
# The same local part at another domain: very close, not the same address.
OTHER_DOMAIN = 90
# An initial meeting its word ("j.dupont" / "jean.dupont").
_INITIAL = 90


@lru_cache(maxsize=65536)
def local_likeness(a: str, b: str) -> int:
    """0-100: how alike two e-mails' local parts are (see the module's docstring)."""
    x = normalise_name(a.partition("@")[0].partition("+")[0])
    y = normalise_name(b.partition("@")[0].partition("+")[0])
    if x == y:
        return 100
    wx, wy = x.split(), y.split()
    if len(wx) == len(wy) > 1:
        return min(_word_likeness(p, q) for p, q in zip(wx, wy, strict=True))
    return int(ratio(x.replace(" ", ""), y.replace(" ", "")))


def _word_likeness(p: str, q: str) -> int:
    if p == q:
        return 100
    if (len(p) == 1 and q.startswith(p)) or (len(q) == 1 and p.startswith(q)):
        return _INITIAL
    return int(ratio(p, q))


def _domain(address: str) -> str:
    return address.rpartition("@")[2]


def email_score(a: tuple[str, ...], b: tuple[str, ...], same: How, fuzzy: bool) -> FieldScore:
    """The e-mail field of two records (their addresses, as ``comparable`` gives them):
    100 (``same``) for a person's address on both; :attr:`How.ROLE` (counted neither way)
    when they share only a role's address or can only be compared through one; else, fuzzy,
    the closest two personal addresses (see the module's docstring), different below
    :data:`CLOSE`; not fuzzy, different."""
    shared = set(a) & set(b)
    if any(not is_role_address(x) for x in shared):
        return FieldScore("email", 100, same)
    best, other, role = -1, False, bool(shared)
    for x in a:
        for y in b:
            if is_role_address(x) or is_role_address(y):
                role = True
            elif not fuzzy:
                continue
            elif first_names.other_first_name_in(x, y):
                other = True
            else:
                score = local_likeness(x, y)
                if _domain(x) != _domain(y):
                    score = min(score, OTHER_DOMAIN)
                best = max(best, score)
    if best >= CLOSE:
        how = How.OTHER_DOMAIN if best == OTHER_DOMAIN and _only_domain(a, b) else How.SIMILAR
        return FieldScore("email", best, how)
    if best < 0 and other:
        return FieldScore("email", 0, How.OTHER_NAME)
    if best < 0 and role:
        return FieldScore("email", 0, How.ROLE)
    return FieldScore("email", 0, How.DIFFERENT)


def _only_domain(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two of the addresses have the same local part at two domains."""
    return any(
        x.partition("@")[0] == y.partition("@")[0] and _domain(x) != _domain(y)
        for x in a
        for y in b
    )


# ------------------------------------------------------------------------------ phones

# A number borne by at most this many contacts is a person's line (as the all-evidence
# scan counts: ``services.duplicates.evidence_identity.DIRECT``).
DIRECT = 2
# A switchboard's number as the prepared records hold it once marked.
MARK = "~"
_MOBILE = ("+336", "+337")


def phone_score(a: tuple[str, ...], b: tuple[str, ...], same: How) -> FieldScore:
    """The phone field of two records: 100 (``same``) for a person's number on both;
    :attr:`How.SWITCHBOARD` (counted neither way) when they share only switchboards, or
    one has only a switchboard; else different."""
    shared = set(a) & set(b)
    if any(not x.startswith(MARK) for x in shared):
        return FieldScore("phone", 100, same)
    if shared or all(x.startswith(MARK) for x in a) or all(x.startswith(MARK) for x in b):
        return FieldScore("phone", 0, How.SWITCHBOARD)
    return FieldScore("phone", 0, How.DIFFERENT)


def mark_switchboards(
    prepared: list[Prepared],
    settings: MatchSettings,
    holders: Callable[[set[str]], Mapping[str, int]] | None = None,
) -> None:
    """Mark, in place, the landlines borne by more than :data:`DIRECT` of the records in
    the compared phones (``~+33472000000``) and drop them from the phones proposing a
    pair on their own; normalised numbers only (a mode other than exact).  ``holders``:
    how many contacts of the base bear each of some numbers, when ``prepared`` is not the
    whole base (one pair); else they are counted in ``prepared``."""
    rule = next(
        (i for i, r in enumerate(settings.rules) if r.field == "phone" and r.mode != "exact"),
        None,
    )
    strong = next((i for i, name in enumerate(settings.strong) if name == "phone"), None)
    if rule is None and strong is None:
        return
    held: Counter[str] = Counter()
    if rule is not None:
        every = [p.values[rule] for p in prepared]
    else:
        every = [p.strong[strong or 0] for p in prepared]
    for numbers in every:  # (most records: one mobile)
        if numbers and (len(numbers) > 1 or not numbers[0].startswith(_MOBILE)):
            held.update(n for n in set(numbers) if not n.startswith(_MOBILE))
    counts = holders(set(held)) if holders is not None and held else held
    switchboards = {n for n, count in counts.items() if count > DIRECT}
    if not switchboards:
        return
    for k, p in enumerate(prepared):
        if rule is not None and switchboards.intersection(p.values[rule]):
            values = list(p.values)
            values[rule] = _marked(p.values[rule], switchboards)
            p = prepared[k] = replace(p, values=tuple(values))
        if strong is not None and switchboards.intersection(p.strong[strong]):
            kept = list(p.strong)
            kept[strong] = tuple(n for n in p.strong[strong] if n not in switchboards)
            prepared[k] = replace(p, strong=tuple(kept))


def _marked(numbers: Sequence[str], switchboards: set[str]) -> tuple[str, ...]:
    return tuple(MARK + n if n in switchboards else n for n in numbers)

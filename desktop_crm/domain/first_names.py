"""Common French first names, their spelling variants and their short or familiar forms,
so that matching can tell one person's two first names from two people's.

String likeness alone cannot: "Chris" and "Christophe" are 67 % alike by letters, "Manu"
and "Emmanuel" hardly at all, yet they are one first name; "Jean" and "Jeanne", "Paul"
and "Paulette", "Marc" and "Marcel" are 90 % alike by Jaro-Winkler ("a typo"), yet they
are two people.  So a small curated table says it, and :func:`first_name_relation` reads it:

- :data:`SHORT_FORM`: one is a short form or nickname of the other ("chris" /
  "christophe"), both are short forms of one name ("steph" / "stef"), or two spellings of
  it ("mathieu" / "matthieu");
- :data:`OTHER_NAME`: both are in the table and are not one name — the masculine and
  feminine forms ("louis" / "louise", "daniel" / "danielle", "michel" / "michele") and the
  prefix look-alikes ("marc" / "marcel", "jean" / "jeannine") are two first names;
- ``""``: at least one is not in the table (the letters decide, as before).

A short form may belong to several names ("chris": Christophe, Christian, Christine...):
"Chris" is alike with each of them, but "Christophe" and "Christine" stay two names.
Names are compared normalised (:func:`desktop_crm.domain.matching.normalise_name`:
accents, case and punctuation aside).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType

from desktop_crm.domain.matching import normalise_name

SHORT_FORM = "short_form"
OTHER_NAME = "other_name"

# One entry per first name: "Name/spelling variant: short form, short form".  The
# masculine and feminine forms are separate entries (two first names); so are names that
# only look like another one's beginning ("Marc" / "Marcel").  Compound names are left to
# the initials and compound-part rules of the duplicate scan.
_TABLE = (
    "Alexandre: Alex",
    "Alexandra: Alex",
    "Alexis: Alex",
    "Antoine: Tony, Toni",
    "Anthony/Antony: Tony, Toni",
    "Antoinette: Toinette",
    "Benjamin: Ben, Benji",
    "Benoît: Ben",
    "Béatrice: Béa",
    "Bernard",
    "Bernadette: Bernie",
    "Catherine: Cath, Cathy, Kathy, Cathie",
    "Caroline: Caro",
    "Charles: Charlie",
    "Charlotte: Charlie, Lotte",
    "Christophe: Chris",
    "Christian: Chris",
    "Christiane: Chris",
    "Christine: Chris, Cricri",
    "Christelle: Chris",
    "Claude",
    "Claudine",
    "Clément: Clem",
    "Clémence: Clem",
    "Clémentine: Clem",
    "Daniel: Dany, Danny, Dan",
    "Danielle/Danièle: Dany",
    "Denis",
    "Denise",
    "Dominique: Domi, Dom",
    "Élisabeth/Elizabeth: Babeth, Zabeth",
    "Élodie: Élo",
    "Émilie: Mimi",
    "Emmanuel: Manu",
    "Emmanuelle: Manu",
    "Éric",
    "Florent: Flo",
    "Florence: Flo",
    "Florian: Flo",
    "Francis",
    "Franck/Frank",
    "François",
    "Françoise",
    "Frédéric: Fred, Frédo",
    "Frédérique: Fred",
    "Gabriel: Gaby",
    "Gabrielle: Gaby",
    "Gaël",
    "Gaëlle",
    "Georges",
    "Georgette",
    "Grégoire: Greg",
    "Grégory: Greg",
    "Henri",
    "Henriette",
    "Isabelle: Isa",
    "Jacques: Jacky, Jacquot",
    "Jacqueline: Jacky, Jacquie",
    "Jean",
    "Jeanne",
    "Jeannine/Jeanine",
    "Jeannette",
    "Jérôme: Jéjé",
    "Joël",
    "Joëlle",
    "Johanna/Johana: Jo",
    "Jonathan: Jon, Jo",
    "Joseph: Jo, Jojo",
    "Joséphine: Jo, Josie",
    "Josiane: Jo, Josie",
    "Josette: Jo",
    "Jules",
    "Julie",
    "Julien",
    "Julienne",
    "Juliette",
    "Laëtitia/Lætitia/Laetitia/Létitia: Laeti, Titia",
    "Laurent",
    "Laurence",
    "Léa",
    "Léo",
    "Léon",
    "Léonie",
    "Louis",
    "Louise",
    "Luc",
    "Lucas",
    "Lucie",
    "Lucien",
    "Lucienne",
    "Lucile/Lucille",
    "Ludovic: Ludo",
    "Marc",
    "Marcel",
    "Marcelle",
    "Marceline",
    "Marie",
    "Martin",
    "Martine",
    "Mathieu/Matthieu: Mat, Matt, Math",
    "Mathilde/Mathylde",
    "Maxime: Max",
    "Maximilien: Max",
    "Michel",
    "Michèle/Michelle: Mimi",
    "Micheline: Mimi",
    "Nathalie: Nath",
    "Nicolas: Nico, Colas",
    "Nicole",
    "Noël",
    "Noëlle",
    "Olivier: Olive",
    "Olivia",
    "Pascal",
    "Pascale",
    "Patrice: Pat",
    "Patricia: Pat, Patty",
    "Patrick: Pat",
    "Paul",
    "Paule",
    "Paulette",
    "Pauline",
    "Philippe: Phil, Philou",
    "Raphaël: Raph",
    "Raphaëlle: Raph",
    "René",
    "Renée",
    "Robert: Bob, Bobby",
    "Sébastien: Seb, Séba",
    "Simon",
    "Simone",
    "Stéphane: Steph, Stef",
    "Stéphanie: Steph, Stef",
    "Thomas: Tom, Tommy",
    "Valentin: Val",
    "Valentine: Val",
    "Valérie: Val, Valou",
    "Véronique: Véro",
    "Yves",
    "Yvette",
    "Yvon",
    "Yvonne",
)


def _groups() -> dict[str, frozenset[int]]:
    """Normalised name -> the entries (first names) it may stand for."""
    out: dict[str, set[int]] = {}
    for entry, line in enumerate(_TABLE):
        spellings, _, shorts = line.partition(":")
        names = [*spellings.split("/"), *(shorts.split(",") if shorts else [])]
        for name in names:
            out.setdefault(normalise_name(name), set()).add(entry)
    return {name: frozenset(entries) for name, entries in out.items()}


GROUPS: Mapping[str, frozenset[int]] = MappingProxyType(_groups())
# Each name of the table numbered 1, 2, ... (0: not in the table), for array lookups.
KNOWN_IDS: Mapping[str, int] = MappingProxyType({n: i for i, n in enumerate(sorted(GROUPS), 1)})


def first_name_relation(a: str, b: str) -> str:
    """:data:`SHORT_FORM`, :data:`OTHER_NAME` or ``""`` for two normalised first names (see
    the module's docstring); ``""`` also for the same name."""
    if a == b:
        return ""
    ga, gb = GROUPS.get(a), GROUPS.get(b)
    if ga is None or gb is None:
        return ""
    return SHORT_FORM if ga & gb else OTHER_NAME


def short_form_of(a: str, b: str) -> bool:
    """Whether two normalised first names are one name, one of them shortened or familiar
    ("chris" / "christophe", "manu" / "emmanuel")."""
    return first_name_relation(a, b) == SHORT_FORM


# ------------------------------------------------------------------ one person's or two

ALIKE = "alike"
INITIAL = "initial"
# The longest name of the table (a name hidden in an e-mail is at most this long).
_LONGEST = max(map(len, GROUPS))


def same_first_name(a: str, b: str) -> bool:
    """Whether two normalised first names can be one person's: an initial or initials of
    the other ("j" / "jacques", "j p" or "jp" / "jean pierre"), a part of its compound
    ("marie" / "marie christine"), or a short form ("manu" / "emmanuel", "chris" /
    "jean christophe")."""
    short, long = sorted((a.split(), b.split()), key=len)
    if not short or not long:
        return False
    if len(short) == 1 and len(long) > 1 and short[0] == "".join(t[0] for t in long):
        return True
    rest = iter(long)  # each word of the shorter name meets one of the longer, in order
    return all(any(_same_word(x, y) for y in rest) for x in short)


def _same_word(x: str, y: str) -> bool:
    return (
        x == y
        or (len(x) == 1 and y.startswith(x))
        or (len(y) == 1 and x.startswith(y))
        or short_form_of(x, y)
    )


@lru_cache(maxsize=65536)
def first_name_likeness(a: str, b: str) -> str:
    """How two different normalised first names relate, for the scans that judge names by
    their letters: :data:`INITIAL` ("j" / "jean", "j p" / "jean pierre") or :data:`ALIKE`
    (a short form or a part of a compound: "chris" / "christophe", "marie" / "marie
    christine"), one person's; :data:`OTHER_NAME` ("jean" / "jeanne"), two people's;
    ``""``: the letters decide (also for the same name)."""
    if not a or not b or a == b:
        return ""
    if same_first_name(a, b):
        wa, wb = a.split(), b.split()
        short, long = sorted((wa, wb), key=len)
        initials = any(all(len(t) == 1 for t in w) for w in (wa, wb)) or (
            len(short) == 1 and len(long) > 1 and short[0] == "".join(t[0] for t in long)
        )
        return INITIAL if initials else ALIKE
    return OTHER_NAME if first_name_relation(a, b) == OTHER_NAME else ""


@lru_cache(maxsize=65536)
def other_first_name_in(a: str, b: str) -> bool:
    """Whether two e-mail addresses (or their parts before the "@") differ only by a first
    name that the table says is another one: "jean.dupont" / "jeanne.dupont",
    "dupontpaul" / "dupontpaulette" — two people's, alike only through the last name."""
    x = normalise_name(a.partition("@")[0])
    y = normalise_name(b.partition("@")[0])
    if x == y:
        return False
    wx, wy = x.split(), y.split()
    if len(wx) == len(wy) > 1:
        differ = [(p, q) for p, q in zip(wx, wy, strict=True) if p != q]
        if len(differ) == 1:
            return first_name_relation(*differ[0]) == OTHER_NAME
    # Written together ("jeandupont"): the name is what remains between a common head and
    # a common tail, both cut back a few letters at most (the name may end like the tail).
    sx, sy = x.replace(" ", ""), y.replace(" ", "")
    n = min(len(sx), len(sy))
    head = next((i for i in range(n) if sx[i] != sy[i]), n)
    tail = next((i for i in range(n - head) if sx[-1 - i] != sy[-1 - i]), n - head)
    for i in range(head, max(-1, head - _LONGEST - 1), -1):
        for j in range(tail, max(-1, tail - _LONGEST - 1), -1):
            p, q = sx[i : len(sx) - j], sy[i : len(sy) - j]
            if len(p) > _LONGEST or len(q) > _LONGEST:
                break
            if p in GROUPS and q in GROUPS and first_name_relation(p, q) == OTHER_NAME:
                return True
    return False


def _blocking_names() -> dict[str, str]:
    """Short form -> the first spelling of the name it stands for (of its first entry when
    it stands for several: "manu" -> "emmanuel", "chris" -> "christophe")."""
    mains = [normalise_name(line.partition(":")[0].split("/")[0]) for line in _TABLE]
    return {name: mains[min(entries)] for name, entries in GROUPS.items()}


BLOCKING_NAMES: Mapping[str, str] = MappingProxyType(_blocking_names())


def _families() -> dict[str, str]:
    """Name -> its family: the names of the entries that a short form standing for several
    joins ("jo": Joseph, Joséphine, Jonathan...), each named by its first entry's name."""
    mains = [normalise_name(line.partition(":")[0].split("/")[0]) for line in _TABLE]
    parent = list(range(len(_TABLE)))

    def root(x: int) -> int:
        while parent[x] != x:
            x = parent[x]
        return x

    for entries in GROUPS.values():
        first, *others = sorted(entries)
        for other in others:
            parent[max(root(first), root(other))] = min(root(first), root(other))
    joined = {root(e) for entries in GROUPS.values() if len(entries) > 1 for e in entries}
    return {
        name: mains[root(min(entries))]
        for name, entries in GROUPS.items()
        if root(min(entries)) in joined
    }


# A short form standing for several names meets each of them (the fields scan's blocking
# keys: "Jo Le Gall" meets "Joseph", "Joséphine" and "Jonathan Le Gall").
FAMILIES: Mapping[str, str] = MappingProxyType(_families())


def blocking_name(first: str) -> str:
    """A normalised first name as the fields scan's blocking keys read it: a short form
    as the name it stands for, so that "Manu Le Du" meets "Emmanuel Le Du" (their letters
    have nothing in common); any other name as it is."""
    return BLOCKING_NAMES.get(first, first)

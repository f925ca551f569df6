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
    "Jonathan: Jon, Jo",
    "Joseph: Jo, Jojo",
    "Joséphine: Jo, Josie",
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

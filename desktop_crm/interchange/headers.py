"""Column headers in French and English (Outlook FR/EN, Google Contacts, ACT!) -> fields."""

from __future__ import annotations

import re

from desktop_crm.domain.contacts import CIVILITY_ALIASES
from desktop_crm.domain.fields import CONTACT_CATALOGUE
from desktop_crm.domain.text import fold

NOTE_TARGET = "note"
HISTORY_TARGET = "history"
# Google labels, Outlook categories: each value a group the contact joins.
GROUPS_TARGET = "groups"
# What a vCard is (KIND: org, group, location) and what the reader says about a card.
KIND_TARGET = "record_kind"
REMARK_TARGET = "import_remarks"
# Targets that are not contact fields.
NON_FIELD_TARGETS = (NOTE_TARGET, HISTORY_TARGET, GROUPS_TARGET, KIND_TARGET, REMARK_TARGET)
# Their names for a person, in English, as the import window lists them after the fields
# (translated in the ``ImportFields`` context: the window's list, the command line's report).
TARGET_LABELS: dict[str, str] = {
    NOTE_TARGET: "→ Note",
    HISTORY_TARGET: "→ History entry",
    GROUPS_TARGET: "→ Groups (labels, categories)",
    KIND_TARGET: "→ Kind of card (person, company, group)",
    REMARK_TARGET: "→ Import report remarks",
}

# Field -> header spellings seen in real files: the contact fields' spellings are kept in the
# field catalogue; notes and history are import targets only. Compared after fold() and
# punctuation removal, so "E-mail", "Email" and "e mail" are one alias.
ALIASES: dict[str, tuple[str, ...]] = {
    **{spec.name: spec.import_aliases for spec in CONTACT_CATALOGUE if spec.import_aliases},
    NOTE_TARGET: (
        "notes",
        "remarques",
        "commentaires",
        "commentaire",
        "note",
        "comments",
        "comment",
        "observations",
        "other details",
    ),
    HISTORY_TARGET: (
        "commentaires et interets",
        "historique",
        "history",
        "interets",
        "compte rendu",
    ),
    GROUPS_TARGET: (
        "labels",
        "group membership",
        "categories",
        "groupes",
        "groups",
        "mots cles",
    ),
    KIND_TARGET: ("kind",),
    REMARK_TARGET: ("import remarks",),
}

_PUNCT = re.compile(r"[^0-9a-z]+")


def header_key(text: str) -> str:
    """Compare headers without accents, case or punctuation ("Tél. mobile" -> "tel mobile")."""
    return _PUNCT.sub(" ", fold(text)).strip()


_INDEX: dict[str, str] = {
    header_key(alias): field for field, aliases in ALIASES.items() for alias in aliases
}


def guess_field(header: str) -> str | None:
    """The field a header most likely fills, or None."""
    key = header_key(header)
    if not key:
        return None
    if key in _INDEX:
        return _INDEX[key]
    # "Tél. mobile (pro)", "E-mail (bureau)": retry without a trailing parenthesis.
    short = header_key(re.sub(r"\(.*?\)", " ", header))
    return _INDEX.get(short)


def auto_map(headers: list[str]) -> dict[int, list[str]]:
    """Column index -> target fields for every recognised header; a field is used once."""
    mapping: dict[int, list[str]] = {}
    used: set[str] = set()
    for index, header in enumerate(headers):
        field = guess_field(header)
        if field is None:
            continue
        # Several address or note columns may fill one field; other fields are taken once.
        if field in used and field not in (NOTE_TARGET, HISTORY_TARGET, GROUPS_TARGET):
            continue
        used.add(field)
        mapping[index] = [field]
    return mapping


# "Titre" / "Title" is the civility in Outlook's exports (M., Mme) but the job title in many
# hand-made tables and short Outlook exports ("Prénom","Nom","Société","Titre"): the values
# decide. A header of its own ("Civilité", "Fonction") is never second-guessed.
_AMBIGUOUS_TITLE = frozenset({"titre", "title"})
_CIVILITIES = frozenset({*CIVILITY_ALIASES, *(c.casefold() for c in CIVILITY_ALIASES.values())})
TITLE_SCAN_ROWS = 200


def settle_title_column(
    headers: list[str], rows: list[list[str]], header_row: int, mapping: dict[int, list[str]]
) -> None:
    """A "Titre"/"Title" column mapped to the civility whose values are mostly not
    civilities ("Directeur général") is mapped to the job title instead, when no other
    column fills it (the first rows under the header are read)."""
    if any(targets == ["job_title"] for targets in mapping.values()):
        return
    for index, targets in mapping.items():
        if targets != ["civility"] or header_key(headers[index]) not in _AMBIGUOUS_TITLE:
            continue
        values = [
            row[index].strip().casefold()
            for row in rows[header_row + 1 : header_row + 1 + TITLE_SCAN_ROWS]
            if index < len(row) and row[index].strip()
        ]
        others = sum(1 for value in values if value not in _CIVILITIES)
        if values and others * 2 > len(values):
            mapping[index] = ["job_title"]
        return

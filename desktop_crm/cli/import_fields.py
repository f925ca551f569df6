"""The field names ``import --set FIELD=VALUE`` takes, checked before anything is read, and
``desktop-crm import-fields`` that lists them (with the user fields of the database).

A name the import does not know ("--set nope=1", "--set statut=Client") was kept as a
constant that no row ever used: the import ran as if the option had not been given. It is
now refused, naming the closest valid names and the command that lists them all.
"""

from __future__ import annotations

import argparse
import difflib
from collections.abc import Iterable
from typing import Any

from desktop_crm.cli.common import add_command, emit, open_database
from desktop_crm.cli.labels import say, window_label
from desktop_crm.domain.errors import DomainError

CUSTOM = "custom:"


def register(subparsers: Any) -> None:
    add_command(
        subparsers,
        "import-fields",
        _list,
        say(
            "list the field names that 'import --set FIELD=VALUE' and saved mappings use",
            "lister les noms de champs qu'utilisent « import --set CHAMP=VALEUR » et les "
            "correspondances enregistrées",
        ),
    )


def _standard() -> list[tuple[str, str]]:
    """(name, English label) of every target the import fills, in the window's order."""
    from desktop_crm.domain.fields import field
    from desktop_crm.interchange.headers import TARGET_LABELS
    from desktop_crm.services.importing.checks import IMPORTABLE_FIELDS

    rows = []
    for name in IMPORTABLE_FIELDS:
        try:
            rows.append((name, field(name).full_label))
        except KeyError:
            rows.append((name, name))
    rows += list(TARGET_LABELS.items())
    return rows


def standard_names() -> frozenset[str]:
    return frozenset(name for name, _label in _standard())


def parse_constants(items: Iterable[str]) -> dict[str, str]:
    """``--set`` values as {field: value}; a malformed one or an unknown standard field is
    refused (a user field, ``custom:NAME``, is checked against the database later)."""
    constants: dict[str, str] = {}
    known = standard_names()
    for item in items:
        name, sep, value = item.partition("=")
        name = name.strip()
        if not sep:
            raise DomainError(
                say(
                    f"--set expects FIELD=VALUE, not '{item}'.",
                    f"--set attend CHAMP=VALEUR, pas « {item} ».",
                ),
                code="invalid",
            )
        if name not in known and not (name.startswith(CUSTOM) and name[len(CUSTOM) :]):
            folded = name.casefold()
            if folded in known:  # "--set Status=Client": the name in its own case
                name = folded
            else:
                raise unknown_field(name, known)
        constants[name] = value.strip()
    return constants


def unknown_field(name: str, known: Iterable[str]) -> DomainError:
    """The refusal of an unknown ``--set`` field: the closest names, and where to see all."""
    close = difflib.get_close_matches(name.casefold(), sorted(known), n=3, cutoff=0.6)
    hint_en = f" (did you mean {', '.join(close)}?)" if close else ""
    hint_fr = f" (vouliez-vous dire {', '.join(close)} ?)" if close else ""
    return DomainError(
        say(
            f"--set: '{name}' is not a field the import can fill{hint_en}. Nothing was "
            "imported. 'desktop-crm import-fields' lists the field names (e.g. status, "
            "referred_by, country; custom:NAME for a user field).",
            f"--set : « {name} » n'est pas un champ que l'import peut remplir{hint_fr}. "
            "Rien n'a été importé. « desktop-crm import-fields » liste les noms de champs "
            "(par ex. status, referred_by, country ; custom:NOM pour un champ personnalisé).",
        ),
        code="invalid",
    )


def check_user_fields(constants: dict[str, str], names: Iterable[str]) -> None:
    """Refuse a ``custom:NAME`` constant naming no user field of the contacts."""
    known = {CUSTOM + name for name in names}
    for name in constants:
        if name.startswith(CUSTOM) and name not in known:
            raise unknown_field(name, known | standard_names())


def _list(args: argparse.Namespace) -> int:
    from desktop_crm.services.fields import custom_fields

    db = open_database(args)
    specs = db.read(custom_fields, "contact")
    rows = [(name, window_label("ImportFields", label)) for name, label in _standard()]
    rows += [(CUSTOM + spec.name, spec.label) for spec in specs]
    width = max(len(name) for name, _label in rows)
    emit(
        args,
        [{"name": name, "label": label} for name, label in rows],
        "\n".join(f"{name:{width}}  {label}" for name, label in rows),
    )
    return 0

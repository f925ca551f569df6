"""``desktop-crm analyse``: the method's settings checked before anything runs.

A setting the method does not read (``analyse abc --months 3``), a history kind that does
not exist (``--kinds nope``) or a potential field no number field has
(``--potential-field nope``) was silently ignored: the analysis ran on the defaults, or
classed every client "P not filled", as if the setting had been taken into account.

``--potential-field`` and ``--kinds`` are read by every method: each loads P and the
contacts made for every client (``figures.load_figures``), shows them in its "P" and "Ctc"
columns, and a client with contacts of those kinds belongs to the population. Only the ABC
thresholds (``run.analyse``, branch abc) and the inactivity months (branch inactive) belong
to one method.
"""

from __future__ import annotations

import argparse
from typing import Any

from desktop_crm.cli.labels import say
from desktop_crm.domain.constants import HistoryType
from desktop_crm.domain.errors import DomainError, NotFoundError

# option -> (its attribute in the parsed arguments, the methods that read it); the options
# every method reads are not listed.
READ_BY: dict[str, tuple[str, frozenset[str]]] = {
    "--a": ("a", frozenset({"abc"})),
    "--b": ("b", frozenset({"abc"})),
    "--months": ("months", frozenset({"inactive"})),
}


def refuse_unread(args: argparse.Namespace) -> None:
    """A sentence naming the settings ``args.method`` does not read, and which read them."""
    unread = [
        (option, methods)
        for option, (name, methods) in READ_BY.items()
        if getattr(args, name, None) is not None and args.method not in methods
    ]
    if not unread:
        return
    option, methods = unread[0]
    others = ", ".join(sorted(methods))
    raise DomainError(
        say(
            f"The {args.method} analysis does not use {option} (it is for: {others}): leave "
            "it out.",
            f"L'analyse {args.method} n'utilise pas {option} (elle sert à : {others}) : "
            "retirez cette option.",
        ),
        code="invalid",
    )


def contact_kinds(text: str) -> tuple[str, ...]:
    """``--kinds call_reached,meeting_held``: every name a history kind, else a sentence
    naming the kinds."""
    kinds = tuple(dict.fromkeys(k.strip().lower() for k in text.split(",") if k.strip()))
    known = {kind.value for kind in HistoryType}
    unknown = [k for k in kinds if k not in known]
    names = ", ".join(kind.value for kind in HistoryType)
    if not kinds:
        raise DomainError(
            say(
                f"--kinds is empty: give kinds of history entry separated by commas among: "
                f"{names}.",
                f"--kinds est vide : donnez des types d'entrée d'historique séparés par des "
                f"virgules parmi : {names}.",
            ),
            code="invalid",
        )
    if unknown:
        shown = ", ".join(unknown)
        raise DomainError(
            say(
                f"--kinds: '{shown}' is not a kind of history entry; give kinds separated by "
                f"commas among: {names}.",
                f"--kinds : « {shown} » n'est pas un type d'entrée d'historique ; donnez des "
                f"types séparés par des virgules parmi : {names}.",
            ),
            code="invalid",
        )
    return kinds


def check_potential_field(uow: Any, name: str) -> None:
    """Refuse a potential field that no contact or company number field is called."""
    from desktop_crm.services.fields.definitions import custom_fields

    fields = [f for record in ("company", "contact") for f in custom_fields(uow, record)]
    if any(f.name == name.strip() for f in fields):
        return  # a field of another kind is refused by the analysis in its own words
    numbers = sorted({f.name for f in fields if f.kind == "number"})
    if not name.strip():
        raise DomainError(
            say(
                "--potential-field is empty: give the name of a number field ("
                + (", ".join(numbers) or "the database has none")
                + ").",
                "--potential-field est vide : donnez le nom d'un champ numérique ("
                + (", ".join(numbers) or "la base n'en a aucun")
                + ").",
            ),
            code="invalid",
        )
    if numbers:
        raise NotFoundError(
            say(
                f"--potential-field: no field is called '{name}'; the number fields are: "
                f"{', '.join(numbers)}.",
                f"--potential-field : aucun champ ne s'appelle « {name} » ; les champs "
                f"numériques sont : {', '.join(numbers)}.",
            )
        )
    raise NotFoundError(
        say(
            f"--potential-field: no field is called '{name}', and the database has no number "
            "field: create one with 'desktop-crm fields add NAME --type number'.",
            f"--potential-field : aucun champ ne s'appelle « {name} », et la base n'a aucun "
            "champ numérique : créez-en un avec « desktop-crm fields add NOM --type number ».",
        )
    )

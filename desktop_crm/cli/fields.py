"""``desktop-crm fields``: list, add and remove user-defined fields of contacts and companies."""

from __future__ import annotations

import argparse
from typing import Any

from desktop_crm.cli.common import add_command, emit, open_database
from desktop_crm.cli.labels import say, window_label
from desktop_crm.domain.custom_fields import KIND_LABELS, CustomKind
from desktop_crm.domain.fields import Record


def _spec_json(spec: Any) -> dict[str, Any]:
    return {
        "id": spec.id,
        "on": spec.record,
        "name": spec.name,
        "label": spec.label,
        "type": spec.kind.value,
        "choices": list(spec.choices),
        "position": spec.position,
    }


def _list(args: argparse.Namespace) -> int:
    from desktop_crm.services.fields import custom_fields

    db = open_database(args)
    records: tuple[Record, ...] = (args.on,) if args.on else ("contact", "company")
    with db.uow(write=False) as uow:
        specs = [spec for record in records for spec in custom_fields(uow, record)]

    def text() -> str:
        if not specs:
            return say("No user-defined fields.", "Aucun champ personnalisé.")
        lines = []
        for spec in specs:
            choices = f"  [{', '.join(spec.choices)}]" if spec.choices else ""
            kind = window_label("FieldsDialog", KIND_LABELS[spec.kind])
            lines.append(f"{spec.record:<8} {spec.name:<28} {kind:<7} {spec.label}{choices}")
        return "\n".join(lines)

    emit(args, [_spec_json(spec) for spec in specs], text)
    return 0


_ON_FR = {"contact": "aux contacts", "company": "aux sociétés"}
_FROM_FR = {"contact": "des contacts", "company": "des sociétés"}


def _add(args: argparse.Namespace) -> int:
    from desktop_crm.services.fields import define_field

    db = open_database(args)
    spec = db.run(define_field, args.on, args.name, args.type, args.label, args.choices).value
    emit(
        args,
        _spec_json(spec),
        say(
            f"Added the {spec.record} field '{spec.name}' ({KIND_LABELS[spec.kind].lower()}).",
            f"Champ « {spec.name} » ajouté {_ON_FR.get(spec.record, spec.record)} "
            f"({window_label('FieldsDialog', KIND_LABELS[spec.kind]).lower()}).",
        ),
    )
    return 0


def _remove(args: argparse.Namespace) -> int:
    from desktop_crm.services.fields import remove_field_named

    db = open_database(args)
    removed = db.run(remove_field_named, args.on, args.name).value
    emit(
        args,
        {"name": args.name, "on": args.on, "values_removed": removed},
        say(
            f"Removed the {args.on} field '{args.name}' and its {removed} values.",
            f"Champ « {args.name} » retiré {_FROM_FR.get(args.on, args.on)}, avec ses "
            f"{removed} valeurs.",
        ),
    )
    return 0


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "fields",
        help="user-defined fields of contacts and companies",
        description="List, add and remove user-defined fields (Tools › Fields… in the app).",
    )
    commands = parser.add_subparsers(dest="fields_command", metavar="ACTION", required=True)
    on_help = "the record the field belongs to (default: contact)"

    listing = add_command(commands, "list", _list, "list the user-defined fields")
    listing.add_argument("--on", choices=("contact", "company"), help="only these fields")

    add = add_command(commands, "add", _add, "add a user-defined field")
    add.add_argument("name", metavar="NAME", help="identifier: lower-case letters, digits, _")
    add.add_argument(
        "--type", required=True, choices=[k.value for k in CustomKind], help="what it holds"
    )
    add.add_argument("--on", choices=("contact", "company"), default="contact", help=on_help)
    add.add_argument("--label", metavar="TEXT", help="the label on the card (default: from NAME)")
    add.add_argument("--choices", metavar="A,B,C", help="the choices of a 'choice' field")

    remove = add_command(
        commands, "remove", _remove, "remove a user-defined field and all its values"
    )
    remove.add_argument("name", metavar="NAME")
    remove.add_argument("--on", choices=("contact", "company"), default="contact", help=on_help)

"""``campaigns responses import NAME FILE``: record the responses of a list (CSV or XLSX).

Each line names a contact by e-mail address or contact number and gives the response
(replied, interested, meeting, not_interested, unsubscribed); an optional "note" column is
kept with it. A header row is recognised ("email"/"e-mail"/"contact_id"/"id" and
"response"/"kind"/"réponse"); without one, column 1 is the contact and column 2 the response.
The whole list is recorded, or nothing: every faulty line is named.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from desktop_crm.cli.common import add_command, emit, open_database
from desktop_crm.cli.labels import campaign_label, cli_language, say
from desktop_crm.domain.errors import FieldProblem, ValidationError
from desktop_crm.domain.text import fold

KEY_HEADERS = {"email", "e-mail", "mail", "adresse e-mail", "contact_id", "contact", "id"}
KIND_HEADERS = {"response", "kind", "reponse", "type", "status", "statut"}
NOTE_HEADERS = {"note", "notes", "details", "commentaire"}


def _columns(header: list[str]) -> tuple[int, int, int | None] | None:
    """(contact, response, note) column indexes when ``header`` is a header row."""
    names = [fold(cell).strip() for cell in header]
    key = next((i for i, n in enumerate(names) if n in KEY_HEADERS), None)
    kind = next((i for i, n in enumerate(names) if n in KIND_HEADERS), None)
    if key is None or kind is None:
        return None
    note = next((i for i, n in enumerate(names) if n in NOTE_HEADERS), None)
    return key, kind, note


def read_responses(path: Path, sheet: str | None = None) -> list[Any]:
    """The response lines of ``path`` (blank lines skipped), with their line numbers."""
    from desktop_crm.interchange.sources import open_source
    from desktop_crm.services.campaigns.responses import ResponseRow

    rows = open_source(path).sheet(sheet).rows
    first = next((i for i, r in enumerate(rows) if any(c.strip() for c in r)), None)
    if first is None:
        return []
    columns = _columns(rows[first])
    start = first + 1 if columns is not None else first
    key, kind, note = columns if columns is not None else (0, 1, None)
    out = []
    for index in range(start, len(rows)):
        row = rows[index]
        if not any(c.strip() for c in row):
            continue

        def cell(col: int | None, row: list[str] = row) -> str:
            return row[col].strip() if col is not None and col < len(row) else ""

        out.append(ResponseRow(index + 1, cell(key), cell(kind), cell(note) or None))
    return out


def _import(args: argparse.Namespace) -> int:
    from desktop_crm.services.campaigns.responses import import_responses
    from desktop_crm.services.campaigns.sends import find_campaign

    rows = read_responses(args.file, args.sheet)
    if not rows:
        raise ValidationError(
            [
                FieldProblem(
                    "file",
                    "empty",
                    say(
                        f"{args.file} holds no response: nothing recorded.",
                        f"{args.file} ne contient aucune réponse : rien n'a été enregistré.",
                    ),
                )
            ]
        )
    db = open_database(args)
    campaign = db.read(find_campaign, args.name)
    when = dt.datetime.now(dt.UTC).replace(tzinfo=None).replace(microsecond=0)
    done = db.run(import_responses, campaign.id, rows, when).value
    data = {
        "campaign": done.campaign,
        "recorded": done.written,
        "already_recorded": done.already,
        "by_kind": done.by_kind,
    }
    french = cli_language() == "fr"
    kinds = ", ".join(
        f"{campaign_label('member', k) if french else k} {n}"
        for k, n in sorted(done.by_kind.items())
    )
    emit(
        args,
        data,
        say(
            f"Campaign '{done.campaign}': {done.written} response(s) recorded",
            f"Campagne « {done.campaign} » : {done.written} réponse(s) enregistrée(s)",
        )
        + (f" ({kinds})" if kinds else "")
        + (
            say(f"; {done.already} already recorded", f" ; {done.already} déjà enregistrée(s)")
            if done.already
            else ""
        )
        + ".",
    )
    return 0


def add_response_commands(campaigns: Any) -> None:
    """``campaigns responses import NAME FILE`` (added by ``cli/campaigns.py``)."""
    parser = campaigns.add_parser(
        "responses", help="responses to a campaign (replied, interested, meeting…)"
    )
    sub = parser.add_subparsers(dest="responses_command", metavar="ACTION", required=True)
    run = add_command(
        sub,
        "import",
        _import,
        "record the responses listed in a CSV or XLSX file (e-mail or contact id, response)",
    )
    run.add_argument("name", metavar="NAME", help="the campaign's name")
    run.add_argument("file", metavar="FILE", type=Path, help="the CSV or XLSX list")
    run.add_argument("--sheet", metavar="NAME", help="the XLSX sheet (default: the first)")

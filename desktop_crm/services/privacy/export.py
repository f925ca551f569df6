"""Right of access and portability (RGPD art. 15 and 20): everything stored about a person.

``access_export`` walks the schema from the contact (``traces.collect``: every foreign key
to the contact, recursively, plus the logs that name it) and returns one JSON-ready
document with every column of every row; ``write_access_export`` writes it as JSON and,
optionally, as a readable PDF, both or neither (temporary files renamed at the end).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop_crm import __version__
from desktop_crm.domain.errors import DomainError, NotFoundError
from desktop_crm.domain.fields import CONTACT_CATALOGUE
from desktop_crm.domain.files import file_write_error, writing_file
from desktop_crm.domain.reports import pick
from desktop_crm.domain.wording import PRIVACY, say
from desktop_crm.printing.privacy_pdf import Block, Paper, Section, write_paper
from desktop_crm.services.privacy import traces
from desktop_crm.services.privacy.suppression import is_suppressed
from desktop_crm.storage.models import ErasureRecord, utcnow
from desktop_crm.storage.uow import UnitOfWork

FORMAT = "desktop-crm-access-export/1"

# Headings of the PDF per table (English, French); a table added later shows its name.
TABLE_TITLES: dict[str, tuple[str, str]] = {
    "history": ("History", "Historique"),
    "note": ("Notes", "Notes"),
    "activity": ("Activities", "Activités"),
    "activity_contact": ("Activities attended", "Participation aux activités"),
    "series_run": ("Activity series", "Séries d'activités"),
    "opportunity": ("Opportunities", "Opportunités"),
    "opportunity_line": ("Opportunity lines", "Lignes d'opportunité"),
    "sale": ("Purchases", "Achats"),
    "group_member": ("Group memberships", "Appartenance aux groupes"),
    "campaign_member": ("Campaigns", "Campagnes"),
    "consent": ("Consent", "Consentements"),
    "contact_field_value": ("User-defined fields", "Champs personnalisés"),
    "import_change": ("Imports", "Imports"),
    "merge_record": ("Merges", "Fusions"),
    "duplicate_exclusion": ("Not-duplicate marks", "Marques « pas un doublon »"),
    "contact_group": ("Groups", "Groupes"),
    "campaign": ("Campaigns", "Campagnes"),
    "custom_field": ("User-defined fields", "Champs personnalisés"),
    "company": ("Company", "Société"),
    "import_batch": ("Import files", "Fichiers importés"),
}
# Columns left out of the PDF (they are in the JSON): folded copies and bookkeeping.
_PDF_SKIP_SUFFIXES = ("_key",)
_PDF_SKIP = {"version"}


@dataclass(frozen=True)
class ExportFiles:
    """What was written: the JSON file, the PDF (or None), how many rows from how many tables."""

    contact_id: int
    json_path: str
    pdf_path: str | None
    rows: int
    tables: int


def erased_notice(uow: UnitOfWork, contact_id: int) -> NotFoundError:
    """The error for a contact that does not exist: erased (and when), or never known."""
    record = uow.session.scalar(
        select(ErasureRecord)
        .where(ErasureRecord.erased_id == contact_id)
        .order_by(ErasureRecord.id.desc())
    )
    if record is not None:
        return NotFoundError(
            say(
                PRIVACY,
                "Contact #{id} was erased on {erased_at:%d/%m/%Y} (erasure record "
                "#{id2}): nothing about this person is stored any more.",
            ).format(id=contact_id, erased_at=record.erased_at, id2=record.id),
            code="not_found",
            erased=True,
        )
    return NotFoundError(
        say(
            PRIVACY,
            "There is no contact #{id}: check the number (it is shown on the "
            "contact's card and by 'desktop-crm export').",
        ).format(id=contact_id),
        code="not_found",
    )


def access_export(uow: UnitOfWork, contact_id: int) -> dict[str, Any]:
    """Everything stored about contact ``contact_id``, as plain JSON-ready values."""
    from desktop_crm.domain.roles import Permission
    from desktop_crm.services.users.permissions import require

    require(uow, Permission.EXPORT)  # a Restricted login: a sentence, not the server's refusal
    contact = traces.contact_row(uow, contact_id)
    if contact is None:
        raise erased_notice(uow, contact_id)
    found = traces.collect(uow, contact_id, contact)
    suppressed = []
    for channel, columns in (
        ("email", ("email", "email2")),
        ("phone", ("phone_business", "phone_mobile", "phone_home", "phone_fax")),
    ):
        for column in columns:
            value = contact.get(column)
            if value and is_suppressed(uow, channel, value):
                suppressed.append({"channel": channel, "value": value, "column": column})

    def rows(buckets: dict[str, traces.Found]) -> dict[str, list[dict[str, Any]]]:
        out: dict[str, list[dict[str, Any]]] = {}
        for name in sorted(buckets):
            bucket = buckets[name]
            out[name] = [
                {**{k: traces.plain(v) for k, v in row.items()}, "_via": bucket.via[key]}
                for key, row in sorted(bucket.rows.items(), key=lambda kv: str(kv[0]))
            ]
        return {k: v for k, v in out.items() if v}

    return {
        "format": FORMAT,
        "application": f"desktop-crm {__version__}",
        "generated_at": utcnow().isoformat(timespec="seconds") + "Z",
        "contact_id": contact_id,
        "contact": {k: traces.plain(v) for k, v in contact.items()},
        "tables": rows(found.found),
        "context": rows(found.context),
        "suppression_list": suppressed,
        "references": [f"{t}.{c}" for t, c in found.references],
    }


def _label(contact: dict[str, Any]) -> str:
    name = " ".join(p for p in (contact.get("first_name"), contact.get("last_name")) if p)
    return name or contact.get("company_name") or f"#{contact.get('id')}"


def _value_text(value: Any, language: str) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return pick(language, "yes", "oui") if value else pick(language, "no", "non")
    if isinstance(value, str) and len(value) >= 10 and value[4] == "-" and value[7] == "-":
        with contextlib.suppress(ValueError):
            moment = dt.datetime.fromisoformat(value)
            fmt = "%d/%m/%Y" if language == "fr" else "%Y-%m-%d"
            return moment.strftime(fmt + (" %H:%M" if "T" in value else ""))
    return str(value)


def _column_label(table: str, column: str, language: str) -> str:
    if table == "contact":
        for spec in CONTACT_CATALOGUE:
            if spec.name == column:
                return spec.export_header or column if language == "fr" else spec.full_label
    return column


def _lines(table: str, row: dict[str, Any], language: str) -> tuple[tuple[str, str], ...]:
    out = []
    for column, value in row.items():
        if column.startswith("_") or column in _PDF_SKIP or column.endswith(_PDF_SKIP_SUFFIXES):
            continue
        text = _value_text(value, language)
        if text:
            out.append((_column_label(table, column, language), text))
    return tuple(out)


def access_paper(data: dict[str, Any], language: str = "en") -> Paper:
    """The export as a readable document (headings in ``language``)."""
    contact = data["contact"]
    sections = [
        Section(
            pick(language, "Identity and contact details", "Identité et coordonnées"),
            blocks=(Block(None, _lines("contact", contact, language)),),
        )
    ]
    for name, rows in data["tables"].items():
        en, fr = TABLE_TITLES.get(name, (name, name))
        sections.append(
            Section(
                f"{pick(language, en, fr)} ({len(rows)})",
                blocks=tuple(
                    Block(f"{name} #{i}", _lines(name, row, language))
                    for i, row in enumerate(rows, 1)
                ),
            )
        )
    if data["context"]:
        blocks = []
        for name, rows in data["context"].items():
            en, fr = TABLE_TITLES.get(name, (name, name))
            blocks += [Block(pick(language, en, fr), _lines(name, row, language)) for row in rows]
        sections.append(
            Section(
                pick(language, "Linked records (context)", "Fiches liées (contexte)"),
                blocks=tuple(blocks),
            )
        )
    listed = data["suppression_list"]
    sections.append(
        Section(
            pick(language, "Suppression list", "Liste d'opposition"),
            paragraphs=(
                tuple(
                    pick(
                        language,
                        f"{s['value']} is never contacted again.",
                        f"{s['value']} n'est plus jamais contacté.",
                    )
                    for s in listed
                )
                or (
                    pick(
                        language,
                        "None of these addresses is on the list.",
                        "Aucune de ces adresses n'est sur la liste.",
                    ),
                )
            ),
        )
    )
    generated = _value_text(data["generated_at"].rstrip("Z"), language)
    return Paper(
        title=pick(language, "Personal data held about ", "Données personnelles détenues sur ")
        + _label(contact),
        subtitle=pick(
            language,
            f"Contact #{data['contact_id']} · export of {generated} (UTC) · every table that "
            "refers to this person",
            f"Contact n° {data['contact_id']} · extraction du {generated} (UTC) · toutes les "
            "tables qui désignent cette personne",
        ),
        sections=tuple(sections),
        footer=pick(
            language,
            "Right of access (GDPR art. 15). The same data, machine-readable, is in the JSON "
            "file of this export.",
            "Droit d'accès (RGPD art. 15). Les mêmes données, lisibles par une machine, sont "
            "dans le fichier JSON de cette extraction.",
        ),
    )


def temporary_beside(path: Path) -> Path:
    """An empty file next to ``path`` with the usual permissions (mkstemp makes it 0600)."""
    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as exc:  # the message names the user's file, not the temporary one
        raise file_write_error(exc, path) from exc
    os.close(handle)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(name, 0o666 & ~umask)
    return Path(name)


def write_access_export(
    uow: UnitOfWork,
    contact_id: int,
    json_path: str | Path,
    pdf_path: str | Path | None = None,
    language: str = "en",
) -> ExportFiles:
    """Write the export; on any failure neither file is left half-written."""
    data = access_export(uow, contact_id)
    targets = [Path(json_path)] + ([Path(pdf_path)] if pdf_path else [])
    if len({t.resolve() for t in targets}) < len(targets):
        raise DomainError(
            say(PRIVACY, "Choose different names for the JSON and the PDF file."), code="invalid"
        )
    temporaries: list[Path] = []
    try:
        for target in targets:
            with writing_file(target):
                if target.is_dir():
                    raise IsADirectoryError(21, "Is a directory", str(target))
                temporaries.append(temporary_beside(target))
        with writing_file(targets[0], temporaries[0]):
            temporaries[0].write_text(
                json.dumps(data, ensure_ascii=False, indent=2, default=traces.plain),
                encoding="utf-8",
            )
        if pdf_path:
            with writing_file(targets[1], temporaries[1]):
                write_paper(access_paper(data, language), temporaries[1])
        for temporary, target in zip(temporaries, targets, strict=True):
            with writing_file(target, temporary):
                os.replace(temporary, target)
    finally:
        for temporary in temporaries:
            temporary.unlink(missing_ok=True)
    rows = sum(len(r) for r in data["tables"].values())
    return ExportFiles(
        contact_id,
        str(targets[0]),
        str(targets[1]) if pdf_path else None,
        rows,
        len(data["tables"]),
    )

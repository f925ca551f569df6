"""Sales history import (CSV/XLSX): one line per invoice or order, attached to a known
client — never to an invented one — and undoable as one batch.

Columns (found from their headers, or named with a mapping ``field=Header``):
``reference`` (the company's SIREN or SIRET), ``company`` (its name), ``contact`` (an e-mail
address, or "first last" name), ``date``, ``amount``, ``family`` (optional product family).
A line whose client is not found, is found twice, or whose date or amount cannot be read is
listed with its row number and left out; the good lines are written (none with a dry run).
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from sqlalchemy import delete, func, select

from desktop_crm.domain.custom_fields import parse_date, parse_number
from desktop_crm.domain.errors import DomainError, NotFoundError
from desktop_crm.domain.text import fold
from desktop_crm.domain.wording import REPORT, say
from desktop_crm.interchange.headers import header_key
from desktop_crm.interchange.sources import open_source
from desktop_crm.interchange.table import detect_header_row, header_labels
from desktop_crm.storage.bulk import bulk_insert
from desktop_crm.storage.models import Company, Contact, ImportBatch, Sale
from desktop_crm.storage.models.base import utcnow
from desktop_crm.storage.uow import UnitOfWork

SALES_KIND = "sales"
FIELDS = ("reference", "company", "contact", "date", "amount", "family")
# Header words (folded by header_key) that name each field when no mapping is given.
ALIASES: dict[str, tuple[str, ...]] = {
    "reference": ("reference", "ref", "ref client", "code client", "siren", "siret", "client id"),
    "company": ("company", "societe", "entreprise", "client", "raison sociale", "company name"),
    "contact": ("contact", "email", "e mail", "mail", "courriel", "nom du contact"),
    "date": ("date", "date facture", "invoice date", "date de vente", "sold on", "jour"),
    "amount": ("amount", "montant", "montant ht", "ca", "total", "total ht", "chiffre d affaires"),
    "family": ("family", "famille", "famille de produits", "product family", "gamme"),
}
MAX_LISTED = 200


@dataclass(frozen=True)
class RowProblem:
    row: int  # 1-based row number in the file
    code: str  # unknown_client / ambiguous_client / bad_date / bad_amount / no_client
    value: str
    message: str


@dataclass(frozen=True)
class SalesImportReport:
    file: str
    columns: dict[str, str]  # field -> header used
    rows_read: int
    imported: int
    total: Decimal
    problems: tuple[RowProblem, ...]
    problem_count: int
    dry_run: bool
    batch_id: int | None


def parse_mapping(text: str | None) -> dict[str, str]:
    """``"date=Date facture,amount=Montant HT"`` -> {field: header}; unknown fields refused."""
    mapping: dict[str, str] = {}
    for part in (text or "").split(","):
        if not part.strip():
            continue
        name, sep, header = part.partition("=")
        name = name.strip().lower()
        if not sep or name not in FIELDS or not header.strip():
            raise DomainError(
                say(
                    REPORT,
                    "'{part}' is not a column choice: write field=Header with a field among "
                    "{names}.",
                ).format(part=part.strip(), names=", ".join(FIELDS)),
                code="invalid",
            )
        mapping[name] = header.strip()
    return mapping


def _columns(headers: list[str], mapping: dict[str, str]) -> dict[str, int]:
    keys = [header_key(h) for h in headers]
    found: dict[str, int] = {}
    for name, header in mapping.items():
        wanted = header_key(header)
        if wanted not in keys:
            raise DomainError(
                say(REPORT, "The file has no column '{header}' (columns: {names}).").format(
                    header=header, names=", ".join(headers)
                ),
                code="invalid",
            )
        found[name] = keys.index(wanted)
    for name in FIELDS:
        if name in found:
            continue
        for index, key in enumerate(keys):
            if key in ALIASES[name] and index not in found.values():
                found[name] = index
                break
    missing = [n for n in ("date", "amount") if n not in found]
    if missing or not {"reference", "company", "contact"} & set(found):
        raise DomainError(
            say(
                REPORT,
                "The file needs a date column, an amount column and a client column "
                "(reference, company or contact); name them with --mapping, e.g. "
                '"date=Date facture,amount=Montant HT,company=Client".',
            ),
            code="invalid",
        )
    return found


class _Clients:
    """Lookup tables of the known companies and contacts (folded keys)."""

    def __init__(self, uow: UnitOfWork) -> None:
        self.by_number: dict[str, set[int]] = defaultdict(set)
        self.by_name: dict[str, set[int]] = defaultdict(set)
        for company_id, name_key, siren, siret in uow.session.execute(
            select(Company.id, Company.name_key, Company.siren, Company.siret)
        ):
            self.by_name[name_key].add(company_id)
            for number in (siren, siret):
                digits = "".join(c for c in number or "" if c.isdigit())
                if digits:
                    self.by_number[digits].add(company_id)
        self.contacts: dict[str, set[tuple[int, int | None]]] = defaultdict(set)
        for contact_id, owner, email, first, last in uow.session.execute(
            select(
                Contact.id, Contact.company_id, Contact.email, Contact.first_name, Contact.last_name
            )
        ):
            if email:
                self.contacts[fold(email)].add((contact_id, owner))
            if first or last:
                self.contacts[fold(f"{first or ''} {last or ''}")].add((contact_id, owner))
                self.contacts[fold(f"{last or ''} {first or ''}")].add((contact_id, owner))

    def find(self, field: str, value: str) -> tuple[set[tuple[int | None, int | None]], str]:
        """Candidate (company id, contact id) pairs for a cell."""
        if field == "reference":
            digits = "".join(c for c in value if c.isdigit())
            return {(c, None) for c in self.by_number.get(digits, ())}, value
        if field == "company":
            return {(c, None) for c in self.by_name.get(fold(value), ())}, value
        return {
            (company, contact) for contact, company in self.contacts.get(fold(value), ())
        }, value


def import_sales(
    uow: UnitOfWork,
    path: str | Path,
    *,
    mapping: dict[str, str] | None = None,
    dry_run: bool = False,
    sheet: str | None = None,
) -> SalesImportReport:
    """Read, check and (unless ``dry_run``) write a sales history file as one batch."""
    source = open_source(path)
    rows = source.sheet(sheet).rows
    if not rows:
        raise DomainError(
            say(REPORT, "The file {name} is empty.").format(name=Path(path).name), code="invalid"
        )
    header_row = detect_header_row(rows)
    headers = header_labels(rows, header_row)
    columns = _columns(headers, mapping or {})
    clients = _Clients(uow)
    problems: list[RowProblem] = []
    good: list[dict[str, object]] = []
    read = 0
    for number, row in enumerate(rows[header_row + 1 :], start=header_row + 2):
        if not any(cell.strip() for cell in row):
            continue
        read += 1

        def cell(name: str, row: list[str] = row) -> str:
            index = columns.get(name)
            return row[index].strip() if index is not None and index < len(row) else ""

        found = _client(clients, cell, number, problems)
        if found is None:
            continue
        try:
            day = parse_date(cell("date"))
        except ValueError:
            problems.append(
                RowProblem(number, "bad_date", cell("date"), "The date is not dd/mm/yyyy.")
            )
            continue
        try:
            amount = parse_number(cell("amount").replace("€", "")).quantize(Decimal("0.01"))
        except (InvalidOperation, ValueError):
            problems.append(
                RowProblem(number, "bad_amount", cell("amount"), "The amount is not a number.")
            )
            continue
        good.append(
            {
                "company_id": found[0],
                "contact_id": found[1],
                "sold_on": day,
                "amount": amount,
                "margin": Decimal("0"),
                "product_family": cell("family")[:120] or None,
            }
        )
    total = sum((Decimal(str(g["amount"])) for g in good), Decimal("0"))
    names = {name: headers[index] for name, index in columns.items()}
    batch_id = None
    if not dry_run and good:
        batch = ImportBatch(
            kind=SALES_KIND,
            user_id=uow.user_id,
            file_name=Path(path).name[:260],
            mapping_json=json.dumps(names, ensure_ascii=False),
            counts_json=json.dumps({"imported": len(good), "problems": len(problems)}),
        )
        uow.session.add(batch)
        uow.session.flush()
        batch_id = batch.id
        for line in good:
            line["import_batch_id"] = batch_id
        bulk_insert(uow.session, Sale.__table__, None, good)  # type: ignore[arg-type]
        uow.note_bulk("sale")
    return SalesImportReport(
        file=str(path),
        columns=names,
        rows_read=read,
        imported=0 if dry_run else len(good),
        total=total,
        problems=tuple(problems[:MAX_LISTED]),
        problem_count=len(problems),
        dry_run=dry_run,
        batch_id=batch_id,
    )


def _client(
    clients: _Clients, cell: object, number: int, problems: list[RowProblem]
) -> tuple[int | None, int | None] | None:
    """The row's (company, contact): the first client column filled decides."""
    get = cell  # a callable (name) -> text
    for field in ("reference", "company", "contact"):
        value = get(field)  # type: ignore[operator]
        if not value:
            continue
        candidates, text = clients.find(field, value)
        if len(candidates) == 1:
            return next(iter(candidates))
        if not candidates:
            problems.append(
                RowProblem(
                    number,
                    "unknown_client",
                    text,
                    f"No client matches {field} '{text}': create it first or fix the file.",
                )
            )
        else:
            problems.append(
                RowProblem(
                    number,
                    "ambiguous_client",
                    text,
                    f"{len(candidates)} clients match {field} '{text}': give a reference.",
                )
            )
        return None
    problems.append(RowProblem(number, "no_client", "", "The row names no client."))
    return None


@dataclass(frozen=True)
class SalesBatch:
    id: int
    created_at: dt.datetime
    file_name: str
    lines: int
    undone: bool


def sales_batches(uow: UnitOfWork) -> list[SalesBatch]:
    """The sales imports, newest first, with their current number of lines."""
    counts = dict(
        uow.session.execute(
            select(Sale.import_batch_id, func.count(Sale.id))
            .where(Sale.import_batch_id.is_not(None))
            .group_by(Sale.import_batch_id)
        ).all()
    )
    return [
        SalesBatch(b.id, b.created_at, b.file_name, int(counts.get(b.id, 0)), b.status == "undone")
        for b in uow.session.scalars(
            select(ImportBatch)
            .where(ImportBatch.kind == SALES_KIND)
            .order_by(ImportBatch.id.desc())
        )
    ]


def undo_sales_import(uow: UnitOfWork, batch_id: int) -> int:
    """Delete the lines a sales import wrote; returns how many."""
    batch = uow.session.get(ImportBatch, batch_id)
    if batch is None or batch.kind != SALES_KIND:
        raise NotFoundError(
            say(REPORT, "There is no sales import #{id}.").format(id=batch_id), name=str(batch_id)
        )
    if batch.status == "undone":
        raise DomainError(
            say(REPORT, "The sales import #{id} was already undone.").format(id=batch_id),
            code="invalid",
        )
    result = uow.session.execute(delete(Sale).where(Sale.import_batch_id == batch_id))
    batch.status = "undone"
    batch.undone_at = utcnow()
    uow.note_bulk("sale")
    return int(result.rowcount or 0)  # type: ignore[attr-defined]

"""Right to erasure (RGPD art. 17): remove a person and every trace of them, for good.

What happens, from the schema rather than a list (``traces.collect``):

- rows that exist only because of the person (a foreign key with ON DELETE CASCADE, or not
  nullable: history, notes, activities, memberships, consent, user-field values...) are
  deleted, and so are the import log rows and merge snapshots that hold their data;
- rows that are the company's figures (a nullable foreign key: opportunities, sales) stay,
  amounts included, without the person, their texts cleaned of the person's names;
- a meeting shared with other contacts stays for them, without the person;
- then every text column of every table is searched for the person's full name, e-mail
  addresses, phone numbers (in the usual written forms) and address lines, and each
  occurrence is replaced by ``[effacé]`` (notes about colleagues, "referred by", texts);
  a surname no other contact bears is also cleaned alone, as a proper noun ("Petit",
  "PETIT", not the word "petit") or inside an address ("lea.petit@"), except in town,
  street and firm names; in the rows that were linked to the person (opportunities,
  shared meetings) the first and last names are cleaned alone too;
- the e-mail addresses and phones go on the suppression list (salted hashes only);
- an anonymous ``erasure_record`` says when, by whom and why (any identifier typed in the
  reason is cleaned too).

There is no undo: nothing needed to restore the person is kept anywhere in the database.
Backups made before the erasure still hold the data until they age out (README).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select, update

from desktop_crm.domain.errors import DomainError
from desktop_crm.domain.phones import format_phone
from desktop_crm.domain.progress import TaskControl
from desktop_crm.domain.text import fold
from desktop_crm.domain.wording import PRIVACY, say
from desktop_crm.services.privacy import traces
from desktop_crm.services.privacy.export import erased_notice
from desktop_crm.services.privacy.suppression import add_suppression
from desktop_crm.services.users.audit import erased, erasing
from desktop_crm.storage.models import ErasureRecord
from desktop_crm.storage.uow import UnitOfWork

MARK = "[effacé]"
EMAIL_COLUMNS = ("email", "email2")
PHONE_COLUMNS = ("phone_business", "phone_mobile", "phone_home", "phone_fax")
HOME_ADDRESS_COLUMNS = ("home_address1", "home_address2")
ADDRESS_COLUMNS = ("address1", "address2", "address3")
# Tables whose text is never searched: the suppression hashes and this feature's log.
UNSEARCHED = frozenset({"suppression", "erasure_record", "alembic_version"})
_SCAN_CHUNK = 2000
# Places and organisations of contacts and companies: a lone surname there is a town
# ("Petit-Quevilly"), a street or a firm, not the person.
PLACE_COLUMNS = frozenset(
    {
        "name",
        "company_name",
        "legal_form",
        "industry",
        "website",
        "city",
        "home_city",
        "country",
        "home_country",
        "cedex",
        "postcode",
        "home_postcode",
        *ADDRESS_COLUMNS,
        *HOME_ADDRESS_COLUMNS,
    }
)


@dataclass(frozen=True)
class ErasurePreview:
    """What erasing a contact will do, for the confirmation dialog."""

    contact_id: int
    label: str
    to_delete: dict[str, int]
    kept_without_person: dict[str, int]
    addresses_suppressed: int


@dataclass(frozen=True)
class ErasureResult:
    """What an erasure did: the log record, rows deleted and cleaned per table."""

    record_id: int
    contact_id: int
    deleted: dict[str, int]
    cleaned: dict[str, int]
    suppressed: int


@dataclass(frozen=True)
class Needles:
    """The person's identifiers as they may be written, and the words cleaned near them."""

    everywhere: tuple[str, ...]
    # Business address lines: not in other records' own address columns (colleagues).
    outside_addresses: tuple[str, ...]
    # Single names (word-bounded): in the rows that were linked to the person.
    near: tuple[str, ...]
    # A surname no other contact bears, as a proper noun ("Petit", "PETIT", never the word
    # "petit") or inside an address, everywhere but in places and firm names.
    surname: tuple[str, ...] = ()


def _label(contact: dict[str, Any]) -> str:
    name = " ".join(p for p in (contact.get("first_name"), contact.get("last_name")) if p)
    return name or contact.get("company_name") or f"#{contact['id']}"


def phone_forms(value: str | None) -> set[str]:
    """A stored phone in the ways people write it: +33612345678, 06 12 34 56 78, 0612345678..."""
    if not value or not value.strip():
        return set()
    raw = value.strip()
    forms = {raw}
    national = format_phone(raw)
    if national:
        forms.add(national)
        digits = re.sub(r"\D", "", national)
        if len(digits) >= 6:
            forms.add(digits)
            if len(digits) == 10:
                pairs = [digits[i : i + 2] for i in range(0, 10, 2)]
                forms.update({" ".join(pairs), ".".join(pairs), "-".join(pairs)})
        if raw.startswith("+33") and len(raw) == 12:
            rest = raw[3:]
            forms.add("+33 " + rest[0] + " " + " ".join(rest[i : i + 2] for i in range(1, 9, 2)))
    return {f for f in forms if len(re.sub(r"\D", "", f)) >= 6}


def needles_for(uow: UnitOfWork, contact: dict[str, Any]) -> Needles:
    first = (contact.get("first_name") or "").strip()
    last = (contact.get("last_name") or "").strip()
    everywhere: set[str] = set()
    if first and last:
        everywhere |= {f"{first} {last}", f"{last} {first}"}
    for column in EMAIL_COLUMNS:
        if (contact.get(column) or "").strip():
            everywhere.add(contact[column].strip())
    for column in PHONE_COLUMNS:
        everywhere |= phone_forms(contact.get(column))
    for column in HOME_ADDRESS_COLUMNS:
        line = (contact.get(column) or "").strip()
        if len(line) >= 5:
            everywhere.add(line)
    outside = {
        (contact.get(c) or "").strip()
        for c in ADDRESS_COLUMNS
        if len((contact.get(c) or "").strip()) >= 5
    }
    near = {n for n in (first, last) if len(n) >= 3}
    surname: set[str] = set()
    # A surname no other contact bears is this person's alone: cleaned in every free text.
    if len(last) >= 4:
        table = traces.metadata().tables["contact"]
        others = uow.session.scalar(
            select(func.count())
            .select_from(table)
            .where(table.c.last_name_key == fold(last), table.c.id != contact["id"])
        )
        if not others:
            surname = {last, last[:1].upper() + last[1:], last.upper()}
    return Needles(
        tuple(sorted(everywhere)),
        tuple(sorted(outside)),
        tuple(sorted(near)),
        tuple(sorted(surname)),
    )


def _pattern(
    words: Iterable[str], bounded: bool = False, *, exact_case: bool = False
) -> re.Pattern[str] | None:
    variants: set[str] = set()
    for word in words:
        variants.add(word)
        escaped = json.dumps(word)[1:-1]  # as an ASCII-escaped JSON snapshot holds it
        variants.add(escaped)
    if not variants:
        return None
    alternatives = "|".join(re.escape(v) for v in sorted(variants, key=len, reverse=True))
    flags = 0 if exact_case else re.IGNORECASE
    if bounded:
        return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", flags)
    return re.compile(alternatives, flags)


def surname_pattern(words: Iterable[str]) -> re.Pattern[str] | None:
    """A lone surname as a proper noun ("Petit", "PETIT": not the word "petit"), or in any
    case inside an address or login ("lea.petit@", "petit_l")."""
    forms = sorted(set(words), key=len, reverse=True)
    if not forms:
        return None
    proper = "|".join(re.escape(f) for f in forms)
    lower = "|".join(re.escape(f.casefold()) for f in forms)
    return re.compile(
        rf"(?<!\w)(?:{proper})(?!\w)"
        rf"|(?i:(?<=[._-])(?:{lower})(?![^\W_])|(?<![^\W_])(?:{lower})(?=[@._-]))"
    )


def clean_text(text: str, pattern: re.Pattern[str] | None) -> str:
    return text if pattern is None else pattern.sub(MARK, text)


class ErasureNotAllowed(DomainError):
    """An erasure this session cannot do completely (a team member on PostgreSQL)."""

    code = "forbidden"


def _may_erase(uow: UnitOfWork) -> None:
    """Erasing deletes records: a role without DELETE (Restricted) is told so first.

    On a team database the policies hide colleagues' private records from every member,
    administrators included, so an erasure run by a member could leave the person's name
    in a colleague's private note: only the maintenance account (the owner that ran
    ``team setup``, not bound by the policies) may erase there.
    """
    from desktop_crm.domain.roles import Permission
    from desktop_crm.services.users.permissions import require

    require(uow, Permission.DELETE)
    if uow.db.backend == "postgresql":
        from desktop_crm.storage.team import bypasses_policies, team_enabled

        conn = uow.session.connection()
        if team_enabled(conn) and not bypasses_policies(conn):
            from desktop_crm.domain.wording import say

            raise ErasureNotAllowed(
                say(
                    "Refusals",
                    "On a team database an erasure must see every record, colleagues' private "
                    "notes included, which no team member can: run it as the database's "
                    "maintenance account (the one that ran 'desktop-crm team setup'), e.g. "
                    "'desktop-crm privacy erase ID --db postgresql://OWNER@SERVER/DATABASE'. "
                    "Nothing was erased.",
                )
            )


def erasure_preview(uow: UnitOfWork, contact_id: int) -> ErasurePreview:
    _may_erase(uow)
    contact = traces.contact_row(uow, contact_id)
    if contact is None:
        raise erased_notice(uow, contact_id)
    found = traces.collect(uow, contact_id, contact)
    plan = _plan(uow, found)
    addresses = sum(1 for c in (*EMAIL_COLUMNS, *PHONE_COLUMNS) if (contact.get(c) or "").strip())
    return ErasurePreview(
        contact_id,
        _label(contact),
        {"contact": 1, **dict(Counter(t for t, _k in plan.delete))},
        dict(Counter(t for t, _k in plan.detach)),
        addresses,
    )


@dataclass
class _Plan:
    delete: list[tuple[str, traces.RowKey]]
    detach: dict[tuple[str, traces.RowKey], list[str]]  # columns set to NULL
    keep: list[tuple[str, traces.RowKey]]  # rows that stay (cleaned near the person)


def _plan(uow: UnitOfWork, found: traces.PersonTraces) -> _Plan:
    meta = traces.metadata()
    plan = _Plan([], {}, [])
    contact_id = found.contact_id
    shared = _shared_activities(uow, found)
    for name, bucket in found.found.items():
        table = meta.tables[name]
        for key, row in bucket.rows.items():
            via = bucket.via[key]
            column = via.split(".", 1)[1]
            fk = traces.fk_of(table, column) if column in table.c else None
            direct = fk is not None and fk.column.table.name == traces.CONTACT
            if not direct:
                if (name, column) in traces.PLAIN_CONTACT_IDS or via == "merge_record.merged_ids":
                    plan.delete.append((name, key))  # logs and snapshots of the person
                else:
                    plan.keep.append((name, key))  # hangs off a kept row: cleaned
                continue
            assert fk is not None
            columns = [c for c in traces._contact_columns(table) if row.get(c) == contact_id]
            nullable = all(table.c[c].nullable for c in columns)
            cascade = (fk.ondelete or "").upper() == "CASCADE"
            if name == "activity" and key in shared:
                cascade = False  # the other attendees keep their meeting
            if nullable and not cascade:
                plan.detach[(name, key)] = columns
            else:
                plan.delete.append((name, key))
    return plan


def _shared_activities(uow: UnitOfWork, found: traces.PersonTraces) -> set[traces.RowKey]:
    meta = traces.metadata()
    activities = found.found.get("activity")
    links = meta.tables.get("activity_contact")
    if activities is None or links is None:
        return set()
    ids = [k[0] for k in activities.rows]
    shared = set()
    for start in range(0, len(ids), 500):
        query = select(links.c.activity_id).where(
            links.c.activity_id.in_(ids[start : start + 500]),
            links.c.contact_id != found.contact_id,
        )
        shared |= {(i,) for i in uow.session.scalars(query)}
    return shared


def _where_key(table: Any, key: traces.RowKey) -> list[Any]:
    return [c == v for c, v in zip(table.primary_key.columns, key, strict=True)]


def _update(uow: UnitOfWork, table: Any, key: traces.RowKey, values: dict[str, Any]) -> None:
    """Change one row; a versioned row gets a new version, so a colleague's editor opened
    before the erasure cannot save the old text (with the person's name) back."""
    if "version" in table.c:
        values = {**values, "version": table.c.version + 1}
    uow.session.execute(update(table).where(*_where_key(table, key)).values(**values))


def erase_contact(
    uow: UnitOfWork,
    contact_id: int,
    reason: str | None = None,
    *,
    origin: str = "request",
    control: TaskControl | None = None,
) -> ErasureResult:
    """Erase ``contact_id`` and every trace of them; returns what was done. No undo."""
    return erase_contacts(uow, [contact_id], reason, origin=origin, control=control)[0]


def erase_contact_in_background(
    uow: UnitOfWork, control: TaskControl, contact_id: int, reason: str | None = None
) -> ErasureResult:
    """``erase_contact`` in the shape of a long operation (progress, Cancel rolls back)."""
    return erase_contact(uow, contact_id, reason, control=control)


def erase_contacts(
    uow: UnitOfWork,
    contact_ids: list[int],
    reason: str | None = None,
    *,
    origin: str = "request",
    control: TaskControl | None = None,
) -> list[ErasureResult]:
    """Erase several contacts (retention); the text search runs once for all of them."""
    _may_erase(uow)
    if origin not in ("request", "retention"):
        raise DomainError(
            say(PRIVACY, "Unknown erasure origin {origin!r}.").format(origin=origin), code="invalid"
        )
    meta = traces.metadata()
    total = len(contact_ids) + 1
    prepared = []
    for done, contact_id in enumerate(contact_ids):
        if control is not None:
            control.check()
            control.report(done, total, "")
        contact = traces.contact_row(uow, contact_id)
        if contact is None:
            raise erased_notice(uow, contact_id)
        prepared.append(
            (contact, needles_for(uow, contact), traces.collect(uow, contact_id, contact))
        )
    results_counts: list[tuple[Counter[str], Counter[str], int]] = []
    near_keys: dict[str, set[traces.RowKey]] = {}
    for contact, needles, found in prepared:
        deleted: Counter[str] = Counter()
        cleaned: Counter[str] = Counter()
        suppressed = 0
        for channel, names in (("email", EMAIL_COLUMNS), ("phone", PHONE_COLUMNS)):
            for column in names:
                suppressed += int(add_suppression(uow, channel, contact.get(column)))
        plan = _plan(uow, found)
        near = _pattern(needles.near, bounded=True)
        everywhere = _pattern(needles.everywhere)
        for (name, key), columns in plan.detach.items():
            table = meta.tables[name]
            row = found.found[name].rows[key]
            values: dict[str, Any] = dict.fromkeys(columns)
            values.update(_cleaned_values(table, row, (everywhere, near)))
            _update(uow, table, key, values)
            cleaned[name] += 1
            near_keys.setdefault(name, set()).add(key)
        for name, key in plan.keep:
            table = meta.tables[name]
            values = _cleaned_values(table, found.found[name].rows[key], (everywhere, near))
            if values:
                _update(uow, table, key, values)
                cleaned[name] += 1
        # The deletion log keeps a fixed label, never the name (notes and activities
        # deleted here: no line of their own, their text may hold the name).
        erasing(uow)
        # Deepest rows first: children before the rows they hang off.
        for name, key in reversed(plan.delete):
            table = meta.tables[name]
            result = uow.session.execute(delete(table).where(*_where_key(table, key)))
            deleted[name] += int(result.rowcount or 0)  # type: ignore[attr-defined]
        contacts = meta.tables[traces.CONTACT]
        uow.session.execute(delete(contacts).where(contacts.c.id == contact["id"]))
        deleted["contact"] += 1
        results_counts.append((deleted, cleaned, suppressed))
    if control is not None:
        control.report(len(contact_ids), total, "")
    # One pass over every text column for all the people erased together.
    everywhere = _pattern(w for _c, n, _f in prepared for w in n.everywhere)
    outside = _pattern(w for _c, n, _f in prepared for w in n.outside_addresses)
    surnames = surname_pattern(w for _c, n, _f in prepared for w in n.surname)
    scan_cleaned = _clean_everywhere(uow, everywhere, outside, surnames, control)
    results = []
    for (contact, needles, _found), (deleted, cleaned, suppressed) in zip(
        prepared, results_counts, strict=True
    ):
        counts = {"deleted": dict(deleted), "cleaned": dict(cleaned + scan_cleaned)}
        record = ErasureRecord(
            erased_id=contact["id"],
            user_id=uow.user_id,
            origin=origin,
            reason=_clean_reason(reason, needles),
            counts_json=json.dumps(counts, sort_keys=True),
        )
        uow.session.add(record)
        uow.session.flush()
        results.append(
            ErasureResult(
                record.id, contact["id"], dict(deleted), dict(cleaned + scan_cleaned), suppressed
            )
        )
    ids = [c["id"] for c, _n, _f in prepared]
    erased(uow, ids)
    uow.note_changes("contact", "deleted", ids, contact_ids=ids)
    touched = {t for d, c, _s in results_counts for t in (*d, *c)} | set(scan_cleaned)
    uow.note_bulk(*sorted(touched - {"contact"}))
    return results


def _clean_reason(reason: str | None, needles: Needles) -> str | None:
    if reason is None or not reason.strip():
        return None
    text = clean_text(reason.strip(), _pattern(needles.everywhere + needles.outside_addresses))
    text = clean_text(text, surname_pattern(needles.surname))
    return clean_text(text, _pattern(needles.near, bounded=True))


def _cleaned_values(
    table: Any, row: dict[str, Any], patterns: tuple[re.Pattern[str] | None, ...]
) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for column in traces.text_columns(table):
        text = row.get(column.name)
        if not isinstance(text, str) or not text:
            continue
        new = text
        for pattern in patterns:
            new = clean_text(new, pattern)
        if new != text:
            values[column.name] = _fit(column, new)
    return values


def _fit(column: Any, text: str) -> str:
    length = getattr(column.type, "length", None)
    return text[:length] if length else text


def _clean_everywhere(
    uow: UnitOfWork,
    everywhere: re.Pattern[str] | None,
    outside: re.Pattern[str] | None,
    surnames: re.Pattern[str] | None,
    control: TaskControl | None,
) -> Counter[str]:
    """Search every text column of every table; replace what names an erased person."""
    cleaned: Counter[str] = Counter()
    if everywhere is None and outside is None and surnames is None:
        return cleaned
    meta = traces.metadata()
    tables = [t for t in meta.sorted_tables if t.name not in UNSEARCHED]
    for index, table in enumerate(tables):
        if control is not None:
            control.check()
        columns = traces.text_columns(table)
        if not columns or not list(table.primary_key.columns):
            continue
        own_address = {c.name for c in columns if c.name in ADDRESS_COLUMNS}
        places = PLACE_COLUMNS if table.name in (traces.CONTACT, "company") else frozenset()
        pk = list(table.primary_key.columns)
        changes: list[tuple[traces.RowKey, dict[str, Any]]] = []
        query = select(*pk, *columns).execution_options(yield_per=_SCAN_CHUNK)
        for row in uow.session.execute(query):
            mapping = row._mapping
            values: dict[str, Any] = {}
            for column in columns:
                text = mapping[column]
                if not isinstance(text, str) or not text:
                    continue
                new = clean_text(text, everywhere)
                if column.name not in own_address:
                    new = clean_text(new, outside)
                if column.name not in places:
                    new = clean_text(new, surnames)
                if new != text:
                    values[column.name] = _fit(column, new)
            if values:
                changes.append((tuple(mapping[c] for c in pk), values))
        for key, values in changes:
            if table.name == traces.CONTACT:
                values.update(_keys_after(uow, key[0], values))
            _update(uow, table, key, values)
        if changes:
            cleaned[table.name] += len(changes)
        if control is not None:
            control.report(index + 1, len(tables), table.name)
    return cleaned


def _keys_after(uow: UnitOfWork, contact_id: int, values: dict[str, Any]) -> dict[str, Any]:
    """Another contact's text changed: its folded lookup keys follow."""
    from desktop_crm.services.contacts.records import lookup_keys_full

    table = traces.metadata().tables[traces.CONTACT]
    row = uow.session.execute(select(table).where(table.c.id == contact_id)).first()
    if row is None:
        return {}
    merged = {**dict(row._mapping), **values}
    return lookup_keys_full(merged)

"""vCard 3.0 writing: every field the app holds, lines folded at 75 octets, a stable UID.

Fields without a vCard property of their own are written as X-DESKTOP-CRM-<FIELD>, which the
reader (``interchange.vcard``) gives back on re-import.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from desktop_crm.domain.cleaning import one_line, without_controls

APP_PREFIX = "X-DESKTOP-CRM-"
# Contact fields without a vCard property of their own: written as X-DESKTOP-CRM-<FIELD> so
# that a re-import gives them back (other programs ignore X- properties).
APP_FIELDS = (
    "salutation",
    "cedex",
    "status",
    "industry",
    "company_size",
    "referred_by",
    "potential",
    "id_status",
    "last_results",
    "equipment",
    "contract_end",
    "do_not_mail",
    "do_not_call",
    "do_not_email",
    "npai",
    "email_invalid",
    "to_review",
)
FLAG_APP_FIELDS = frozenset(
    {"do_not_mail", "do_not_call", "do_not_email", "npai", "email_invalid", "to_review"}
)
NOTES_KEY = "notes"  # the contact's notes (texts), a record key that is not a field
UID_KEY = "uid"
MAX_OCTETS = 75


def escape(text: str) -> str:
    """A text value escaped once for vCard 3.0 (RFC 2426 §4: \\\\ \\, \\; \\n)."""
    return (
        text.replace("\\", "\\\\")
        .replace("\r\n", "\n")
        .replace("\r", "\n")
        .replace("\n", "\\n")
        .replace(",", "\\,")
        .replace(";", "\\;")
    )


def fold(line: str) -> str:
    """A content line folded so that no physical line exceeds 75 octets (CRLF excluded),
    cut between UTF-8 characters, continuation lines starting with one space."""
    data = line.encode("utf-8")
    if len(data) <= MAX_OCTETS:
        return line + "\r\n"
    out: list[str] = []
    current: list[str] = []
    size, room = 0, MAX_OCTETS
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > room:
            out.append("".join(current))
            current, size, room = [], 0, MAX_OCTETS - 1
        current.append(ch)
        size += width
    out.append("".join(current))
    return "\r\n ".join(out) + "\r\n"


def _app_name(name: str) -> str:
    return APP_PREFIX + name.upper().replace("_", "-")


def app_field(property_name: str) -> str | None:
    """The contact field an X-DESKTOP-CRM-<FIELD> property holds, if it is one we write."""
    if not property_name.startswith(APP_PREFIX):
        return None
    name = property_name[len(APP_PREFIX) :].lower().replace("-", "_")
    return name if name in APP_FIELDS else None


def _lines(values: Mapping[str, Any]) -> Iterator[str]:
    def text(name: str) -> str:
        value = values.get(name)
        if value is None or value is False:
            return ""
        if value is True:
            return "1"
        if hasattr(value, "isoformat"):
            return str(value.isoformat())[:10]
        # One line per value, control characters gone (stored data may predate the rule).
        return one_line(str(value))

    yield "BEGIN:VCARD"
    yield "VERSION:3.0"
    yield "PRODID:-//desktop_crm//vCard export//FR"
    if values.get(UID_KEY):
        yield f"UID:{escape(str(values[UID_KEY]))}"
    name = [text("last_name"), text("first_name"), "", text("civility"), ""]
    yield "N:" + ";".join(escape(p) for p in name)
    full = " ".join(p for p in (text("first_name"), text("last_name")) if p)
    yield "FN:" + escape(full or text("company_name") or text("email") or "?")
    if text("company_name") or text("department"):
        org = [text("company_name"), *([text("department")] if text("department") else [])]
        yield "ORG:" + ";".join(escape(p) for p in org)
    if text("job_title"):
        yield "TITLE:" + escape(text("job_title"))
    for field_name, kinds in (("email", "INTERNET,PREF"), ("email2", "INTERNET")):
        if text(field_name):
            yield f"EMAIL;TYPE={kinds}:{escape(text(field_name))}"
    for field_name, kinds in (
        ("phone_business", "WORK,VOICE"),
        ("phone_mobile", "CELL"),
        ("phone_home", "HOME,VOICE"),
        ("phone_fax", "WORK,FAX"),
    ):
        number = text(field_name)
        if field_name == "phone_business" and number and text("phone_ext"):
            number = f"{number} ext. {text('phone_ext')}"
        if number:
            yield f"TEL;TYPE={kinds}:{escape(number)}"
    street = "\n".join(p for p in (text("address1"), text("address2"), text("address3")) if p)
    city = text("city")
    cedex = text("cedex")
    if cedex:
        city = f"{city} {cedex if cedex.upper().startswith('CEDEX') else 'CEDEX ' + cedex}"
    if street or city or text("postcode") or text("country"):
        adr = ["", "", street, city.strip(), "", text("postcode"), text("country")]
        yield "ADR;TYPE=WORK,PREF:" + ";".join(escape(p) for p in adr)
    home = "\n".join(p for p in (text("home_address1"), text("home_address2")) if p)
    if home or text("home_city") or text("home_postcode") or text("home_country"):
        adr = ["", "", home, text("home_city"), "", text("home_postcode"), text("home_country")]
        yield "ADR;TYPE=HOME:" + ";".join(escape(p) for p in adr)
    if text("website"):
        # A URI: never escaped (Gmail's "http\://" is undone on reading), one line.
        yield "URL:" + text("website").replace("\\", "")
    if text("birthday"):
        yield "BDAY:" + text("birthday")[:10]
    notes = values.get(NOTES_KEY) or []
    if isinstance(notes, str):
        notes = [notes]
    note = "\n\n".join(without_controls(str(n), multiline=True).strip() for n in notes if n)
    if note.strip():
        yield "NOTE:" + escape(note.strip())
    for field_name in APP_FIELDS:
        if text(field_name):
            yield f"{_app_name(field_name)}:{escape(text(field_name))}"
    yield "END:VCARD"


def vcard_text(values: Mapping[str, Any]) -> str:
    """One contact (field name -> value, plus ``notes`` and ``uid``) as a vCard 3.0 card."""
    return "".join(fold(line) for line in _lines(values))


def contact_uid(database_id: str, contact_id: int) -> str:
    """A contact's vCard UID: stable for the contact, different in every database."""
    return f"urn:uuid:{uuid.uuid5(uuid.UUID(database_id), f'contact-{contact_id}')}"


def write_vcard(path: str | Path, records: Iterable[Mapping[str, Any]]) -> int:
    """Write contacts (field name -> value) as vCard 3.0; returns the number of cards."""
    count = 0
    with Path(path).open("w", encoding="utf-8", newline="") as out:
        for values in records:
            out.write(vcard_text(values))
            count += 1
    return count

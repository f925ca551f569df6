"""vCard 2.1/3.0 reading (a tolerant parser) and vCard 3.0 writing (vobject).

Outlook writes vCard 2.1 with QUOTED-PRINTABLE values in Windows-1252, which vobject
decodes as UTF-8 and rejects, hence our own small reader.
"""

from __future__ import annotations

import quopri
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import vobject

from desktop_crm.domain.cleaning import one_line
from desktop_crm.domain.errors import DomainError
from desktop_crm.interchange.table import Sheet, SourceFile

# Columns of the table a vCard file becomes; the header aliases map them to contact fields.
VCARD_COLUMNS = (
    "Civility",
    "First name",
    "Last name",
    "Company",
    "Department",
    "Job title",
    "E-mail",
    "E-mail 2",
    "Business phone",
    "Mobile phone",
    "Home phone",
    "Business fax",
    "Street",
    "Street 2",
    "City",
    "Postcode",
    "Country",
    "Website",
    "Birthday",
    "Notes",
)
_PARAM_SPLIT = re.compile(r";(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")


def _unfold(text: str) -> list[str]:
    """Logical lines: 3.0 folding (leading blank) and 2.1 QP soft breaks (trailing '=')."""
    lines: list[str] = []
    pending_qp = False
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if pending_qp and lines:
            lines[-1] = lines[-1][:-1] + raw
        elif raw[:1] in (" ", "\t") and lines:
            lines[-1] += raw[1:]
        else:
            lines.append(raw)
        last = lines[-1] if lines else ""
        pending_qp = "QUOTED-PRINTABLE" in last.split(":", 1)[0].upper() and last.endswith("=")
    return [line for line in lines if line.strip()]


def _split_value(value: str) -> list[str]:
    """Split a structured value on unescaped ';' and unescape \\, \\; \\n."""
    parts, current, escape = [], [], False
    for ch in value:
        if escape:
            current.append("\n" if ch in "nN" else ch)
            escape = False
        elif ch == "\\":
            escape = True
        elif ch == ";":
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return [p.strip() for p in parts]


def _parse_line(line: str) -> tuple[str, set[str], dict[str, str], str] | None:
    if ":" not in line:
        return None
    head, value = line.split(":", 1)
    pieces = _PARAM_SPLIT.split(head)
    name = pieces[0].split(".")[-1].upper()  # drop "item1." group prefixes (Apple)
    types: set[str] = set()
    params: dict[str, str] = {}
    for piece in pieces[1:]:
        if "=" in piece:
            key, val = piece.split("=", 1)
            key = key.upper()
            if key == "TYPE":
                types.update(v.strip('"').upper() for v in val.split(","))
            else:
                params[key] = val.strip('"')
        else:
            types.add(piece.upper())  # vCard 2.1 bare types: TEL;WORK;VOICE
    if params.get("ENCODING", "").upper() in ("QUOTED-PRINTABLE", "QP"):
        charset = params.get("CHARSET", "utf-8")
        data = quopri.decodestring(value.encode("latin-1", errors="replace"))
        try:
            value = data.decode(charset)
        except (UnicodeDecodeError, LookupError):
            value = data.decode("cp1252", errors="replace")
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    return name, types, params, value


def _card_to_row(lines: list[str]) -> list[str]:
    row = dict.fromkeys(VCARD_COLUMNS, "")
    emails: list[str] = []
    fn = ""
    for line in lines:
        parsed = _parse_line(line)
        if parsed is None:
            continue
        name, types, _params, value = parsed
        if name == "N":
            parts = [*_split_value(value), "", "", "", ""]
            row["Last name"], row["First name"], row["Civility"] = parts[0], parts[1], parts[3]
        elif name == "FN":
            fn = _split_value(value)[0]
        elif name == "ORG":
            parts = [*_split_value(value), ""]
            row["Company"], row["Department"] = parts[0], parts[1]
        elif name == "TITLE":
            row["Job title"] = _split_value(value)[0]
        elif name == "EMAIL":
            emails.append(value.strip())
        elif name == "TEL":
            if "FAX" in types:
                key = "Business fax"
            elif "CELL" in types:
                key = "Mobile phone"
            elif "HOME" in types:
                key = "Home phone"
            else:
                key = "Business phone"
            if not row[key]:
                row[key] = value.strip()
        elif name == "ADR" and (not row["Street"] or "WORK" in types):
            parts = [*_split_value(value), "", "", "", "", "", "", ""]
            street = [s.strip() for s in (parts[1], *parts[2].split("\n")) if s.strip()]
            row["Street"] = street[0] if street else ""
            row["Street 2"] = ", ".join(street[1:])
            row["City"], row["Postcode"], row["Country"] = parts[3], parts[5], parts[6]
        elif name == "URL":
            row["Website"] = value.strip()
        elif name == "BDAY":
            row["Birthday"] = value.strip()[:10]
        elif name == "NOTE":
            row["Notes"] = ";".join(_split_value(value))
    if not row["Last name"] and not row["First name"] and fn:
        first, _, last = fn.rpartition(" ")
        row["First name"], row["Last name"] = first, last
    row["E-mail"] = emails[0] if emails else ""
    row["E-mail 2"] = emails[1] if len(emails) > 1 else ""
    return [row[c] for c in VCARD_COLUMNS]


def parse_vcards(text: str) -> list[list[str]]:
    """Rows (one per card) under the ``VCARD_COLUMNS`` header."""
    rows: list[list[str]] = [list(VCARD_COLUMNS)]
    card: list[str] | None = None
    for line in _unfold(text):
        upper = line.strip().upper()
        if upper == "BEGIN:VCARD":
            card = []
        elif upper == "END:VCARD":
            if card is not None:
                rows.append(_card_to_row(card))
            card = None
        elif card is not None:
            card.append(line)
    if card is not None:
        raise DomainError(
            "The vCard file is truncated: a card has no END:VCARD line.", code="bad_vcard"
        )
    if len(rows) == 1:
        raise DomainError("The file holds no vCard (no BEGIN:VCARD line).", code="bad_vcard")
    return rows


def read_vcard(path: str | Path) -> SourceFile:
    """Read a .vcf file (one or many cards, vCard 2.1 or 3.0)."""
    from desktop_crm.interchange.csv_reader import decode

    file = Path(path)
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise DomainError(
            f"The file cannot be opened: {exc.strerror or exc}.", code="cannot_open"
        ) from exc
    text, encoding = decode(data)
    return SourceFile(str(file), "vcard", [Sheet(file.stem, parse_vcards(text))], encoding)


def _card(values: Mapping[str, Any]) -> Any:
    def text(name: str) -> str:
        value = values.get(name)
        # One line per value, control characters gone (stored data may predate the rule).
        return "" if value is None else one_line(str(value))

    card = vobject.vCard()
    card.add("n").value = vobject.vcard.Name(
        family=text("last_name"), given=text("first_name"), prefix=text("civility")
    )
    full = " ".join(p for p in (text("first_name"), text("last_name")) if p)
    card.add("fn").value = full or text("company_name") or text("email") or "?"
    if text("company_name") or text("department"):
        card.add("org").value = [text("company_name"), text("department")]
    if text("job_title"):
        card.add("title").value = text("job_title")
    for field, kind in (("email", "INTERNET"), ("email2", "INTERNET")):
        if text(field):
            line = card.add("email")
            line.value = text(field)
            line.type_param = kind
    for field, kind in (
        ("phone_business", "WORK"),
        ("phone_mobile", "CELL"),
        ("phone_home", "HOME"),
        ("phone_fax", "FAX"),
    ):
        if text(field):
            line = card.add("tel")
            line.value = text(field)
            line.type_param = kind
    street = "\n".join(p for p in (text("address1"), text("address2"), text("address3")) if p)
    if street or text("city") or text("postcode"):
        line = card.add("adr")
        line.value = vobject.vcard.Address(
            street=street, city=text("city"), code=text("postcode"), country=text("country")
        )
        line.type_param = "WORK"
    if text("website"):
        card.add("url").value = text("website")
    if text("birthday"):
        card.add("bday").value = text("birthday")[:10]
    return card


def write_vcard(path: str | Path, records: Iterable[Mapping[str, Any]]) -> int:
    """Write contacts (field name -> value) as vCard 3.0; returns the number of cards."""
    count = 0
    with Path(path).open("w", encoding="utf-8", newline="") as out:
        for values in records:
            out.write(_card(values).serialize())
            count += 1
    return count

"""vCard 2.1/3.0 reading (a tolerant parser) and vCard 3.0 writing (vobject).

Outlook writes vCard 2.1 with QUOTED-PRINTABLE values in Windows-1252, which vobject
decodes as UTF-8 and rejects, hence our own small reader.
"""

from __future__ import annotations

import binascii
import io
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, TextIO

import vobject

from desktop_crm.domain.cleaning import one_line
from desktop_crm.domain.errors import DomainError
from desktop_crm.interchange.csv_reader import read_text_file
from desktop_crm.interchange.limits import LIMITS, ReadLimits, refuse
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
QP_MARK = "QUOTED-PRINTABLE"


def _logical_lines(stream: TextIO, limits: ReadLimits) -> Iterator[tuple[int, str]]:
    """(first physical line number, logical line): 3.0 folding (leading blank) and 2.1 QP
    soft breaks (trailing '=') undone in linear time; blank lines dropped.

    A logical line is kept as a list of pieces joined once, and the QUOTED-PRINTABLE marker is
    looked for in the property's head (before the first ':') only as its pieces arrive.
    """
    limit = limits.max_line_chars
    parts: list[str] = []
    start = size = 0
    head_done, head_tail, qp = False, "", False
    for number, raw in enumerate(_physical_lines(stream, limits), start=1):
        pending_qp = qp and _ends_with(parts, "=")
        if pending_qp and parts:
            _drop_last_char(parts)
            piece = raw
        elif raw[:1] in (" ", "\t") and parts:
            piece = raw[1:]
        else:
            if parts:
                line = "".join(parts)
                if line.strip():
                    yield start, line
            parts, start, size = [], number, 0
            head_done, head_tail, qp = False, "", False
            piece = raw
        parts.append(piece)
        size += len(piece)
        if size > limit:
            raise refuse(
                f"The file was not imported: the property starting on line {start} is longer "
                f"than the limit of {limit:,} characters; check that it is really a vCard file.",
                limit="max_line_chars",
                line=start,
            )
        if not head_done:
            colon = piece.find(":")
            head = piece if colon < 0 else piece[:colon]
            qp = qp or QP_MARK in (head_tail + head).upper()
            head_tail = (head_tail + head)[-len(QP_MARK) :]
            head_done = colon >= 0
    if parts:
        line = "".join(parts)
        if line.strip():
            yield start, line


def _physical_lines(stream: TextIO, limits: ReadLimits) -> Iterator[str]:
    """Lines without their line end; one longer than a whole property is refused unread."""
    limit = limits.max_line_chars
    number = 0
    while True:
        text = stream.readline(limit + 2)
        if not text:
            return
        number += 1
        line = text.rstrip("\r\n")
        if len(line) > limit:
            raise refuse(
                f"The file was not imported: line {number} is longer than the limit of "
                f"{limit:,} characters; check that it is really a vCard file.",
                limit="max_line_chars",
                line=number,
            )
        yield line


def _ends_with(parts: list[str], suffix: str) -> bool:
    for part in reversed(parts):
        if part:
            return part.endswith(suffix)
    return False


def _drop_last_char(parts: list[str]) -> None:
    for index in range(len(parts) - 1, -1, -1):
        if parts[index]:
            parts[index] = parts[index][:-1]
            return


def _split_params(head: str) -> list[str]:
    """Split a property head on the ';' outside double quotes, in linear time.

    A ';' separates when an even number of quotes follows it (as the former lookahead regex
    decided, re-scanning to the end for every ';').
    """
    if '"' not in head:
        return head.split(";")
    segments = head.split('"')
    last = len(segments) - 1
    pieces: list[str] = []
    current: list[str] = []
    for index, segment in enumerate(segments):
        if index:
            current.append('"')
        if (last - index) % 2 == 0:
            first, *others = segment.split(";")
            current.append(first)
            for other in others:
                pieces.append("".join(current))
                current = [other]
        else:
            current.append(segment)
    pieces.append("".join(current))
    return pieces


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
    pieces = _split_params(head)
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
        data = binascii.a2b_qp(value.encode("latin-1", errors="replace"))
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


def _checked(row: list[str], card: int, line: int, limits: ReadLimits) -> list[str]:
    """A card's row, refused when one of its values exceeds the cell-length limit."""
    for column, value in zip(VCARD_COLUMNS, row, strict=True):
        if len(value) > limits.max_field_chars:
            raise refuse(
                f"The file was not imported: the {column} of card {card} (ending on line "
                f"{line}) is longer than the limit of {limits.max_field_chars:,} characters "
                "per value.",
                limit="max_field_chars",
                card=card,
                line=line,
            )
    return row


def parse_vcards(text: str, limits: ReadLimits = LIMITS) -> list[list[str]]:
    """Rows (one per card) under the ``VCARD_COLUMNS`` header."""
    return parse_vcard_stream(io.StringIO(text, newline=None), limits)


def parse_vcard_stream(stream: TextIO, limits: ReadLimits = LIMITS) -> list[list[str]]:
    """Rows (one per card) from a text stream, refusing what exceeds ``limits``."""
    rows: list[list[str]] = [list(VCARD_COLUMNS)]
    card: list[str] | None = None
    cards = card_chars = 0
    for number, line in _logical_lines(stream, limits):
        upper = line.strip().upper() if len(line) < 64 else ""
        if upper == "BEGIN:VCARD":
            cards += 1
            if cards > limits.max_rows:
                raise refuse(
                    f"The file was not imported: it holds more than {limits.max_rows:,} cards "
                    f"(the limit, reached at line {number}); split it into smaller files.",
                    limit="max_rows",
                    line=number,
                )
            card, card_chars = [], 0
        elif upper == "END:VCARD":
            if card is not None:
                rows.append(_checked(_card_to_row(card), cards, number, limits))
            card = None
        elif card is not None:
            card.append(line)
            card_chars += len(line)
            if len(card) > limits.max_card_properties:
                raise refuse(
                    f"The file was not imported: card {cards} has more than "
                    f"{limits.max_card_properties:,} properties (the limit, reached at line "
                    f"{number}); check that it is really a vCard file.",
                    limit="max_card_properties",
                    card=cards,
                    line=number,
                )
            if card_chars > limits.max_card_chars:
                raise refuse(
                    f"The file was not imported: card {cards} is longer than the limit of "
                    f"{limits.max_card_chars:,} characters (reached at line {number}); check "
                    "that it is really a vCard file.",
                    limit="max_card_chars",
                    card=cards,
                    line=number,
                )
    if card is not None:
        raise DomainError(
            "The vCard file is truncated: a card has no END:VCARD line.", code="bad_vcard"
        )
    if len(rows) == 1:
        raise DomainError("The file holds no vCard (no BEGIN:VCARD line).", code="bad_vcard")
    return rows


def read_vcard(path: str | Path, limits: ReadLimits = LIMITS) -> SourceFile:
    """Read a .vcf file (one or many cards, vCard 2.1 or 3.0), streaming it."""
    file = Path(path)

    def read(stream: TextIO) -> list[list[str]]:
        return parse_vcard_stream(stream, limits)

    rows, encoding = read_text_file(file, read, limits=limits)
    return SourceFile(str(file), "vcard", [Sheet(file.stem, rows)], encoding)


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

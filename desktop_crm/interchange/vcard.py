"""vCard 2.1/3.0/4.0 reading (a tolerant parser); writing is in ``interchange.vcard_write``.

Outlook writes vCard 2.1 with QUOTED-PRINTABLE values in Windows-1252 and some phones fold
lines in the middle of a UTF-8 character, hence our own reader: lines are unfolded as bytes
first, then each card is decoded (UTF-8, or Windows-1252 for a card that is not UTF-8, which
the card's remarks say). Every phone, e-mail, address and web site of a card is kept: those
without a field of their own go to the note, labelled, and the remarks say what went where.
A phone, e-mail or address that did get a field keeps its own label (Apple's X-ABLabel,
Android's X- types) in the note beside its value (``interchange.vcard_placing``).
"""

from __future__ import annotations

import binascii
import io
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from desktop_crm.domain.errors import DomainError
from desktop_crm.domain.fields import export_header
from desktop_crm.domain.wording import IMPORT, count, say
from desktop_crm.interchange import note_words as words
from desktop_crm.interchange.column_words import column_word
from desktop_crm.interchange.limits import LIMITS, ReadLimits, refuse
from desktop_crm.interchange.table import Sheet, SourceFile
from desktop_crm.interchange.vcard_extras import (
    android_label,
    birthday,
    date_text,
    extra_line,
)
from desktop_crm.interchange.vcard_lines import logical_lines, physical_lines, utf16_codec
from desktop_crm.interchange.vcard_placing import (
    _APPLE_LABEL,
    _LABEL_TYPES,
    VCARD_COLUMNS,
    _Address,
    _Card,
    _field_label,
    _place_addresses,
    _place_emails,
    _place_phones,
    extra_label,
)
from desktop_crm.interchange.vcard_write import APP_FIELDS, app_field

FALLBACK = "cp1252"
_BARE_BACKSLASH = re.compile(r"\\(?!;)")
_EXTENSION = re.compile(r"\s*(?:ext\.?|x|poste)\s*(\d{1,6})$", re.IGNORECASE)
# -- properties ----------------------------------------------------------------------------------


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


def unescape(value: str) -> str:
    """A vCard text value as typed: \\n -> line break, \\, \\; \\: \\\\ -> the character."""
    if "\\" not in value:
        return value
    out: list[str] = []
    escape = False
    for ch in value:
        if escape:
            out.append("\n" if ch in "nN" else ch)
            escape = False
        elif ch == "\\":
            escape = True
        else:
            out.append(ch)
    if escape:
        out.append("\\")
    return "".join(out)


def _split_value(value: str) -> list[str]:
    """Split a structured value on unescaped ';' and unescape each part."""
    if "\\" not in value:
        return [p.strip() for p in value.split(";")]
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


@dataclass
class _Property:
    group: str
    name: str
    types: set[str]
    params: dict[str, str]
    value: str  # decoded, still escaped (structured values are split later)


def _head(line: bytes) -> tuple[str, dict[str, str], set[str], str, bytes] | None:
    colon = line.find(b":")
    if colon < 0:
        return None
    head = line[:colon].decode("latin-1")
    pieces = _split_params(head)
    group, _, name = pieces[0].rpartition(".")  # "item1.TEL" (Apple's label groups)
    types: set[str] = set()
    params: dict[str, str] = {}
    for piece in pieces[1:]:
        typed = piece.strip()
        typed = typed[5:] if typed[:5].upper() == "TYPE=" else typed
        if typed[:9].upper() == "X-CUSTOM(":  # Android: X-CUSTOM(CHARSET=…,ENCODING=…,label)
            params["X-TYPE-LABEL"] = android_label(typed)
            types.add("X-CUSTOM")
        elif "=" in piece:
            key, val = piece.split("=", 1)
            key = key.strip().upper()
            if key == "TYPE":
                types.update(v.strip().strip('"').upper() for v in val.split(","))
            else:
                params[key] = val.strip('"')
        elif piece.strip():
            types.add(piece.strip().upper())  # vCard 2.1 bare types: TEL;WORK;VOICE
    # Android's own labels are X- types ("TEL;X-Standard"): kept as written, for the note.
    bare = [p.strip().removeprefix("TYPE=").removeprefix("type=") for p in pieces[1:]]
    custom = [t[2:] for p in bare if "=" not in p for t in p.split(",") if t[:2] in ("X-", "x-")]
    if custom:
        params.setdefault("X-TYPE-LABEL", _head_word(custom[0]))
    return group.casefold(), params, types, name.strip().upper(), line[colon + 1 :]


def _head_word(text: str) -> str:
    """A label written in a property's head ("ADR;TYPE=X-Entrepôt"), which was read as
    Latin-1 to be split: UTF-8, as the card is, else Windows-1252 ("EntrepÃ´t" was kept)."""
    data = text.encode("latin-1")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode(FALLBACK, errors="replace")


def _decode(data: bytes, charset: str | None, card_codec: str) -> str:
    for codec in (charset, card_codec):
        if not codec:
            continue
        try:
            return data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode(FALLBACK, errors="replace")


def _decode_card(lines: list[bytes]) -> tuple[list[_Property], bool]:
    """The card's properties decoded, and whether the card was read as Windows-1252."""
    heads = [h for h in (_head(line) for line in lines) if h is not None]
    card_codec = "utf-8"
    for _group, params, _types, _name, value in heads:
        qp = params.get("ENCODING", "").upper() in ("QUOTED-PRINTABLE", "QP")
        if qp or "CHARSET" in params or value.isascii():
            continue
        try:
            value.decode("utf-8")
        except UnicodeDecodeError:
            card_codec = FALLBACK
            break
    # vCard 2.1 escapes nothing but ";" in structured values: "C:\\Temp" is a path there.
    old = any(n == "VERSION" and v.strip() == b"2.1" for _g, _p, _t, n, v in heads)
    props: list[_Property] = []
    for group, params, types, name, value in heads:
        if params.get("ENCODING", "").upper() in ("QUOTED-PRINTABLE", "QP"):
            data = binascii.a2b_qp(value)
            text = _decode(data, params.get("CHARSET"), card_codec)
            text = text.replace("\r\n", "\n").replace("\r", "\n")
            # A QP value carries real line breaks, never vCard escapes: protect them.
            text = text.replace("\\", "\\\\").replace("\n", "\\n")
        else:
            text = _decode(value, params.get("CHARSET"), card_codec)
            if old and "\\" in text:
                text = _BARE_BACKSLASH.sub(r"\\\\", text)
        props.append(_Property(group, name, types, params, text))
    return props, card_codec != "utf-8"


def parse_property(line: str) -> tuple[str, set[str], dict[str, str], str] | None:
    """(name, types, parameters, unescaped value) of one unfolded line (for tests and tools)."""
    head = _head(line.encode("utf-8"))
    if head is None:
        return None
    _group, params, types, name, value = head
    return name, types, params, unescape(value.decode("utf-8"))


# -- a card -> a row ---------------------------------------------------------------------------


def _label(text: str) -> str:
    found = _APPLE_LABEL.match(text.strip())
    return (found.group(1) if found else text).strip()


def _kinds(prop: _Property, labels: Mapping[str, str]) -> set[str]:
    kinds = {t for t in prop.types if t}
    label = _label(labels.get(prop.group, "")) if prop.group else ""
    mapped = _LABEL_TYPES.get(label.casefold())
    if mapped:
        kinds.add(mapped)
        if "fax" in label.casefold():
            kinds.add("HOME" if "home" in label.casefold() else "WORK")
    return kinds


def _strip_scheme(value: str, scheme: str) -> str:
    text = value.strip()
    if text[: len(scheme)].casefold() == scheme:
        text = text[len(scheme) :]
    return text.strip()


def _tel(value: str) -> tuple[str, str]:
    """(number, extension) from "tel:+1-555-0100;ext=22" or a plain number."""
    text = _strip_scheme(value, "tel:")
    number, _, params = text.partition(";")
    ext = ""
    for param in params.split(";"):
        key, _, val = param.partition("=")
        if key.strip().casefold() == "ext":
            ext = val.strip()
    if params and not ext and "=" not in params:
        number = text
    number = number.strip()
    found = _EXTENSION.search(number)
    if found and not ext and found.start() > 0:
        number, ext = number[: found.start()].strip(), found.group(1)
    return number, ext


def _address(prop: _Property, labels: Mapping[str, str]) -> _Address:
    parts = [*_split_value(prop.value), "", "", "", "", "", "", ""]
    lines = [s.strip() for s in (parts[1], *parts[2].split("\n")) if s.strip()]
    kinds = _kinds(prop, labels)
    return _Address(
        kinds,
        _field_label(labels.get(prop.group, ""))
        if prop.group
        else prop.params.get("X-TYPE-LABEL", ""),
        parts[0],
        lines,
        parts[3],
        parts[4],
        parts[5],
        parts[6],
    )


def _card_to_row(props: list[_Property]) -> _Card:
    card = _Card()
    row = card.row
    # Labels as written (Apple's built-in ones with their _$!<...>!$_ marks: see _field_label).
    labels = {p.group: unescape(p.value).strip() for p in props if p.name == "X-ABLABEL"}
    phones: list[tuple[set[str], str, str, str]] = []
    emails: list[tuple[set[str], str, str]] = []
    addresses: list[_Address] = []
    urls: list[str] = []
    not_imported: list[str] = []
    fn = ""
    for prop in props:
        name, value = prop.name, prop.value
        label = labels.get(prop.group, "") if prop.group else prop.params.get("X-TYPE-LABEL", "")
        if name in ("TEL", "EMAIL"):
            label = _field_label(label)
        if name == "N":
            parts = [*_split_value(value), "", "", "", ""]
            row["Last name"], row["First name"], row["Civility"] = parts[0], parts[1], parts[3]
            card.kept += [words.name_suffix(parts[4])] if parts[4] else []
            if parts[2]:
                row["First name"] = f"{parts[1]} {parts[2]}".strip()
        elif name == "FN":
            fn = unescape(value).strip()
        elif name in ("ORG", "TITLE") and row["Company" if name == "ORG" else "Job title"]:
            second = words.second_company if name == "ORG" else words.second_job_title
            card.kept.append(second(", ".join(p for p in _split_value(value) if p)))
        elif name == "ORG":
            parts = [*_split_value(value), ""]
            row["Company"], row["Department"] = parts[0], "; ".join(p for p in parts[1:] if p)
        elif name == "TITLE":
            row["Job title"] = unescape(value).strip()
        elif name == "EMAIL":
            text = _strip_scheme(unescape(value), "mailto:")
            if text:
                emails.append((_kinds(prop, labels), label, text))
        elif name == "TEL":
            number, ext = _tel(unescape(value))
            if number:
                phones.append((_kinds(prop, labels), label, number, ext))
        elif name == "ADR":
            address = _address(prop, labels)
            if address.text():
                addresses.append(address)
        elif name == "URL":
            text = unescape(value).strip()
            if text:
                urls.append(text)
        elif name == "BDAY":  # a whole date to the field; "--0517", "1975", text: the note
            day, kept_day = birthday(unescape(value), prop.params)
            if day and row.get("Birthday") and row["Birthday"] != day:
                kept_day = words.birthday(date_text(day, {}))  # (a second one: in the note)
            elif day:
                row["Birthday"] = day
            card.kept += [kept_day] if kept_day else []
        elif name == "NOTE":
            text = unescape(value).strip()
            if text:
                card.notes.append(text)
        elif name == "KIND" or name == "X-ADDRESSBOOKSERVER-KIND":
            row["Kind"] = unescape(value).strip().casefold()
        elif name == "X-ABSHOWAS" and unescape(value).strip().upper() == "COMPANY":
            row["Kind"] = row["Kind"] or "org"
        elif name == "CATEGORIES":
            groups = [g.strip() for g in _split_value(value.replace(",", ";")) if g.strip()]
            row["Groups"] = " ::: ".join(filter(None, [row["Groups"], *groups]))
        elif app_field(name) is not None:
            card.app[str(app_field(name))] = unescape(value).strip()
        elif name not in ("X-ABLABEL", "BEGIN", "END"):
            line, lost = extra_line(
                name, prop.params, unescape(value), _split_value(value), extra_label(label),
                has_address=any(p.name == "ADR" for p in props),
            )  # fmt: skip
            card.kept += [line] if line else []
            not_imported += [lost] if lost and lost not in not_imported else []
    person = row["Kind"] in ("", "individual") and fn != row["Company"]
    if not row["Last name"] and not row["First name"] and fn and person:
        first, _, last = fn.rpartition(" ")
        row["First name"], row["Last name"] = first, last
    if row["Kind"] in ("org", "location") and not row["Company"]:
        row["Company"] = fn or " ".join(p for p in (row["First name"], row["Last name"]) if p)
    if row["Kind"] == "group" and not row["Company"]:
        row["Company"] = fn
    placed = [
        _place_phones(card, phones),
        _place_emails(card, emails),
        "",  # the labels kept, once the addresses have given theirs
        _place_addresses(card, addresses),
        words.websites_placed(len(urls)) if len(urls) > 1 else "",
    ]
    placed[2] = words.labels_in_note(card.labels) if card.labels else ""
    if urls:
        row["Website"] = urls[0]
        card.kept += [words.website(u) for u in urls[1:]]
    placed += [", ".join(words.not_imported(w) for w in not_imported)] if not_imported else []
    names = (
        "phones_placed",
        "emails_placed",
        "labels_in_note",
        "addresses_placed",
        "websites_placed",
    )
    card.codes = [code for code, text in zip(names, placed, strict=False) if text]
    card.codes += [f"not_imported_{what}" for what in not_imported]
    placed = [p for p in placed if p]
    if placed:
        card.remarks.append(words.vcard_remarks(placed))
    notes = list(card.notes)
    if card.kept:
        notes.append("\n".join([words.intro_vcard(), *card.kept]))
    row["Notes"] = "\n\n".join(notes)
    return card


def _checked(row: list[str], card: int, line: int, limits: ReadLimits) -> list[str]:
    """A card's row, refused when one of its values exceeds the cell-length limit."""
    for column, value in zip(VCARD_COLUMNS, row, strict=True):
        if len(value) > limits.max_field_chars:
            raise refuse(
                say(
                    IMPORT,
                    "The file was not imported: the {column} of card {card} (ending on line "
                    "{line}) is longer than the limit of {limit} characters per value.",
                ).format(
                    column=column_word(column),
                    card=card,
                    line=line,
                    limit=count(limits.max_field_chars),
                ),
                limit="max_field_chars",
                card=card,
                line=line,
            )
    return row


@dataclass
class _Result:
    rows: list[list[str]]
    fallback_cards: int = 0
    app: list[dict[str, str]] = field(default_factory=list)  # per card, for the extra columns
    codes: dict[int, tuple[str, ...]] = field(default_factory=dict)  # row -> remark codes

    def finish(self) -> None:
        """Columns for the fields only this application writes (X-DESKTOP-CRM-...)."""
        names = [n for n in APP_FIELDS if n != "cedex" and any(n in a for a in self.app)]
        if not names:
            return
        self.rows[0] += [export_header(n) for n in names]
        for row, app in zip(self.rows[1:], self.app, strict=True):
            row += [app.get(n, "") for n in names]


def _parse_lines(lines: Iterable[bytes], limits: ReadLimits) -> _Result:
    result = _Result([list(VCARD_COLUMNS)])
    card: list[bytes] | None = None
    cards = card_chars = 0
    for number, line in logical_lines(lines, limits):
        upper = line.strip().upper() if len(line) < 64 else b""
        if upper == b"BEGIN:VCARD":
            cards += 1
            if cards > limits.max_rows:
                raise refuse(
                    say(
                        IMPORT,
                        "The file was not imported: it holds more than {limit} cards "
                        "(the limit, reached at line {line}); split it into smaller files.",
                    ).format(limit=count(limits.max_rows), line=number),
                    limit="max_rows",
                    line=number,
                )
            card, card_chars = [], 0
        elif upper == b"END:VCARD":
            if card is not None:
                props, fallback = _decode_card(card)
                parsed = _card_to_row(props)
                if fallback:
                    result.fallback_cards += 1
                    parsed.remarks.insert(0, words.not_utf8_card())
                    parsed.codes.insert(0, "not_utf8_card")
                if parsed.codes:
                    result.codes[len(result.rows)] = tuple(parsed.codes)
                parsed.row["Import remarks"] = " ".join(parsed.remarks)
                if parsed.app.get("cedex"):
                    parsed.row["Cedex"] = parsed.app["cedex"]
                result.app.append(parsed.app)
                values = [parsed.row[c] for c in VCARD_COLUMNS]
                result.rows.append(_checked(values, cards, number, limits))
            card = None
        elif card is not None:
            card.append(line)
            card_chars += len(line)
            if len(card) > limits.max_card_properties:
                raise refuse(
                    say(
                        IMPORT,
                        "The file was not imported: card {card} has more than "
                        "{limit} properties (the limit, reached at line "
                        "{line}); check that it is really a vCard file.",
                    ).format(card=cards, limit=count(limits.max_card_properties), line=number),
                    limit="max_card_properties",
                    card=cards,
                    line=number,
                )
            if card_chars > limits.max_card_chars:
                raise refuse(
                    say(
                        IMPORT,
                        "The file was not imported: card {card} is longer than the limit of "
                        "{limit} characters (reached at line {line}); check "
                        "that it is really a vCard file.",
                    ).format(card=cards, limit=count(limits.max_card_chars), line=number),
                    limit="max_card_chars",
                    card=cards,
                    line=number,
                )
    if card is not None:
        raise DomainError(
            say(IMPORT, "The vCard file is truncated: a card has no END:VCARD line."),
            code="bad_vcard",
        )
    if len(result.rows) == 1:
        raise DomainError(
            say(IMPORT, "The file holds no vCard (no BEGIN:VCARD line)."), code="bad_vcard"
        )
    result.finish()
    return result


def parse_vcards(text: str | bytes, limits: ReadLimits = LIMITS) -> list[list[str]]:
    """Rows (one per card) under the ``VCARD_COLUMNS`` header (text is taken as UTF-8)."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    return parse_vcard_stream(io.BytesIO(data), limits)


def parse_vcard_stream(stream: IO[bytes], limits: ReadLimits = LIMITS) -> list[list[str]]:
    """Rows (one per card) from a byte stream, refusing what exceeds ``limits``."""
    head = stream.read(4096)
    stream.seek(0)
    return _parse_lines(physical_lines(stream, limits, utf16_codec(head)), limits).rows


def read_vcard(path: str | Path, limits: ReadLimits = LIMITS) -> SourceFile:
    """Read a .vcf file (one or many cards, vCard 2.1, 3.0 or 4.0), streaming it."""
    file = Path(path)
    try:
        size = file.stat().st_size
        if size > limits.max_file_bytes:
            raise refuse(
                say(
                    IMPORT,
                    "The file was not imported: it is larger than the limit of "
                    "{limit} bytes; split it into smaller files.",
                ).format(limit=count(limits.max_file_bytes)),
                limit="max_file_bytes",
            )
        with file.open("rb") as stream:
            head = stream.read(4096)
            stream.seek(0)
            codec = utf16_codec(head)
            result = _parse_lines(physical_lines(stream, limits, codec), limits)
    except OSError as exc:
        raise DomainError(
            say(IMPORT, "The file cannot be opened: {why}.").format(why=exc.strerror or exc),
            code="cannot_open",
        ) from exc
    cards = len(result.rows) - 1
    if codec is not None:
        encoding = codec
    elif result.fallback_cards == cards:
        encoding = FALLBACK
    elif result.fallback_cards:
        encoding = f"utf-8 ({result.fallback_cards} of {cards} cards read as {FALLBACK})"
    else:
        encoding = "utf-8"
    notes = []
    if result.fallback_cards:
        notes.append(words.cards_not_utf8(result.fallback_cards, cards))
    sheet = Sheet(file.stem, result.rows, remark_codes=result.codes)
    return SourceFile(str(file), "vcard", [sheet], encoding, None, notes)

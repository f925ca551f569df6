"""Row checks for imports: every value cleaned and validated before anything is written."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import Any

from desktop_crm.domain.cleaning import clean_controls
from desktop_crm.domain.contacts import (
    DATE_FIELDS,
    EMAIL_FIELDS,
    FLAG_FIELDS,
    PHONE_FIELDS,
    TEXT_FIELDS,
    normalise_civility,
)
from desktop_crm.domain.errors import FieldProblem
from desktop_crm.domain.phones import is_mobile
from desktop_crm.interchange.headers import HISTORY_TARGET, NOTE_TARGET, header_key
from desktop_crm.services.importing.keys import (
    KeyRow,
    contact_keys,
    fast_check_email,
    fast_check_phone,
    key_row,
)
from desktop_crm.services.importing.model import ImportMapping

EXTRA_TARGETS = (NOTE_TARGET, HISTORY_TARGET)
IMPORTABLE_FIELDS: tuple[str, ...] = (
    *TEXT_FIELDS,
    *PHONE_FIELDS,
    *EMAIL_FIELDS,
    *FLAG_FIELDS,
    *DATE_FIELDS,
)
COLUMN_SIZES: dict[str, int] = {
    **TEXT_FIELDS,
    **dict.fromkeys(PHONE_FIELDS, 32),
    **dict.fromkeys(EMAIL_FIELDS, 254),
}
# Fields whose several source columns are joined with a comma rather than a space.
_COMMA_JOINED = frozenset({"address1", "address2", "address3", "home_address1"})
_TRUE = frozenset({"1", "x", "oui", "o", "yes", "y", "true", "vrai", "on"})
_FR_POSTCODE = re.compile(r"^\d{5}$")
_CEDEX = re.compile(r"\s+(cedex(?:\s*\d{1,3})?)\s*$", re.IGNORECASE)
_FRANCE = frozenset({"", "france", "fr", "fra"})
_FORMULA_STARTS = ("=", "+", "-", "@")
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_FIRST_SERIAL, _LAST_SERIAL = 10_000, 73_050  # 1927-05-18 .. 2099-12-31
# Field name -> kind of check, one look-up per cell (the first listed kind wins, as the
# order of the tests in ``check_row`` used to decide).
_TEXT, _PHONE, _EMAIL, _FLAG, _DATE = "text", "phone", "email", "flag", "date"
_KINDS: dict[str, str] = {
    **dict.fromkeys(DATE_FIELDS, _DATE),
    **dict.fromkeys(FLAG_FIELDS, _FLAG),
    **dict.fromkeys(EMAIL_FIELDS, _EMAIL),
    **dict.fromkeys(PHONE_FIELDS, _PHONE),
    **dict.fromkeys(TEXT_FIELDS, _TEXT),
}
for _extra in EXTRA_TARGETS:
    _KINDS.pop(_extra, None)
_DATE_FORMATS = ("%d/%m/%Y", "%d/%m/%y", "%d-%m-%Y", "%d.%m.%Y", "%Y/%m/%d")
# An Excel date cell as the XLSX reader gives it ("01/12/2026", "02/12/2026 14:30").
_CELL_DATE = re.compile(r"^(\d{2})/(\d{2})/(\d{4})(?: \d{2}:\d{2}(?::\d{2})?)?$")


def row_raw_values(cells: Sequence[str], mapping: ImportMapping) -> dict[str, str]:
    """Target -> text for one row, joining several columns that fill the same target."""
    parts: dict[str, list[str]] = {}
    for column, targets in mapping.columns.items():
        text = cells[column].strip() if column < len(cells) else ""
        if not text:
            continue
        if text[0] == "'" and text[1:2] in _FORMULA_STARTS:
            text = text[1:]  # our own exports quote "+33..." and "-" so Excel keeps them text
        for target in targets:
            parts.setdefault(target, []).append(text)
    raw: dict[str, str] = {}
    for target, texts in parts.items():
        if target in EXTRA_TARGETS:
            raw[target] = "\n".join(texts)
        else:
            raw[target] = (", " if target in _COMMA_JOINED else " ").join(texts)
    for target, text in mapping.constants.items():
        if text and not raw.get(target):
            raw[target] = text
    return raw


# A phone column that does not say which phone it is ("Téléphone", "Phone", "Tél."): its
# mobiles (06/07, +33 6/7) belong in Mobile, its other numbers in Business.
GENERIC_PHONE_HEADERS = frozenset(
    header_key(h)
    for h in (
        "Téléphone",
        "Telephone",
        "Tél",
        "Tel",
        "Phone",
        "Phone number",
        "Numéro de téléphone",
        "Numéro",
        "N° de téléphone",
        "Téléphones",
        "Phones",
        "Telefon",
        "Teléfono",
    )
)
# Marker put in a row's raw values when its Business phone came from such a column.
GENERIC_PHONE = "_generic_phone"


def generic_phone_column(mapping: ImportMapping, headers: Sequence[str]) -> bool:
    """Does a generic phone column fill Business while no column fills Mobile?"""
    generic = False
    for column, targets in mapping.columns.items():
        if "phone_mobile" in targets:
            return False
        if "phone_business" in targets and column < len(headers):
            generic = generic or header_key(headers[column]) in GENERIC_PHONE_HEADERS
    return generic and "phone_mobile" not in mapping.constants


def route_generic_phone(values: dict[str, Any]) -> None:
    """A valid mobile read from a generic phone column goes to Mobile, not Business."""
    number = values.get("phone_business")
    if number and not values.get("phone_mobile") and is_mobile(number):
        values["phone_mobile"] = values.pop("phone_business")


def row_reader(
    mapping: ImportMapping, headers: Sequence[str] = ()
) -> Callable[[Sequence[str]], dict[str, str]]:
    """``row_raw_values`` for this mapping, prepared once for the whole file.

    When no target is filled by several columns (the usual case) nothing needs joining,
    so each cell goes straight to its targets; otherwise ``row_raw_values`` is used. With
    the file's ``headers``, rows whose Business phone comes from a generic "Téléphone"
    column are marked so that ``check_row`` files their mobiles under Mobile.
    """
    read = _row_reader(mapping)
    if not generic_phone_column(mapping, headers):
        return read

    def marked(cells: Sequence[str]) -> dict[str, str]:
        raw = read(cells)
        if raw.get("phone_business"):
            raw[GENERIC_PHONE] = "1"
        return raw

    return marked


def _row_reader(mapping: ImportMapping) -> Callable[[Sequence[str]], dict[str, str]]:
    pairs = [(column, tuple(targets)) for column, targets in mapping.columns.items()]
    filled = [t for _column, targets in pairs for t in targets]
    if len(filled) != len(set(filled)):
        return lambda cells: row_raw_values(cells, mapping)
    constants = [(t, text) for t, text in mapping.constants.items() if text]
    if not constants and all(len(targets) == 1 for _column, targets in pairs):
        return _one_target_reader([(column, targets[0]) for column, targets in pairs])

    def read(cells: Sequence[str]) -> dict[str, str]:
        raw: dict[str, str] = {}
        width = len(cells)
        for column, targets in pairs:
            if column >= width:
                continue
            text = cells[column].strip()
            if not text:
                continue
            if text[0] == "'" and text[1:2] in _FORMULA_STARTS:
                text = text[1:]
            for target in targets:
                raw[target] = text
        for target, text in constants:
            if not raw.get(target):
                raw[target] = text
        return raw

    return read


def copies_cells(mapping: ImportMapping) -> bool:
    """Whether the row reader's values are its cells cut (trimmed, an export's quote
    dropped) or the mapping's constants, never several cells joined."""
    filled = [t for targets in mapping.columns.values() for t in targets]
    return len(filled) == len(set(filled))


def all_printable(rows: Iterable[Sequence[str]], more: Iterable[str] = ()) -> bool:
    """Whether every cell of ``rows`` and every text of ``more`` is printable (one test
    over them all; False for a cell that is no text)."""
    try:  # (row by row, in C: no string of the whole sheet made first)
        return all(map(str.isprintable, map("".join, rows))) and "".join(more).isprintable()
    except TypeError:
        return False


def _one_target_reader(pairs: list[tuple[int, str]]) -> Callable[[Sequence[str]], dict[str, str]]:
    """``_row_reader``'s reader when each column fills one target and no constant is
    set (the usual mapping): the row's width checked once, not once per column."""
    width = max((column for column, _target in pairs), default=-1) + 1

    def read(cells: Sequence[str]) -> dict[str, str]:
        raw: dict[str, str] = {}
        if len(cells) < width:
            pairs_here = [(c, t) for c, t in pairs if c < len(cells)]
        else:
            pairs_here = pairs
        for column, target in pairs_here:
            text = cells[column].strip()
            if text:
                if text[0] == "'" and text[1:2] in _FORMULA_STARTS:
                    text = text[1:]
                raw[target] = text
        return raw

    return read


CONTROL_CHARS = "control_chars"


def clean_raw(raw: dict[str, str]) -> list[FieldProblem]:
    """Drop the control characters of a mapped row in place, one problem per field cleaned.

    Notes and history keep their tabs and line breaks; every other field is one line. A
    value left empty by the cleaning is removed.
    """
    problems: list[FieldProblem] = []
    if "".join(raw.values()).isprintable():  # (nearly every row: one C call)
        return problems
    for name, text in list(raw.items()):
        if text.isprintable():
            continue
        cleaned = clean_controls(text, multiline=name in EXTRA_TARGETS)
        if cleaned.text == text:  # (a VT or FF in a note becomes a plain line break: changed)
            continue
        value = cleaned.text.strip()
        if value:
            raw[name] = value
        else:
            del raw[name]
        if cleaned.removed or cleaned.replaced:
            # A line break in a one-line field becomes a space silently, as on the card.
            problems.append(
                FieldProblem(name.removeprefix("custom:"), CONTROL_CHARS, cleaned.describe())
            )
    return problems


def parse_date(text: str) -> dt.date | None:
    """ISO, French dd/mm/yyyy, or an Excel serial number (45123 -> 2023-07-16); a date
    cell with a time ("02/12/2026 14:30") gives its day.

    Serials are read from 10000 (1927-05-18) to 73050 (2099-12-31) only: a year typed alone
    ("1985", "2024") or a day number ("12") is no date, and is said so rather than stored
    as a day of 1905 or 1900.
    """
    text = text.strip()
    if text.isdigit():
        serial = int(text)
        if _FIRST_SERIAL <= serial <= _LAST_SERIAL:
            return _EXCEL_EPOCH + dt.timedelta(days=serial)
        return None
    found = _CELL_DATE.match(text)
    if found:
        day, month, year = found.groups()
        try:
            return dt.date(int(year), int(month), int(day))
        except ValueError:
            return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


@lru_cache(maxsize=4096)
def _civility(text: str) -> str:
    return normalise_civility(text) or text


def _cut(name: str, text: str, problems: list[FieldProblem]) -> str:
    """A text longer than its column: cut, with a problem saying so."""
    limit = TEXT_FIELDS[name]
    if len(text) > limit:
        problems.append(
            FieldProblem(name, "too_long", f"{len(text)} characters: cut to {limit}.", text[:limit])
        )
        text = text[:limit]
    return text


def check_row(raw: dict[str, str]) -> tuple[dict[str, Any], list[FieldProblem]]:
    """Clean and check one mapped row. Invalid values are kept as typed and listed."""
    values: dict[str, Any] = {}
    problems: list[FieldProblem] = []
    for name, text in raw.items():
        kind = _KINDS.get(name) if text else None
        if kind is None:
            continue  # empty, a note or history text, or not a contact field
        if kind == _TEXT:
            if name == "civility":
                text = _civility(text)  # (a few spellings per file: normalised once each)
            if len(text) > TEXT_FIELDS[name]:
                text = _cut(name, text, problems)
            values[name] = text  # (a short plain text passes as typed)
        elif kind == _PHONE:
            e164, code, message = fast_check_phone(text)
            if e164 is not None:
                values[name] = e164
            else:
                values[name] = text[:32]
                problems.append(
                    FieldProblem(name, code or "phone_invalid", message or "Invalid phone number.")
                )
        elif kind == _EMAIL:
            normalised, code, message, suggestion = fast_check_email(text)
            if code is None and normalised is not None:
                values[name] = normalised
                if suggestion:
                    problems.append(
                        FieldProblem(name, "email_typo", f"Did you mean {suggestion}?", suggestion)
                    )
            else:
                values[name] = text[:254]
                values["email_invalid"] = True
                problems.append(
                    FieldProblem(
                        name, "email_invalid", message or "Invalid e-mail address.", suggestion
                    )
                )
        elif kind == _FLAG:
            values[name] = text.strip().casefold() in _TRUE
        elif kind == _DATE:
            date = parse_date(text)
            if date is None:
                problems.append(
                    FieldProblem(name, "date_invalid", f"'{text}' is not a date (use 23/11/2026).")
                )
            else:
                values[name] = date
    if GENERIC_PHONE in raw:
        route_generic_phone(values)
    _check_address(values, problems)
    get = values.get
    if not (get("last_name") or get("first_name") or get("company_name") or get("email")):
        problems.append(
            FieldProblem(
                "last_name",
                "required",
                "No name, company or e-mail: nothing identifies this contact.",
            )
        )
    return values, problems


def _check_address(values: dict[str, Any], problems: list[FieldProblem]) -> None:
    """French postcode/city rules: 5 digits, zero lost by Excel restored, CEDEX split off."""
    country = str(values.get("country") or "").casefold()
    if country not in _FRANCE:
        return
    city = values.get("city")
    if city and not values.get("cedex"):
        split = _split_cedex(city)
        if split is not None:
            values["city"], values["cedex"] = split
    postcode = values.get("postcode")
    if postcode:
        compact = _french_postcode(postcode)
        if compact is not None:
            values["postcode"] = compact
        else:
            problems.append(
                FieldProblem(
                    "postcode",
                    "postcode_invalid",
                    f"'{postcode}' is not a French postcode (5 digits).",
                )
            )
    if postcode and not values.get("city"):
        problems.append(FieldProblem("city", "city_missing", "Postcode without a city."))
    elif values.get("city") and not postcode and values.get("address1"):
        problems.append(
            FieldProblem("postcode", "postcode_missing", "Address and city without a postcode.")
        )


# Towns and postcodes repeat through a file: each distinct text is worked out once.
@lru_cache(maxsize=65536)
def _split_cedex(city: str) -> tuple[str, str] | None:
    """("Lyon", "CEDEX 3") for "Lyon Cedex 3"; None when the city has no CEDEX."""
    found = _CEDEX.search(city)
    if not found:
        return None
    # "cedex9" -> "CEDEX 9": the number as given, one space (as printed on labels).
    cedex = " ".join(found.group(1).upper().replace("CEDEX", "CEDEX ").split())
    return city[: found.start()].strip(), cedex


@lru_cache(maxsize=65536)
def _french_postcode(postcode: str) -> str | None:
    """The 5-digit postcode typed (spaces dropped), or None when it is not one."""
    compact = postcode.replace(" ", "")
    if compact.isdigit() and len(compact) == 4:
        # Excel stored 06000 as the number 6000.
        compact = "0" + compact
    return compact if _FR_POSTCODE.match(compact) else None


def check_rows(
    raws: list[dict[str, str]],
) -> list[tuple[dict[str, Any], list[FieldProblem], KeyRow]]:
    """``check_row`` plus lookup keys over a chunk (the unit handed to a worker process)."""
    out = []
    for raw in raws:
        values, problems = check_row(raw)
        out.append((values, problems, key_row(contact_keys(values))))
    return out

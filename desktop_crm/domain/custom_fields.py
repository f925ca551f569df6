"""User-defined fields: their kinds, name rules, and the parsing and display of their values.

A user field (Tools › Fields…, ``desktop-crm fields add``) has an identifier ``name`` used by
queries and merge fields (``{{potentiel}}``), a label shown on the card, and a kind. Values
typed on the card, read from an import or given on the command line are parsed here: French
dates (dd/mm/yyyy) and ISO dates, decimal commas, oui/non. An empty text clears the value.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from desktop_crm.domain.cleaning import without_controls
from desktop_crm.domain.errors import FieldProblem
from desktop_crm.domain.fields import Record, catalogue
from desktop_crm.domain.wording import RECORD, say

VALUE_TEXT_LENGTH = 250
NAME_LENGTH = 60
LABEL_LENGTH = 120
NAME_PATTERN = re.compile(r"^[a-z][a-z0-9_]*$")
# Columns every record has that are not in the catalogue, and words of the query language.
RESERVED_NAMES = frozenset(
    {
        "id",
        "version",
        "created_at",
        "edited_at",
        "and",
        "or",
        "not",
        "in",
        "is",
        "group",
        "empty",
        "between",
        "contains",
        "older",
        "within",
        "next",
        "last",
        "than",
        "true",
        "false",
        "null",
        # Computed merge fields of letters and e-mails (printing/fields.py) and their
        # French aliases: a user field of the same name would never be merged.
        "full_name",
        "address",
        "salutation_word",
        "today",
        "my_name",
        "my_title",
        "my_email",
        "my_phone",
        "my_signature",
        "my_company",
        "my_address",
        "nom_complet",
        "adresse",
        "formule",
        "date",
        "aujourdhui",
        "mon_nom",
        "ma_signature",
        "ma_societe",
    }
)


class CustomKind(StrEnum):
    """What a user field holds; decides its editor, its parsing and its value column."""

    TEXT = "text"
    NUMBER = "number"
    DATE = "date"
    CHOICE = "choice"
    YESNO = "yesno"


KIND_LABELS = {
    CustomKind.TEXT: "Text",
    CustomKind.NUMBER: "Number",
    CustomKind.DATE: "Date",
    CustomKind.CHOICE: "Choice",
    CustomKind.YESNO: "Yes/No",
}

Value = str | Decimal | dt.date | bool


@dataclass(frozen=True)
class CustomFieldSpec:
    """One user-defined field as the rest of the program sees it."""

    id: int
    record: Record
    name: str
    label: str
    kind: CustomKind
    choices: tuple[str, ...] = ()
    position: int = 0
    version: int = 1

    @property
    def column(self) -> str:
        """The value table's column holding this field's values."""
        return value_column(self.kind)


def value_column(kind: CustomKind | str) -> str:
    kind = CustomKind(kind)
    if kind in (CustomKind.NUMBER, CustomKind.YESNO):
        return "value_number"
    if kind is CustomKind.DATE:
        return "value_date"
    return "value_text"


def name_problem(name: str, record: Record) -> str | None:
    """Why ``name`` cannot name a new user field of ``record``, or None."""
    if not name:
        return say(RECORD, "Give the field a name.")
    if len(name) > NAME_LENGTH:
        return say(RECORD, "The name is longer than {length} characters.").format(
            length=NAME_LENGTH
        )
    if not NAME_PATTERN.match(name):
        return say(
            RECORD,
            "'{name}' is not a valid name: use lower-case letters, digits and _, "
            "starting with a letter (e.g. contract_end).",
        ).format(name=name)
    if name in RESERVED_NAMES:
        return say(RECORD, "'{name}' is a reserved word; choose another name.").format(name=name)
    if any(spec.name == name for spec in catalogue(record)):
        standard = (
            say(RECORD, "'{name}' is already a standard company field; choose another name.")
            if record == "company"
            else say(RECORD, "'{name}' is already a standard contact field; choose another name.")
        )
        return standard.format(name=name)
    if any(name == spec.merge_name or name in spec.merge_aliases for spec in catalogue("contact")):
        return say(
            RECORD, "'{name}' is already a merge field of letters; choose another name."
        ).format(name=name)
    return None


def parse_choices(text: str | None) -> tuple[str, ...]:
    """Choices from one per line or comma-separated text, trimmed, duplicates dropped."""
    if not text:
        return ()
    parts = re.split(r"[\n,;]", without_controls(text, multiline=True))
    seen: dict[str, None] = {}
    for part in parts:
        part = part.strip()
        if part and part not in seen:
            seen[part[:VALUE_TEXT_LENGTH]] = None
    return tuple(seen)


# (a time after the day is left out: an Excel date-and-time cell reads "02/12/2026 14:30")
_FR_DATE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
_YES = frozenset({"1", "yes", "y", "oui", "o", "true", "vrai", "x"})
_NO = frozenset({"0", "no", "n", "non", "false", "faux"})


def parse_date(text: str) -> dt.date:
    """A date typed as dd/mm/yyyy (French, a time after it left out) or yyyy-mm-dd (ISO);
    ``ValueError`` otherwise."""
    text = text.strip()
    match = _FR_DATE.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        return dt.date(year, month, day)
    return dt.date.fromisoformat(text[:10])


def parse_number(text: str) -> Decimal:
    """A number with a decimal comma or point and optional spaces between thousands."""
    cleaned = text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    cleaned = cleaned.replace(",", ".")
    value = Decimal(cleaned)
    if not value.is_finite() or abs(value) >= Decimal("1e14"):
        raise InvalidOperation(text)
    return value


def parse_value(spec: CustomFieldSpec, raw: object) -> tuple[Value | None, FieldProblem | None]:
    """The stored value for ``raw`` (None clears), or a problem naming the field."""
    if isinstance(raw, str):
        raw = without_controls(raw)  # every user field is one line (``domain.cleaning``)
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None, None
    kind = spec.kind

    def problem(text: str) -> tuple[None, FieldProblem]:
        return None, FieldProblem(spec.name, "invalid", f"{spec.label}: {text}")

    if kind is CustomKind.YESNO:
        if isinstance(raw, bool):
            return raw, None
        word = str(raw).strip().lower()
        if word in _YES:
            return True, None
        if word in _NO:
            return False, None
        return problem(f"'{raw}' is not yes or no.")
    if kind is CustomKind.NUMBER:
        if isinstance(raw, (int, float, Decimal)) and not isinstance(raw, bool):
            try:
                return parse_number(str(raw)), None
            except InvalidOperation:
                return problem(f"'{raw}' is not a number.")
        try:
            return parse_number(str(raw)), None
        except InvalidOperation:
            return problem(f"'{raw}' is not a number (e.g. 1500 or 12,5).")
    if kind is CustomKind.DATE:
        if isinstance(raw, dt.datetime):
            return raw.date(), None
        if isinstance(raw, dt.date):
            return raw, None
        try:
            return parse_date(str(raw)), None
        except ValueError:
            return problem(f"'{raw}' is not a date (dd/mm/yyyy).")
    text = str(raw).strip()
    if len(text) > VALUE_TEXT_LENGTH:
        return problem(f"longer than {VALUE_TEXT_LENGTH} characters.")
    if kind is CustomKind.CHOICE:
        for choice in spec.choices:
            if choice.casefold() == text.casefold():
                return choice, None
        return problem(f"'{text}' is not one of: {', '.join(spec.choices)}.")
    return text, None


def format_value(spec: CustomFieldSpec, value: Value | None, *, french: bool = True) -> str:
    """A value as text for letters, exports and the list: dates dd/mm/yyyy, 12,5, Oui/Non."""
    if value is None:
        return ""
    if spec.kind is CustomKind.YESNO:
        if french:
            return "Oui" if value else "Non"
        return "Yes" if value else "No"
    if spec.kind is CustomKind.DATE and isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y") if french else value.isoformat()
    if spec.kind is CustomKind.NUMBER and isinstance(value, Decimal):
        text = format(value.normalize(), "f")
        return text.replace(".", ",") if french else text
    return str(value)


def from_columns(
    spec: CustomFieldSpec,
    text: str | None,
    number: Decimal | None,
    date: dt.date | None,
) -> Value | None:
    """A value read back from the value table's typed columns."""
    if spec.kind is CustomKind.DATE:
        return date
    if spec.kind is CustomKind.YESNO:
        return None if number is None else bool(number)
    if spec.kind is CustomKind.NUMBER:
        if number is None:
            return None
        return Decimal(int(number)) if number == number.to_integral_value() else number.normalize()
    return text


def to_columns(spec: CustomFieldSpec, value: Value) -> dict[str, str | Decimal | dt.date | None]:
    """The typed columns storing ``value`` (the others left empty)."""
    columns: dict[str, str | Decimal | dt.date | None] = {
        "value_text": None,
        "value_number": None,
        "value_date": None,
    }
    if spec.kind is CustomKind.YESNO:
        columns["value_number"] = Decimal(1 if value else 0)
    elif not isinstance(value, bool):
        columns[spec.column] = value
    return columns

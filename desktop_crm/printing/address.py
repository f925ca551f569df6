"""Postal address blocks: French layout per AFNOR NF Z10-011 ("norme 38") and foreign layouts.

A block has at most 6 lines (7 abroad, the last one being the country) of at most 38
characters. Lines 4 to 6 (street, lieu-dit/BP, postcode and locality) are written in capitals
without accents or punctuation. A line that is too long is reported, never cut: the user fixes
the record, the printer still prints everything.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from desktop_crm.domain.text import clean, fold, strip_accents

MAX_LINES = 6
MAX_CHARS = 38
# La Poste: abbreviate the street type only when the street line exceeds 32 characters.
ABBREVIATE_ABOVE = 32

# Ranks of the NF Z10-011 lines.
RECIPIENT, COMPLEMENT, BUILDING, STREET, DELIVERY, LOCALITY = 1, 2, 3, 4, 5, 6

_NOT_ALNUM = re.compile(r"[^0-9A-Za-z]+")
# Abroad a house number keeps its own signs: "4-8", "12/3/4" (Germany, Austria), "221B".
_NOT_ALNUM_HOUSE = re.compile(r"[^0-9A-Za-z/\-]+")
_SPACED_RANGE = re.compile(r"(\d)\s*([/\-])\s*(\d)")
_LOOSE_SIGNS = re.compile(r"(?<![0-9A-Za-z])[/\-]+|[/\-]+(?![0-9A-Za-z])")
# "Lieu-dit Les Granges", "LD Les Granges", "L.D. Les Granges": La Poste prints the name only.
_LIEU_DIT = re.compile(r"^\s*(?:lieu[\s-]*dit|l\.?\s?d\.?)(?:\s*:)?\s+", re.IGNORECASE)
# The CEDEX mention and its office or arrondissement number, as La Poste gives it.
_CEDEX_MENTION = re.compile(r"\bCEDEX\s*(\d{1,3})?\s*$")
_STREET_START = re.compile(r"^\d+\s*(?:[a-z]\b|bis\b|ter\b|quater\b)?", re.IGNORECASE)
# "4 à 8 rue ...", "4-8 rue ...": only the first number is kept (La Poste).
_NUMBER_RANGE = re.compile(r"^(\d+)\s*(?:à|a|-|/|et)\s*\d+\b\s*", re.IGNORECASE)
_CEDEX_FULL = re.compile(r"^(\d{5})\b\s*(.*)$")
_CEDEX_NUMBER = re.compile(r"(\d{1,3})\s*$")

_DELIVERY_PREFIXES = (
    "bp ",
    "b.p.",
    "b p ",
    "cs ",
    "tsa ",
    "poste restante",
    "lieu-dit",
    "lieu dit",
    "ld ",
    "l.d.",
    "l.d ",
    "cedex",
)
_BUILDING_PREFIXES = (
    "bat ",
    "bat.",
    "batiment",
    "residence",
    "res ",
    "immeuble",
    "imm ",
    "entree",
    "tour ",
    "zi ",
    "z.i.",
    "za ",
    "z.a.",
    "zac ",
    "zone ",
    "parc ",
    "centre commercial",
    "espace ",
    "les jardins",
    "domaine ",
)
_COMPLEMENT_PREFIXES = (
    "chez ",
    "c/o",
    "appt",
    "appartement",
    "apt ",
    "etage",
    "escalier",
    "esc ",
    "porte ",
    "boite",
    "service ",
    "a l'attention",
    "a l attention",
    "att ",
    "attn",
)
_STREET_WORDS = (
    "rue",
    "avenue",
    "av",
    "boulevard",
    "bd",
    "place",
    "pl",
    "chemin",
    "che",
    "route",
    "rte",
    "allee",
    "all",
    "impasse",
    "imp",
    "quai",
    "cours",
    "square",
    "sq",
    "passage",
    "pas",
    "faubourg",
    "fg",
    "voie",
    "rond-point",
    "rpt",
    "promenade",
    "prom",
    "esplanade",
    "hameau",
    "ham",
    "sentier",
    "sen",
    "villa",
    "cite",
    "montee",
    "mte",
    "lotissement",
    "lot",
    "traverse",
    "tra",
)

# Street type abbreviations from La Poste's list (used only above 32 characters).
_ABBREVIATIONS = {
    "AVENUE": "AV",
    "BOULEVARD": "BD",
    "CHEMIN": "CHE",
    "ROUTE": "RTE",
    "ALLEE": "ALL",
    "IMPASSE": "IMP",
    "PLACE": "PL",
    "FAUBOURG": "FG",
    "SQUARE": "SQ",
    "PASSAGE": "PAS",
    "PROMENADE": "PROM",
    "RESIDENCE": "RES",
    "LOTISSEMENT": "LOT",
    "QUARTIER": "QUA",
    "ROND POINT": "RPT",
    "HAMEAU": "HAM",
    "MONTEE": "MTE",
    "TRAVERSE": "TRA",
    "GENERAL": "GAL",
    "MARECHAL": "MAL",
    "PRESIDENT": "PDT",
    "SAINT": "ST",
    "SAINTE": "STE",
    "DOCTEUR": "DR",
    "PROFESSEUR": "PR",
    "COMMANDANT": "CDT",
    "CAPITAINE": "CAP",
    "LIEUTENANT": "LT",
    "NOTRE DAME": "ND",
}


@dataclass(frozen=True)
class PostalAddress:
    """Structured address parts, as stored on a contact or company."""

    recipient: str | None = None  # "M. Jean Dupont", "M. et Mme Dupont"
    organisation: str | None = None
    attention: str | None = None  # department or service at the organisation
    lines: tuple[str, ...] = ()  # address1..3 in the order typed
    postcode: str | None = None
    city: str | None = None
    cedex: str | None = None
    country: str | None = None
    region: str | None = None  # US state, Canadian province ("IL", "Illinois", "QC")


@dataclass(frozen=True)
class AddressProblem:
    """Something about a block that breaks the postal rules (reported, not fixed silently)."""

    code: str  # line_too_long / too_many_lines / no_locality
    message: str
    line: str = ""


@dataclass(frozen=True)
class AddressBlock:
    """The lines to print, the destination country and the rules they break."""

    lines: tuple[str, ...]
    country_iso: str
    international: bool
    problems: tuple[AddressProblem, ...] = field(default_factory=tuple)

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    @property
    def overlong(self) -> tuple[str, ...]:
        return tuple(p.line for p in self.problems if p.code == "line_too_long")


@dataclass(frozen=True)
class Country:
    """A destination: ISO code, French name for the country line and postcode layout."""

    iso: str
    name_fr: str
    layout: str


def _name_key(text: str | None) -> str:
    """Compare names without accents, case or punctuation; dots vanish ("U.S.A." = "USA")."""
    return " ".join(_NOT_ALNUM.sub(" ", fold(text).replace(".", "")).split())


@cache
def _country_data() -> dict[str, object]:
    text = resources.files("desktop_crm.printing").joinpath("countries.json").read_text("utf-8")
    data: dict[str, object] = json.loads(text)
    return data


@cache
def _countries() -> dict[str, Country]:
    table: dict[str, Country] = {}
    rows = _country_data()["countries"]
    assert isinstance(rows, list)
    for row in rows:
        country = Country(row["iso"], row["fr"], row["layout"])
        for name in (row["iso"], row["fr"], *row["names"]):
            table[_name_key(name)] = country
    return table


@cache
def _regions(iso: str) -> dict[str, str]:
    """State or province name or code (as a key) -> postal code, for ``iso``."""
    regions = _country_data().get("regions", {})
    assert isinstance(regions, dict)
    names: dict[str, str] = regions.get(iso, {})
    table = {_name_key(code): code for code in names.values()}
    table.update({_name_key(name): code for name, code in names.items()})
    return table


def region_code(iso: str, value: str | None) -> str | None:
    """The postal code of a state or province ("Illinois" -> "IL", "il" -> "IL"), or None."""
    return _regions(iso).get(_name_key(value)) if value else None


def split_region(iso: str, city: str, postcode: str) -> tuple[str, str | None, str]:
    """(city, state code, postcode) when the state was typed with the city ("Springfield,
    IL", "Austin Texas") or the postcode ("IL 62701"); the state is None when absent."""
    words = city.replace(",", " , ").split()
    for size in (3, 2, 1):  # "District of Columbia", "New York", "IL"
        if len(words) > size:
            code = region_code(iso, " ".join(words[-size:]))
            if code:
                rest = " ".join(words[:-size]).strip(" ,")
                if rest:
                    return rest, code, postcode
    first, _, rest = postcode.strip().partition(" ")
    code = region_code(iso, first) if rest else None
    if code:
        return city, code, rest.strip()
    return city, None, postcode


def resolve_country(value: str | None, default: str = "FR") -> Country:
    """The country a user typed ("Belgique", "DE", "United Kingdom", "U.S.A.");
    empty means ``default``."""
    key = _name_key(value)
    if key and all(len(word) == 1 for word in key.split()):
        key = key.replace(" ", "")  # "U. S. A." -> "usa"
    table = _countries()
    if not key:
        return table[default.casefold()]
    if key in table:
        return table[key]
    # Unknown country: print it as typed, in capitals, with a generic layout.
    return Country("", postal_caps(value or ""), "postcode_city")


def postal_caps(text: str) -> str:
    """Capitals, no accents, no punctuation, single spaces ("Saint-Étienne" -> "SAINT ETIENNE")."""
    return _NOT_ALNUM.sub(" ", strip_accents(text).upper()).strip()


def classify_line(line: str, seen_street: bool) -> int:
    """Which NF Z10-011 line a free address line belongs to (2, 3, 4 or 5)."""
    key = fold(line) + " "
    if key.startswith(_COMPLEMENT_PREFIXES):
        return COMPLEMENT
    if key.startswith(_DELIVERY_PREFIXES):
        return DELIVERY
    if key.startswith(_BUILDING_PREFIXES):
        return BUILDING
    if _STREET_START.match(line) or key.split(" ", 1)[0] in _STREET_WORDS:
        return STREET
    # A name with no number: a building before the street, a lieu-dit after it.
    return DELIVERY if seen_street else BUILDING


def foreign_street_line(line: str) -> str:
    """A street line abroad: capitals without accents, the house number as written.

    "Hauptstraße 4-8" -> "HAUPTSTRASSE 4-8", "Ringstraße 12/3/4" -> "RINGSTRASSE 12/3/4":
    the French "keep the first number of a range" rule does not apply to other countries,
    where the range or the staircase/floor/door numbers are part of the address.
    """
    caps = _NOT_ALNUM_HOUSE.sub(" ", strip_accents(line).upper())
    caps = _SPACED_RANGE.sub(r"\1\2\3", caps)  # "92 - 94" -> "92-94"
    return " ".join(_LOOSE_SIGNS.sub(" ", caps).split())


def delivery_line(line: str) -> str:
    """Line 5: BP, TSA, or a lieu-dit printed by its name only ("LES GRANGES")."""
    return postal_caps(_LIEU_DIT.sub("", line, count=1)) or postal_caps(line)


def street_line(line: str) -> str:
    """Line 4: keep the first number of a range, capitals, abbreviate only above 32 chars."""
    text = _NUMBER_RANGE.sub(r"\1 ", line.strip())
    caps = postal_caps(text)
    if len(caps) > ABBREVIATE_ABOVE:
        for word, short in _ABBREVIATIONS.items():
            caps = re.sub(rf"\b{word}\b", short, caps)
            if len(caps) <= ABBREVIATE_ABOVE:
                break
    return caps


def cedex_line(postcode: str, city: str, cedex: str) -> str:
    """Line 6 with a CEDEX: "75383 PARIS CEDEX 08" (the CEDEX code may differ from the postcode).

    The number after CEDEX (a distribution office, or an arrondissement in Paris, Lyon and
    Marseille) is printed as La Poste gives it and the user typed it: "TOULOUSE CEDEX 9",
    "NANTES CEDEX 1", "PARIS CEDEX 07". No zero is added or removed ("CEDEX 1" used to
    become "CEDEX 01", a number La Poste does not use).
    """
    value = clean(cedex) or ""
    full = _CEDEX_FULL.match(value)
    if full:
        rest = postal_caps(full.group(2)) or postal_caps(city)
        if not _CEDEX_MENTION.search(rest):
            rest = f"{rest} CEDEX".strip()
        rest = _CEDEX_MENTION.sub(lambda m: f"CEDEX {m.group(1)}" if m.group(1) else "CEDEX", rest)
        return f"{full.group(1)} {rest}"
    number = _CEDEX_NUMBER.search(value)
    suffix = f" {number.group(1)}" if number else ""
    return f"{postcode} {postal_caps(city)} CEDEX{suffix}".strip()


def _locality_lines(address: PostalAddress, country: Country) -> list[str]:
    postcode = (clean(address.postcode) or "").upper()
    city = address.city or ""
    if country.iso == "FR" or country.iso == "MC":
        postcode = postcode.replace(" ", "")
        if address.cedex:
            return [cedex_line(postcode, city, address.cedex)]
        return [f"{postcode} {postal_caps(city)}".strip()]
    if country.layout == "city_then_postcode":
        return [line for line in (postal_caps(city), postal_caps(postcode)) if line]
    if country.layout == "city_region_postcode":
        # "SPRINGFIELD IL 62701" (USPS), "MONTREAL QC H3Z 2Y7", "SYDNEY NSW 2000".
        region = region_code(country.iso, address.region) or clean(address.region)
        if not region:
            city, region, postcode = split_region(country.iso, city, postcode)
        # The postcode keeps its hyphen: ZIP+4 "62701-1234".
        parts = (postal_caps(city), postal_caps(region or ""), foreign_street_line(postcode))
        return [" ".join(part for part in parts if part)]
    if country.layout == "city_postcode":
        return [f"{postal_caps(city)} {postal_caps(postcode)}".strip()]
    return [f"{postal_caps(postcode)} {postal_caps(city)}".strip()]


def format_address(address: PostalAddress, *, origin: str = "FR") -> AddressBlock:
    """Lay out an address for mail posted in ``origin`` (ISO code)."""
    country = resolve_country(address.country, default=origin)
    international = country.iso != origin.upper()
    ranked: list[tuple[int, str]] = []
    first = clean(address.organisation) or clean(address.recipient)
    if first:
        ranked.append((RECIPIENT, first))
    person = clean(address.recipient) if clean(address.organisation) else None
    attention = clean(address.attention)
    if person and attention and len(person) + len(attention) + 3 <= MAX_CHARS:
        ranked.append((COMPLEMENT, f"{person} - {attention}"))
    else:
        ranked.extend((COMPLEMENT, part) for part in (person, attention) if part)
    seen_street = False
    for raw in address.lines:
        line = clean(raw)
        if not line:
            continue
        # Abroad the lines stay in the typed order (street before or after the number...).
        rank = STREET if international else classify_line(line, seen_street)
        seen_street = seen_street or rank == STREET
        ranked.append((rank, line))
    ranked.sort(key=lambda item: item[0])  # stable: keeps the typed order within a rank
    streets = foreign_street_line if international else street_line
    lines = [
        delivery_line(text) if rank == DELIVERY else streets(text) if rank == STREET else text
        for rank, text in ranked
    ]
    locality = _locality_lines(address, country)
    lines.extend(line for line in locality if line)
    if international:
        lines.append(postal_caps(country.name_fr))
    problems = _problems(lines, address, international)
    if country.layout == "city_region_postcode" and clean(address.city):
        region = region_code(country.iso, address.region) or clean(address.region)
        if (
            not region
            and split_region(country.iso, address.city or "", address.postcode or "")[1] is None
        ):
            problems.append(
                AddressProblem(
                    "no_region",
                    'No state or province: add it after the city ("Springfield, IL").',
                )
            )
    return AddressBlock(tuple(lines), country.iso, international, tuple(problems))


def _problems(
    lines: Sequence[str], address: PostalAddress, international: bool
) -> list[AddressProblem]:
    out = [
        AddressProblem("line_too_long", f"{len(line)} characters (at most {MAX_CHARS})", line)
        for line in lines
        if len(line) > MAX_CHARS
    ]
    limit = MAX_LINES + (1 if international else 0)
    if len(lines) > limit:
        out.append(AddressProblem("too_many_lines", f"{len(lines)} lines (at most {limit})"))
    if not clean(address.city) and not clean(address.cedex):
        out.append(AddressProblem("no_locality", "No city: the letter cannot be delivered."))
    return out

"""Duplicate matching rules: normalising values, blocking keys, and explainable pair scores.

Plain Python (rapidfuzz for string similarity).  The scanner in ``services.duplicates``
prepares every record once (:func:`prepare`), groups records that share a blocking key and
scores only those pairs (:func:`score_pair`); :func:`explain` turns a score into the
per-field reasons shown to the user.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache
from typing import Any

from rapidfuzz.distance import JaroWinkler
from rapidfuzz.fuzz import ratio

from desktop_crm.domain.emails import email_match_key, is_role_address
from desktop_crm.domain.fields import MATCH_FIELDS, match_fields
from desktop_crm.domain.phones import check_phone, format_phone
from desktop_crm.domain.phonetic import phonetic_key
from desktop_crm.domain.text import fold

_PUNCT = re.compile(r"[^\w]+")
_NON_DIGITS = re.compile(r"\D+")
_DOTTED = re.compile(r"(?<=\b\w)\.(?=\w\b)|(?<=\b\w)\.")
# Legal forms and words that only say "this is a company" (stripped before comparing).
LEGAL_FORMS = frozenset(
    {
        "sarl",
        "sas",
        "sasu",
        "eurl",
        "sa",
        "sci",
        "snc",
        "scs",
        "sca",
        "scop",
        "scp",
        "selarl",
        "selas",
        "eirl",
        "ei",
        "gie",
        "ets",
        "etablissements",
        "etablissement",
        "societe",
        "ste",
        "sarlu",
        "earl",
        "gaec",
        "cie",
    }
)


class MatchMode(StrEnum):
    """How one field is compared."""

    EXACT = "exact"
    NORMALISED = "normalised"
    FUZZY = "fuzzy"
    PHONETIC = "phonetic"


class RecordKind(StrEnum):
    CONTACT = "contact"
    COMPANY = "company"


# Field code -> English label, and weights in the overall score; the fields come from the
# catalogue (``domain.fields.MATCH_FIELDS``).
FIELD_LABELS: dict[str, str] = {m.code: m.label for m in MATCH_FIELDS}
FIELD_WEIGHTS: dict[str, float] = {"name": 3.0, "company": 1.5, "last_name": 2.0}
CONTACT_MATCH_FIELDS: tuple[str, ...] = tuple(m.code for m in match_fields("contact"))
COMPANY_MATCH_FIELDS: tuple[str, ...] = tuple(m.code for m in match_fields("company"))
# Former names, still imported by the duplicate wizard and the command line.
CONTACT_FIELDS = CONTACT_MATCH_FIELDS
COMPANY_FIELDS = COMPANY_MATCH_FIELDS
STRONG_RULES = ("email", "phone", "siren")


@dataclass(frozen=True)
class FieldRule:
    """One field to compare and how."""

    field: str
    mode: MatchMode = MatchMode.FUZZY


@dataclass(frozen=True)
class MatchSettings:
    """What the user chose: up to three fields with modes, a threshold and strong rules."""

    kind: RecordKind = RecordKind.CONTACT
    rules: tuple[FieldRule, ...] = (
        FieldRule("company"),
        FieldRule("name"),
        FieldRule("phone"),
    )
    threshold: int = 85
    strong: tuple[str, ...] = ("email",)
    # "All evidence": every field both records fill, weighted by what agreeing on it means
    # in this database (the rules are then ignored; contacts only, see docs/duplicates.md).
    evidence: bool = False

    def __post_init__(self) -> None:
        allowed = CONTACT_MATCH_FIELDS if self.kind is RecordKind.CONTACT else COMPANY_MATCH_FIELDS
        if not 1 <= len(self.rules) <= 3:
            raise ValueError("choose one to three fields to compare")
        for rule in self.rules:
            if rule.field not in allowed:
                raise ValueError(f"unknown field '{rule.field}' for {self.kind.value}s")
        for name in self.strong:
            if name not in STRONG_RULES:
                raise ValueError(f"unknown strong rule '{name}'")


def default_settings(kind: RecordKind = RecordKind.CONTACT) -> MatchSettings:
    """ACT!'s default fields (company, contact name, phone), or name/phone/city for companies."""
    if kind is RecordKind.COMPANY:
        return MatchSettings(
            kind, (FieldRule("company"), FieldRule("phone"), FieldRule("city")), 85, ("siren",)
        )
    return MatchSettings()


def evidence_settings(kind: RecordKind = RecordKind.CONTACT, threshold: int = 85) -> MatchSettings:
    """The "all evidence" mode (the default when the user does not choose fields); companies
    have no such mode yet and get their three default fields."""
    if kind is RecordKind.COMPANY:
        base = default_settings(kind)
        return MatchSettings(kind, base.rules, threshold, base.strong)
    return MatchSettings(kind, threshold=threshold, evidence=True)


# --------------------------------------------------------------------------- normalising


@lru_cache(maxsize=262144)
def normalise_name(text: str | None) -> str:
    """Accent/case/punctuation-free name ("Jean-Pierre  LEFÈVRE" -> "jean pierre lefevre")."""
    return " ".join(_PUNCT.sub(" ", fold(text)).split()).replace("_", " ")


@lru_cache(maxsize=262144)
def normalise_company(text: str | None) -> str:
    """Company name without legal form; "&" is "et" ("SARL Dupont & Fils" -> "dupont et fils")."""
    folded = fold(text)
    if not folded:
        return ""
    folded = _DOTTED.sub("", folded).replace("&", " et ")
    words = [w for w in _PUNCT.sub(" ", folded).split() if w not in LEGAL_FORMS]
    return " ".join(words).replace("_", " ")


def has_legal_form(text: str | None) -> bool:
    """True when the company name carries a legal form that normalising strips."""
    folded = _DOTTED.sub("", fold(text)).replace("&", " et ")
    return any(w in LEGAL_FORMS for w in _PUNCT.sub(" ", folded).split())


@lru_cache(maxsize=262144)
def normalise_phone(text: str | None) -> str:
    """E.164 for any usual French or international writing; digits if it cannot be parsed."""
    if not text:
        return ""
    raw = text.strip()
    digits = _NON_DIGITS.sub("", raw)
    if not digits:
        return ""
    # Fast paths for the shapes stored or typed in France; phonenumbers for the rest.
    if raw.startswith("+") and 8 <= len(digits) <= 15:
        return "+" + digits
    if raw.startswith("00") and len(digits) > 4:
        return "+" + digits[2:]
    if len(digits) == 10 and digits[0] == "0" and digits[1] != "0":
        return "+33" + digits[1:]
    checked = check_phone(raw)
    return checked.e164 or digits


def normalise_postcode(text: str | None) -> str:
    return "".join((text or "").split()).upper()


def normalise_siren(siren: str | None, siret: str | None = None) -> str:
    """The 9-digit SIREN, taken from the SIRET when only that one is known."""
    digits = "".join(ch for ch in (siren or "") if ch.isdigit())
    if len(digits) == 9:
        return digits
    digits = "".join(ch for ch in (siret or "") if ch.isdigit())
    return digits[:9] if len(digits) == 14 else ""


def _exact(text: Any) -> str:
    return " ".join(str(text).split()) if text else ""


# ------------------------------------------------------------------------------ records


@dataclass(frozen=True, slots=True)
class Prepared:
    """A record reduced to what comparing needs: one value per compared field, strong keys,
    and blocking keys (``""`` when a key does not apply)."""

    id: int
    values: tuple[Any, ...]
    strong: tuple[tuple[str, ...], ...]
    keys: tuple[str, ...]


# Field code -> the columns it reads, per record kind (from the catalogue's MATCH_FIELDS).
_COLUMNS: dict[RecordKind, dict[str, tuple[str, ...]]] = {
    RecordKind.CONTACT: {m.code: m.contact_columns for m in MATCH_FIELDS if m.contact_columns},
    RecordKind.COMPANY: {m.code: m.company_columns for m in MATCH_FIELDS if m.company_columns},
}
# Fields whose raw value is the tuple of all their columns (a name pair, several phones or
# addresses, SIREN with SIRET); the others read one column.
_TUPLE_FIELDS = frozenset({"name", "phone", "email", "siren"})


def _raw_field(values: Mapping[str, Any], name: str, kind: RecordKind) -> Any:
    """The raw value(s) behind a field code, from contact or company columns."""
    columns = _COLUMNS[kind].get(name, (name,))
    if name in _TUPLE_FIELDS:
        return tuple(values.get(column) for column in columns)
    return values.get(columns[0])


def comparable(name: str, mode: MatchMode, raw: Any) -> Any:
    """The value compared for a field in a mode (a string, or a tuple for multi-valued ones)."""
    if name == "name":
        first, last = raw
        if mode is MatchMode.EXACT:
            return (_exact(first), _exact(last))
        # (without a title: "Mme Sylvie"; the name in use: "Durand née Martin")
        names = (_person_names.first_name(first), _person_names.last_name(last))
        if mode is MatchMode.PHONETIC:  # (the names too: the table of first names reads them)
            return (phonetic_key(names[0]), phonetic_key(names[1]), *names)
        return names
    if name == "phone":
        if mode is MatchMode.EXACT:
            return tuple(v for v in (_exact(p) for p in raw) if v)
        return tuple(v for v in (normalise_phone(p) for p in raw) if v)
    if name == "email":
        if mode is MatchMode.EXACT:
            return tuple(v for v in (_exact(e) for e in raw) if v)
        return tuple(v for v in (email_match_key(e) for e in raw) if v)
    if name == "siren":
        return normalise_siren(*raw)
    if mode is MatchMode.EXACT:
        return _exact(raw)
    if name == "company":
        text = normalise_company(raw)
    elif name == "postcode":
        text = normalise_postcode(raw)
    else:
        text = normalise_name(raw)
    if mode is MatchMode.PHONETIC:
        return " ".join(phonetic_key(w) for w in text.split())
    return text


def prepare(values: Mapping[str, Any], settings: MatchSettings) -> Prepared:
    """Reduce one record (a mapping of column values with ``id``) for scanning."""
    kind = settings.kind
    compared = tuple(
        comparable(r.field, r.mode, _raw_field(values, r.field, kind)) for r in settings.rules
    )
    # Tuples, not sets: a million records each holding a set would cost ~200 MB more.
    strong = tuple(tuple(_strong_values(values, name, kind)) for name in settings.strong)
    return Prepared(int(values["id"]), compared, strong, blocking_keys(values, kind))


def _strong_values(values: Mapping[str, Any], name: str, kind: RecordKind) -> list[str]:
    raw = _raw_field(values, name, kind)
    if name == "siren":
        siren = normalise_siren(*raw)
        return [siren] if siren else []
    return list(comparable(name, MatchMode.NORMALISED, raw))


def blocking_keys(values: Mapping[str, Any], kind: RecordKind) -> tuple[str, ...]:
    """Keys that true duplicates very likely share at least one of (see performance notes).

    Contacts: e-mail, first phone, département + the sorted phonetic keys of first and last
    name, postcode + each name prefix (sorted, so swapped names meet), département + the
    family of a short form standing for several names + the last name's sound.
    Companies: SIREN, phone, e-mail, phonetic name, postcode + name prefix.
    """
    get = values.get
    if kind is RecordKind.COMPANY:
        name = normalise_company(get("name"))
        postcode = normalise_postcode(get("postcode"))
        return (
            normalise_siren(get("siren"), get("siret")),
            normalise_phone(get("phone")),
            email_match_key(get("email")),
            " ".join(phonetic_key(w) for w in name.split()),
            f"{postcode}|{name[:4]}" if postcode and name else "",
        )
    first, family = _blocking_first(_person_names.first_name(get("first_name")))
    last = _person_names.last_name(get("last_name"))
    phone = ""
    for column in ("phone_mobile", "phone_business", "phone_home"):
        phone = normalise_phone(get(column))
        if phone:
            break
    sounds = sorted(p for p in (phonetic_key(first), phonetic_key(last)) if p)
    postcode = normalise_postcode(get("postcode"))
    # Sorted so that swapped first and last names give the same keys.
    low, high = sorted((first[:3], last[:3]))
    return (
        email_match_key(get("email")),
        phone,
        f"{postcode[:2]}|{sounds[0]}|{sounds[1]}" if len(sounds) == 2 else "",
        f"{postcode}|{low}" if postcode and low else "",
        f"{postcode}|{high}" if postcode and high else "",
        # A short form of several names meets each: département, family, last name's sound.
        f"{postcode[:2]}|{family}|{phonetic_key(last)}" if family and last else "",
    )


@lru_cache(maxsize=65536)
def _blocking_first(first: str) -> tuple[str, str]:
    """A short form as the first name it stands for ("manu": "emmanuel"), so that the
    blocking keys bring them together (``domain.first_names.blocking_name``), and its
    family when it is one of several names' ("jo": Joseph, Jonathan...; ``FAMILIES``)."""
    from desktop_crm.domain.first_names import FAMILIES, blocking_name  # (it imports this)

    return blocking_name(first), FAMILIES.get(first, "")


# ------------------------------------------------------------------------------ scoring


class How(StrEnum):
    """Why two values were judged alike (or not), for the explanation."""

    IDENTICAL = "identical"
    NORMALISED = "normalised"
    LEGAL_FORM = "legal_form"
    SWAPPED = "swapped"
    SIMILAR = "similar"
    PHONETIC = "phonetic"
    DIFFERENT = "different"
    STRONG = "strong"
    # From the table of first names (``domain.first_names``).
    SHORT_FORM = "short_form"
    INITIAL = "initial"
    OTHER_NAME = "other_first_name"
    # E-mails, phones (``domain.matching_channels``): a role's address, a switchboard.
    ROLE = "role_address"
    SWITCHBOARD = "switchboard"
    OTHER_DOMAIN = "other_domain"


@dataclass(frozen=True)
class FieldScore:
    """Score of one field (0-100) and how it was reached."""

    field: str
    score: int
    how: How
    # Names only: their first names are two people's (``_first_names_differ``).
    first_differs: bool = False


@dataclass(frozen=True)
class PairScore:
    """Overall score of a candidate pair with the per-field scores behind it."""

    a: int
    b: int
    score: int
    fields: tuple[FieldScore, ...] = field(default_factory=tuple)


def _similar(a: str, b: str, mode: MatchMode) -> int:
    if a == b:
        return 100
    if mode is MatchMode.FUZZY or mode is MatchMode.PHONETIC:
        return int(ratio(a, b))
    return 0


def _name_similarity(
    a: tuple[str, ...], b: tuple[str, ...], mode: MatchMode
) -> tuple[int, How | None]:
    """Similarity of two names (first, last[, normalised first, normalised last]): the
    weaker of first-name and last-name similarity, so that "Marc Dupont" and "Marc Durand"
    (same first name) do not look alike; the table of first names has the last word on
    the first names (see :func:`_first_similarity`), and says how when it does."""
    a_first, a_last, b_first, b_last = a[0], a[1], b[0], b[1]
    if a_first and a_last and b_first and b_last and mode in (MatchMode.FUZZY, MatchMode.PHONETIC):
        first, how = _first_similarity(a_first, b_first, a[-2], b[-2], mode)
        last = _similar(a_last, b_last, mode)
        if how is not None and last == 100:
            return min(first, last), how  # (the first names make the difference)
        if how is How.OTHER_NAME:
            return min(first, last), How.DIFFERENT
        return min(first, last), None
    return _similar(f"{a_first} {a_last}", f"{b_first} {b_last}", mode), None


# A short form, an initial or a part of a compound first name scores this at least (one
# person's); two first names of the table at most the other (two people's), as in the
# all-evidence scan (``services.duplicates.evidence``).
_ALIKE_FIRST = 90
_OTHER_FIRST = 60
_DIFFERENT_FIRST = 75
_SWAPPED = 75


@lru_cache(maxsize=65536)
def _first_similarity(
    a: str, b: str, name_a: str, name_b: str, mode: MatchMode
) -> tuple[int, How | None]:
    """First-name similarity by the letters (or sounds) of ``a`` and ``b``, corrected by the
    table of first names read with the normalised names: "Chris" / "Christophe", "J." /
    "Jean", "Marie" / "Marie-Christine" alike; "Jean" / "Jeanne" two names."""
    from desktop_crm.domain import first_names  # (it imports this module)

    score = _similar(a, b, mode)
    likeness = first_names.first_name_likeness(name_a, name_b)
    if likeness == first_names.OTHER_NAME:
        return min(score, _OTHER_FIRST), How.OTHER_NAME
    if likeness and score < 100:
        how = How.INITIAL if likeness == first_names.INITIAL else How.SHORT_FORM
        return max(score, _ALIKE_FIRST), how
    return score, None


@lru_cache(maxsize=65536)
def _first_names_differ(a: str, b: str) -> bool:
    """Whether two normalised first names are two people's: two names of the table, or
    less than 75 % alike by their letters (the all-evidence scan's "different")."""
    from desktop_crm.domain import first_names  # (it imports this module)

    likeness = first_names.first_name_likeness(a, b)
    if likeness:
        return likeness == first_names.OTHER_NAME
    alike = max(ratio(a, b), 100 * JaroWinkler.normalized_similarity(a, b))
    return a != b and alike < _DIFFERENT_FIRST


def _field_score(name: str, mode: MatchMode, a: Any, b: Any) -> FieldScore | None:
    """Score one field, or None when a side is empty (an empty value neither helps nor hurts)."""
    if name == "name":
        a_first, a_last = a[:2]
        b_first, b_last = b[:2]
        if not (a_first or a_last) or not (b_first or b_last):
            return None
        straight, how = _name_similarity(a, b, mode)
        if straight == 100:
            return FieldScore(name, 100, _how(mode, True))
        crossed = (b_last, b_first, *b[2:][::-1])
        swapped, _ = _name_similarity(a, crossed, mode)
        # (swapped only when the crossed names are alike: "Philippe Clément" / "Antoine
        # Philippe", 28 % crossed, are not "swapped, very close")
        if (
            swapped > straight
            and swapped >= _SWAPPED
            and (mode is not MatchMode.EXACT or swapped == 100)
        ):
            return FieldScore(name, swapped, How.SWAPPED, _differ(a, crossed, mode))
        return FieldScore(name, straight, how or _how(mode, straight == 100), _differ(a, b, mode))
    if name in ("phone", "email"):
        if not a or not b:
            return None
        if name == "email":
            return _channels.email_score(a, b, _how(mode, True), mode is MatchMode.FUZZY)
        return _channels.phone_score(a, b, _how(mode, True))
    if not a or not b:
        return None
    score = _similar(a, b, mode)
    return FieldScore(name, score, _how(mode, score == 100))


def _differ(a: tuple[str, ...], b: tuple[str, ...], mode: MatchMode) -> bool:
    """Whether two names' first names are two people's (compared fuzzily or by sound)."""
    if mode not in (MatchMode.FUZZY, MatchMode.PHONETIC) or not (a[-2] and b[-2]):
        return False
    return _first_names_differ(a[-2], b[-2])


def _echo(fs: FieldScore, names: FieldScore) -> FieldScore:
    """An e-mail score beside two people's first names: merely alike, it differs (by the
    first name when the last names are the same)."""
    if fs.how is How.SIMILAR and fs.score < 100:
        how = How.OTHER_NAME if names.how is How.OTHER_NAME else How.DIFFERENT
        return FieldScore(fs.field, 0, how)
    return fs


def _how(mode: MatchMode, equal: bool) -> How:
    if not equal:
        return How.SIMILAR if mode in (MatchMode.FUZZY, MatchMode.PHONETIC) else How.DIFFERENT
    if mode is MatchMode.EXACT:
        return How.IDENTICAL
    if mode is MatchMode.PHONETIC:
        return How.PHONETIC
    return How.NORMALISED


def _alike(a: Any, b: Any) -> bool:
    """Loose check that two names (or company names) may be the same one, whatever the mode."""
    if isinstance(a, tuple):
        first_a, last_a = a[:2]
        first_b, last_b = b[:2]
        return (
            max(
                ratio(f"{first_a} {last_a}", f"{first_b} {last_b}"),
                ratio(f"{first_a} {last_a}", f"{last_b} {first_b}"),
            )
            >= 60
        )
    return bool(ratio(str(a), str(b)) >= 60)


def score_pair(a: Prepared, b: Prepared, settings: MatchSettings) -> PairScore | None:
    """Score a pair; None when it should not be proposed.

    The score is the weighted mean of the fields both records fill.  A shared strong key
    (same e-mail, phone or SIREN when chosen) lifts the pair to at least 95 unless the names
    are clearly different (two colleagues sharing contact@ or the switchboard).
    """
    total = 0.0
    weights = 0.0
    scores: list[FieldScore] = []
    identity: tuple[Any, Any] | None = None
    for rule, va, vb in zip(settings.rules, a.values, b.values, strict=True):
        fs = _field_score(rule.field, rule.mode, va, vb)
        if fs is None:
            continue
        scores.append(fs)
        if rule.field in ("name", "company") and identity is None:
            identity = (va, vb)
    names = next((fs for fs in scores if fs.first_differs), None)
    if names is not None and len(scores) > 1:
        # Two people's first names: e-mails only alike ("jean.dupont@" and "jeanne.dupont@",
        # or two at one company's domain) differ, as the all-evidence scan counts them
        # (``services.duplicates.evidence_identity``).
        scores = [_echo(fs, names) if fs.field == "email" else fs for fs in scores]
    for fs in scores:
        weight = 0.0 if fs.how in (How.ROLE, How.SWITCHBOARD) else FIELD_WEIGHTS.get(fs.field, 1)
        total += fs.score * weight
        weights += weight
    score = round(total / weights) if weights else 0
    for rule_name, sa, sb in zip(settings.strong, a.strong, b.strong, strict=True):
        # (a role's address, "contact@", shared by colleagues: not a person's identity)
        if any(v in sb and not is_role_address(v) for v in sa) and (
            identity is None or _alike(*identity)
        ):
            scores.append(FieldScore(rule_name, 100, How.STRONG))
            score = max(score, 95)
    if score < settings.threshold or not scores:
        return None
    low, high = (a, b) if a.id < b.id else (b, a)
    return PairScore(low.id, high.id, score, tuple(scores))


# -------------------------------------------------------------------------- explanations


def display_value(name: str, values: Mapping[str, Any], kind: RecordKind) -> str:
    """The value of a field as the card shows it (phones formatted, dates as dd/mm/yyyy)."""
    if name == "birthday":
        day = values.get("birthday")
        if isinstance(day, dt.date):
            return day.strftime("%d/%m/%Y")
        return str(day or "")
    raw = _raw_field(values, name, kind)
    if name == "name":
        return " ".join(p for p in raw if p)
    if name == "phone":
        return ", ".join(_shown_phone(str(v)) for v in raw if v)
    if isinstance(raw, tuple):
        return ", ".join(str(v) for v in raw if v)
    return str(raw) if raw else ""


def _shown_phone(raw: str) -> str:
    """A phone as the card shows it ("06 12 34 56 78"; international abroad)."""
    e164 = normalise_phone(raw)
    if len(e164) == 12 and e164.startswith("+33") and e164[3] != "0":
        digits = "0" + e164[3:]
        return " ".join(digits[i : i + 2] for i in range(0, 10, 2))
    return format_phone(e164) or raw


@dataclass(frozen=True)
class Reason:
    """One field's reason with the values as shown on the card, for display in any language.

    ``code`` says it the way a person would (the UI translates it): ``strong``, ``same``,
    ``normalised``, ``legal_form``, ``swapped``, ``phonetic``, ``very_close``, ``close``,
    ``loose``, ``different``; from the all-evidence mode also ``typo``, ``initial``,
    ``short_form``, ``one_digit``, ``same_area``, ``day_month_swapped``, ``one_part``, ``namesake``,
    ``two_people``; ``other_first_name`` (two first names of ``domain.first_names``:
    "Jean" / "Jeanne", "jean.dupont@" / "jeanne.dupont@"), ``other_town`` (an address alike
    in another town).
    """

    field: str
    a: str
    b: str
    score: int
    how: How
    legal_form: bool = False
    code: str = ""


def similarity_code(score: int) -> str:
    """How close two values are, in words: very close (90+), close (75+), loosely alike."""
    return "very_close" if score >= 90 else "close" if score >= 75 else "loose"


def reason(
    score: FieldScore, a: Mapping[str, Any], b: Mapping[str, Any], kind: RecordKind
) -> Reason:
    va = display_value(score.field, a, kind)
    vb = display_value(score.field, b, kind)
    how = score.how
    if how is not How.STRONG and (how is How.IDENTICAL or (va == vb and score.score == 100)):
        how = How.IDENTICAL
    legal = (
        how is How.NORMALISED
        and score.field == "company"
        and has_legal_form(va) != has_legal_form(vb)
    )
    code = {
        How.STRONG: "strong",
        How.IDENTICAL: "same",
        How.NORMALISED: "legal_form" if legal else "normalised",
        How.SWAPPED: "swapped",
        How.PHONETIC: "phonetic",
        How.DIFFERENT: "different",
        How.SHORT_FORM: "short_form",
        How.INITIAL: "initial",
        How.OTHER_NAME: "other_first_name",
        How.ROLE: "role_address",
        How.SWITCHBOARD: "switchboard",
        How.OTHER_DOMAIN: "other_domain",
    }.get(how) or similarity_code(score.score)
    if how is How.SWAPPED and score.score < 100:
        code = "swapped_close" if score.score >= 90 else "swapped_alike"
    code = _person_names.said(code, score.field, a, b)  # ("Mme Sylvie", "Durand née Martin")
    return Reason(score.field, va, vb, score.score, how, legal, code)


def noun_field(r: Reason) -> str:
    """The field a reason's sentence names: a whole name shortened (the fields mode compares
    whole names) is its first name shortened, "first name", not "name" (a French reader's
    "nom" is the last name). Only the words change: ``r.field`` stays the compared field."""
    return "first_name" if r.code in ("short_form", "initial") else r.field


# Field code -> (singular, plural) nouns for the sentences.
FIELD_NOUNS: dict[str, tuple[str, str]] = {
    "name": ("name", "names"),
    "first_name": ("first name", "first names"),
    "last_name": ("last name", "last names"),
    "company": ("company", "companies"),
    "phone": ("phone", "phones"),
    "email": ("e-mail", "e-mails"),
    "city": ("city", "cities"),
    "postcode": ("postcode", "postcodes"),
    "address": ("address", "addresses"),
    "siren": ("SIREN", "SIRENs"),
    "birthday": ("date of birth", "dates of birth"),
}
_SENTENCES = {
    "strong": "same {one} (proposed on its own)",
    "same": "same {one}",
    "normalised": "same {one} once accents, case and punctuation are ignored",
    "legal_form": "same {one} without the legal form",
    "swapped": "first and last names swapped",
    "swapped_close": "first and last names swapped, very close ({p} %)",
    "swapped_alike": "first and last names swapped, close ({p} %)",
    "phonetic": "{many} sound alike",
    "very_close": "{many} very close ({p} %)",
    "close": "{many} close ({p} %)",
    "loose": "{many} loosely alike ({p} %)",
    "different": "different {many}",
    "typo": "{many} very close (typo)",
    "initial": "{one} abbreviated",
    "one_digit": "{one} differs by one digit",
    "same_area": "same département, {one} differs",
    "day_month_swapped": "{one} with day and month swapped",
    "one_part": "{many} close (one part differs)",
    "short_form": "{one} shortened or a nickname",
    "other_first_name": "{many} differ by the first name",
    "other_town": "{one} in another town",
    "role_address": "generic {one} (contact@, info@…), not a person's",
    "switchboard": "{one} of a switchboard (shared by several contacts), not a person's",
    "other_domain": "same {one} before the @, at another domain",
    "name_in_use": "same {one} once a title (Mme, M.) or a birth name (née…) is set aside",
    "namesake": "probably namesakes: nothing identifying in common and several details differ",
    "two_people": "probably two people: names differ, no e-mail, mobile or date of birth shared",
}


def reason_text(r: Reason) -> str:
    """The English sentence, e.g. "names very close (92 %): 'Lefèvre' / 'Lefevbre'"."""
    noun = noun_field(r)
    one, many = FIELD_NOUNS.get(noun, (noun, noun))
    if r.code == "strong":
        return _SENTENCES["strong"].format(one=one, many=many, p=r.score)
    sentence = _SENTENCES.get(r.code, "{many}")
    if not r.score:
        sentence = sentence.replace(" ({p} %)", "")
    text = sentence.format(one=one, many=many, p=r.score)
    if r.a or r.b:
        text += f": '{r.a or '—'}' / '{r.b or '—'}'" if r.a != r.b else f": '{r.a}'"
    return text


def explain(score: FieldScore, a: Mapping[str, Any], b: Mapping[str, Any], kind: RecordKind) -> str:
    """One reason in English, e.g. "Name: 'Lefèvre' ~ 'LEFEVRE' 100 after normalising"."""
    return reason_text(reason(score, a, b, kind))


def explain_all(
    pair: PairScore, a: Mapping[str, Any], b: Mapping[str, Any], kind: RecordKind
) -> list[str]:
    return [explain(fs, a, b, kind) for fs in pair.fields]


def settings_from(
    fields: Sequence[str],
    mode: MatchMode,
    threshold: int,
    kind: RecordKind = RecordKind.CONTACT,
    strong: Sequence[str] | None = None,
) -> MatchSettings:
    """Settings with one mode for every field (the command line's shape)."""
    defaults = default_settings(kind)
    return MatchSettings(
        kind,
        tuple(FieldRule(f, mode) for f in fields),
        threshold,
        tuple(strong) if strong is not None else defaults.strong,
    )


from desktop_crm.domain import matching_channels as _channels  # noqa: E402  (imports this)
from desktop_crm.domain import person_names as _person_names  # noqa: E402

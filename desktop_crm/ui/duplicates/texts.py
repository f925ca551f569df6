"""Translatable labels for the duplicate screens: field names and reasons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_crm.domain.fields import MATCH_FIELDS, Record, field
from desktop_crm.domain.matching import How, Reason, noun_field
from desktop_crm.services.duplicates.merge import UnmergeResult

# Called "translate" so that pyside6-lupdate finds every literal below.
translate = QCoreApplication.translate


def match_field_label(code: str) -> str:
    """Label of a field the matcher compares."""
    if code == "name":
        # The matcher's "Name" is a contact's first and last names; in this context "Name"
        # is a company's name (merge dialog), translated "Raison sociale".
        return translate("Duplicates", "Contact name")
    labels = {m.code: m.label for m in MATCH_FIELDS}
    return translate("Duplicates", labels[code]) if code in labels else code


def mode_label(code: str) -> str:
    return {
        "exact": translate("Duplicates", "Exact"),
        "normalised": translate("Duplicates", "Normalised (accents, case, legal forms)"),
        "fuzzy": translate("Duplicates", "Similar (fuzzy)"),
        "phonetic": translate("Duplicates", "Sounds alike (phonetic)"),
    }.get(code, code)


def record_field_label(code: str) -> str:
    """Label of a stored contact or company field (merge dialog)."""
    records: tuple[Record, ...] = ("contact", "company")
    for record in records:
        try:
            spec = field(code, record)
        except KeyError:
            continue
        return translate("Duplicates", spec.full_label)
    return code


def related_label(table: str, count: int = 2) -> str:
    """What ``count`` rows of ``table`` attached to a record are ("1 activité", "44
    entrées d'historique"), singular for one."""
    nouns = {
        "history": (
            translate("Duplicates", "history entry"),
            translate("Duplicates", "history entries"),
        ),
        "note": (translate("Duplicates", "note"), translate("Duplicates", "notes")),
        "activity": (translate("Duplicates", "activity"), translate("Duplicates", "activities")),
        "activity_contact": (
            translate("Duplicates", "shared activity"),
            translate("Duplicates", "shared activities"),
        ),
        "series_run": (
            translate("Duplicates", "activity series run"),
            translate("Duplicates", "activity series runs"),
        ),
        "opportunity": (
            translate("Duplicates", "opportunity"),
            translate("Duplicates", "opportunities"),
        ),
        "sale": (translate("Duplicates", "sale"), translate("Duplicates", "sales")),
        "group_member": (translate("Duplicates", "group"), translate("Duplicates", "groups")),
        "group_company": (translate("Duplicates", "group"), translate("Duplicates", "groups")),
        "campaign_member": (
            translate("Duplicates", "campaign"),
            translate("Duplicates", "campaigns"),
        ),
        "consent": (translate("Duplicates", "consent"), translate("Duplicates", "consents")),
        "consent_entry": (
            translate("Duplicates", "consent record"),
            translate("Duplicates", "consent records"),
        ),
        "contact_field_value": (
            translate("Duplicates", "custom field value"),
            translate("Duplicates", "custom field values"),
        ),
        "company_field_value": (
            translate("Duplicates", "custom field value"),
            translate("Duplicates", "custom field values"),
        ),
        "contact": (translate("Duplicates", "contact"), translate("Duplicates", "contacts")),
        "company": (translate("Duplicates", "division"), translate("Duplicates", "divisions")),
    }
    found = nouns.get(table)
    if found is None:
        return table
    return found[0] if count == 1 else found[1]


def related_counts_text(counts: dict[str, int]) -> str:
    """``{"activity": 1, "history": 44}`` as "1 activité, 44 entrées d'historique"."""
    return ", ".join(f"{n} {related_label(t, n)}" for t, n in counts.items())


def field_nouns(code: str) -> tuple[str, str]:
    """(singular, plural) noun of a compared field, for the reasons."""
    nouns = {
        "name": (translate("Duplicates", "name"), translate("Duplicates", "names")),
        "first_name": (
            translate("Duplicates", "first name"),
            translate("Duplicates", "first names"),
        ),
        "last_name": (
            translate("Duplicates", "last name"),
            translate("Duplicates", "last names"),
        ),
        "company": (translate("Duplicates", "company"), translate("Duplicates", "companies")),
        "phone": (translate("Duplicates", "phone"), translate("Duplicates", "phones")),
        "email": (translate("Duplicates", "e-mail"), translate("Duplicates", "e-mails")),
        "city": (translate("Duplicates", "city"), translate("Duplicates", "cities")),
        "postcode": (translate("Duplicates", "postcode"), translate("Duplicates", "postcodes")),
        "address": (translate("Duplicates", "address"), translate("Duplicates", "addresses")),
        "siren": (translate("Duplicates", "SIREN"), translate("Duplicates", "SIRENs")),
        "birthday": (
            translate("Duplicates", "date of birth"),
            translate("Duplicates", "dates of birth"),
        ),
    }
    return nouns.get(code, (code, code))


def _different(code: str) -> str:
    """ "different phones": French adjectives agree, so one sentence per field."""
    return {
        "name": translate("Duplicates", "different names"),
        "first_name": translate("Duplicates", "different first names"),
        "last_name": translate("Duplicates", "different last names"),
        "company": translate("Duplicates", "different companies"),
        "phone": translate("Duplicates", "different phones"),
        "email": translate("Duplicates", "different e-mails"),
        "city": translate("Duplicates", "different cities"),
        "postcode": translate("Duplicates", "different postcodes"),
        "address": translate("Duplicates", "different addresses"),
        "siren": translate("Duplicates", "different SIRENs"),
        "birthday": translate("Duplicates", "different dates of birth"),
    }.get(code, translate("Duplicates", "different %1").replace("%1", field_nouns(code)[1]))


def _sentence(r: Reason) -> str:
    one, many = field_nouns(noun_field(r))
    code = r.code or ("strong" if r.how is How.STRONG else "same")
    if code == "different":
        return _different(r.field)
    sentences = {
        "strong": translate("Duplicates", "same %1 (proposed on its own)"),
        "same": translate("Duplicates", "same %1"),
        "normalised": translate(
            "Duplicates", "same %1 once accents, case and punctuation are ignored"
        ),
        "legal_form": translate("Duplicates", "same %1 without the legal form"),
        "swapped": translate("Duplicates", "first and last names swapped"),
        "swapped_close": translate("Duplicates", "first and last names swapped, very close (%3 %)"),
        "swapped_alike": translate("Duplicates", "first and last names swapped, close (%3 %)"),
        "phonetic": translate("Duplicates", "%2 sound alike"),
        "very_close": translate("Duplicates", "%2 very close (%3 %)"),
        "close": translate("Duplicates", "%2 close (%3 %)"),
        "loose": translate("Duplicates", "%2 loosely alike (%3 %)"),
        "typo": translate("Duplicates", "%2 very close (typo)"),
        "initial": translate("Duplicates", "%1 abbreviated"),
        "one_digit": translate("Duplicates", "%1 differs by one digit"),
        "same_area": translate("Duplicates", "same département, %1 differs"),
        "day_month_swapped": translate("Duplicates", "%1 with day and month swapped"),
        "one_part": translate("Duplicates", "%2 close (one part differs)"),
        "short_form": translate("Duplicates", "%1 shortened or a nickname"),
        "other_first_name": translate("Duplicates", "%2 differ by the first name"),
        "other_town": translate("Duplicates", "%1 in another town"),
        "role_address": translate("Duplicates", "generic %1 (contact@, info@…), not a person's"),
        "other_domain": translate("Duplicates", "same %1 before the @, at another domain"),
        "name_in_use": translate(
            "Duplicates", "same %1 once a title (Mme, M.) or a birth name (née…) is set aside"
        ),
        "switchboard": translate(
            "Duplicates", "%1 of a switchboard (shared by several contacts), not a person's"
        ),
        "namesake": translate(
            "Duplicates",
            "probably namesakes: nothing identifying in common and several details differ",
        ),
        "two_people": translate(
            "Duplicates",
            "probably two people: names differ, no e-mail, mobile or date of birth shared",
        ),
    }
    text = sentences.get(code, "%2")
    if code in ("close", "very_close", "loose") and not r.score:
        text = {
            "close": translate("Duplicates", "%2 close"),
            "very_close": translate("Duplicates", "%2 very close"),
            "loose": translate("Duplicates", "%2 loosely alike"),
        }[code]
    return text.replace("%1", one).replace("%2", many).replace("%3", str(r.score))


def reason_label(r: Reason) -> str:
    """A reason in the user's language, as a person would say it, with the values as the
    card shows them: "noms très proches (92 %) : « Lefèvre » / « Lefevbre »"."""
    text = _sentence(r)
    if r.code == "strong" or (not r.code and r.how is How.STRONG):
        return text
    if r.a and r.a == r.b:
        return translate("Duplicates", "%1: '%2'").replace("%1", text).replace("%2", r.a)
    if r.a or r.b:
        return (
            translate("Duplicates", "%1: '%2' / '%3'")
            .replace("%1", text)
            .replace("%2", r.a or "—")
            .replace("%3", r.b or "—")
        )
    return text


def undo_confirmation(result: UnmergeResult) -> str:
    """What an undo brought back: "Merge 3 undone: Marc Lefèvre (#12) and Marc LEFEVRE
    (#14) are separate records again; 27 moved or changed rows were put back."""
    names = dict(result.labels)
    records = [f"{names.get(i, '')} (#{i})".strip() for i in (result.kept_id, *result.restored_ids)]
    listed = ", ".join(records[:-1]) + translate("Duplicates", " and ") + records[-1]
    return (
        translate(
            "Duplicates",
            "Merge %1 undone: %2 are separate records again; %3 moved or changed rows were "
            "put back.",
        )
        .replace("%1", str(result.merge_id))
        .replace("%2", listed)
        .replace("%3", str(result.rows_restored))
    )

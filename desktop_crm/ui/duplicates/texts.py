"""Translatable labels for the duplicate screens: field names and reasons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_crm.domain.fields import MATCH_FIELDS, Record, field
from desktop_crm.domain.matching import How, Reason

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


def related_label(table: str) -> str:
    return {
        "history": translate("Duplicates", "history"),
        "note": translate("Duplicates", "notes"),
        "activity": translate("Duplicates", "activities"),
        "activity_contact": translate("Duplicates", "shared activities"),
        "series_run": translate("Duplicates", "activity series"),
        "opportunity": translate("Duplicates", "opportunities"),
        "sale": translate("Duplicates", "sales"),
        "group_member": translate("Duplicates", "groups"),
        "campaign_member": translate("Duplicates", "campaigns"),
        "consent": translate("Duplicates", "consents"),
        "contact": translate("Duplicates", "contacts"),
        "company": translate("Duplicates", "divisions"),
    }.get(table, table)


def reason_label(r: Reason) -> str:
    """A reason in the user's language, e.g. "Nom : « Lefèvre » ~ « LEFEVRE » 100 ..."."""
    label = match_field_label(r.field)
    if r.how is How.STRONG:
        return translate("Duplicates", "%1: identical (strong rule)").replace("%1", label)
    if r.how is How.IDENTICAL:
        return translate("Duplicates", "%1: identical").replace("%1", label)
    if r.legal_form:
        detail = translate("Duplicates", "after removing the legal form")
    else:
        detail = {
            How.NORMALISED: translate("Duplicates", "after normalising"),
            How.SWAPPED: translate("Duplicates", "with first and last names swapped"),
            How.SIMILAR: translate("Duplicates", "similar"),
            How.PHONETIC: translate("Duplicates", "sounds alike"),
            How.DIFFERENT: translate("Duplicates", "different"),
        }.get(r.how, "")
    return (
        translate("Duplicates", "%1: '%2' ~ '%3' %4 %5")
        .replace("%1", label)
        .replace("%2", r.a)
        .replace("%3", r.b)
        .replace("%4", str(r.score))
        .replace("%5", detail)
    ).rstrip()

"""Translatable labels for the duplicate screens: field names and reasons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_crm.domain.matching import How, Reason

# Called "translate" so that pyside6-lupdate finds every literal below.
translate = QCoreApplication.translate


def match_field_label(code: str) -> str:
    """Label of a field the matcher compares."""
    return {
        "name": translate("Duplicates", "Contact name"),
        "first_name": translate("Duplicates", "First name"),
        "last_name": translate("Duplicates", "Last name"),
        "company": translate("Duplicates", "Company"),
        "phone": translate("Duplicates", "Phone"),
        "email": translate("Duplicates", "E-mail"),
        "city": translate("Duplicates", "City"),
        "postcode": translate("Duplicates", "Postcode"),
        "address": translate("Duplicates", "Address"),
        "siren": translate("Duplicates", "SIREN"),
    }.get(code, code)


def mode_label(code: str) -> str:
    return {
        "exact": translate("Duplicates", "Exact"),
        "normalised": translate("Duplicates", "Normalised (accents, case, legal forms)"),
        "fuzzy": translate("Duplicates", "Similar (fuzzy)"),
        "phonetic": translate("Duplicates", "Sounds alike (phonetic)"),
    }.get(code, code)


def record_field_label(code: str) -> str:
    """Label of a stored contact or company field (merge dialog)."""
    labels = {
        "civility": translate("Duplicates", "Title"),
        "first_name": translate("Duplicates", "First name"),
        "last_name": translate("Duplicates", "Last name"),
        "salutation": translate("Duplicates", "Salutation"),
        "job_title": translate("Duplicates", "Job title"),
        "department": translate("Duplicates", "Department"),
        "company_name": translate("Duplicates", "Company"),
        "company_id": translate("Duplicates", "Company record"),
        "phone_business": translate("Duplicates", "Phone"),
        "phone_ext": translate("Duplicates", "Extension"),
        "phone_mobile": translate("Duplicates", "Mobile"),
        "phone_home": translate("Duplicates", "Home phone"),
        "phone_fax": translate("Duplicates", "Fax"),
        "email": translate("Duplicates", "E-mail"),
        "email2": translate("Duplicates", "E-mail 2"),
        "website": translate("Duplicates", "Website"),
        "address1": translate("Duplicates", "Address 1"),
        "address2": translate("Duplicates", "Address 2"),
        "address3": translate("Duplicates", "Address 3"),
        "postcode": translate("Duplicates", "Postcode"),
        "city": translate("Duplicates", "City"),
        "cedex": translate("Duplicates", "Cedex"),
        "country": translate("Duplicates", "Country"),
        "home_address1": translate("Duplicates", "Home address 1"),
        "home_address2": translate("Duplicates", "Home address 2"),
        "home_postcode": translate("Duplicates", "Home postcode"),
        "home_city": translate("Duplicates", "Home city"),
        "home_country": translate("Duplicates", "Home country"),
        "status": translate("Duplicates", "Status"),
        "industry": translate("Duplicates", "Industry"),
        "company_size": translate("Duplicates", "Company size"),
        "referred_by": translate("Duplicates", "Referred by"),
        "potential": translate("Duplicates", "Potential"),
        "id_status": translate("Duplicates", "ID/Status"),
        "last_results": translate("Duplicates", "Last results"),
        "equipment": translate("Duplicates", "Equipment"),
        "record_manager_id": translate("Duplicates", "Record manager"),
        "do_not_mail": translate("Duplicates", "Do not mail"),
        "do_not_call": translate("Duplicates", "Do not call"),
        "do_not_email": translate("Duplicates", "Do not e-mail"),
        "npai": translate("Duplicates", "Returned mail (NPAI)"),
        "email_invalid": translate("Duplicates", "E-mail invalid"),
        "to_review": translate("Duplicates", "To review"),
        "contract_end": translate("Duplicates", "Contract end"),
        "birthday": translate("Duplicates", "Birthday"),
        "name": translate("Duplicates", "Name"),
        "legal_form": translate("Duplicates", "Legal form"),
        "siren": translate("Duplicates", "SIREN"),
        "siret": translate("Duplicates", "SIRET"),
        "vat_number": translate("Duplicates", "VAT number"),
        "phone": translate("Duplicates", "Phone"),
        "fax": translate("Duplicates", "Fax"),
        "details": translate("Duplicates", "Details"),
        "parent_id": translate("Duplicates", "Parent company"),
    }
    return labels.get(code, code)


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

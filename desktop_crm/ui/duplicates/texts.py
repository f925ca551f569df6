"""Translatable labels for the duplicate screens: field names and reasons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_crm.domain.matching import How, Reason


def _t(text: str) -> str:
    return QCoreApplication.translate("Duplicates", text)


def match_field_label(code: str) -> str:
    """Label of a field the matcher compares."""
    return {
        "name": _t("Contact name"), "first_name": _t("First name"),
        "last_name": _t("Last name"), "company": _t("Company"), "phone": _t("Phone"),
        "email": _t("E-mail"), "city": _t("City"), "postcode": _t("Postcode"),
        "address": _t("Address"), "siren": _t("SIREN"),
    }.get(code, code)


def mode_label(code: str) -> str:
    return {
        "exact": _t("Exact"), "normalised": _t("Normalised (accents, case, legal forms)"),
        "fuzzy": _t("Similar (fuzzy)"), "phonetic": _t("Sounds alike (phonetic)"),
    }.get(code, code)


def record_field_label(code: str) -> str:
    """Label of a stored contact or company field (merge dialog)."""
    labels = {
        "civility": _t("Title"), "first_name": _t("First name"), "last_name": _t("Last name"),
        "salutation": _t("Salutation"), "job_title": _t("Job title"),
        "department": _t("Department"), "company_name": _t("Company"),
        "company_id": _t("Company record"), "phone_business": _t("Phone"),
        "phone_ext": _t("Extension"), "phone_mobile": _t("Mobile"),
        "phone_home": _t("Home phone"), "phone_fax": _t("Fax"), "email": _t("E-mail"),
        "email2": _t("E-mail 2"), "website": _t("Website"), "address1": _t("Address 1"),
        "address2": _t("Address 2"), "address3": _t("Address 3"), "postcode": _t("Postcode"),
        "city": _t("City"), "cedex": _t("Cedex"), "country": _t("Country"),
        "home_address1": _t("Home address 1"), "home_address2": _t("Home address 2"),
        "home_postcode": _t("Home postcode"), "home_city": _t("Home city"),
        "home_country": _t("Home country"), "status": _t("Status"),
        "industry": _t("Industry"), "company_size": _t("Company size"),
        "referred_by": _t("Referred by"), "potential": _t("Potential"),
        "id_status": _t("ID/Status"), "last_results": _t("Last results"),
        "equipment": _t("Equipment"), "record_manager_id": _t("Record manager"),
        "do_not_mail": _t("Do not mail"), "do_not_call": _t("Do not call"),
        "do_not_email": _t("Do not e-mail"), "npai": _t("Returned mail (NPAI)"),
        "email_invalid": _t("E-mail invalid"), "to_review": _t("To review"),
        "contract_end": _t("Contract end"), "birthday": _t("Birthday"), "name": _t("Name"),
        "legal_form": _t("Legal form"), "siren": _t("SIREN"), "siret": _t("SIRET"),
        "vat_number": _t("VAT number"), "phone": _t("Phone"), "fax": _t("Fax"),
        "details": _t("Details"), "parent_id": _t("Parent company"),
    }
    return labels.get(code, code)


def related_label(table: str) -> str:
    return {
        "history": _t("history"), "note": _t("notes"), "activity": _t("activities"),
        "activity_contact": _t("shared activities"), "series_run": _t("activity series"),
        "opportunity": _t("opportunities"), "sale": _t("sales"),
        "group_member": _t("groups"), "campaign_member": _t("campaigns"),
        "consent": _t("consents"), "contact": _t("contacts"), "company": _t("divisions"),
    }.get(table, table)


def reason_label(r: Reason) -> str:
    """A reason in the user's language, e.g. "Nom : « Lefèvre » ~ « LEFEVRE » 100 ..."."""
    label = match_field_label(r.field)
    if r.how is How.STRONG:
        return _t("%1: identical (strong rule)").replace("%1", label)
    if r.how is How.IDENTICAL:
        return _t("%1: identical").replace("%1", label)
    if r.legal_form:
        detail = _t("after removing the legal form")
    else:
        detail = {
            How.NORMALISED: _t("after normalising"),
            How.SWAPPED: _t("with first and last names swapped"),
            How.SIMILAR: _t("similar"),
            How.PHONETIC: _t("sounds alike"),
            How.DIFFERENT: _t("different"),
        }.get(r.how, "")
    return (_t("%1: '%2' ~ '%3' %4 %5").replace("%1", label).replace("%2", r.a)
            .replace("%3", r.b).replace("%4", str(r.score)).replace("%5", detail)).rstrip()

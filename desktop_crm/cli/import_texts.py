"""The ``import`` and ``duplicates`` commands' words in the command line's language.

The services report in English plus codes (``ReportNote``, ``Reason``); the window translates
the codes with Qt, the command line with the tables below (the same French as the window's
catalogue). Under an English locale every function returns the services' own English.

The refusals (a wrong file, an import or a merge that cannot be undone…) are not here: the
services say them in the user's language at the source (``domain.wording.say``), from the
catalogue the command line reads (``cli/catalogue.py``).
"""

from __future__ import annotations

from desktop_crm.cli.labels import cli_language, field_label
from desktop_crm.domain.matching import How, Reason, noun_field
from desktop_crm.services.importing.model import ReportNote, ReportRow

PROBLEM_LABELS_FR = {
    "email_typo": "Faute de frappe probable dans l'e-mail",
    "email_invalid": "E-mail invalide",
    "phone_too_short": "Téléphone trop court",
    "phone_too_long": "Téléphone trop long",
    "phone_invalid": "Numéro de téléphone impossible",
    "phone_not_a_number": "Pas un numéro de téléphone",
    "postcode_invalid": "Code postal français invalide",
    "postcode_missing": "Code postal manquant",
    "city_missing": "Ville manquante",
    "too_long": "Valeur trop longue",
    "date_invalid": "Date invalide",
    "required": "Ni nom, ni société, ni e-mail",
    "control_chars": "Caractères de contrôle retirés",
    "empty_row": "Ligne vide",
}

ACTIONS_FR = {"created": "créé", "updated": "mis à jour", "skipped": "ignoré"}


def french() -> bool:
    return cli_language() == "fr"


def action_text(action: str) -> str:
    """A report line's action ("created" → "créé")."""
    return ACTIONS_FR.get(action, action) if french() else action


def _note_fr(note: ReportNote) -> str:
    if note.kind == "problem":
        label = PROBLEM_LABELS_FR.get(note.code, note.text)
        name = field_label(note.field, "fr") if note.field else note.field
        return f"{name} : {label}" + (f" → {note.suggestion}" if note.suggestion else "")
    if note.kind == "skipped_for":
        return "ignorée pour : " + ", ".join(PROBLEM_LABELS_FR.get(c, c) for c in note.codes)
    if note.kind == "skipped_by_user":
        return "ignorée à votre demande"
    if note.kind == "duplicate":
        if note.contact_id is not None:
            where = f"contact n° {note.contact_id} {note.text}".strip()
        elif note.text.startswith("line ") and note.text[5:].isdigit():
            where = "ligne " + note.text[5:]
        else:
            where = note.text
        if note.code == "email":
            return f"même e-mail que {where}"
        return f"même société, nom et téléphone que {where}"
    if note.kind == "empty_row":
        return "ligne vide"
    if note.kind == "skipped_group":
        return (
            "ignorée : cette fiche décrit un groupe de contacts ; ses membres sont importés "
            "depuis leurs propres fiches"
        )
    if note.kind == "added_to_groups":
        return "ajouté aux groupes " + ", ".join(note.codes)
    if note.kind == "company_exists":
        return f"ignorée : la société n° {note.contact_id} porte déjà ce nom"
    if note.kind == "company_in_file":
        return "ignorée : une fiche précédente du fichier porte ce nom"
    if note.kind == "company_created":
        return f"créée comme société n° {note.contact_id} (la fiche décrit une organisation)"
    if note.kind == "suppressed":
        return "sur la liste d'opposition : reste en opposition pour " + ", ".join(note.codes)
    return note.english()


def note_json(note: ReportNote) -> dict[str, object]:
    """A report reason for ``--json``: stable values for scripts (``kind``, ``code``,
    ``codes``, ``field``) beside the sentence (``message``, as in "reasons").

    ``code``: a problem's code ("email_invalid"), a duplicate's ("email", "identity");
    ``codes``: the problems a row was skipped for, the groups it joined, or what a
    reader's remark says ("phones_placed", "not_imported_photo", "columns_in_note"…: the
    remark's sentence is in the language of the import, its codes never change)."""
    return {
        "kind": note.kind,
        "code": note.code or None,
        "codes": list(note.codes),
        "field": note.field or None,
        "message": note.english(),
    }


def row_reasons(row: ReportRow) -> str:
    """A report line's reasons in the command line's language."""
    if not french() or not row.notes:
        return row.reasons
    return "; ".join(_note_fr(note) for note in row.notes)


# -- duplicates ---------------------------------------------------------------------------------

NOUNS_FR = {
    "name": ("nom", "noms"),
    "first_name": ("prénom", "prénoms"),
    "last_name": ("nom de famille", "noms de famille"),
    "company": ("société", "sociétés"),
    "phone": ("téléphone", "téléphones"),
    "email": ("e-mail", "e-mails"),
    "city": ("ville", "villes"),
    "postcode": ("code postal", "codes postaux"),
    "address": ("adresse", "adresses"),
    "siren": ("SIREN", "SIREN"),
    "birthday": ("date de naissance", "dates de naissance"),
}
DIFFERENT_FR = {
    "name": "noms différents",
    "first_name": "prénoms différents",
    "last_name": "noms de famille différents",
    "company": "sociétés différentes",
    "phone": "téléphones différents",
    "email": "e-mails différents",
    "city": "villes différentes",
    "postcode": "codes postaux différents",
    "address": "adresses différentes",
    "siren": "SIREN différents",
    "birthday": "dates de naissance différentes",
}
SENTENCES_FR = {
    "strong": "même {one} (suffit à proposer la paire)",
    "same": "même {one}",
    "normalised": "même {one} aux accents, majuscules et ponctuation près",
    "legal_form": "même {one} sans la forme juridique",
    "swapped": "prénom et nom inversés",
    "swapped_close": "prénom et nom inversés, très proches ({score} %)",
    "swapped_alike": "prénom et nom inversés, proches ({score} %)",
    "phonetic": "{many} qui se prononcent pareil",
    "very_close": "{many} très proches ({score} %)",
    "close": "{many} proches ({score} %)",
    "loose": "{many} assez proches ({score} %)",
    "typo": "{many} très proches (faute de frappe)",
    "initial": "{one} abrégé",
    "one_digit": "{one} différent d'un chiffre",
    "same_area": "même département, {one} différent",
    "day_month_swapped": "{one} avec jour et mois inversés",
    "one_part": "{many} proches (une partie diffère)",
    "short_form": "{one} abrégé ou diminutif",
    "other_first_name": "{many} différant par le prénom",
    "other_town": "{one} dans une autre ville",
    "role_address": "{one} générique (contact@, info@…), pas celui d'une personne",
    "other_domain": "même {one} avant l'@, sur un autre domaine",
    "name_in_use": "même {one}, civilité (Mme, M.) ou nom de naissance (née…) mis à part",
    "switchboard": "{one} d'un standard (partagé par plusieurs contacts), pas celui d'une personne",
}
WITHOUT_SCORE_FR = {
    "close": "{many} proches",
    "very_close": "{many} très proches",
    "loose": "{many} assez proches",
}


def reason_fr(r: Reason) -> str:
    """A duplicate pair's reason in French, with the values: "noms très proches (92 %) :
    « Lefèvre » / « Lefevbre »" (the window's wording)."""
    noun = noun_field(r)
    one, many = NOUNS_FR.get(noun, (noun, noun))
    code = r.code or ("strong" if r.how is How.STRONG else "same")
    if code == "different":
        text = DIFFERENT_FR.get(r.field, f"{many} différents")
    elif code in WITHOUT_SCORE_FR and not r.score:
        text = WITHOUT_SCORE_FR[code].format(many=many)
    else:
        text = SENTENCES_FR.get(code, "{many}").format(one=one, many=many, score=r.score)
    if code == "strong":
        return text
    if r.a and r.a == r.b:
        return f"{text} : « {r.a} »"
    if r.a or r.b:
        return f"{text} : « {r.a or '—'} » / « {r.b or '—'} »"
    return text


def pair_reasons(english: tuple[str, ...], parts: tuple[Reason, ...]) -> list[str]:
    """A pair's reasons in the command line's language (French from the reasons' codes)."""
    if french() and parts:
        return [reason_fr(r) for r in parts]
    return list(english)

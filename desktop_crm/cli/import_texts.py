"""The ``import`` and ``duplicates`` commands' words in the command line's language.

The services report in English plus codes (``ReportNote``, ``Reason``, ``DomainError.code``);
the window translates the codes with Qt, the command line with the tables below (the same
French as the window's catalogue). Under an English locale every function returns the
services' own English.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from desktop_crm.cli.labels import cli_language
from desktop_crm.domain.errors import DomainError, NotFoundError
from desktop_crm.domain.matching import How, Reason
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
        return f"{note.field} : {label}" + (f" → {note.suggestion}" if note.suggestion else "")
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


def row_reasons(row: ReportRow) -> str:
    """A report line's reasons in the command line's language."""
    if not french() or not row.notes:
        return row.reasons
    return "; ".join(_note_fr(note) for note in row.notes)


# -- errors -------------------------------------------------------------------------------------

# (English message of the readers and of the import, as a pattern) -> French.
_ERRORS_FR: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(english, re.DOTALL), french)
    for english, french in (
        (r"The file (?P<f>.+) does not exist\.", "Le fichier {f} n'existe pas."),
        (
            r"The file cannot be opened: (?P<why>.*)\.",
            "Le fichier ne peut pas être ouvert : {why}.",
        ),
        (
            r"This is an old Excel 97-2003 file \(\.xls\).*",
            "C'est un ancien fichier Excel 97-2003 (.xls) : ouvrez-le dans Excel ou "
            "LibreOffice et enregistrez-le d'abord en .xlsx ou en CSV.",
        ),
        (
            r"Files of type '(?P<s>.*)' cannot be imported.*",
            "Les fichiers de type « {s} » ne peuvent pas être importés : utilisez CSV, TXT, "
            "XLSX ou vCard (.vcf).",
        ),
        (
            r"This is not a text file \(it contains binary data\).*",
            "Ce n'est pas un fichier texte (il contient des données binaires). Choisissez un "
            "fichier CSV, TXT, XLSX ou vCard.",
        ),
        (
            r"The file's encoding is not recognised.*",
            "L'encodage du fichier n'est pas reconnu (ni UTF-8 ni Windows-1252). "
            "Enregistrez-le à nouveau depuis Excel en « CSV UTF-8 » ou choisissez "
            "l'encodage avec --encoding.",
        ),
        (
            r"The file is not valid CSV: a quote \(\"\) opened near line (?P<n>\d+).*",
            "Le fichier n'est pas un CSV valide : un guillemet (\") ouvert vers la ligne {n} "
            "n'est jamais fermé.",
        ),
        (
            r"The file is not valid CSV from line (?P<n>\d+): (?P<why>.*)\. A quote.*",
            "Le fichier n'est pas un CSV valide à partir de la ligne {n} ({why}). Un "
            "guillemet (\") ouvert sur cette ligne n'est probablement jamais fermé.",
        ),
        (
            r"This file is not a valid Excel workbook.*|This zip file is not an Excel.*",
            "Ce fichier n'est pas un classeur Excel (.xlsx) valide : il est abîmé, tronqué "
            "ou d'un autre type. Un ancien .xls doit d'abord être enregistré en .xlsx.",
        ),
        (
            r"The workbook (is damaged and )?cannot be read \((?P<why>.*)\)\.",
            "Le classeur est abîmé et ne peut pas être lu ({why}).",
        ),
        (r"The workbook holds no sheet to import\.", "Le classeur n'a aucune feuille à importer."),
        (
            r"The workbook (has too many parts|expands to an abnormal size|contains XML).*",
            "Le classeur n'a pas la forme d'un vrai fichier Excel ; il a été refusé.",
        ),
        (
            r"There is no sheet '(?P<s>.*)' in this file \(sheets: (?P<all>.*)\)\.",
            "Il n'y a pas de feuille « {s} » dans ce fichier (feuilles : {all}).",
        ),
        (
            r"The vCard file is truncated.*",
            "Le fichier vCard est tronqué : une fiche n'a pas de ligne END:VCARD.",
        ),
        (
            r"The file holds no vCard.*",
            "Le fichier ne contient aucune vCard (pas de ligne BEGIN:VCARD).",
        ),
        (
            r"The saved mapping cannot be read: (?P<why>.*)\.",
            "La correspondance enregistrée ne peut pas être lue : {why}.",
        ),
        (
            r"The mapping file cannot be opened: (?P<why>.*)\.",
            "Le fichier de correspondance ne peut pas être ouvert : {why}.",
        ),
        (
            r"No column is mapped to a contact field.*",
            "Aucune colonne n'est associée à un champ de contact : choisissez-en au moins "
            "une (--mapping).",
        ),
        (
            r"Nothing was imported: (?P<f>.+) has no data row below its header row "
            r"\((?P<n>\d+)\).*",
            "Rien n'a été importé : {f} n'a aucune ligne de données sous sa ligne d'en-têtes "
            "({n}) ; vérifiez que c'est le bon fichier et la bonne ligne d'en-têtes "
            "(--header-row).",
        ),
        (r"There is no import #(?P<n>\d+)\.", "Il n'y a pas d'import n° {n}."),
        (r"Import #(?P<n>\d+) was already undone\.", "L'import n° {n} a déjà été annulé."),
        (
            r"Import #(?P<n>\d+) is a sales import.*",
            "L'import n° {n} est un import de ventes : annulez-le avec "
            "« desktop-crm sales undo {n} ».",
        ),
        (
            r"Contact #(?P<n>\d+) was deleted during the import\.",
            "Le contact n° {n} a été supprimé pendant l'import.",
        ),
        # duplicates, merge, unmerge, not-duplicate
        (
            r"Choose at least one other record to merge into the kept one\.",
            "Choisissez au moins une autre fiche à fusionner dans celle qui est gardée.",
        ),
        (
            r"(Contact|Company) #(?P<n>\d+) does not exist \(it may have been merged or "
            r"deleted already\)\.",
            "La fiche n° {n} n'existe pas (elle a peut-être déjà été fusionnée ou supprimée).",
        ),
        (r"(Contact|Company|Record) #(?P<n>\d+) does not exist\.", "La fiche n° {n} n'existe pas."),
        (r"Merge #(?P<n>\d+) does not exist\.", "La fusion n° {n} n'existe pas."),
        (r"Merge #(?P<n>\d+) was already undone\.", "La fusion n° {n} a déjà été annulée."),
        (
            r"Undo merge #(?P<n>\d+) first: it involves the same records\.",
            "Annulez d'abord la fusion n° {n} : elle concerne les mêmes fiches.",
        ),
        (
            r"The kept record #(?P<n>\d+) no longer exists\.",
            "La fiche gardée n° {n} n'existe plus.",
        ),
        (
            r"Record #(?P<n>\d+) was edited after the merge.*",
            "La fiche n° {n} a été modifiée après la fusion ; annuler la fusion perdrait "
            "cette modification. Ajoutez --force pour annuler quand même.",
        ),
        (
            r"Cannot undo merge #(?P<m>\d+): record id #(?P<n>\d+) now belongs.*",
            "Impossible d'annuler la fusion n° {m} : le numéro de fiche {n} appartient "
            "maintenant à une fiche créée après la fusion.",
        ),
        (
            r"A record cannot be its own duplicate\.",
            "Une fiche ne peut pas être son propre doublon.",
        ),
    )
)


def error_text(message: str) -> str:
    """An import or duplicates error in the command line's language (unknown ones as said)."""
    if not french():
        return message
    for pattern, template in _ERRORS_FR:
        found = pattern.fullmatch(message.strip())
        if found:
            return template.format(**{k: v or "" for k, v in found.groupdict().items()})
    return message


@contextmanager
def errors_in_language() -> Iterator[None]:
    """Raise the services' refusals again in the command line's language (same code)."""
    try:
        yield
    except DomainError as exc:
        text = error_text(exc.message)
        if text == exc.message:
            raise
        again = NotFoundError(text) if isinstance(exc, NotFoundError) else DomainError(text)
        again.code = exc.code
        again.params = exc.params
        raise again from exc


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
}
WITHOUT_SCORE_FR = {
    "close": "{many} proches",
    "very_close": "{many} très proches",
    "loose": "{many} assez proches",
}


def reason_fr(r: Reason) -> str:
    """A duplicate pair's reason in French, with the values: "noms très proches (92 %) :
    « Lefèvre » / « Lefevbre »" (the window's wording)."""
    one, many = NOUNS_FR.get(r.field, (r.field, r.field))
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

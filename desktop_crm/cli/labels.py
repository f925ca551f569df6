"""System values (activity types, priorities) in the command line's language.

The command line speaks English unless ``DESKTOP_CRM_LANG`` or the locale (``LC_ALL``,
``LC_MESSAGES``, ``LANG``) says French. Values are translated by their stored code; values
the team typed in a pick list are shown as typed.
"""

from __future__ import annotations

import os

from desktop_crm.domain.constants import (
    ACTIVITY_LABELS_FR,
    PRIORITY_LABELS_FR,
    ActivityType,
    Priority,
)

LANG_ENV = "DESKTOP_CRM_LANG"

ACTIVITY_LABELS_EN: dict[ActivityType, str] = {
    ActivityType.CALL: "Call",
    ActivityType.MEETING: "Meeting",
    ActivityType.TODO: "To-do",
    ActivityType.LETTER: "Letter",
    ActivityType.EMAIL: "E-mail",
    ActivityType.PERSONAL: "Personal",
}
PRIORITY_LABELS_EN: dict[Priority, str] = {
    Priority.LOW: "Low",
    Priority.MEDIUM_LOW: "Medium-low",
    Priority.MEDIUM: "Medium",
    Priority.MEDIUM_HIGH: "Medium-high",
    Priority.HIGH: "High",
}


def cli_language(environ: dict[str, str] | None = None) -> str:
    """ "fr" or "en": ``DESKTOP_CRM_LANG`` first, then the first locale variable set."""
    env = os.environ if environ is None else environ
    for name in (LANG_ENV, "LC_ALL", "LC_MESSAGES", "LANG"):
        value = (env.get(name) or "").strip()
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    return "en"


def activity_label(code: str, language: str | None = None) -> str:
    """The activity type's name (``call`` → "Call" / "Appel"); an unknown code as stored."""
    try:
        kind = ActivityType(code)
    except ValueError:
        return code
    labels = ACTIVITY_LABELS_FR if (language or cli_language()) == "fr" else ACTIVITY_LABELS_EN
    return labels.get(kind, code)


def priority_label(value: int, language: str | None = None) -> str:
    """The priority's name (4 → "Medium-high" / "Moyenne-haute")."""
    try:
        level = Priority(value)
    except ValueError:
        return str(value)
    labels = PRIORITY_LABELS_FR if (language or cli_language()) == "fr" else PRIORITY_LABELS_EN
    return labels[level]


def campaign_label(kind: str, code: str, language: str | None = None) -> str:
    """A campaign code in the command line's language: ``kind`` is "channel", "status",
    "cost" or "member" (``trade_show`` → "Trade show" / "Salon"); unknown codes as stored."""
    from desktop_crm.domain import campaigns as c

    french = (language or cli_language()) == "fr"
    tables = {
        "channel": (c.CHANNEL_LABELS_FR, c.CHANNEL_LABELS_EN),
        "status": (c.CAMPAIGN_STATUS_LABELS_FR, c.CAMPAIGN_STATUS_LABELS_EN),
        "cost": (c.COST_KIND_LABELS_FR, c.COST_KIND_LABELS_EN),
        "member": (c.MEMBER_STATUS_LABELS_FR, c.MEMBER_STATUS_LABELS_EN),
    }
    fr, en = tables[kind]
    return (fr if french else en).get(code, code)


def say(english: str, french: str, language: str | None = None) -> str:
    """The command line's own sentence in its language."""
    return french if (language or cli_language()) == "fr" else english


def role_label(code: str, language: str | None = None) -> str:
    """A role's name ("restricted" → "Restricted" / "Restreint"); an unknown code as stored."""
    from desktop_crm.domain.roles import ROLE_LABELS_FR, Role

    try:
        role = Role(code)
    except ValueError:
        return code
    return ROLE_LABELS_FR[role] if (language or cli_language()) == "fr" else role.label


def permission_text(english: str, language: str | None = None) -> str:
    """What a role may do, from its English wording (``PERMISSION_TEXT``)."""
    from desktop_crm.domain.roles import PERMISSION_TEXT, PERMISSION_TEXT_FR

    if (language or cli_language()) != "fr":
        return english
    french = {PERMISSION_TEXT[p]: PERMISSION_TEXT_FR[p] for p in PERMISSION_TEXT}
    return french.get(english, english)


def window_label(context: str, english: str) -> str:
    """A label the window translates in ``context`` (a field's name, a kind of value), in the
    command line's language: the French of the window's catalogue, which ``cli.main``
    installs in ``domain.wording`` (the English as given outside a command)."""
    from desktop_crm.domain import wording

    return wording.say(context, english)


def field_label(name: str, language: str | None = None) -> str:
    """A contact field's name for a reader: its code in English (what the services' reports
    say: ``email``), its label in French ("E-mail", as the import window shows it)."""
    if (language or cli_language()) != "fr":
        return name
    from desktop_crm.domain.fields import field

    try:
        return window_label("ImportFields", field(name).full_label)
    except KeyError:
        return OTHER_FIELDS_FR.get(name, name)


def target_label(name: str) -> str:
    """What an import column fills, named as the import window lists it ("E-mail",
    "Groups (labels, categories)"; French "Groupes (libellés, catégories)"), in the command
    line's language; a user field (``custom:NAME``) as given."""
    from desktop_crm.domain.fields import field
    from desktop_crm.interchange.headers import TARGET_LABELS

    english = TARGET_LABELS.get(name)
    if english is None:
        try:
            english = field(name).full_label
        except KeyError:
            return name
    # (The window's "→ " sets them apart in its list; the report's "->" already points.)
    return window_label("ImportFields", english).removeprefix("→ ")


# What else a refusal may name (a group's, a campaign's, a custom field's, a print's value);
# the names of options (ids, lookup, from…) stay as typed.
OTHER_FIELDS_FR: dict[str, str] = {
    "name": "Nom",
    "file": "Fichier",
    "end_date": "Date de fin",
    "start_date": "Date de début",
    "channel": "Canal",
    "budget": "Budget",
    "cost": "Coût",
    "choices": "Choix",
    "copies": "Exemplaires",
    "offset": "Décalage",
    "logo": "Logo",
    "window": "Fenêtre",
    "source": "Source",
    "basis": "Base légale",
}


# Why a contact was left out of a mailing (``services/mailing/recipients.EXCLUSION_MESSAGES``,
# by reason code), in French.
EXCLUSIONS_FR: dict[str, str] = {
    "do_not_mail": "Marqué « pas de courrier »",
    "npai": "Courrier revenu (NPAI)",
    "opted_out": "Opposé à ce canal",
    "no_address": "Pas d'adresse postale",
    "do_not_email": "Marqué « pas d'e-mail »",
    "email_invalid": "Adresse e-mail marquée invalide (retour en erreur, ou à la main)",
    "email_malformed": "Adresse e-mail non valable : jamais envoyé",
    "no_email": "Pas d'adresse e-mail",
    "no_consent": "Particulier sans accord pour les e-mails",
    "soft_opt_in_expired": "Accord implicite d'ancien client expiré (aucun contact pendant la "
    "durée de conservation, 3 ans par défaut)",
    "suppressed": "Sur la liste d'opposition",
    "erased": "Effacé ou anonymisé (RGPD)",
    "no_phone": "Pas de numéro de téléphone",
    "no_mobile": "Pas de numéro de mobile",
    "do_not_call": "Marqué « pas d'appel »",
}


def exclusion_label(reason: str, english: str, language: str | None = None) -> str:
    """Why a contact was left out, in the command line's language (``english`` as given)."""
    if (language or cli_language()) != "fr":
        return english
    return EXCLUSIONS_FR.get(reason, english)

"""Codes stored in the database (stable, English) and their default French labels.

Labels shown to users come from the UI translation layer; these French defaults are the
values the team sees in pick lists and exports (see shared/reference/domain-data.md).
"""

from __future__ import annotations

from enum import IntEnum, StrEnum

from desktop_crm.domain.fields import CONTACT_CATALOGUE


class HistoryType(StrEnum):
    """Kinds of history entries, grouped by family as ACT! users know them."""

    CALL_ATTEMPTED = "call_attempted"
    CALL_REACHED = "call_reached"
    CALL_LEFT_MESSAGE = "call_left_message"
    CALL_RECEIVED = "call_received"
    CALL_WRONG_NUMBER = "call_wrong_number"
    MEETING_HELD = "meeting_held"
    MEETING_NOT_HELD = "meeting_not_held"
    TODO_DONE = "todo_done"
    TODO_NOT_DONE = "todo_not_done"
    LETTER_SENT = "letter_sent"
    EMAIL_SENT = "email_sent"
    FAX_SENT = "fax_sent"
    LABEL_PRINTED = "label_printed"
    ENVELOPE_PRINTED = "envelope_printed"
    FIELD_CHANGED = "field_changed"
    CONTACT_CREATED = "contact_created"
    CONTACT_MERGED = "contact_merged"
    CONTACT_IMPORTED = "contact_imported"
    NOTE = "note"
    OPPORTUNITY_CREATED = "opportunity_created"
    OPPORTUNITY_STAGE_CHANGED = "opportunity_stage_changed"
    OPPORTUNITY_WON = "opportunity_won"
    OPPORTUNITY_LOST = "opportunity_lost"
    EMAIL_OPENED = "email_opened"
    EMAIL_CLICKED = "email_clicked"
    EMAIL_BOUNCED = "email_bounced"
    UNSUBSCRIBED = "unsubscribed"


HISTORY_LABELS_FR: dict[HistoryType, str] = {
    HistoryType.CALL_ATTEMPTED: "Appel tenté",
    HistoryType.CALL_REACHED: "Appel joint",
    HistoryType.CALL_LEFT_MESSAGE: "Message laissé",
    HistoryType.CALL_RECEIVED: "Appel reçu",
    HistoryType.CALL_WRONG_NUMBER: "Mauvais numéro",
    HistoryType.MEETING_HELD: "Réunion tenue",
    HistoryType.MEETING_NOT_HELD: "Réunion non tenue",
    HistoryType.TODO_DONE: "À faire terminé",
    HistoryType.TODO_NOT_DONE: "À faire non terminé",
    HistoryType.LETTER_SENT: "Lettre envoyée",
    HistoryType.EMAIL_SENT: "E-mail envoyé",
    HistoryType.FAX_SENT: "Fax envoyé",
    HistoryType.LABEL_PRINTED: "Étiquette imprimée",
    HistoryType.ENVELOPE_PRINTED: "Enveloppe imprimée",
    HistoryType.FIELD_CHANGED: "Champ modifié",
    HistoryType.CONTACT_CREATED: "Contact créé",
    HistoryType.CONTACT_MERGED: "Contact fusionné",
    HistoryType.CONTACT_IMPORTED: "Contact importé",
    HistoryType.NOTE: "Note",
    HistoryType.OPPORTUNITY_CREATED: "Nouvelle opportunité",
    HistoryType.OPPORTUNITY_STAGE_CHANGED: "Étape modifiée",
    HistoryType.OPPORTUNITY_WON: "Opportunité gagnée",
    HistoryType.OPPORTUNITY_LOST: "Opportunité perdue",
    HistoryType.EMAIL_OPENED: "Ouvert",
    HistoryType.EMAIL_CLICKED: "Clic",
    HistoryType.EMAIL_BOUNCED: "Rejeté",
    HistoryType.UNSUBSCRIBED: "Désabonnement",
}

# Call results that count as a reach (update Last Reach) vs an attempt (Last Attempt).
REACH_TYPES = frozenset(
    {HistoryType.CALL_REACHED, HistoryType.CALL_RECEIVED, HistoryType.MEETING_HELD}
)
ATTEMPT_TYPES = frozenset(
    {HistoryType.CALL_ATTEMPTED, HistoryType.CALL_LEFT_MESSAGE, HistoryType.CALL_WRONG_NUMBER}
)
# The history entries that are phone calls: the only ones with a call duration.
CALL_HISTORY_TYPES = ATTEMPT_TYPES | {HistoryType.CALL_REACHED, HistoryType.CALL_RECEIVED}


class ActivityType(StrEnum):
    CALL = "call"
    MEETING = "meeting"
    TODO = "todo"
    LETTER = "letter"
    EMAIL = "email"
    PERSONAL = "personal"


ACTIVITY_LABELS_FR: dict[ActivityType, str] = {
    ActivityType.CALL: "Appel",
    ActivityType.MEETING: "Réunion",
    ActivityType.TODO: "À faire",
    ActivityType.LETTER: "Lettre",
    ActivityType.EMAIL: "E-mail",
    ActivityType.PERSONAL: "Personnel",
}


class Priority(IntEnum):
    LOW = 1
    MEDIUM_LOW = 2
    MEDIUM = 3
    MEDIUM_HIGH = 4
    HIGH = 5


PRIORITY_LABELS_FR: dict[Priority, str] = {
    Priority.LOW: "Basse",
    Priority.MEDIUM_LOW: "Moyenne-basse",
    Priority.MEDIUM: "Moyenne",
    Priority.MEDIUM_HIGH: "Moyenne-haute",
    Priority.HIGH: "Haute",
}

# Alarm lead times offered to users, in minutes (None = no alarm).
ALARM_LEAD_MINUTES: tuple[int, ...] = (
    0,
    5,
    10,
    15,
    30,
    60,
    120,
    240,
    1440,
    2 * 1440,
    7 * 1440,
    14 * 1440,
    30 * 1440,
)


class Channel(StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    POST = "post"
    SMS = "sms"


class ConsentStatus(StrEnum):
    UNKNOWN = "unknown"
    OPT_IN = "opt_in"
    SOFT_OPT_IN = "soft_opt_in"
    OPT_OUT = "opt_out"


# Strictest first: a merge keeps the strictest status of the two records.
CONSENT_STRICTNESS: dict[ConsentStatus, int] = {
    ConsentStatus.OPT_OUT: 3,
    ConsentStatus.OPT_IN: 2,
    ConsentStatus.SOFT_OPT_IN: 1,
    ConsentStatus.UNKNOWN: 0,
}


class OpportunityStatus(StrEnum):
    OPEN = "open"
    WON = "won"
    LOST = "lost"
    INACTIVE = "inactive"


# Default sales process: (stage name, probability %, expected close in days).
DEFAULT_SALES_STAGES: tuple[tuple[str, int, int], ...] = (
    ("Contact initial", 10, 90),
    ("Intérêt confirmé", 20, 80),
    ("Prospect qualifié", 35, 60),
    ("Négociation", 50, 45),
    ("Engagement d'achat", 85, 30),
)

# Editable pick lists created with every new database: key -> (label, values).
DEFAULT_PICKLISTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "status": (
        "Statut",
        ("Suspect", "Prospect", "Client", "Ancien client", "Partenaire", "Fournisseur", "Collègue"),
    ),
    "referred_by": (
        "Recommandé par",
        (
            "Ami",
            "Annuaire",
            "Article",
            "Associé/Partenaire",
            "Autre",
            "Bouche à oreille",
            "Campagne par e-mail",
            "Collaborateur",
            "Démarchage",
            "Événement/Séminaire",
            "Salon",
            "Site web",
        ),
    ),
    "industry": (
        "Activité",
        (
            "Agroalimentaire",
            "Banque / Assurance",
            "BTP / Construction",
            "Commerce / Distribution",
            "Communication / Médias",
            "Conseil",
            "Éducation / Formation",
            "Énergie",
            "Industrie",
            "Informatique / Télécoms",
            "Santé",
            "Services aux entreprises",
            "Tourisme / Hôtellerie",
            "Transport / Logistique",
        ),
    ),
    "company_size": ("Taille", ("1-9", "10-49", "50-249", "250-999", "1000+")),
    "civility": ("Civilité", ("M.", "Mme", "Dr", "Me", "Pr")),
    "regarding": (
        "Concernant",
        (
            "Premier contact",
            "Relance",
            "Envoi de documentation",
            "Rendez-vous",
            "Devis",
            "Suivi commande",
            "Renouvellement contrat",
            "Réclamation",
            "Fidélisation",
        ),
    ),
    "won_reason": (
        "Raison de gain",
        (
            "Prix",
            "Qualité de l'offre",
            "Fonctionnalités",
            "Relation commerciale",
            "Délais",
            "Recommandation",
            "Autre",
        ),
    ),
    "lost_reason": (
        "Raison de perte",
        ("Budget", "Concurrence", "Fonctionnalités", "Prix", "Délais", "Pas de décision", "Autre"),
    ),
    "product_family": (
        "Famille de produits",
        ("Logiciels", "Matériel", "Services", "Formation", "Maintenance"),
    ),
}

# Fields whose changes write a "Field changed" history entry (marked in the catalogue).
TRACKED_CONTACT_FIELDS: tuple[str, ...] = tuple(f.name for f in CONTACT_CATALOGUE if f.tracked)

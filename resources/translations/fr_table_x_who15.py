"""French for the person's identity, the users dialog, the side-by-side calendar and filters."""

from __future__ import annotations

_INTRO = (
    "Your name signs your letters, e-mails and history entries, and your company details "
    "head your letters and envelopes. They are stored in this database (never taken from "
    "the computer's login) and can be changed later from Tools > My identity…"
)
_PG_NOTE = (
    "Shared PostgreSQL database: this list creates and edits user rows only (names, "
    "initials, roles). A new colleague also needs a PostgreSQL login: an administrator "
    "creates it with 'desktop-crm users add LOGIN --role …', which grants the rights that "
    "the role allows."
)
_SQLITE_NOTE = (
    "This database file is used by one person. Colleagues listed here can be given "
    "activities and shown side by side in the calendar; to work together on the same data, "
    "share a PostgreSQL database."
)
_EMAIL = "This e-mail address is not valid: correct it or leave it empty."
_PHONE = "This phone number is not valid: correct it or leave it empty."
_EMAIL_FR = "Cette adresse e-mail n'est pas valide : corrigez-la ou laissez-la vide."
_PHONE_FR = "Ce numéro de téléphone n'est pas valide : corrigez-le ou laissez-le vide."

_COMMON = {
    "Name": "Nom",
    "Initials": "Initiales",
    "Job title": "Fonction",
    "Phone": "Téléphone",
    "E-mail": "E-mail",
    "Saving…": "Enregistrement…",
    _EMAIL: _EMAIL_FR,
    _PHONE: _PHONE_FR,
    "Initials are 8 letters at most.": "Les initiales font 8 lettres au plus.",
}

FR_BY_CONTEXT: dict[tuple[str, str], str] = {
    **{("IdentityDialog", k): v for k, v in _COMMON.items()},
    **{("UsersDialog", k): v for k, v in _COMMON.items()},
    ("IdentityDialog", "Who are you?"): "Qui êtes-vous ?",
    ("IdentityDialog", "My identity"): "Mon identité",
    ("IdentityDialog", _INTRO): (
        "Votre nom signe vos lettres, vos e-mails et votre historique, et les coordonnées de "
        "votre société figurent en tête de vos lettres et enveloppes. Ils sont enregistrés "
        "dans cette base (jamais tirés de l'identifiant de session de l'ordinateur) et se "
        "modifient ensuite par Outils > Mon identité…"
    ),
    ("IdentityDialog", "First name and last name"): "Prénom et nom",
    ("IdentityDialog", "Sales manager"): "Responsable commercial",
    ("IdentityDialog", "first.last@company.fr"): "prenom.nom@societe.fr",
    ("IdentityDialog", "Signature under letters and e-mails"): (
        "Signature sous les lettres et les e-mails"
    ),
    ("IdentityDialog", "You"): "Vous",
    ("IdentityDialog", "Signature"): "Signature",
    ("IdentityDialog", "12 rue de la Paix\n69003 LYON"): "12 rue de la Paix\n69003 LYON",
    ("IdentityDialog", "SAS au capital de…, RCS…, SIRET…"): "SAS au capital de…, RCS…, SIRET…",
    ("IdentityDialog", "Your company (sender of letters and e-mails)"): (
        "Votre société (expéditeur des lettres et e-mails)"
    ),
    ("IdentityDialog", "Company"): "Société",
    ("IdentityDialog", "Address"): "Adresse",
    ("IdentityDialog", "Country code"): "Code pays",
    ("IdentityDialog", "Legal footer"): "Mentions légales",
    ("IdentityDialog", "Later"): "Plus tard",
    ("IdentityDialog", "Cancel"): "Annuler",
    ("IdentityDialog", "Loading…"): "Chargement…",
    ("IdentityDialog", "Type your name: it signs your letters and history."): (
        "Tapez votre nom : il signe vos lettres et votre historique."
    ),
    ("UsersDialog", "Users"): "Utilisateurs",
    ("UsersDialog", "Team"): "Équipe",
    ("UsersDialog", "Role"): "Rôle",
    ("UsersDialog", "Active"): "Actif",
    ("UsersDialog", "Administrator"): "Administrateur",
    ("UsersDialog", "Manager"): "Responsable",
    ("UsersDialog", "Standard"): "Standard",
    ("UsersDialog", "Restricted"): "Restreint",
    ("UsersDialog", "Active (offered in plans and filters)"): (
        "Actif (proposé dans les plannings et les filtres)"
    ),
    ("UsersDialog", "User"): "Utilisateur",
    ("UsersDialog", "Login"): "Identifiant",
    ("UsersDialog", "&New user"): "&Nouvel utilisateur",
    ("UsersDialog", "&Save"): "&Enregistrer",
    ("UsersDialog", "(no name)"): "(sans nom)",
    ("UsersDialog", "yes"): "oui",
    ("UsersDialog", "no"): "non",
    ("UsersDialog", _PG_NOTE): (
        "Base PostgreSQL partagée : cette liste crée et modifie seulement les fiches des "
        "utilisateurs (noms, initiales, rôles). Un nouveau collègue a aussi besoin d'un "
        "compte PostgreSQL : un administrateur le crée avec « desktop-crm users add "
        "IDENTIFIANT --role … », qui accorde les droits que le rôle permet."
    ),
    ("UsersDialog", _SQLITE_NOTE): (
        "Ce fichier de base est utilisé par une seule personne. Les collègues listés ici "
        "peuvent recevoir des activités et s'afficher côte à côte dans le calendrier ; pour "
        "travailler à plusieurs sur les mêmes données, partagez une base PostgreSQL."
    ),
    ("UsersDialog", "Saved."): "Enregistré.",
    ("UsersDialog", "Type the person's name."): "Tapez le nom de la personne.",
    ("UsersDialog", "Type a login (letters and digits, no space)."): (
        "Tapez un identifiant (lettres et chiffres, sans espace)."
    ),
    ("UsersDialog", "A login may hold letters, digits, '.', '-' and '_' only."): (
        "Un identifiant ne contient que des lettres, des chiffres, « . », « - » et « _ »."
    ),
    ("UsersDialog", "This login is already used: choose another one."): (
        "Cet identifiant est déjà pris : choisissez-en un autre."
    ),
    ("UsersDialog", "You cannot make yourself inactive."): (
        "Vous ne pouvez pas vous rendre inactif."
    ),
    ("TeamPicker", "Side by side"): "Côte à côte",
    ("TeamPicker", "Show several colleagues' calendars side by side"): (
        "Afficher les calendriers de plusieurs collègues côte à côte"
    ),
    ("TeamPicker", "Nobody (one calendar)"): "Personne (un seul calendrier)",
    ("TeamPicker", "Side by side (%1)"): "Côte à côte (%1)",
    ("TeamTimeGrid", "+%1 more"): "+%1 autres",
    ("Users", "(no name)"): "(sans nom)",
    ("UserFilterCombo", "Show only what this person did"): (
        "N'afficher que ce qu'a fait cette personne"
    ),
    ("UserFilterCombo", "All users"): "Tous les utilisateurs",
    ("Features", "My &identity…"): "Mon &identité…",
    ("Features", "&Users…"): "&Utilisateurs…",
}
FR: dict[str, str] = {}

"""French for issue 18 (helper db18): refusing files that are not ours, series notices,
one vocabulary for call results."""

from __future__ import annotations

FR: dict[str, str] = {
    # File › Open refusing a file that is not a Desktop CRM database
    "Desktop CRM did not change it.": "Desktop CRM ne l'a pas modifié.",
    "{0} is a SQLite database of another program (tables: {1}).": (
        "{0} est une base SQLite d'un autre programme (tables : {1})."
    ),
    "Choose a Desktop CRM database, or create one with File › New database.": (
        "Choisissez une base Desktop CRM, ou créez-en une avec Fichier › Nouvelle base."
    ),
    "it looks like a text file": "c'est apparemment un fichier texte",
    "it looks like a PDF document": "c'est apparemment un document PDF",
    "its first bytes are not those of a database": (
        "ses premiers octets ne sont pas ceux d'une base de données"
    ),
    "{0} is not a database ({1}).": "{0} n'est pas une base de données ({1}).",
    "Choose a Desktop CRM database file (.sqlite).": (
        "Choisissez un fichier de base Desktop CRM (.sqlite)."
    ),
    "{0} is empty: it holds no database.": "{0} est vide : il ne contient aucune base.",
    "To start a new database, use File › New database.": (
        "Pour commencer une nouvelle base, utilisez Fichier › Nouvelle base."
    ),
    "{0} is damaged ({1}): nothing was read or changed. Restore a backup, or save what can "
    "still be read with 'desktop-crm db recover'.": (
        "{0} est endommagé ({1}) : rien n'a été lu ni modifié. Restaurez une sauvegarde, ou "
        "récupérez ce qui peut encore être lu avec « desktop-crm db recover »."
    ),
    "{0} is a folder, not a database file.": (
        "{0} est un dossier, pas un fichier de base de données."
    ),
    "{0} does not exist.": "{0} n'existe pas.",
    # Series started by a trigger
    "Activity series started": "Séries d'activités démarrées",
    "&Open the contact": "&Ouvrir le contact",
    "{0} — {1}: {2}": "{0} — {1} : {2}",
    # Call results: one vocabulary
    "Reached": "Joint",
    "outgoing": "sortant",
    "incoming": "entrant",
    "{0} ({1})": "{0} ({1})",
    "Outgoing": "Sortant",
    "Incoming": "Entrant",
}

PLURALS: dict[str, tuple[str, ...]] = {
    "%n automatic series started.": (
        "%n série automatique démarrée.",
        "%n séries automatiques démarrées.",
    ),
    "%n step(s) recorded as skipped: their date had passed when the series started, or the "
    "contact refuses that channel (NPAI, do not mail, objection…).": (
        "%n étape notée comme sautée : sa date était passée quand la série a démarré, ou le "
        "contact refuse ce canal (NPAI, pas de courrier, opposition…).",
        "%n étapes notées comme sautées : leur date était passée quand la série a démarré, "
        "ou le contact refuse ce canal (NPAI, pas de courrier, opposition…).",
    ),
    "%n step(s) planned": ("%n étape planifiée", "%n étapes planifiées"),
    "%n skipped": ("%n sautée", "%n sautées"),
    "… and %n more": ("… et %n autre", "… et %n autres"),
}

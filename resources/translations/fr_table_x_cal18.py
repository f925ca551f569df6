"""French for the busy calendar, the task list's overdue toggle, the card and the companies."""

from __future__ import annotations

FR: dict[str, str] = {
    "Move a recurring activity": "Déplacer une activité périodique",
    "This activity repeats. Move this occurrence only, or the whole series?": (
        "Cette activité se répète. Déplacer cette occurrence seulement, ou toute la série ?"
    ),
    "This &occurrence only": "Cette &occurrence seulement",
    "The whole &series": "Toute la &série",
    "Show only one type of activity": "N'afficher qu'un type d'activité",
    "Whose activities to show": "Activités de quel utilisateur",
    "Call logged. Follow-up planned for %1.": "Appel enregistré. Relance prévue le %1.",
    "Show the follow-up": "Voir la relance",
    "%1 activities": "%1 activités",
    "&Open activity…": "&Ouvrir l'activité…",
    "Open &contact": "Ouvrir la &fiche",
    "Double-click an activity to open it.": "Double-cliquez sur une activité pour l'ouvrir.",
    "to": "à",
    "Calendar shows from": "Le calendrier affiche de",
    "Working day starts at": "La journée de travail commence à",
    "With overdue": "Avec les retards",
    "Also list the activities left undone before this period (in red)": (
        "Lister aussi les activités restées en retard avant cette période (en rouge)"
    ),
    "%1 · overdue": "%1 · en retard",
    "+%1 more": "+%1 autres",
}

FR_BY_CONTEXT: dict[tuple[str, str], str] = {
    # The company card's Contacts tab: a person's name, not the company's "Raison sociale".
    ("CompanyContacts", "Name"): "Nom",
    ("TimeGrid", "+%1 more"): "+%1 autres",
    ("ContactCard", "Undo"): "Annuler",
    ("ContactCard", "Redo"): "Rétablir",
}

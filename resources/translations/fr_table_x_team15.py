"""French for the record manager line and the "Private" box of the card (team rules)."""

from __future__ import annotations

FR: dict[str, str] = {
    "Private (only the record manager sees it)": "Privé (visible par son gestionnaire seul)",
    "nobody": "personne",
    "Record manager: %1": "Gestionnaire : %1",
    "Only the record manager can make this record private or public.": (
        "Seul le gestionnaire de la fiche peut la rendre privée ou publique."
    ),
    "Private record": "Fiche privée",
    "Hidden for your role.": "Masqué pour votre rôle.",
    "Your role may not change this field.": "Votre rôle ne permet pas de modifier ce champ.",
}

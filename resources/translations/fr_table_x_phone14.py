"""French for the phoning session, campaign responses and the "Campaign:" choice (issue 14)."""

from __future__ import annotations

_S = "PhoningSession"
_R = "CampaignResponse"

FR: dict[str, str] = {}

FR_BY_CONTEXT: dict[tuple[str, str], str] = {
    ("CampaignPicker", "(none)"): "(aucune)",
    (
        "CampaignPicker",
        "Run this for a campaign: each contact becomes one of its targets, and the history "
        "entries name the campaign.",
    ): "Faire cet envoi pour une campagne : chaque contact devient une de ses cibles et "
    "l'historique nomme la campagne.",
    ("CampaignPicker", "C&ampaign:"): "C&ampagne :",
    ("SessionTargetDialog", "Phoning session"): "Session d'appels",
    ("SessionTargetDialog", "A &campaign's targets"): "Les cibles d'une &campagne",
    ("SessionTargetDialog", "A &group's members"): "Les membres d'un &groupe",
    ("SessionTargetDialog", "&Start"): "&Commencer",
    ("PhoningEntry", "&Phoning session…"): "Session d'&appels…",
    ("PhoningEntry", "&Response to a campaign…"): "&Réponse à une campagne…",
    ("GroupsView", "Phoning session…"): "Session d'appels…",
    ("ContactCard", "Campaign response…"): "Réponse à une campagne…",
    (_R, "Replied"): "A répondu",
    (_R, "Interested"): "Intéressé",
    (_R, "Meeting set"): "Rendez-vous pris",
    (_R, "Not interested"): "Pas intéressé",
    (_R, "Unsubscribed (no more e-mails)"): "Désabonné (plus d'e-mails)",
    (_R, "Response to a campaign"): "Réponse à une campagne",
    (_R, "Open or select a contact first."): "Ouvrez ou sélectionnez d'abord un contact.",
    (
        _R,
        "This response was already recorded: nothing changed.",
    ): "Cette réponse était déjà enregistrée : rien n'a changé.",
    (
        _R,
        "There is no campaign yet: create one first.",
    ): "Il n'y a encore aucune campagne : créez-en une d'abord.",
    ("ResponseDialog", "Response to a campaign"): "Réponse à une campagne",
    ("ResponseDialog", "&Campaign:"): "&Campagne :",
    ("ResponseDialog", "&Response:"): "&Réponse :",
    ("ResponseDialog", "&Date:"): "&Date :",
    ("ResponseDialog", "&Note:"): "&Note :",
    (_S, "Reached – interested"): "Joint – intéressé",
    (_S, "Meeting set"): "Rendez-vous pris",
    (_S, "Not interested"): "Pas intéressé",
    (_S, "No answer"): "Pas de réponse",
    (_S, "Call back"): "À rappeler",
    (_S, "Left a message"): "Message laissé",
    (_S, "Wrong number"): "Mauvais numéro",
    (_S, "Do not call"): "Ne pas appeler",
    (_S, "Opted out of phone calls"): "Opposé au démarchage téléphonique",
    (_S, "On the suppression list"): "Sur la liste d'opposition",
    (_S, "No phone number"): "Aucun numéro de téléphone",
    (_S, "Passed (S)"): "Passé (S)",
    (_S, "Business"): "Bureau",
    (_S, "Mobile"): "Mobile",
    (_S, "Home"): "Domicile",
    (_S, "Phoning session"): "Session d'appels",
    (_S, "Loading the contacts…"): "Chargement des contacts…",
    (
        _S,
        "Note for this call (Tab to type, Enter to go back to the keys)",
    ): "Note sur cet appel (Tab pour écrire, Entrée pour revenir aux touches)",
    (_S, "<b>Last history</b>"): "<b>Dernier historique</b>",
    (_S, "<b>Notes</b>"): "<b>Notes</b>",
    (_S, "<b>Log the call with one key</b>"): "<b>Noter l'appel d'une touche</b>",
    (_S, "N / Space  Next"): "N / Espace  Suivant",
    (_S, "S  Pass this contact"): "S  Passer ce contact",
    (_S, "P  Previous"): "P  Précédent",
    (_S, "D  Dial"): "D  Composer",
    (_S, "Contact"): "Contact",
    (_S, "Left out because"): "Écarté car",
    (_S, "Close"): "Fermer",
    (
        _S,
        "Keys: 1–7 log the call · N or Space next · S pass · P previous · D dial",
    ): "Touches : 1–7 notent l'appel · N ou Espace suivant · S passer · P précédent · D composer",
    (_S, "This session cannot start"): "Cette session ne peut pas commencer",
    (_S, "Phoning: %1"): "Phoning : %1",
    (_S, "Phoning session – %1"): "Session d'appels – %1",
    (_S, "<b>Not called (%1)</b>"): "<b>Non appelés (%1)</b>",
    (
        _S,
        "Every contact of this session was called.",
    ): "Tous les contacts de cette session ont été appelés.",
    (
        _S,
        "Nobody to call: every contact is left out.",
    ): "Personne à appeler : tous les contacts sont écartés.",
    (
        _S,
        "Press Home to start again from the first one.",
    ): "Appuyez sur Début pour reprendre au premier.",
    (_S, "E-mail: %1"): "E-mail : %1",
    (_S, "Status: %1"): "Statut : %1",
    (
        _S,
        "Last reach: %1 · last attempt: %2",
    ): "Dernier contact joint : %1 · dernière tentative : %2",
    (_S, "No history yet."): "Aucun historique pour l'instant.",
    (_S, "No notes."): "Aucune note.",
    (_S, " ext. %1"): " poste %1",
    (_S, "Dial this number"): "Composer ce numéro",
    (_S, "Dialling %1…"): "Appel du %1…",
    (_S, "Logged: %1 – %2"): "Noté : %1 – %2",
    (_S, "Passed: %1"): "Passé : %1",
}

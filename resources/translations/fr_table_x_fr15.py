"""French added by fr15 (session 3): refusals said by the domain, the card's record manager
line, and the other strings of that round."""

from __future__ import annotations

FR: dict[str, str] = {}

FR_BY_CONTEXT: dict[tuple[str, str], str] = {
    ("RecordPrivacyBox", "No record manager"): "Aucun gestionnaire",
    ("Exclusion", "Customer opt-in lapsed (no contact within the retention period)"): (
        "Opt-in client expiré (aucun contact pendant la durée de conservation)"
    ),
    (
        "Refusals",
        "Your role ({0}) does not allow you to {1}. Ask an administrator if you need to.",
    ): "Votre rôle ({0}) ne vous permet pas de {1}. Demandez à un administrateur si vous en "
    "avez besoin.",
    (
        "Refusals",
        "Your role ({0}) may not change {1}: nothing was saved. "
        "Ask an administrator if it must change.",
    ): "Votre rôle ({0}) ne permet pas de modifier {1} : rien n'a été enregistré. Demandez à un "
    "administrateur si cela doit changer.",
    (
        "Refusals",
        "Only the record's manager can make it private or public: ask them, or an "
        "administrator to give you the record first.",
    ): "Seul le gestionnaire de la fiche peut la rendre privée ou publique : demandez-le-lui, ou "
    "demandez d'abord à un administrateur de vous confier la fiche.",
    (
        "Refusals",
        "Only the record's manager or an administrator can give it to someone else.",
    ): "Seuls le gestionnaire de la fiche ou un administrateur peuvent la confier à quelqu'un "
    "d'autre.",
    (
        "Refusals",
        "On a team database an erasure must see every record, colleagues' private "
        "notes included, which no team member can: run it as the database's "
        "maintenance account (the one that ran 'desktop-crm team setup'), e.g. "
        "'desktop-crm privacy erase ID --db postgresql://OWNER@SERVER/DATABASE'. "
        "Nothing was erased.",
    ): "Sur une base partagée, un effacement doit voir toutes les fiches, notes privées des "
    "collègues comprises, ce qu'aucun membre de l'équipe ne peut faire : lancez-le avec le "
    "compte de maintenance de la base (celui qui a lancé « desktop-crm team setup »), par "
    "exemple « desktop-crm privacy erase ID --db postgresql://PROPRIETAIRE@SERVEUR/BASE ». "
    "Rien n'a été effacé.",
    ("Permissions", "manage users and reassign records"): (
        "gérer les utilisateurs et réattribuer les fiches"
    ),
    ("Permissions", "define fields, pick lists and sales processes"): (
        "définir les champs, les listes de choix et les processus de vente"
    ),
    ("Permissions", "see every public record"): "voir toutes les fiches publiques",
    ("Permissions", "run reports across users"): "faire des rapports sur le travail des collègues",
    ("Permissions", "delete records"): "supprimer des fiches",
    ("Permissions", "export records"): "exporter des fiches",
    ("Permissions", "merge duplicates"): "fusionner des doublons",
}

PLURALS: dict[str, tuple[str, str]] = {}

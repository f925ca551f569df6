"""French for issue 16 (helper erase16): the Privacy menu, erasure and retention dialogs,
the access export and the processing register."""

from __future__ import annotations

FR_BY_CONTEXT: dict[tuple[str, str], str] = {
    ("Privacy", "ERASE"): "EFFACER",
    ("Privacy", "%1: %2"): "%1 : %2",
    ("Privacy", "Erasing the contact…"): "Effacement du contact…",
    ("Privacy", "contact record"): "fiche contact",
    ("Privacy", "history entries"): "entrées d'historique",
    ("Privacy", "notes"): "notes",
    ("Privacy", "activities"): "activités",
    ("Privacy", "activity attendances"): "participations à des activités",
    ("Privacy", "activity series"): "séries d'activités",
    ("Privacy", "opportunities"): "opportunités",
    ("Privacy", "opportunity lines"): "lignes d'opportunité",
    ("Privacy", "purchases"): "achats",
    ("Privacy", "group memberships"): "appartenances à des groupes",
    ("Privacy", "campaign targets"): "cibles de campagne",
    ("Privacy", "consent records"): "consentements",
    ("Privacy", "user-defined field values"): "valeurs de champs personnalisés",
    ("Privacy", "import log entries"): "entrées du journal d'import",
    ("Privacy", "merge snapshots"): "instantanés de fusion",
    ("Privacy", "not-duplicate marks"): "marques « pas un doublon »",
    ("Privacy", "Erase this contact"): "Effacer ce contact",
    ("Privacy", "Loading…"): "Chargement…",
    (
        "Privacy",
        "Erasing cannot be undone. The person, their history, notes, activities, consent "
        "records and every text naming them are removed from the database for good; there is "
        "no copy to restore them from. Their e-mail addresses and phone numbers go on the "
        "suppression list (as hashes), so a later import cannot bring them back. Opportunities "
        "and purchases keep their amounts, without the person. Backups made before now still "
        "hold the data.",
    ): (
        "L'effacement est irréversible. La personne, son historique, ses notes, ses activités, "
        "ses consentements et tous les textes qui la nomment sont supprimés définitivement de "
        "la base ; aucune copie ne permet de les restaurer. Ses adresses e-mail et numéros de "
        "téléphone sont placés sur la liste d'opposition (sous forme d'empreintes), pour "
        "qu'un import ultérieur ne puisse pas les faire revenir. Les opportunités et les "
        "achats gardent leurs montants, sans la personne. Les sauvegardes faites avant "
        "maintenant contiennent encore ses données."
    ),
    ("Privacy", "e.g. request by letter of 12/11, retention"): (
        "ex. : demande par courrier du 12/11, durée de conservation"
    ),
    ("Privacy", "Reason (kept in the erasure record):"): (
        "Motif (conservé dans le registre d'effacement) :"
    ),
    ("Privacy", "Erase for good"): "Effacer définitivement",
    ("Privacy", "Type %1 to confirm:"): "Tapez %1 pour confirmer :",
    ("Privacy", "Erase %1 for good"): "Effacer définitivement %1",
    ("Privacy", "Deleted: %1."): "Supprimé : %1.",
    ("Privacy", "Put on the suppression list: %1 address(es) and phone number(s)."): (
        "Placé sur la liste d'opposition : %1 adresse(s) et numéro(s) de téléphone."
    ),
    ("Privacy", "Kept without the person: %1."): "Conservé sans la personne : %1.",
    ("Privacy", "Export this contact's data"): "Exporter les données de ce contact",
    ("Privacy", "Processing register"): "Registre des traitements",
    ("Privacy", "JSON file (*.json)"): "Fichier JSON (*.json)",
    ("Privacy", "processing-register.pdf"): "registre-des-traitements.pdf",
    ("Privacy", "PDF document (*.pdf)"): "Document PDF (*.pdf)",
    ("Privacy", "Pri&vacy"): "Confi&dentialité",
    ("Privacy", "Open or select a contact in the Contacts view first."): (
        "Ouvrez ou sélectionnez d'abord un contact dans la vue Contacts."
    ),
    ("Privacy", "&Export this contact's data…"): "&Exporter les données de ce contact…",
    ("Privacy", "E&rase this contact…"): "E&ffacer ce contact…",
    ("Privacy", "Data &retention…"): "&Conservation des données…",
    ("Privacy", "Processing re&gister…"): "&Registre des traitements…",
    ("Privacy", '%1 prospect(s) past the retention period: <a href="#">review…</a>'): (
        '%1 prospect(s) au-delà de la durée de conservation : <a href="#">examiner…</a>'
    ),
    ("Privacy", "Contact #%1 erased (erasure record #%2)."): (
        "Contact n° %1 effacé (enregistrement d'effacement n° %2)."
    ),
    ("Privacy", "Processing register written to %1."): (
        "Registre des traitements enregistré dans %1."
    ),
    ("Privacy", "Data of contact #%1 written to %2 and %3 (%4 rows)."): (
        "Données du contact n° %1 enregistrées dans %2 et %3 (%4 lignes)."
    ),
    ("Privacy", "Data retention"): "Conservation des données",
    (
        "Privacy",
        "Prospects (status empty, Suspect or Prospect, never bought) with no inbound contact "
        "— collection, call reached or received, meeting held, click in an e-mail — for the "
        "period below. The CNIL advises deleting them after 3 years. Clients and former "
        "clients are never listed here.",
    ): (
        "Prospects (statut vide, Suspect ou Prospect, sans aucun achat) sans contact entrant "
        "— collecte, appel joint ou reçu, rendez-vous tenu, clic dans un e-mail — depuis la "
        "durée ci-dessous. La CNIL recommande de les supprimer après 3 ans. Les clients et "
        "anciens clients n'apparaissent jamais ici."
    ),
    ("Privacy", " months"): " mois",
    ("Privacy", "&List"): "&Lister",
    ("Privacy", "Keep this period as the team's setting and list again"): (
        "Garder cette durée comme réglage de l'équipe et lister à nouveau"
    ),
    ("Privacy", "&Erase these prospects…"): "&Effacer ces prospects…",
    ("Privacy", "Erase these prospects"): "Effacer ces prospects",
    ("Privacy", "Retention period elapsed (no inbound contact)"): (
        "Durée de conservation écoulée (aucun contact entrant)"
    ),
    ("Privacy", "No inbound contact for"): "Aucun contact entrant depuis",
    ("Privacy", "Name"): "Nom",
    ("Privacy", "Company"): "Société",
    ("Privacy", "Status"): "Statut",
    ("Privacy", "Last inbound contact"): "Dernier contact entrant",
    ("Privacy", "Erasing prospects…"): "Effacement des prospects…",
    ("Privacy", "%1 prospect(s) erased."): "%1 prospect(s) effacé(s).",
    ("Privacy", "%1 prospect(s) with no inbound contact since %2."): (
        "%1 prospect(s) sans contact entrant depuis le %2."
    ),
    (
        "Privacy",
        "Erase %1 prospect(s) and every trace of them? This cannot be undone: no copy is kept "
        "in the database (backups made before now still hold them).\n\nType %2 to confirm:",
    ): (
        "Effacer %1 prospect(s) et toutes leurs traces ? C'est irréversible : aucune copie "
        "n'est gardée dans la base (les sauvegardes faites avant maintenant les contiennent "
        "encore).\n\nTapez %2 pour confirmer :"
    ),
}
FR: dict[str, str] = {}

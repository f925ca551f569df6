"""Fill the French catalogue (desktop_crm_fr.ts) from the table below, then run lrelease.

Run after ``pyside6-lupdate`` has added new source strings:
    pyside6-lupdate $(git ls-files 'desktop_crm/ui/*.py' 'desktop_crm/ui/**/*.py' \
        desktop_crm/app.py) resources/translations/dynamic_strings.py \
        -no-obsolete -ts resources/translations/desktop_crm_fr.ts
    python resources/translations/fill_fr.py
CAUTION (2026-12): with -no-obsolete, lupdate currently drops about 180 finished entries that it
cannot see (strings built dynamically and missing from dynamic_strings.py, plus the
``tr = QCoreApplication.translate`` aliases in ui/main_window.py and ui/menus.py). Until that is
sorted out, run lupdate WITHOUT -no-obsolete into a copy and append only your new messages,
then run tests/ui/test_french_catalogue.py, which fails on any string missing in French.
Strings missing from the table stay untranslated (shown in English) and are listed.
A finished translation already in the catalogue is kept (hand corrections stick); the tables
fill new strings, and FR_BY_CONTEXT entries always apply.
dynamic_strings.py lists the strings lupdate cannot find in the code (helpers, constant tables):
leave it out and those strings drop out of the catalogue. The table is split: see fr_table_2.py,
fr_table_3.py and fr_table_4.py (applied in that order, so a later table wins).
"""

from __future__ import annotations

import importlib
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
TS = HERE / "desktop_crm_fr.ts"

FR: dict[str, str] = {
    "Creating the demo database…": "Création de la base de démonstration…",
    "Call attempted": "Appel tenté",
    "Reached": "Joint",
    "Left message": "Message laissé",
    "Call received": "Appel reçu",
    "Wrong number": "Mauvais numéro",
    "Log a call – {0}": "Enregistrer un appel – {0}",
    "&Outgoing": "&Sortant",
    "&Incoming": "&Entrant",
    "S&top timer": "&Arrêter le chrono",
    "Schedule a &follow-up": "Planifier une s&uite",
    "Call": "Appel",
    "To-do": "À faire",
    "Meeting": "Réunion",
    "In": "Dans",
    " days": " jours",
    "On": "Le",
    "Low": "Basse",
    "Medium": "Moyenne",
    "High": "Haute",
    "Type": "Type",
    "When": "Quand",
    "Priority": "Priorité",
    "Contact": "Contact",
    "Date": "Date",
    "Direction": "Sens",
    "&Result": "&Résultat",
    "Re&garding": "&Objet",
    "&Details": "&Détails",
    "Duration": "Durée",
    "Res&ume timer": "&Reprendre le chrono",
    "All types": "Tous types",
    "Calls": "Appels",
    "Meetings": "Réunions",
    "Letters and e-mails": "Lettres et e-mails",
    "Field changes": "Modifications de champs",
    "Opportunities": "Opportunités",
    "To-dos and notes": "À faire et notes",
    "any date": "toute date",
    "Search the history…": "Rechercher dans l'historique…",
    "Result": "Résultat",
    "Regarding": "Objet",
    "By": "Par",
    "Details": "Détails",
    "Show:": "Afficher :",
    "since": "depuis le",
    "Outgoing": "Sortant",
    "Incoming": "Entrant",
    "Call reached": "Appel joint",
    "Meeting held": "Réunion tenue",
    "Meeting not held": "Réunion non tenue",
    "To-do done": "À faire terminé",
    "To-do not done": "À faire non terminé",
    "Letter sent": "Lettre envoyée",
    "E-mail sent": "E-mail envoyé",
    "Fax sent": "Fax envoyé",
    "Label printed": "Étiquette imprimée",
    "Envelope printed": "Enveloppe imprimée",
    "Field changed": "Champ modifié",
    "Contact created": "Contact créé",
    "Contact merged": "Contact fusionné",
    "Contact imported": "Contact importé",
    "Note": "Note",
    "Opportunity created": "Nouvelle opportunité",
    "Stage changed": "Étape modifiée",
    "Opportunity won": "Opportunité gagnée",
    "Opportunity lost": "Opportunité perdue",
    "E-mail opened": "E-mail ouvert",
    "Link clicked": "Lien cliqué",
    "E-mail bounced": "E-mail rejeté",
    "Unsubscribed": "Désabonnement",
    "&Add a note…": "&Ajouter une note…",
    "&Edit…": "&Modifier…",
    "Note:": "Note :",
    "New note": "Nouvelle note",
    "Edit note": "Modifier la note",
    "Done": "Terminé",
    "Letter": "Lettre",
    "E-mail": "E-mail",
    "Personal": "Personnel",
    "Medium-low": "Moyenne-basse",
    "Medium-high": "Moyenne-haute",
    "Phone": "Téléphone",
    "Post": "Courrier",
    "SMS": "SMS",
    "Unknown": "Inconnu",
    "Opted in": "Consentement donné",
    "Soft opt-in (client)": "Intérêt légitime (client)",
    "Opted out": "Opposition",
    "Channel": "Canal",
    "Status": "Statut",
    "Recorded": "Enregistré le",
    "Source": "Source",
    "Source (form, phone call, trade show…)": "Source (formulaire, appel, salon…)",
    "&Record": "&Enregistrer",
    "Company": "Société",
    "Phone and web": "Téléphone et web",
    "Address": "Adresse",
    "&Save company": "&Enregistrer la société",
    "Name": "Nom",
    "Job title": "Fonction",
    "City": "Ville",
    "Division": "Division",
    "Contacts": "Contacts",
    "Divisions": "Divisions",
    "History": "Historique",
    "Notes": "Notes",
    "New company": "Nouvelle société",
    "division of {0}": "division de {0}",
    "Not saved: {0}": "Non enregistré : {0}",
    "Company saved.": "Société enregistrée.",
    "Look up a company by name…": "Rechercher une société par son nom…",
    "Industry": "Activité",
    "Unsaved changes": "Modifications non enregistrées",
    "Save the changes made to {0}?": "Enregistrer les modifications de {0} ?",
    "Changed by a colleague": "Modifié par un collègue",
    "A colleague saved “{0}” while you were editing it. For each field below, choose the "
    "value to keep. Your other changes and theirs are kept.": "Un collègue a enregistré « {0} » pendant que vous le modifiiez. Pour chaque champ "
    "ci-dessous, choisissez la valeur à garder. Vos autres modifications et les siennes "
    "sont conservées.",
    "Field": "Champ",
    "Before": "Avant",
    "Mine": "La mienne",
    "Theirs": "La sienne",
    "Merged": "Fusionnée",
    "Keep all &mine": "Garder toutes les &miennes",
    "Take all &theirs": "Prendre toutes les &siennes",
    "&Save": "&Enregistrer",
    "Title": "Civilité",
    "First name": "Prénom",
    "Last name": "Nom",
    "Salutation": "Formule d'appel",
    "Department": "Service",
    "Birthday": "Anniversaire",
    "Company size": "Taille",
    "Website": "Site web",
    "Ext.": "Poste",
    "Mobile": "Mobile",
    "Home phone": "Tél. domicile",
    "Fax": "Fax",
    "E-mail 2": "E-mail 2",
    "Address 2": "Adresse 2",
    "Address 3": "Adresse 3",
    "Postcode": "Code postal",
    "Cedex": "Cedex",
    "Country": "Pays",
    "Referred by": "Recommandé par",
    "Potential": "Potentiel",
    "ID/Status": "ID/Statut",
    "Last results": "Derniers résultats",
    "Equipment": "Équipement",
    "Contract end": "Fin de contrat",
    "Do not mail": "Pas de courrier",
    "Do not call": "Ne pas appeler",
    "Do not e-mail": "Pas d'e-mail",
    "Returned mail (NPAI)": "NPAI (courrier revenu)",
    "E-mail invalid": "E-mail invalide",
    "To review": "À vérifier",
    "Created": "Créé le",
    "Edited": "Modifié le",
    "Last reach": "Dernier contact",
    "Last attempt": "Dernière tentative",
    "Last meeting": "Dernière réunion",
    "Last letter": "Dernière lettre",
    "Last e-mail": "Dernier e-mail",
    "Legal form": "Forme juridique",
    "SIREN": "SIREN",
    "SIRET": "SIRET",
    "VAT number": "N° TVA",
    "Division of": "Division de",
    "Identity": "Identité",
    "Phones": "Téléphones",
    "E-mails": "E-mails",
    "Business address": "Adresse professionnelle",
    "Home address": "Adresse personnelle",
    "Mailing flags": "Indicateurs d'envoi",
    "Edit {0}": "Modifier {0}",
    "System dates": "Dates système",
    "First": "Premier",
    "Previous": "Précédent",
    "Next": "Suivant",
    "Last": "Dernier",
    "Undo": "Annuler",
    "Redo": "Rétablir",
    "Log a &call…": "Enregistrer un &appel…",
    "Opportunity": "Opportunité",
    "Stage": "Étape",
    "Probability": "Probabilité",
    "Amount": "Montant",
    "Expected close": "Clôture prévue",
    "Group": "Groupe",
    "Activities": "Activités",
    "Groups": "Groupes",
    "Consent": "Consentement",
    "{0} of {1}": "{0} sur {1}",
    "New contact": "Nouveau contact",
    "Contact saved.": "Contact enregistré.",
    "Not saved: your changes are still in the card.": "Non enregistré : vos modifications sont toujours dans la fiche.",
    "Not saved: {0}: {1}": "Non enregistré : {0} : {1}",
    "the new contact": "le nouveau contact",
    "Delete {0}?\n\nThis also deletes {1} history entries, {2} notes, {3} activities, and "
    "removes the contact from {4} groups and {5} campaigns. Opportunities ({6}) and sales "
    "({7}) are kept without the contact.": "Supprimer {0} ?\n\nCela supprime aussi {1} entrées d'historique, {2} notes, "
    "{3} activités, et retire le contact de {4} groupes et {5} campagnes. Les "
    "opportunités ({6}) et les ventes ({7}) sont conservées, sans le contact.",
    "Delete contact": "Supprimer le contact",
    "Contact deleted.": "Contact supprimé.",
    "Call logged.": "Appel enregistré.",
    "(deleted)": "(supprimé)",
    "Name, company, phone, e-mail, city…": "Nom, société, téléphone, e-mail, ville…",
    "Finds contacts by last name, first name, company, e-mail, phone, city or postcode.": "Trouve les contacts par nom, prénom, société, e-mail, téléphone, ville ou code postal.",
    "Did you mean {0}?": "Vouliez-vous dire {0} ?",
    "This e-mail address is not valid.": "Cette adresse e-mail n'est pas valide.",
    "The phone number is too short.": "Le numéro de téléphone est trop court.",
    "The phone number is too long.": "Le numéro de téléphone est trop long.",
    "This is not a valid phone number.": "Ce numéro de téléphone n'est pas valide.",
    "dd/mm/yyyy": "jj/mm/aaaa",
    "Type a date such as 23/11/2026.": "Saisissez une date comme 23/11/2026.",
    "Edit list…": "Modifier la liste…",
    "Welcome to Desktop CRM": "Bienvenue dans Desktop CRM",
    "<h3>Welcome</h3><p>Your contacts will be kept in a database file on this computer:"
    "<br><code>{0}</code></p><p>How do you want to start?</p>": "<h3>Bienvenue</h3><p>Vos contacts seront conservés dans une base de données sur "
    "cet ordinateur :<br><code>{0}</code></p><p>Comment voulez-vous commencer ?</p>",
    "An &empty database, to type or import my contacts": "Une base &vide, pour saisir ou importer mes contacts",
    "A &demo database with sample French contacts, to try the application": "Une base de &démonstration avec des contacts fictifs, pour essayer l'application",
    "&Open an existing database file…": "&Ouvrir un fichier de base existant…",
    "&Connect to my team's shared PostgreSQL database…": "Se &connecter à la base PostgreSQL partagée de mon équipe…",
    "<h2>{0}</h2><p>This view is coming in a later version.</p>": "<h2>{0}</h2><p>Cette vue arrive dans une prochaine version.</p>",
    "Companies": "Sociétés",
    "Task list": "Liste des tâches",
    "Calendar": "Calendrier",
    "Reports": "Rapports",
    "&New record": "&Nouvelle fiche",
    "&Look up…": "&Rechercher…",
    "&Print…": "&Imprimer…",
    "Printing": "L'impression",
    "&Refresh": "&Actualiser",
    "&Quit": "&Quitter",
    "&Delete contact…": "&Supprimer le contact…",
    "Add a &note…": "Ajouter une &note…",
    "&New database…": "&Nouvelle base…",
    "&Open database…": "&Ouvrir une base…",
    "&Connect to a shared PostgreSQL database…": "Se &connecter à une base PostgreSQL partagée…",
    "&Back up…": "&Sauvegarder…",
    "&Restore from a backup…": "&Restaurer une sauvegarde…",
    "&Preferences…": "&Préférences…",
    "&About": "À &propos",
    "&File": "&Fichier",
    "&Import…": "&Importer…",
    "Import": "L'import",
    "&Export…": "&Exporter…",
    "Export": "L'export",
    "&Edit": "&Édition",
    "&View": "&Affichage",
    "Contact list &columns": "&Colonnes de la liste",
    "&Contacts": "&Contacts",
    "&Schedule an activity…": "&Planifier une activité…",
    "Find &duplicates…": "Rechercher les &doublons…",
    "Duplicates": "La recherche de doublons",
    "&Tools": "&Outils",
    "&Letters and e-mails…": "&Lettres et e-mails…",
    "Letters": "Le publipostage",
    "&Labels and envelopes…": "É&tiquettes et enveloppes…",
    "Labels": "L'impression d'étiquettes",
    "Activity &series…": "&Séries d'activités…",
    "Activity series": "Les séries d'activités",
    "&Reports": "&Rapports",
    "&Help": "&Aide",
    "Main toolbar": "Barre d'outils principale",
    "{0} is coming in a later version.": "{0} arrive dans une prochaine version.",
    "<b>{0}</b> {1}<p>An open-source contact manager for small sales teams.</p>"
    "<p>Database: {2}</p>": "<b>{0}</b> {1}<p>Un gestionnaire de contacts libre pour les petites équipes "
    "commerciales.</p><p>Base : {2}</p>",
    "Preferences saved. A new language applies at the next start.": "Préférences enregistrées. Une nouvelle langue s'applique au prochain démarrage.",
    "New database": "Nouvelle base",
    "Desktop CRM database (*.sqlite)": "Base Desktop CRM (*.sqlite)",
    "{0} already exists: use File › Open.": "{0} existe déjà : utilisez Fichier › Ouvrir.",
    "Open a database": "Ouvrir une base",
    "A shared PostgreSQL database is backed up on the server (pg_dump).": "Une base PostgreSQL partagée se sauvegarde sur le serveur (pg_dump).",
    "Back up the database": "Sauvegarder la base",
    "Backup (*.sqlite)": "Sauvegarde (*.sqlite)",
    "Backing up…": "Sauvegarde en cours…",
    "Backup written: {0}": "Sauvegarde écrite : {0}",
    "A shared PostgreSQL database is restored on the server.": "Une base PostgreSQL partagée se restaure sur le serveur.",
    "Restore from a backup": "Restaurer une sauvegarde",
    "Replace the content of {0} with the backup {1}? The current content is kept in a copy "
    "beside it.": "Remplacer le contenu de {0} par la sauvegarde {1} ? Le contenu actuel est "
    "conservé dans une copie à côté.",
    "Restored. Previous content kept in {0}": "Restauré. Ancien contenu conservé dans {0}",
    "Database: {0}": "Base : {0}",
    "all records": "toutes les fiches",
    "Lookup: {0} — {1} record(s)": "Recherche : {0} — {1} fiche(s)",
    "Edit list: {0}": "Modifier la liste : {0}",
    "&Add": "&Ajouter",
    "&Remove": "&Supprimer",
    "Move &up": "&Monter",
    "Move &down": "&Descendre",
    "New value": "Nouvelle valeur",
    "Connect to a shared PostgreSQL database": "Connexion à une base PostgreSQL partagée",
    "Remember the password in the system keyring": "Mémoriser le mot de passe dans le trousseau du système",
    "Server": "Serveur",
    "Port": "Port",
    "Database": "Base",
    "User": "Utilisateur",
    "Password": "Mot de passe",
    "Preferences": "Préférences",
    "System language": "Langue du système",
    "tel: (default softphone)": "tel: (téléphone logiciel par défaut)",
    "callto: (Skype, Teams…)": "callto: (Skype, Teams…)",
    "sip: (IP phone)": "sip: (téléphone IP)",
    "Do not dial, only log the call": "Ne pas composer, seulement enregistrer l'appel",
    "Language": "Langue",
    "Phone links open": "Les liens téléphone ouvrent",
    "Cancel": "Annuler",
    "Write": "Écrire",
}
PLURALS = {"%n contact(s)": ("%n contact", "%n contacts")}

# The rest of the table lives beside this file (activities, calendar, printing, e-mail merge).
sys.path.insert(0, str(HERE))
from fr_table_2 import FR2, FR_BY_CONTEXT, PLURALS2  # noqa: E402
from fr_table_3 import FR3, PLURALS3  # noqa: E402
from fr_table_4 import FR4, FR_BY_CONTEXT4, PLURALS4  # noqa: E402

FR.update(FR2)
FR.update(FR3)
FR.update(FR4)
PLURALS.update(PLURALS2)
PLURALS.update(PLURALS3)
PLURALS.update(PLURALS4)
FR_BY_CONTEXT.update(FR_BY_CONTEXT4)

# Further tables, one per piece of work (fr_table_x_<topic>.py), applied in name order so
# that parallel work never edits the same table. Each may define FR, FR_BY_CONTEXT, PLURALS.
for _path in sorted(HERE.glob("fr_table_x_*.py")):
    _table = importlib.import_module(_path.stem)
    FR.update(getattr(_table, "FR", {}))
    FR_BY_CONTEXT.update(getattr(_table, "FR_BY_CONTEXT", {}))
    PLURALS.update(getattr(_table, "PLURALS", {}))


def _messages(tree: ET.ElementTree) -> list[tuple[str, ET.Element]]:
    return [
        (context.findtext("name") or "", message)
        for context in tree.iter("context")
        for message in context.iter("message")
    ]


def fill(ts: Path = TS) -> list[str]:
    tree = ET.parse(ts)
    missing = []
    for context, message in _messages(tree):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if (
            translation.get("type") not in {"unfinished", "vanished", "obsolete"}
            and (translation.text or len(translation))
            and (context, source) not in FR_BY_CONTEXT
        ):
            continue  # a finished translation is the catalogue's own: the tables fill the rest
        if (context, source) in FR_BY_CONTEXT:
            translation.text = FR_BY_CONTEXT[context, source]
            translation.attrib.pop("type", None)
        elif source in PLURALS:
            # lupdate sometimes misses the count (QCoreApplication.translate(ctx, text, None, n)
            # in labels.py): a %n text from the plural table is a plural message all the same.
            message.set("numerus", "yes")
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in PLURALS[source]:
                ET.SubElement(translation, "numerusform").text = form
            translation.attrib.pop("type", None)
        elif source in FR:
            translation.text = FR[source]
            translation.attrib.pop("type", None)
        else:
            missing.append(source)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    left = fill()
    for text in left:
        print("untranslated:", text, file=sys.stderr)
    sys.exit(0)

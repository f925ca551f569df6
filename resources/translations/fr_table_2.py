"""Second part of the French table (activities, calendar, task list, printing, e-mail merge).

Imported by fill_fr.py, which merges FR2 into FR and PLURALS2 into PLURALS.
Same conventions: the key is the English source text, whatever its context. FR_BY_CONTEXT
holds the few texts whose translation depends on where they appear: (context, English).
"""

from __future__ import annotations

FR2: dict[str, str] = {
    # Activities: labels, alarms, recurrence (labels.py)
    "Clear activity": "Terminer l'activité", "Edit activity": "Modifier l'activité",
    "Call completed (reached)": "Appel abouti (joint)", "No alarm": "Pas d'alarme",
    "At start time": "À l'heure de début", "Does not repeat": "Ne se répète pas",
    "Daily": "Tous les jours", "Weekly": "Toutes les semaines", "Monthly": "Tous les mois",
    "Yearly": "Tous les ans", "Planning the series…": "Planification de la série…",
    # Alarms window
    "Alarm": "Alarme", "Starts": "Début", "Alarms": "Alarmes", "&Snooze": "&Reporter",
    "5 minutes": "5 minutes", "15 minutes": "15 minutes", "1 hour": "1 heure",
    "Tomorrow morning": "Demain matin", "&Dismiss": "&Ignorer", "Dismiss &all": "Ignorer to&ut",
    "&Open contact": "&Ouvrir le contact", "&Clear…": "&Terminer…",
    # Activity series
    "Apply an activity series": "Appliquer une série d'activités", "&Series:": "&Série :",
    "&Anchor date (J):": "Date de &référence (J) :", "Steps:": "Étapes :",
    "&Name:": "&Nom :", "&Description:": "&Description :",
    "When a step is cleared late, move the later steps by the same delay":
        "Quand une étape est terminée en retard, décaler les étapes suivantes du même délai",
    "Applied by hand only": "Appliquée manuellement uniquement",
    "When an opportunity is won": "Quand une opportunité est gagnée",
    "Days before the contract end": "Jours avant la fin de contrat",
    "Days before the birthday": "Jours avant l'anniversaire", " days before": " jours avant",
    "&Starts:": "&Déclenchement :", "&Add step": "&Ajouter une étape",
    "&Remove step": "&Supprimer l'étape", "&New…": "&Nouvelle…", "&Delete": "&Supprimer",
    "Delete the series '%1'? Activities already planned stay.":
        "Supprimer la série « %1 » ? Les activités déjà planifiées sont conservées.",
    "next: %1 %2": "suivante : %1 %2", "finished": "terminée",
    "Day (J+n)": "Jour (J+n)", "Duration (min)": "Durée (min)",
    "Starting due activity series": "Démarrage des séries d'activités arrivées à échéance",
    # Calendar
    "Day": "Jour", "Work week": "Semaine de travail", "Week": "Semaine", "Month": "Mois",
    "Today": "Aujourd'hui", "All users": "Tous les utilisateurs", "+%1 more": "+%1 autre(s)",
    "Open activity…": "Ouvrir l'activité…", "Open contact": "Ouvrir le contact",
    "Clear activity…": "Terminer l'activité…", "Busy": "Occupé",
    # Clear activity dialog
    "&Result:": "&Résultat :", "&When:": "&Quand :",
    "What was said, what was agreed": "Ce qui a été dit, ce qui a été convenu",
    "&Details:": "&Détails :", "Schedule the next step": "Planifier l'étape suivante",
    # Schedule activity dialog
    "Schedule activity": "Planifier une activité", "With:": "Avec :", "&Type:": "&Type :",
    "&Regarding:": "&Objet :", "Timeless": "Sans heure", "&Date:": "&Date :",
    "%1 min": "%1 min", "%1 h": "%1 h", "D&uration:": "D&urée :", "&Priority:": "&Priorité :",
    "&Alarm:": "&Alarme :", "every ": "tous les ", "until": "jusqu'au",
    "&Repeat:": "&Répéter :", "Scheduled &for:": "Planifiée &pour :",
    "Private (others see busy time only)":
        "Privée (les autres ne voient que le créneau occupé)",
    "D&etails:": "Détai&ls :",
    # Task list
    "This week": "Cette semaine", "Overdue": "En retard", "Next 30 days": "30 prochains jours",
    "All dates": "Toutes les dates", "Date range": "Période",
    "All priorities": "Toutes les priorités", "%1 and above": "%1 et plus",
    "Not cleared": "Non terminées", "Cleared": "Terminées", "Cleared or not": "Terminées ou non",
    "Contact, company or subject…": "Contact, société ou objet…",
    "&New activity…": "&Nouvelle activité…", "C&lear…": "&Terminer…",
    "&Reschedule…": "Re&planifier…", "Roll &over to today": "Reporter à au&jourd'hui",
    "E&xport .ics…": "E&xporter en .ics…", "Loading activities": "Chargement des activités",
    "Export to iCalendar": "Exporter vers iCalendar", "iCalendar (*.ics)": "iCalendar (*.ics)",
    "Time": "Heure", "Scheduled for": "Planifiée pour",
    # Contact card
    "Log a call (Ctrl+L)": "Enregistrer un appel (Ctrl+L)",
    # E-mail merge
    "E-mail merge": "Publipostage par e-mail", "Edit templates…": "Modifier les modèles…",
    "Server settings…": "Paramètres du serveur…",
    "Finding the recipients…": "Recherche des destinataires…",
    "Finding the recipients": "Recherche des destinataires",
    "Send through the mail server": "Envoyer par le serveur de messagerie",
    "Save as drafts (.eml) for my mail program":
        "Enregistrer en brouillons (.eml) pour ma messagerie",
    "my.address@example.fr": "mon.adresse@exemple.fr", "Send a test": "Envoyer un test",
    "Send": "Envoyer", "Mark bounced addresses…": "Marquer les adresses rejetées…",
    "Close": "Fermer", "Template": "Modèle", "Test to": "Test à", "Not set up": "Non configuré",
    "%1 recipient(s); %2 left out (no consent, opted out, bounced…):":
        "%1 destinataire(s) ; %2 exclu(s) (sans consentement, opposition, adresse rejetée…) :",
    "Choose a template first.": "Choisissez d'abord un modèle.",
    "Sending e-mails": "Envoi des e-mails", "%1 message(s) sent.": "%1 message(s) envoyé(s).",
    "Type your own address.": "Saisissez votre propre adresse.",
    "Folder for the drafts": "Dossier des brouillons",
    "Send %1 e-mail(s)? At %2 per minute this takes about %3 minute(s).":
        "Envoyer %1 e-mail(s) ? À %2 par minute, cela prend environ %3 minute(s).",
    "Bounced addresses": "Adresses rejetées",
    "Paste the addresses that bounced (one per line):":
        "Collez les adresses rejetées (une par ligne) :",
    "%1 contact(s) marked 'e-mail invalid'.": "%1 contact(s) marqué(s) « E-mail invalide ».",
    "The password could not be stored in the system keyring: %1":
        "Le mot de passe n'a pas pu être enregistré dans le trousseau du système : %1",
    "Left out because": "Exclu car",
    # Outgoing mail server
    "Outgoing mail server": "Serveur de courrier sortant",
    "STARTTLS (port 587)": "STARTTLS (port 587)", "SSL/TLS (port 465)": "SSL/TLS (port 465)",
    "None (local relay only)": "Aucune (relais local uniquement)",
    "Unchanged (kept in the system keyring)": "Inchangé (conservé dans le trousseau du système)",
    "Default: the sender's address": "Par défaut : l'adresse de l'expéditeur",
    " per minute": " par minute", "Security": "Sécurité", "User name": "Nom d'utilisateur",
    "Sender address": "Adresse de l'expéditeur", "Reply-to": "Répondre à",
    "Unsubscribe address": "Adresse de désabonnement", "Sending rate": "Cadence d'envoi",
    # Printing: labels, envelopes, letters
    "Nothing to preview": "Aucun aperçu",
    "Print labels, envelopes and letters": "Imprimer étiquettes, enveloppes et lettres",
    "One address per company": "Une adresse par société",
    'One address per household ("M. et Mme")': "Une adresse par foyer (« M. et Mme »)",
    "Record in each contact's history": "Enregistrer dans l'historique de chaque contact",
    "Envelopes": "Enveloppes", "Page ": "Page ", "Save PDF…": "Enregistrer en PDF…",
    "Print…": "Imprimer…", "Open in PDF viewer": "Ouvrir dans le lecteur PDF",
    "Custom sheet…": "Planche personnalisée…", "Sheet": "Planche",
    "Start at label": "Commencer à l'étiquette", "Labels per contact": "Étiquettes par contact",
    "Printer offset X / Y": "Décalage de l'imprimante X / Y",
    "Draw label borders (test on plain paper)":
        "Tracer le bord des étiquettes (essai sur papier ordinaire)",
    "Sender labels (our return address) instead":
        "Étiquettes d'expéditeur (notre adresse de retour) à la place",
    'Print at 100 % ("Actual size"): fitting the page to the paper shifts the labels.':
        "Imprimez à 100 % (« Taille réelle ») : ajuster la page au papier décale les "
        "étiquettes.",
    "Size": "Format", "Window envelope": "Enveloppe à fenêtre",
    "Window left / top": "Fenêtre gauche / haut", "Print the sender": "Imprimer l'expéditeur",
    'Letters flow over several pages: use "Open in PDF viewer" to preview the first one with '
    "a real contact.":
        "Les lettres s'étendent sur plusieurs pages : utilisez « Ouvrir dans le lecteur PDF » "
        "pour voir la première avec un vrai contact.",
    "Open the PDF to preview letters.": "Ouvrez le PDF pour voir l'aperçu des lettres.",
    "No recipient.": "Aucun destinataire.", "Writing the PDF": "Écriture du PDF",
    "Saved %1.": "%1 enregistré.",
    "%1 page(s), %2 contact(s) recorded in the history.":
        "%1 page(s), %2 contact(s) enregistré(s) dans l'historique.",
    "%1 address line(s) are longer than 38 characters: shorten them on the contact cards.":
        "%1 ligne(s) d'adresse dépasse(nt) 38 caractères : raccourcissez-les dans les fiches "
        "contact.",
    "Unknown fields: %1": "Champs inconnus : %1", "Save PDF": "Enregistrer en PDF",
    "PDF files (*.pdf)": "Fichiers PDF (*.pdf)", "Sent to the printer.": "Envoyé à l'imprimante.",
    "Recording the history": "Enregistrement de l'historique",
    "Saving the sheet": "Enregistrement de la planche",
    # Custom label sheet
    "Custom label sheet": "Planche d'étiquettes personnalisée", "Page": "Page",
    "Columns": "Colonnes", "Rows": "Lignes", "Label width (mm)": "Largeur d'étiquette (mm)",
    "Label height (mm)": "Hauteur d'étiquette (mm)", "Top margin (mm)": "Marge haute (mm)",
    "Left margin (mm)": "Marge gauche (mm)", "Horizontal pitch (mm)": "Pas horizontal (mm)",
    "Vertical pitch (mm)": "Pas vertical (mm)", "Custom": "Personnalisée",
    "This sheet does not fit on the page.": "Cette planche ne tient pas sur la page.",
    # Template editor
    "Letter templates": "Modèles de lettres", "E-mail templates": "Modèles d'e-mails",
    "New": "Nouveau", "Delete": "Supprimer",
    "Plain-text part (left empty: made from the formatted text)":
        "Partie texte brut (si vide : générée à partir du texte mis en forme)",
    "Subject": "Objet", "Subject line (Objet)": "Ligne d'objet",
    "Contact for the preview (lookup)": "Contact pour l'aperçu (recherche)",
    "Preview": "Aperçu", "Save": "Enregistrer", "Bold": "Gras", "Italic": "Italique",
    "Underline": "Souligné", "Left": "Gauche", "Centre": "Centré", "Right": "Droite",
    "Justify": "Justifié", "Insert field": "Insérer un champ",
    'City for "Paris, le …"': "Ville pour « Paris, le … »",
    "Legal mentions: SIRET, capital, RCS…": "Mentions légales : SIRET, capital, RCS…",
    "Place": "Lieu", "Closing": "Formule de politesse", "P.S.": "P.-S.",
    "Footer": "Pied de page", "Logo file": "Fichier du logo",
    "Address block left / top": "Bloc adresse gauche / haut",
    'Delete the template "%1"?': "Supprimer le modèle « %1 » ?",
    "No contact matches this lookup.": "Aucun contact ne correspond à cette recherche.",
    "Preparing the preview": "Préparation de l'aperçu", "Preview: %1": "Aperçu : %1",
    # Menu entries added by the feature modules (features.py)
    "Apply an activity &series…": "Appliquer une &série d'activités…",
    "Activity series &templates…": "Modèles de sé&ries d'activités…", "&Alarms…": "&Alarmes…",
    "Alarm: %s": "Alarme : %s", "&Print labels…": "&Imprimer des étiquettes…",
    "&Labels…": "É&tiquettes…", "&Envelopes…": "&Enveloppes…", "Le&tters…": "&Lettres…",
    "&E-mail merge…": "&Publipostage par e-mail…", "Letter &templates…": "&Modèles de lettres…",
    "E-&mail templates…": "Mo&dèles d'e-mails…",
    # Calendar: day and month names
    "Mon": "Lun", "Tue": "Mar", "Wed": "Mer", "Thu": "Jeu", "Fri": "Ven", "Sat": "Sam",
    "Sun": "Dim", "January": "janvier", "February": "février", "March": "mars",
    "April": "avril", "May": "mai", "June": "juin", "July": "juillet", "August": "août",
    "September": "septembre", "October": "octobre", "November": "novembre",
    "December": "décembre",
    # Why a contact is left out of a mailing
    "No postal address": "Pas d'adresse postale", "No e-mail address": "Pas d'adresse e-mail",
    "No opt-in (private person)": "Sans consentement (particulier)",
    "On the suppression list": "Dans la liste repoussoir",
    # Merge fields (Insert field menu)
    "Sender": "Expéditeur", "Civility": "Civilité", "Full name": "Nom complet",
    "Full address (postal block)": "Adresse complète (bloc postal)",
    "Address line 1": "Ligne d'adresse 1",
    'Salutation ("Madame Dupont,")': "Formule d'appel (« Madame Dupont, »)",
    'Salutation without name ("Madame")': "Formule d'appel sans nom (« Madame »)",
    "Today's date": "Date du jour", "My name": "Mon nom", "My job title": "Ma fonction",
    "My e-mail": "Mon e-mail", "My phone": "Mon téléphone", "My signature": "Ma signature",
    "My company": "Ma société", "My company's address": "Adresse de ma société",
}

PLURALS2: dict[str, tuple[str, str]] = {
    "%n minute(s) before": ("%n minute avant", "%n minutes avant"),
    "%n hour(s) before": ("%n heure avant", "%n heures avant"),
    "%n day(s) before": ("%n jour avant", "%n jours avant"),
    "and %n more": ("et %n autre", "et %n autres"),
    "%n contact(s) selected": ("%n contact sélectionné", "%n contacts sélectionnés"),
    "%n address(es) for %1 contact(s); %2 left out.": (
        "%n adresse pour %1 contact(s) ; %2 exclu(s).",
        "%n adresses pour %1 contact(s) ; %2 exclu(s).",
    ),
    "%n activities": ("%n activité", "%n activités"),
    "%n overdue": ("%n en retard", "%n en retard"),
    "%n activities moved to today": (
        "%n activité reportée à aujourd'hui",
        "%n activités reportées à aujourd'hui",
    ),
}

# Where the same English text needs another French text (checked before FR and the plurals).
FR_BY_CONTEXT: dict[tuple[str, str], str] = {
    # Tabs of the print dialog. In MainWindow, "Labels" and "Letters" fill
    # "{0} arrive dans une prochaine version.", hence "L'impression d'étiquettes" there.
    ("PrintDialog", "Labels"): "Étiquettes",
    ("PrintDialog", "Letters"): "Lettres",
    # Window titles (MainWindow's "Activity series" also fills that sentence).
    ("SeriesEditorDialog", "Activity series"): "Série d'activités",
    ("SeriesManagerDialog", "Activity series"): "Séries d'activités",
}

"""French translations, second pass: import wizard, export, card Activities tab, alarms.

FR4 is applied after FR3, so an entry here also corrects a global one from an earlier table;
FR_BY_CONTEXT4 gives a context its own wording where one source text needs two French ones.
"""

FR4: dict[str, str] = {
    "Company details for mailings": "Coordonnées de l'entreprise pour les envois",
    "&Company details for mailings…": "&Coordonnées de l'entreprise…",
    "12 rue de la Paix\n69003 LYON": "12 rue de la Paix\n69003 LYON",
    "SAS au capital de…, RCS…, SIRET…": "SAS au capital de…, RCS…, SIRET…",
    "Signed by": "Signataire",
    "Country code": "Code pays",
    "Legal footer": "Mentions légales (pied de page)",
    # Import wizard: file page
    "File to import": "Fichier à importer",
    "An Excel workbook (.xlsx), a CSV or TXT file, or vCards (.vcf) exported from Outlook "
    "or Google.": "Un classeur Excel (.xlsx), un fichier CSV ou TXT, ou des vCards (.vcf) "
    "exportées d'Outlook ou de Google.",
    "Choose a file…": "Choisissez un fichier…",
    "Browse…": "Parcourir…",
    "File:": "Fichier :",
    "Encoding (text files):": "Encodage (fichiers texte) :",
    "Delimiter (text files):": "Séparateur (fichiers texte) :",
    "Import contacts": "Importer des contacts",
    "Contact files (*.xlsx *.csv *.txt *.vcf);;All files (*)":
        "Fichiers de contacts (*.xlsx *.csv *.txt *.vcf);;Tous les fichiers (*)",
    "Reading the file…": "Lecture du fichier…",
    "Detect": "Détecter",
    "; (semicolon)": "; (point-virgule)",
    ", (comma)": ", (virgule)",
    "Tab": "Tabulation",
    "| (pipe)": "| (barre verticale)",
    # Import wizard: sheet page
    "Sheet and header row": "Feuille et ligne d'en-tête",
    "Title lines above the column names are skipped: check that the row in bold holds the "
    "column names.": "Les lignes de titre au-dessus des noms de colonnes sont ignorées : "
    "vérifiez que la ligne en gras contient bien les noms de colonnes.",
    "Sheet:": "Feuille :",
    "Column names on row:": "Ligne d'en-tête :",
    "tab": "tabulation",
    "Read as {0}, columns separated by “{1}”.":
        "Lu en {0}, colonnes séparées par « {1} ».",
    # Import wizard: mapping page
    "Columns and fields": "Correspondance des colonnes",
    "Columns were matched from their names. Click a field to change it; a column can also "
    "fill a second field, a note or a history entry.": "Les colonnes ont été associées "
    "d'après leur nom. Cliquez sur un champ pour le changer ; une colonne peut aussi remplir "
    "un second champ, une note ou une entrée d'historique.",
    "e.g. Salon Lyon 2026": "ex. : Salon Lyon 2026",
    "Status for every row:": "Statut pour toutes les lignes :",
    "Referred by for every row:": "Recommandé par, pour toutes les lignes :",
    "Add the contacts to the group:": "Ajouter les contacts au groupe :",
    "Save mapping…": "Enregistrer la correspondance…",
    "Load mapping…": "Charger une correspondance…",
    "Save mapping": "Enregistrer la correspondance",
    "Load mapping": "Charger une correspondance",
    "Mappings (*.json)": "Correspondances (*.json)",
    "No column is mapped to a contact field.": "Aucune colonne n'est associée à un champ "
    "de contact.",
    "Column": "Colonne",
    "Examples": "Exemples",
    "Contact field": "Champ du contact",
    "Also fill": "Remplir aussi",
    "(do not import)": "(ne pas importer)",
    # Import wizard: field labels
    "Civility": "Civilité",
    "Extension": "Poste",
    "Home phone": "Téléphone domicile",
    "E-mail 2": "E-mail 2",
    "Web site": "Site web",
    "Home address": "Adresse personnelle",
    "Home address 2": "Adresse personnelle 2",
    "→ Note": "→ Note",
    "→ History entry": "→ Entrée d'historique",
    "To review": "À vérifier",
    # Import wizard: checks page
    "Checks and duplicates": "Contrôles et doublons",
    "Nothing is written yet. Choose what to do with each kind of problem and with contacts "
    "already on file; fix values row by row if you wish.": "Rien n'est encore enregistré. "
    "Choisissez que faire de chaque type de problème et des contacts déjà présents dans la "
    "base ; corrigez les valeurs ligne par ligne si vous le souhaitez.",
    "Problems found": "Problèmes détectés",
    "Already on file": "Déjà dans la base",
    "Skip the row": "Ignorer la ligne",
    "Update the existing contact": "Mettre à jour le contact existant",
    "Add anyway": "Ajouter quand même",
    "Fill empty fields only": "Remplir seulement les champs vides",
    "Values from the file win": "Les valeurs du fichier l'emportent",
    "For every duplicate:": "Pour chaque doublon :",
    "When updating:": "Lors de la mise à jour :",
    "Only rows with a problem or a duplicate": "Seulement les lignes avec un problème ou "
    "un doublon",
    "Accept suggestion": "Accepter la suggestion",
    "Fix a value…": "Corriger une valeur…",
    "Fix a value": "Corriger une valeur",
    "Default action": "Action par défaut",
    "Add": "Ajouter",
    "Update": "Mettre à jour",
    "Skip": "Ignorer",
    "Apply to selected rows": "Appliquer aux lignes sélectionnées",
    "Checking every row…": "Vérification de chaque ligne…",
    "Checking the rows…": "Vérification des lignes…",
    "No problem: every row is valid.": "Aucun problème : toutes les lignes sont valides.",
    "Import and flag for review": "Importer et marquer « À vérifier »",
    "Skip these rows": "Ignorer ces lignes",
    "Accept all suggestions": "Accepter toutes les suggestions",
    "Line {0}, {1}:": "Ligne {0}, {1} :",
    "Possible e-mail typo": "Faute de frappe probable dans l'e-mail",
    "Invalid e-mail": "E-mail invalide",
    "Phone too short": "Téléphone trop court",
    "Phone too long": "Téléphone trop long",
    "Impossible phone number": "Numéro de téléphone impossible",
    "Not a phone number": "Pas un numéro de téléphone",
    "Invalid French postcode": "Code postal français invalide",
    "Postcode missing": "Code postal manquant",
    "City missing": "Ville manquante",
    "Value too long": "Valeur trop longue",
    "Invalid date": "Date invalide",
    "No name, company or e-mail": "Ni nom, ni société, ni e-mail",
    "Line": "Ligne",
    "Problems": "Problèmes",
    "Duplicate of": "Doublon de",
    "Action": "Action",
    "(default)": "(par défaut)",
    "same e-mail": "même e-mail",
    "same company, name and phone": "même société, même nom et même téléphone",
    # Import wizard: summary, run, report
    "Ready to import": "Prêt à importer",
    "File: {0}": "Fichier : {0}",
    "Contacts to create: {0}": "Contacts à créer : {0}",
    "Contacts to update: {0}": "Contacts à mettre à jour : {0}",
    "Rows skipped: {0}": "Lignes ignorées : {0}",
    "Contacts flagged “to review”: {0}": "Contacts marqués « À vérifier » : {0}",
    "Added to the group: {0}": "Ajoutés au groupe : {0}",
    "Everything is written in one go: if anything fails or you cancel, the database stays as "
    "it was. The import can be undone afterwards.": "Tout est enregistré en une seule fois : "
    "en cas d'erreur ou d'annulation, la base reste telle qu'elle était. L'importation pourra "
    "être annulée ensuite.",
    "Importing": "Importation en cours",
    "Cancel the import": "Arrêter l'importation",
    "Writing the contacts…": "Enregistrement des contacts…",
    "Done.": "Terminé.",
    "The import failed; nothing was written.": "L'importation a échoué ; rien n'a été "
    "enregistré.",
    "Cancelled: nothing was written. Go back to change the import.": "Annulé : rien n'a été "
    "enregistré. Revenez en arrière pour modifier l'importation.",
    "Import report": "Rapport d'importation",
    "Save the report…": "Enregistrer le rapport…",
    "Undo this import": "Annuler cette importation",
    "Import #{0}: {1} created, {2} updated, {3} skipped, {4} to review.":
        "Importation n° {0} : {1} créé(s), {2} mis à jour, {3} ignoré(s), {4} à vérifier.",
    "Save the report": "Enregistrer le rapport",
    "Excel (*.xlsx);;CSV (*.csv)": "Excel (*.xlsx);;CSV (*.csv)",
    "Delete the {0} contacts created and restore the {1} contacts updated by this import?":
        "Supprimer les {0} contacts créés et restaurer les {1} contacts mis à jour par cette "
        "importation ?",
    "Import #{0} undone: {1} contacts deleted, {2} restored.":
        "Importation n° {0} annulée : {1} contact(s) supprimé(s), {2} restauré(s).",
    "Undoing the import…": "Annulation de l'importation…",
    "Reasons": "Motifs",
    "Updated": "Mis à jour",
    "Skipped": "Ignoré",
    "yes": "oui",
    # Export (Features)
    "Export contacts": "Exporter les contacts",
    "Excel workbook (*.xlsx);;CSV for Excel (*.csv);;vCard (*.vcf)":
        "Classeur Excel (*.xlsx);;CSV pour Excel (*.csv);;vCard (*.vcf)",
    "Exporting contacts…": "Exportation des contacts…",
    # Translated without a count (features.py replaces %n itself): not a plural message.
    "%n contact(s) exported to %1": "%n contact(s) exporté(s) vers %1",
    # Card Activities tab, alarms
    "&Schedule…": "&Planifier…",
    "Show cleared": "Afficher les terminées",
    "Checking alarms": "Vérification des alarmes",
}

PLURALS4: dict[str, tuple[str, ...]] = {
    "%n row(s) match a contact on file or an earlier row.": (
        "%n ligne correspond à un contact de la base ou à une ligne précédente.",
        "%n lignes correspondent à des contacts de la base ou à des lignes précédentes.",
    ),
}

FR_BY_CONTEXT4: dict[tuple[str, str], str] = {
    # The wizard's Next/Commit button; message box and task titles elsewhere.
    ("ImportWizard", "Import"): "Importer",
    ("FilePage", "Import"): "Importation",
    ("MappingPage", "Import"): "Importation",
    ("ChecksPage", "Import"): "Importation",
    ("ReportPage", "Import"): "Importation",
    ("RunPage", "Import"): "Importation",
    ("ImportWizard", "Import contacts"): "Assistant d'importation",
    # Report: what happened to each row (not a "created on" date).
    ("ImportWizard", "Created"): "Créé",
    # A person's name, a label sheet's or a template's name: FR3 made "Name" a company's
    # "Raison sociale" everywhere.
    ("ImportWizard", "Name"): "Nom",
    ("SheetEditor", "Name"): "Nom",
    ("TemplateEditor", "Name"): "Nom",
    # Card Activities tab: the series applied to this contact; an activity's status.
    ("ActivitiesTab", "Activity series"): "Séries d'activités",
    ("ActivitiesTab", "Done"): "Fait",
    # A duplicate group still to decide (the "to review" flag is "À vérifier").
    ("GroupTableModel", "To review"): "À examiner",
}

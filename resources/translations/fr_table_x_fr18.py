"""French for the in-app letter preview, the import report's reasons, Qt's file dialog
labels that qtbase_fr lacks, and the other strings of issue 18 point 6 (helper fr18)."""

from __future__ import annotations

FR = {
    # Print dialog: letters previewed and printed inside the app.
    " of %1": " sur %1",
    "No letter template.": "Aucun modèle de lettre.",
    "Preparing the letters…": "Préparation des lettres…",
    "Preparing the letters": "Préparation des lettres",
    "The preview shows the letters of the first %1 recipients; "
    "the PDF and the printer get them all.": (
        "L'aperçu montre les lettres des %1 premiers destinataires ; "
        "le PDF et l'imprimante les reçoivent toutes."
    ),
    "%1 page(s) sent to the printer.": "%1 page(s) envoyée(s) à l'imprimante.",
    "No PDF viewer": "Aucun lecteur PDF",
    "No PDF viewer is installed on this computer, so the file could not be opened. "
    "The preview in Desktop CRM shows it; the file is kept at:\n%1": (
        "Aucun lecteur PDF n'est installé sur cet ordinateur : le fichier n'a pas pu être "
        "ouvert. L'aperçu de Desktop CRM le montre ; le fichier est conservé ici :\n%1"
    ),
    "Page ": "Page ",
    "Open in PDF viewer": "Ouvrir dans le lecteur PDF",
    "Close": "Fermer",
    "Preview: %1": "Aperçu : %1",
    # Import report: reasons said in words, with field labels.
    "%1: %2": "%1 : %2",
    "skipped for: %1": "ignorée pour : %1",
    "skipped by you": "ignorée à votre demande",
    "contact #%1 %2": "contact n° %1 %2",
    "line %1": "ligne %1",
    "same e-mail as %1": "même e-mail que %1",
    "same company, name and phone as %1": "même société, nom et téléphone que %1",
    "empty row": "ligne vide",
    # History: the import's entry.
    "Import: %1": "Importation : %1",
    # Import file page: encodings are names, the same in French.
    "UTF-8": "UTF-8",
    "UTF-16": "UTF-16",
    "ISO-8859-1": "ISO-8859-1",
    "Windows (cp1252)": "Windows (cp1252)",
}

FR_BY_CONTEXT = {
    # Qt 6.11 added mnemonics to these QFileDialog labels; its qtbase_fr.qm still has the old
    # sources ("Look in:"), so they showed in English. Our catalogue, installed after
    # qtbase_fr, answers first.
    ("QFileDialog", "&Look in:"): "&Voir dans :",
    ("QFileDialog", "Files of &type:"): "&Fichiers de type :",
    # The "Type" column of the file dialog (Qt 6 context, missing from qtbase_fr.qm).
    ("QAbstractFileIconProvider", "Folder"): "Dossier",
    ("QAbstractFileIconProvider", "Drive"): "Disque",
}

PLURALS = {
    "%n merge(s) done. Each one can be undone here or later with 'desktop-crm unmerge'.": (
        "%n fusion effectuée. Elle peut être annulée ici ou plus tard avec "
        "« desktop-crm unmerge ».",
        "%n fusions effectuées. Chacune peut être annulée ici ou plus tard avec "
        "« desktop-crm unmerge ».",
    ),
}

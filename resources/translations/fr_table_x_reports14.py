"""French for the Reports menu and view, the report preview and the home dashboard
(issue 14, reports)."""

from __future__ import annotations

_H = "HomeView"
_D = "ReportParamsDialog"
_P = "ReportPreviewDialog"
_V = "ReportsView"

FR: dict[str, str] = {}

FR_BY_CONTEXT: dict[tuple[str, str], str] = {
    ("MainWindow", "Home"): "Accueil",
    ("PreferencesDialog", "Show the home page at start"): "Afficher l'accueil au démarrage",
    ("Reports", "Reports"): "Rapports",
    ("Reports", "Contact &detail with history…"): "&Fiche contact avec historique…",
    ("Reports", "Building the report “%1”…"): "Préparation du rapport « %1 »…",
    (_H, "Home"): "Accueil",
    (_H, "To do"): "À faire",
    (_H, "Still due today: %1"): "Reste à faire aujourd'hui : %1",
    (_H, "Overdue: %1"): "En retard : %1",
    (_H, " (late)"): " (en retard)",
    (_H, "Nothing to do today."): "Rien à faire aujourd'hui.",
    (_H, "Calls: this week against last week"): "Appels : cette semaine et la précédente",
    (_H, "Last week"): "Semaine dernière",
    (_H, "This week"): "Cette semaine",
    (_H, "This week: %1 call(s) — last week: %2"): "Cette semaine : %1 appel(s) — semaine "
    "dernière : %2",
    (_H, "Pipeline by stage"): "Pipeline par étape",
    (_H, "Amount"): "Montant",
    (_H, "%1 open opportunity(ies): %2, weighted %3"): "%1 opportunité(s) ouverte(s) : %2, "
    "pondéré %3",
    (_H, "Last campaigns: response rate"): "Dernières campagnes : taux de réponse",
    (_H, "Response rate"): "Taux de réponse",
    (_H, "No campaign yet."): "Aucune campagne pour l'instant.",
    (_H, "Loading…"): "Chargement…",
    (_D, "A &group:"): "Un &groupe :",
    (_D, "&All contacts"): "&Tous les contacts",
    (_D, "(choose a group)"): "(choisissez un groupe)",
    (_D, "The selected contacts (%1)"): "Les contacts sélectionnés (%1)",
    (_D, "The current lookup « %1 »"): "La recherche en cours « %1 »",
    (_D, "Contacts:"): "Contacts :",
    (_D, "Only from"): "Seulement du",
    (_D, "From"): "Du",
    (_D, "to"): "au",
    (_D, "Period:"): "Période :",
    (_D, "Expected close:"): "Clôture prévue :",
    (_D, "Up to:"): "Jusqu'au :",
    (_D, "All users"): "Tous les utilisateurs",
    (_D, "Choose the group, or another set of contacts."): "Choisissez le groupe, ou d'autres "
    "contacts.",
    (_D, "All campaigns"): "Toutes les campagnes",
    (_D, "User:"): "Utilisateur :",
    (_D, "Campaign:"): "Campagne :",
    (_D, "Contact number:"): "Numéro du contact :",
    (_D, "&Preview"): "&Aperçu",
    (_P, "Page "): "Page ",
    (_P, " of %1"): " sur %1",
    (_P, "Save &PDF…"): "Enregistrer &PDF…",
    (_P, "Export &XLSX…"): "Exporter &XLSX…",
    (_P, "Close"): "Fermer",
    (_P, "Save the report as PDF"): "Enregistrer le rapport en PDF",
    (_P, "PDF file (*.pdf)"): "Fichier PDF (*.pdf)",
    (_P, "Export the report to Excel"): "Exporter le rapport vers Excel",
    (_P, "Excel workbook (*.xlsx)"): "Classeur Excel (*.xlsx)",
    (_P, "Writing…"): "Écriture…",
    (_P, "Saved: %1"): "Enregistré : %1",
    (_V, "&Preview…"): "&Aperçu…",
    (
        _V,
        "<h2>Reports</h2><p>PDF and Excel reports on the current lookup, a group or every "
        "contact.</p>",
    ): "<h2>Rapports</h2><p>Rapports PDF et Excel sur la recherche en cours, un groupe ou "
    "tous les contacts.</p>",
}

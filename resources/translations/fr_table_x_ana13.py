"""French for the Targeting view (issue 13): methods, explanations, classes, chart axes."""

from __future__ import annotations

_T = "Targeting"
_C = "TargetingChart"
_V = "TargetingView"
_M = "ClientsModel"

FR: dict[str, str] = {}

FR_BY_CONTEXT: dict[tuple[str, str], str] = {
    ("Features", "Targeting"): "Ciblage",
    ("Features", "&Targeting (ABC, quadrants, RFM…)"): "&Ciblage (ABC, quadrants, RFM…)",
    (_T, "ABC / 20-80"): "ABC / 20-80",
    (_T, "Quartiles of revenue"): "Interquartiles du CA",
    (_T, "Profitability quadrants"): "Quadrants de rentabilité",
    (_T, "Potential against revenue (P−R)"): "Potentiel et CA réalisé (P−R)",
    (_T, "Elasticity to contacts"): "Élasticité aux contacts",
    (_T, "Maturity phase"): "Phase de maturité",
    (_T, "RFM (recency, frequency, amount)"): "RFM (récence, fréquence, montant)",
    (_T, "Inactive clients"): "Clients inactifs",
    (
        _T,
        "Clients sorted by revenue: A make the first 80 % of it, B the next 15 %, C the "
        "rest.\nLook after the A clients first; the curve shows how concentrated sales are.",
    ): "Clients classés par CA : les A font les premiers 80 % du CA, les B les 15 % suivants, "
    "les C le reste.\nSoignez d'abord les A ; la courbe montre à quel point les ventes sont "
    "concentrées.",
    (
        _T,
        "Clients cut into four groups of equal size by revenue, with the bounds of each.\n"
        "Q4 is the top quarter; compare what each quarter weighs in the total.",
    ): "Clients répartis par CA en quatre groupes de même taille, avec les bornes de chacun."
    "\nQ4 est le quart supérieur ; comparez le poids de chaque quart dans le total.",
    (
        _T,
        "Each client by contacts made (across) and revenue (up), split at the medians.\n"
        "Skeletons: little of both; contact-eaters: many contacts for little revenue; "
        "cash cows and golden geese bring the revenue.",
    ): "Chaque client selon les contacts pris (en largeur) et le CA (en hauteur), coupés aux "
    "médianes.\nSquelettes : peu des deux ; Contactivores : beaucoup de contacts pour peu de "
    "CA ; Vaches à lait et Poules aux œufs d'or font le CA.",
    (
        _T,
        "Potential P (a number field) against revenue R; below the diagonal there is room "
        "to grow.\nThe list is sorted by P−R: the biggest gap between what a client could "
        "and does buy comes first.",
    ): "Potentiel P (un champ nombre) face au CA réalisé R ; sous la diagonale, il reste de "
    "la marge.\nLa liste est triée par P−R : le plus grand écart entre ce que le client "
    "pourrait acheter et ce qu'il achète vient en tête.",
    (
        _T,
        "Change in revenue divided by change in contacts against the previous period.\n"
        "1 or more: revenue follows the contacts; 0 or less: more contacts did not sell more.",
    ): "Évolution du CA divisée par l'évolution des contacts, par rapport à la période "
    "précédente.\n1 ou plus : le CA suit les contacts ; 0 ou moins : plus de contacts n'ont "
    "pas fait vendre plus.",
    (
        _T,
        "The trend of yearly revenue over four years: start, growth, maturity or decline.\n"
        "One year of history is not enough to tell; adapt the contacts to each phase.",
    ): "La tendance du CA annuel sur quatre ans : démarrage, croissance, maturité ou "
    "vieillissement.\nUne seule année d'historique ne suffit pas ; adaptez les contacts à "
    "chaque phase.",
    (
        _T,
        "Recency of the last purchase, number of purchases and amount, each scored 1 to 5 "
        "by quintile.\nThe grid crosses recency and frequency; the colour is the segment.",
    ): "Récence du dernier achat, nombre d'achats et montant, notés chacun de 1 à 5 par "
    "quintile.\nLa grille croise récence et fréquence ; la couleur donne le segment.",
    (
        _T,
        "Clients with no call reached, no meeting and no purchase for 6 months before the "
        "end of the period.\nThey are the ones to call back before they go elsewhere.",
    ): "Clients sans appel abouti, sans rendez-vous et sans achat depuis 6 mois à la fin de "
    "la période.\nCe sont eux qu'il faut rappeler avant qu'ils n'aillent voir ailleurs.",
    (_T, "Room to grow"): "Marge de progression",
    (_T, "Potential reached"): "Potentiel atteint",
    (_T, "No P given"): "P non renseigné",
    (_T, "Sensitive to contacts"): "Sensible aux contacts",
    (_T, "Weakly sensitive"): "Peu sensible",
    (_T, "Insensitive"): "Insensible",
    (_T, "Cannot be computed"): "Non calculable",
    (_T, "Not enough history"): "Historique insuffisant",
    (_T, "No purchase"): "Aucun achat",
    (_T, "Champions"): "Champions",
    (_T, "Loyal"): "Fidèles",
    (_T, "New"): "Nouveaux",
    (_T, "At risk"): "À risque",
    (_T, "Dormant"): "En sommeil",
    (_T, "Lost"): "Perdus",
    (_T, "To follow"): "À suivre",
    (_T, "Never bought"): "Jamais acheté",
    (_T, "Inactive"): "Inactif",
    (_T, "Active"): "Actif",
    (_T, "Start"): "Démarrage",
    (_T, "Growth"): "Croissance",
    (_T, "Maturity"): "Maturité",
    (_T, "Decline"): "Vieillissement",
    (_C, "Clients by revenue (rank)"): "Clients classés par CA (rang)",
    (_C, "Cumulative share of revenue (%)"): "Part cumulée du CA (%)",
    (_C, "Quartile (bounds)"): "Quartile (bornes)",
    (_C, "Revenue of the quartile"): "CA du quartile",
    (_C, "Clients"): "Clients",
    (_C, "Contacts made in the period"): "Contacts pris sur la période",
    (_C, "Revenue of the period"): "CA de la période",
    (_C, "Potential P"): "Potentiel P",
    (_C, "Revenue R"): "CA réalisé R",
    (_C, "R = P"): "R = P",
    (_C, "Change in contacts (%)"): "Évolution des contacts (%)",
    (_C, "Change in revenue (%)"): "Évolution du CA (%)",
    (_C, "Recency score (5 = most recent)"): "Score de récence (5 = le plus récent)",
    (_C, "Frequency score"): "Score de fréquence",
    (_V, "Year"): "Année",
    (_V, "Dates"): "Dates",
    (_V, "All clients"): "Tous les clients",
    (_V, "Save as group…"): "Enregistrer comme groupe…",
    (_V, "targeting"): "ciblage",
    (_V, "Method:"): "Méthode :",
    (_V, "Period:"): "Période :",
    (_V, "Population:"): "Population :",
    (_V, "Show all"): "Tout afficher",
    (_V, "Group: %1"): "Groupe : %1",
    (_V, "%1 clients · revenue %2 · period %3"): "%1 clients · CA %2 · période %3",
    (_V, "Shown: %1 (%2 clients)"): "Affichés : %1 (%2 clients)",
    (
        _V,
        "Shown: recency %1, frequency %2 (%3 clients)",
    ): "Affichés : récence %1, fréquence %2 (%3 clients)",
    (_V, "All clients of the analysis (%2)"): "Tous les clients de l'analyse (%2)",
    (_V, "Save as group"): "Enregistrer comme groupe",
    (_V, "Which class?"): "Quelle classe ?",
    (_V, "Name of the dynamic group:"): "Nom du groupe dynamique :",
    (_V, "Dynamic group \u201c%1\u201d created."): "Groupe dynamique « %1 » créé.",
    (_M, "Client"): "Client",
    (_M, "Class"): "Classe",
    (_M, "Revenue"): "CA",
    (_M, "Previous revenue"): "CA préc.",
    (_M, "P"): "P",
    (_M, "P−R"): "P−R",
    (_M, "R/P"): "R/P",
    (_M, "Contacts"): "Contacts",
    (_M, "Previous contacts"): "Contacts préc.",
    (_M, "Score"): "Score",
    (_M, "Last purchase"): "Dernier achat",
}

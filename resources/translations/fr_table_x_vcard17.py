"""French for the import targets added with issue 17 (vCard, Google and Outlook files)."""

FR = {
    "→ Groups (labels, categories)": "→ Groupes (libellés, catégories)",
    "→ Kind of card (person, company, group)": "→ Nature de la fiche (personne, société, groupe)",
    "→ Import report remarks": "→ Remarques du rapport d'import",
}

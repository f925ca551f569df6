"""French for the opportunity amounts hidden from a Restricted role (issue 15)."""

from __future__ import annotations

FR: dict[str, str] = {
    "Opportunities: %1 · amounts hidden for your role": (
        "Opportunités : %1 · montants masqués pour votre rôle"
    ),
    "Amounts are hidden for your role": "Montants masqués pour votre rôle",
    "Amount: hidden for your role": "Montant : masqué pour votre rôle",
    "Closing as won records the sale's amount: ask a colleague.": (
        "Clôturer comme gagnée enregistre le montant de la vente : demandez à un collègue."
    ),
}
FR_BY_CONTEXT: dict[tuple[str, str], str] = {
    ("OpportunityList", k): v
    for k, v in FR.items()
    if k.startswith("Opportunities:")
} | {("OpportunityDialog", k): v for k, v in FR.items() if not k.startswith("Opportunities:")}

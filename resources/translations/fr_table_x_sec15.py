"""French for the amounts hidden from a Restricted role everywhere money shows (issue 15)."""

from __future__ import annotations

FR_BY_CONTEXT: dict[tuple[str, str], str] = {
    ("Campaigns", "hidden for your role"): "masqué pour votre rôle",
    (
        "TargetingView",
        "Your role does not see amounts: the targeting analysis is not shown.",
    ): "Votre rôle ne voit pas les montants : l'analyse de ciblage n'est pas affichée.",
    (
        "PipelineTab",
        "<b>%1</b>: open opportunities: %2 · amounts hidden for your role",
    ): "<b>%1</b> : opportunités ouvertes : %2 · montants masqués pour votre rôle",
    ("KanbanBoard", "Amounts hidden for your role"): "Montants masqués pour votre rôle",
    (
        "ForecastTab",
        "Your role does not see amounts: the forecast is not shown.",
    ): "Votre rôle ne voit pas les montants : les prévisions ne sont pas affichées.",
}
FR: dict[str, str] = {}

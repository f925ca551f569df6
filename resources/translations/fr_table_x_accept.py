"""French for the acceptance fixes where issues 14, 15 and 16 meet."""

from __future__ import annotations

FR = {
    "Your role does not see amounts: the pipeline is not shown.": (
        "Votre rôle ne voit pas les montants : le pipeline n'est pas affiché."
    ),
}
FR_BY_CONTEXT = {
    ("HomeView", "Your role does not see amounts: the pipeline is not shown."): (
        "Votre rôle ne voit pas les montants : le pipeline n'est pas affiché."
    ),
}

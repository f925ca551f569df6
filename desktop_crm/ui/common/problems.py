"""Readable, translated texts for the problem codes the domain reports (FieldProblem)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_crm.domain.errors import FieldProblem


def problem_label(code: str) -> str:
    labels = {
        "email_typo": "Possible e-mail typo",
        "email_invalid": "Invalid e-mail",
        "phone_too_short": "Phone too short",
        "phone_too_long": "Phone too long",
        "phone_invalid": "Impossible phone number",
        "phone_not_a_number": "Not a phone number",
        "postcode_invalid": "Invalid French postcode",
        "postcode_missing": "Postcode missing",
        "city_missing": "City missing",
        "too_long": "Value too long",
        "date_invalid": "Invalid date",
        "required": "No name, company or e-mail",
        "control_chars": "Control characters removed",
    }
    return QCoreApplication.translate("ImportWizard", labels.get(code, code))


def problem_text(problem: FieldProblem) -> str:
    """The problem in the user's language, with its suggestion when there is one."""
    label = problem_label(problem.code)
    if label == problem.code:  # a code without a label: the domain's own words
        label = QCoreApplication.translate("FieldProblems", problem.message)
    return label + (f" → {problem.suggestion}" if problem.suggestion else "")

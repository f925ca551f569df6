"""The import's reasons in the user's language: field labels instead of codes, and the
service's report notes (``ReportNote``) said in words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_crm.domain.errors import FieldProblem
from desktop_crm.services.importing.model import ReportNote, ReportRow
from desktop_crm.ui.common.problems import problem_label, problem_text
from desktop_crm.ui.importing.fields import field_labels

# Called "translate" so that pyside6-lupdate finds every literal below.
translate = QCoreApplication.translate


def field_label(code: str) -> str:
    """The translated label of an import field ("phone_business" -> "Tél. bureau")."""
    return field_labels().get(code) or _field_label(code)


def _field_label(code: str) -> str:
    from desktop_crm.domain.fields import field

    try:
        return translate("ImportFields", field(code).full_label)
    except KeyError:
        return code


def problem_line(problem: FieldProblem) -> str:
    """ "E-mail : faute de frappe possible → jean@gmail.com"."""
    return (
        translate("ImportReport", "%1: %2")
        .replace("%1", field_label(problem.field))
        .replace("%2", problem_text(problem))
    )


def file_line_label(label: str) -> str:
    """A duplicate's label: "line 4" (an earlier row of the file) in the user's language."""
    if label.startswith("line ") and label[5:].isdigit():
        return translate("ImportReport", "line %1").replace("%1", label[5:])
    return label


def note_text(note: ReportNote) -> str:
    """One reason of the import report in the user's language."""
    if note.kind == "problem":
        return problem_line(FieldProblem(note.field, note.code, note.text, note.suggestion))
    if note.kind == "skipped_for":
        return translate("ImportReport", "skipped for: %1").replace(
            "%1", ", ".join(problem_label(code) for code in note.codes)
        )
    if note.kind == "skipped_by_user":
        return translate("ImportReport", "skipped by you")
    if note.kind == "duplicate":
        if note.contact_id is not None:
            where = (
                translate("ImportReport", "contact #%1 %2")
                .replace("%1", str(note.contact_id))
                .replace("%2", note.text)
                .strip()
            )
        else:
            where = file_line_label(note.text)
        template = (
            translate("ImportReport", "same e-mail as %1")
            if note.code == "email"
            else translate("ImportReport", "same company, name and phone as %1")
        )
        return template.replace("%1", where)
    if note.kind == "empty_row":
        return translate("ImportReport", "empty row")
    if note.kind == "skipped_group":
        return translate(
            "ImportReport",
            "skipped: this card describes a group of contacts; its members are imported "
            "from their own cards",
        )
    if note.kind == "added_to_groups":
        return translate("ImportReport", "added to the groups %1").replace(
            "%1", ", ".join(note.codes)
        )
    if note.kind == "company_exists":
        return translate("ImportReport", "skipped: company #%1 already has this name").replace(
            "%1", str(note.contact_id)
        )
    if note.kind == "company_in_file":
        return translate("ImportReport", "skipped: an earlier card of the file has this name")
    if note.kind == "company_created":
        return translate(
            "ImportReport", "created as company #%1 (the card describes an organisation)"
        ).replace("%1", str(note.contact_id))
    if note.kind == "suppressed":
        from desktop_crm.ui.privacy.consent_texts import channel_names

        return translate("ImportReport", "on the suppression list: stays objected for %1").replace(
            "%1", channel_names(note.codes)
        )
    return note.english()


def report_reasons(row: ReportRow) -> str:
    """The reasons of a report line (the English text for a report without notes)."""
    if not row.notes:
        return row.reasons
    return "; ".join(note_text(note) for note in row.notes)

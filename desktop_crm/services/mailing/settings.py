"""Stored mailing settings: document templates, sender identity, custom sheets, offsets.

Templates live in the ``document_template`` table; the rest are team settings in
``app_setting`` (JSON values, never passwords).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from desktop_crm.domain.cleaning import without_controls
from desktop_crm.domain.errors import FieldProblem, NotFoundError, ValidationError
from desktop_crm.domain.text import clean
from desktop_crm.domain.wording import CAMPAIGN, say
from desktop_crm.printing.fields import Sender
from desktop_crm.printing.letters import LetterSettings, LetterTemplate
from desktop_crm.printing.merge import fields_in
from desktop_crm.printing.sheets import LabelSheet, sheet_from_dict
from desktop_crm.storage.models import AppSetting, DocumentTemplate, User
from desktop_crm.storage.uow import UnitOfWork

KINDS = ("letter", "email")
SENDER_KEY = "mailing.sender"
SHEETS_KEY = "printing.custom_sheets"
OFFSETS_KEY = "printing.offsets"


@dataclass(frozen=True)
class TemplateView:
    """A stored letter or e-mail template as plain values."""

    id: int | None
    kind: str
    name: str
    subject: str = ""
    body_html: str = ""
    body_text: str = ""
    settings: dict[str, Any] | None = None
    version: int = 0

    @property
    def fields(self) -> tuple[str, ...]:
        return fields_in(" ".join((self.subject, self.body_html, self.body_text)))


def _view(row: DocumentTemplate) -> TemplateView:
    settings = json.loads(row.settings_json) if row.settings_json else {}
    return TemplateView(
        row.id,
        row.kind,
        row.name,
        row.subject or "",
        row.body_html or "",
        row.body_text or "",
        settings,
        row.version,
    )


def list_templates(uow: UnitOfWork, kind: str | None = None) -> list[TemplateView]:
    query = select(DocumentTemplate).order_by(DocumentTemplate.kind, DocumentTemplate.name)
    if kind:
        query = query.where(DocumentTemplate.kind == kind)
    return [_view(row) for row in uow.session.scalars(query)]


def get_template(uow: UnitOfWork, kind: str, name: str) -> TemplateView:
    row = uow.session.scalar(
        select(DocumentTemplate).where(DocumentTemplate.kind == kind, DocumentTemplate.name == name)
    )
    if row is None:
        known = ", ".join(t.name for t in list_templates(uow, kind)) or say(CAMPAIGN, "none yet")
        missing = (
            say(CAMPAIGN, "No letter template named '{name}' (known: {known}).")
            if kind == "letter"
            else say(CAMPAIGN, "No email template named '{name}' (known: {known}).")
            if kind == "email"
            else say(CAMPAIGN, "No {kind} template named '{name}' (known: {known}).")
        )
        raise NotFoundError(missing.format(kind=kind, name=name, known=known))
    return _view(row)


def save_template(uow: UnitOfWork, template: TemplateView) -> TemplateView:
    """Create or update a template (by id, else by kind and name)."""
    name = clean(template.name)
    problems: list[FieldProblem] = []
    if template.kind not in KINDS:
        problems.append(FieldProblem("kind", "invalid", f"Kind must be one of {KINDS}."))
    if not name:
        problems.append(FieldProblem("name", "required", "A template needs a name."))
    if template.kind == "email" and not clean(template.subject):
        problems.append(FieldProblem("subject", "required", "An e-mail needs a subject."))
    if problems:
        raise ValidationError(problems)
    row = uow.session.get(DocumentTemplate, template.id) if template.id else None
    if row is None:
        row = uow.session.scalar(
            select(DocumentTemplate).where(
                DocumentTemplate.kind == template.kind, DocumentTemplate.name == name
            )
        )
    if row is None:
        row = DocumentTemplate(kind=template.kind, name=name)
        uow.session.add(row)
    row.name = name or ""
    # Control characters go (``domain.cleaning``); the bodies keep their lines and tabs.
    row.subject = without_controls(template.subject or "") or None
    row.body_html = without_controls(template.body_html or "", multiline=True) or None
    row.body_text = without_controls(template.body_text or "", multiline=True) or None
    row.settings_json = json.dumps(template.settings or {}, ensure_ascii=False)
    uow.session.flush()
    return _view(row)


def delete_template(uow: UnitOfWork, template_id: int) -> None:
    row = uow.session.get(DocumentTemplate, template_id)
    if row is not None:
        uow.session.delete(row)
        uow.session.flush()


def template_for_letter(uow: UnitOfWork, name: str) -> LetterTemplate:
    view = get_template(uow, "letter", name)
    return LetterTemplate(
        view.name, view.body_html, view.body_text, LetterSettings.from_dict(view.settings)
    )


def _get_json(uow: UnitOfWork, key: str) -> Any:
    row = uow.session.get(AppSetting, key)
    return json.loads(row.value) if row is not None and row.value else None


def _set_json(uow: UnitOfWork, key: str, value: Any) -> None:
    row = uow.session.get(AppSetting, key)
    if row is None:
        row = AppSetting(key=key)
        uow.session.add(row)
    row.value = json.dumps(value, ensure_ascii=False)
    uow.session.flush()


def load_sender(uow: UnitOfWork) -> Sender:
    """The company identity from the settings, signed by the current team member.

    The person's own name, title, phone and e-mail (their identity) win over the saved
    sender's; the login is never used as a name.
    """
    from desktop_crm.domain.phones import format_phone

    data = _get_json(uow, SENDER_KEY) or {}
    user = uow.session.get(User, uow.user_id) if uow.user_id else None
    named = user is not None and bool(user.display_name) and user.display_name != user.login
    return Sender(
        name=(user.display_name if user is not None and named else "") or data.get("name", ""),
        title=(user.title if user is not None and user.title else "") or data.get("title", ""),
        email=(user.email if user and user.email else data.get("email", "")),
        phone=(format_phone(user.phone) if user is not None and user.phone else "")
        or data.get("phone", ""),
        signature=(user.signature if user and user.signature else "") or "",
        company=data.get("company", ""),
        address_lines=tuple(data.get("address_lines", ())),
        footer=data.get("footer", ""),
        country=data.get("country", "FR"),
    )


def save_sender(uow: UnitOfWork, sender: Sender) -> None:
    _set_json(
        uow,
        SENDER_KEY,
        {
            "name": sender.name,
            "title": sender.title,
            "email": sender.email,
            "phone": sender.phone,
            "company": sender.company,
            "address_lines": list(sender.address_lines),
            "footer": sender.footer,
            "country": sender.country,
        },
    )


def custom_sheets(uow: UnitOfWork) -> tuple[LabelSheet, ...]:
    """Sheets the team defined ("Nouvelle étiquette"), checked like the catalogue's."""
    return tuple(sheet_from_dict(row, custom=True) for row in _get_json(uow, SHEETS_KEY) or [])


def save_custom_sheet(uow: UnitOfWork, sheet: LabelSheet) -> LabelSheet:
    """Add or replace a custom sheet (same code); raises ValidationError if impossible."""
    checked = sheet_from_dict({**sheet.to_dict(), "custom": True})
    rows = [s.to_dict() for s in custom_sheets(uow) if s.code != checked.code]
    rows.append(checked.to_dict())
    _set_json(uow, SHEETS_KEY, rows)
    return checked


def delete_custom_sheet(uow: UnitOfWork, code: str) -> None:
    _set_json(uow, SHEETS_KEY, [s.to_dict() for s in custom_sheets(uow) if s.code != code])


def printer_offset(uow: UnitOfWork, printer: str) -> tuple[float, float]:
    """The X/Y correction (mm) measured for ``printer`` with a test print."""
    value = (_get_json(uow, OFFSETS_KEY) or {}).get(printer)
    return (float(value[0]), float(value[1])) if value else (0.0, 0.0)


def save_printer_offset(uow: UnitOfWork, printer: str, offset_x: float, offset_y: float) -> None:
    offsets = _get_json(uow, OFFSETS_KEY) or {}
    offsets[printer] = [round(offset_x, 2), round(offset_y, 2)]
    _set_json(uow, OFFSETS_KEY, offsets)

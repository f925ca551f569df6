"""Notes on contacts and companies: timestamped, signed, editable."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from desktop_crm.domain.errors import ConflictError, FieldProblem, NotFoundError, ValidationError
from desktop_crm.domain.roles import Permission
from desktop_crm.domain.text import clean_multiline
from desktop_crm.domain.wording import RECORD, say
from desktop_crm.services.users.audit import record_deletion
from desktop_crm.services.users.permissions import require
from desktop_crm.storage.models import Note, User, utcnow
from desktop_crm.storage.uow import UnitOfWork


@dataclass(frozen=True)
class NoteView:
    """A note as the UI shows it."""

    id: int
    version: int
    noted_at: dt.datetime
    text: str
    author: str | None
    contact_id: int | None
    company_id: int | None


def _check(text: str) -> str:
    value = clean_multiline(text)
    if not value:
        raise ValidationError([FieldProblem("text", "required", "A note cannot be empty.")])
    return value


def _author(uow: UnitOfWork, note: Note) -> str | None:
    user = uow.session.get(User, note.user_id) if note.user_id else None
    return user.display_name if user else None


def list_notes(
    uow: UnitOfWork, *, contact_id: int | None = None, company_id: int | None = None
) -> list[NoteView]:
    """Notes of a contact or a company, newest first."""
    stmt = select(Note, User.display_name).outerjoin(User, User.id == Note.user_id)
    if contact_id is not None:
        stmt = stmt.where(Note.contact_id == contact_id)
    if company_id is not None:
        stmt = stmt.where(Note.company_id == company_id)
    stmt = stmt.order_by(Note.noted_at.desc(), Note.id.desc())
    return [
        NoteView(n.id, n.version, n.noted_at, n.text, author, n.contact_id, n.company_id)
        for n, author in uow.session.execute(stmt)
    ]


def add_note(
    uow: UnitOfWork,
    text: str,
    *,
    contact_id: int | None = None,
    company_id: int | None = None,
    private: bool = False,
) -> NoteView:
    """Store a new note signed by the current user, time-stamped now (``private``: seen by
    its author only, on a team database)."""
    note = Note(
        text=_check(text),
        contact_id=contact_id,
        company_id=company_id,
        user_id=uow.user_id,
        noted_at=utcnow(),
        private=private,
    )
    uow.session.add(note)
    uow.session.flush()
    return NoteView(
        note.id, note.version, note.noted_at, note.text, _author(uow, note), contact_id, company_id
    )


def update_note(uow: UnitOfWork, note_id: int, expected_version: int, text: str) -> NoteView:
    """Change a note's text unless a colleague changed it first."""
    note = uow.session.get(Note, note_id)
    if note is None:
        raise NotFoundError(say(RECORD, "Note #{id} does not exist any more.").format(id=note_id))
    if note.version != expected_version:
        raise ConflictError(
            "Note", note_id, note.text[:40], theirs={"text": note.text}, their_version=note.version
        )
    note.text = _check(text)
    uow.session.flush()
    return NoteView(
        note.id,
        note.version,
        note.noted_at,
        note.text,
        _author(uow, note),
        note.contact_id,
        note.company_id,
    )


def delete_note(uow: UnitOfWork, note_id: int) -> None:
    require(uow, Permission.DELETE)
    note = uow.session.get(Note, note_id)
    if note is not None:
        record_deletion(uow, "note", note_id, note.text[:80], private=bool(note.private))
        uow.session.delete(note)
        uow.session.flush()

"""Who is using the program: the person's identity, and the team's user rows.

On SQLite (one person) the first start asks "who are you" instead of showing the operating
system's login anywhere: the answer fills the current ``app_user`` row (name, initials, job
title, phone, e-mail, signature) and the company details every letter and e-mail sends from
(the mailing sender settings). The administration dialog lists and edits every user row; on
PostgreSQL the logins themselves are created by ``desktop-crm users add``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from sqlalchemy import func, select

from desktop_crm.domain.emails import check_network_email
from desktop_crm.domain.errors import FieldProblem, NotFoundError, ValidationError
from desktop_crm.domain.phones import check_phone, format_phone
from desktop_crm.domain.roles import Permission, Role
from desktop_crm.domain.text import clean
from desktop_crm.domain.wording import TEAM, say
from desktop_crm.services.users.permissions import require
from desktop_crm.storage.models import User
from desktop_crm.storage.uow import UnitOfWork

# ACT!'s four roles as stored values; what each may do is enforced elsewhere (domain/roles.py).
USER_ROLES = tuple(role.value for role in Role)
MAX_INITIALS = 8


def _text(value: str | None) -> str:
    return clean(value) or ""


def compute_initials(name: str) -> str:
    """ "Jean-Pierre Martin" -> "JPM", "claire d'Aubigné" -> "CA": one letter a word part."""
    letters = []
    for part in re.split(r"[\s\-'’.]+", name.strip()):
        for char in part:
            if char.isalpha():
                letters.append(char.upper())
                break
    initials = "".join(letters)[:MAX_INITIALS]
    return unicodedata.normalize("NFC", initials)


def identity_is_set(display_name: str | None, login: str, initials: str | None) -> bool:
    """Whether a person typed their identity (a name that is not the login, initials)."""
    name = (display_name or "").strip()
    return bool(name) and name != login and bool((initials or "").strip())


@dataclass(frozen=True)
class Identity:
    """The person using the program and the company their letters and e-mails come from."""

    name: str = ""
    initials: str = ""
    title: str = ""
    phone: str = ""
    email: str = ""
    signature: str = ""
    company: str = ""
    address_lines: tuple[str, ...] = ()
    footer: str = ""
    country: str = "FR"


def _me(uow: UnitOfWork) -> User:
    user_id = uow.db.user_id
    user = uow.session.get(User, user_id) if user_id is not None else None
    if user is None:
        raise NotFoundError(
            say(
                TEAM,
                "This database has no user row for you (it is open read-only): open a "
                "writable copy to set your identity.",
            )
        )
    return user


def identity_needed(uow: UnitOfWork) -> bool:
    """True until the current person has told who they are (first start)."""
    user_id = uow.db.user_id
    user = uow.session.get(User, user_id) if user_id is not None else None
    return user is not None and not identity_is_set(user.display_name, user.login, user.initials)


def load_identity(uow: UnitOfWork) -> Identity:
    """The current person's identity; never the login as a name (blank until typed)."""
    from desktop_crm.services.mailing.settings import load_sender  # pulls reportlab

    user = _me(uow)
    sender = load_sender(uow)
    name = user.display_name if user.display_name != user.login else ""
    return Identity(
        name=name or "",
        initials=user.initials or "",
        title=user.title or sender.title,
        phone=format_phone(user.phone) if user.phone else sender.phone,
        email=user.email or sender.email,
        signature=user.signature or "",
        company=sender.company,
        address_lines=sender.address_lines,
        footer=sender.footer,
        country=sender.country,
    )


def _checked_email(raw: str, problems: list[FieldProblem]) -> str | None:
    if not raw.strip():
        return None
    check = check_network_email(raw)  # alice@societe.local is a team member's real address
    if check.normalised is None:
        problems.append(
            FieldProblem(
                "email",
                "email_invalid",
                f"The e-mail address {raw.strip()!r} is not valid: correct it or leave it empty.",
                check.suggestion,
            )
        )
        return None
    return check.normalised


def _checked_phone(raw: str, problems: list[FieldProblem]) -> str | None:
    if not raw.strip():
        return None
    check = check_phone(raw)
    if check.e164 is None:
        problems.append(
            FieldProblem(
                "phone",
                check.code or "phone_invalid",
                f"The phone number {raw.strip()!r} is not valid ({check.message}) "
                "correct it or leave it empty.",
            )
        )
        return None
    return check.e164


def save_identity(uow: UnitOfWork, identity: Identity) -> Identity:
    """Store who the person is on their user row and the company details on the sender."""
    user = _me(uow)
    problems: list[FieldProblem] = []
    name = _text(identity.name)
    if not name:
        problems.append(
            FieldProblem("name", "required", "Type your name: it signs your letters and history.")
        )
    initials = _text(identity.initials).upper() or compute_initials(name)
    if len(initials) > MAX_INITIALS:
        problems.append(
            FieldProblem("initials", "too_long", f"Initials are {MAX_INITIALS} letters at most.")
        )
    email = _checked_email(identity.email, problems)
    phone = _checked_phone(identity.phone, problems)
    if problems:
        raise ValidationError(problems)
    user.display_name = name[:120]
    user.initials = initials
    user.title = _text(identity.title)[:120] or None
    user.phone = phone
    user.email = email
    user.signature = identity.signature.strip() or None
    uow.session.flush()
    from desktop_crm.services.mailing.settings import load_sender, save_sender

    current = load_sender(uow)
    save_sender(
        uow,
        replace(
            current,
            name=user.display_name,
            title=user.title or "",
            email=email or "",
            phone=format_phone(phone) if phone else "",
            company=_text(identity.company),
            address_lines=tuple(_text(line) for line in identity.address_lines if _text(line)),
            footer=_text(identity.footer),
            country=(_text(identity.country) or "FR").upper(),
        ),
    )
    return load_identity(uow)


# --- the team's user rows (administration dialog) ------------------------------------------


@dataclass(frozen=True)
class UserRecord:
    """One team member as the administration dialog shows and edits it."""

    id: int | None
    login: str
    display_name: str
    initials: str = ""
    email: str = ""
    phone: str = ""
    title: str = ""
    team: str = ""
    role: str = "standard"
    active: bool = True
    signature: str = ""
    is_me: bool = False


@dataclass(frozen=True)
class TeamList:
    """The users, the backend ("sqlite"/"postgresql") and the current user's id."""

    users: tuple[UserRecord, ...]
    backend: str
    me: int | None


def _record(user: User, me: int | None) -> UserRecord:
    return UserRecord(
        id=user.id,
        login=user.login,
        # Never the login as a name: an unnamed row shows blank until someone names it.
        display_name=user.display_name if user.display_name != user.login else "",
        initials=user.initials or "",
        email=user.email or "",
        phone=format_phone(user.phone) if user.phone else "",
        title=user.title or "",
        team=user.team or "",
        role=user.role or "standard",
        active=bool(user.active),
        signature=user.signature or "",
        is_me=user.id == me,
    )


def list_team(uow: UnitOfWork) -> TeamList:
    """Every user row (active first, then by name)."""
    me = uow.db.user_id
    rows = uow.session.scalars(
        select(User).order_by(User.active.desc(), func.lower(User.display_name), User.id)
    )
    return TeamList(tuple(_record(u, me) for u in rows), uow.db.backend, me)


def save_user(uow: UnitOfWork, record: UserRecord) -> UserRecord:
    """Create (``id`` None) or update a user row; the login is kept once created.
    Administrators only (the role table's "manage users")."""
    require(uow, Permission.MANAGE_USERS)
    problems: list[FieldProblem] = []
    name = _text(record.display_name)
    login = _text(record.login)
    if not name:
        problems.append(FieldProblem("display_name", "required", "Type the person's name."))
    if record.role not in USER_ROLES:
        problems.append(
            FieldProblem("role", "invalid", f"The role must be one of {', '.join(USER_ROLES)}.")
        )
    user = uow.session.get(User, record.id) if record.id is not None else None
    if record.id is not None and user is None:
        raise NotFoundError(say(TEAM, "This user no longer exists: reload the list."))
    if user is None:
        if not login:
            problems.append(
                FieldProblem("login", "required", "Type a login (letters and digits, no space).")
            )
        elif not re.fullmatch(r"[A-Za-z0-9_.\-]{1,80}", login):
            problems.append(
                FieldProblem(
                    "login",
                    "invalid",
                    f"The login {login!r} may hold letters, digits, '.', '-' and '_' only.",
                )
            )
        elif uow.session.scalar(select(User.id).where(func.lower(User.login) == login.lower())):
            problems.append(FieldProblem("login", "taken", f"The login {login!r} is already used."))
    me = uow.db.user_id
    if user is not None and user.id == me and not record.active:
        problems.append(FieldProblem("active", "self", "You cannot make yourself inactive."))
    initials = _text(record.initials).upper() or compute_initials(name)
    if len(initials) > MAX_INITIALS:
        problems.append(
            FieldProblem("initials", "too_long", f"Initials are {MAX_INITIALS} letters at most.")
        )
    email = _checked_email(record.email, problems)
    phone = _checked_phone(record.phone, problems)
    if problems:
        raise ValidationError(problems)
    if user is None:
        user = User(login=login, display_name=name)
        uow.session.add(user)
    user.display_name = name[:120]
    user.initials = initials
    user.email = email
    user.phone = phone
    user.title = _text(record.title)[:120] or None
    user.team = _text(record.team)[:120] or None
    user.role = record.role
    user.active = record.active
    user.signature = record.signature.strip() or None
    uow.session.flush()
    return _record(user, me)

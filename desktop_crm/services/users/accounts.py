"""Team members: list, add (with their PostgreSQL login), disable, change role, whoami."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, text

from desktop_crm.domain.errors import DomainError, NotFoundError
from desktop_crm.domain.roles import PERMISSION_TEXT, Permission, Role, allowed, parse_role
from desktop_crm.domain.wording import TEAM, say
from desktop_crm.services.users.permissions import current_role, require
from desktop_crm.storage import team
from desktop_crm.storage.models import User
from desktop_crm.storage.uow import UnitOfWork


@dataclass(frozen=True)
class UserRow:
    id: int
    login: str
    display_name: str
    email: str | None
    role: str
    active: bool
    has_login: bool | None  # PostgreSQL: a login role exists; None on SQLite

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "login": self.login,
            "display_name": self.display_name,
            "email": self.email,
            "role": self.role,
            "active": self.active,
            "has_login": self.has_login,
        }


def _row(uow: UnitOfWork, user: User) -> UserRow:
    conn = uow.session.connection()
    has_login = team.login_exists(conn, user.login) if team.is_postgresql(conn) else None
    return UserRow(
        user.id, user.login, user.display_name, user.email, user.role, user.active, has_login
    )


def list_users(uow: UnitOfWork) -> list[UserRow]:
    users = uow.session.scalars(select(User).order_by(User.id)).all()
    return [_row(uow, u) for u in users]


def find_user(uow: UnitOfWork, login_or_id: str) -> User:
    text_value = (login_or_id or "").strip()
    user = uow.session.scalar(select(User).where(User.login == text_value))
    if user is None and text_value.lstrip("#").isdigit():
        user = uow.session.get(User, int(text_value.lstrip("#")))
    if user is None:
        raise NotFoundError(
            say(
                TEAM, "There is no user '{login_or_id}'. 'desktop-crm users list' shows the team."
            ).format(login_or_id=login_or_id)
        )
    return user


def _team_database(uow: UnitOfWork) -> bool:
    """PostgreSQL with ``team setup`` done; a clear refusal on PostgreSQL without it."""
    conn = uow.session.connection()
    if not team.is_postgresql(conn):
        return False
    if not team.team_enabled(conn):
        raise DomainError(
            say(
                TEAM,
                "This PostgreSQL database is not set up for a team yet: run 'desktop-crm "
                "team setup --db URL' with the account that owns it first.",
            ),
            code="invalid",
        )
    return True


def add_user(
    uow: UnitOfWork,
    login: str,
    role: str = "standard",
    *,
    name: str | None = None,
    email: str | None = None,
    password: str | None = None,
) -> UserRow:
    """Add a team member (or give an existing app user a login / a new role).

    On a team database this also creates the PostgreSQL login role, member of the role's
    group; on SQLite it only adds the row (the file has one person using it).
    """
    require(uow, Permission.MANAGE_USERS)
    chosen = parse_role(role)
    address = _checked_email(email)
    on_server = _team_database(uow)
    value = team.check_login(login) if on_server else (login or "").strip()
    if not value:
        raise DomainError(say(TEAM, "Give the new user's login name."), code="invalid")
    if not value.isprintable():  # a line break or a control character typed by mistake
        raise DomainError(
            say(
                TEAM,
                "A login cannot hold line breaks or control characters: type it on one line.",
            ),
            code="invalid",
        )
    user = uow.session.scalar(select(User).where(User.login == value))
    if user is None:
        user = User(login=value, display_name=(name or value).strip(), role=chosen.value)
        uow.session.add(user)
    else:
        user.role = chosen.value
        user.active = True
        if name:
            user.display_name = name.strip()
    if email is not None:
        user.email = address
    uow.session.flush()
    if on_server:
        team.ensure_login(uow.session.connection(), value, chosen, password)
    return _row(uow, user)


def _checked_email(email: str | None) -> str | None:
    """The address to store (``None`` for an empty one); a sentence for one that is not an
    address ("pas-mail" was stored as typed), with the likely address when there is one."""
    if email is None or not email.strip():
        return None
    from desktop_crm.domain.emails import check_network_email

    check = check_network_email(email)  # alice@societe.local is a colleague's real address
    if check.normalised is not None:
        return check.normalised
    if check.suggestion:
        raise DomainError(
            say(
                TEAM,
                "'{email}' is not an e-mail address (did you mean {suggestion}?): type it "
                "again, or leave it out.",
            ).format(email=email.strip(), suggestion=check.suggestion),
            code="invalid",
        )
    raise DomainError(
        say(
            TEAM,
            "'{email}' is not an e-mail address: type it like jean@example.fr, or leave it out.",
        ).format(email=email.strip()),
        code="invalid",
    )


def set_role(uow: UnitOfWork, login: str, role: str) -> UserRow:
    require(uow, Permission.MANAGE_USERS)
    chosen = parse_role(role)
    user = find_user(uow, login)
    _refuse_last_admin(uow, user, chosen)
    user.role = chosen.value
    uow.session.flush()
    if _team_database(uow) and team.login_exists(uow.session.connection(), user.login):
        team.ensure_login(uow.session.connection(), user.login, chosen, None)
    return _row(uow, user)


def disable_user(uow: UnitOfWork, login: str) -> UserRow:
    """Mark the user inactive and, on a team database, remove its right to log in.

    Their records stay theirs: reassign them with ``desktop-crm reassign``.
    """
    require(uow, Permission.MANAGE_USERS)
    user = find_user(uow, login)
    _refuse_last_admin(uow, user, None)
    user.active = False
    uow.session.flush()
    if _team_database(uow):
        team.disable_login(uow.session.connection(), user.login)
    return _row(uow, user)


def _refuse_last_admin(uow: UnitOfWork, user: User, new_role: Role | None) -> None:
    if user.role != Role.ADMINISTRATOR.value or new_role is Role.ADMINISTRATOR:
        return
    others = uow.session.scalar(
        text(
            "SELECT count(*) FROM app_user WHERE role = 'administrator' AND active AND id <> :id"
        ).bindparams(id=user.id)
    )
    if not others:
        raise DomainError(
            say(
                TEAM,
                "'{login}' is the last administrator: make someone else administrator "
                "first, or nobody could manage the team any more.",
            ).format(login=user.login),
            code="invalid",
        )


@dataclass(frozen=True)
class WhoAmI:
    login: str
    user_id: int | None
    display_name: str | None
    role: str
    backend: str
    team: bool
    may: list[str]
    hidden_fields: list[str]

    def as_dict(self) -> dict[str, object]:
        return dict(self.__dict__)


def whoami(uow: UnitOfWork) -> WhoAmI:
    from desktop_crm.domain.roles import FIELD_SECURITY, hidden_fields

    role = current_role(uow)
    user_id = uow.db.user_id
    user = uow.session.get(User, user_id) if user_id is not None else None
    hidden = sorted(
        f"{table}.{column}"
        for table in {t for (t, _c) in FIELD_SECURITY}
        for column in hidden_fields(role, table)
    )
    return WhoAmI(
        login=user.login if user is not None else uow.db.user_login,
        user_id=user_id,
        display_name=user.display_name if user is not None else None,
        role=role.value,
        backend=uow.db.backend,
        team=uow.db.team,
        may=[PERMISSION_TEXT[p] for p in Permission if allowed(role, p)],
        hidden_fields=hidden,
    )

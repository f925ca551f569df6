"""The team's roles (ACT!'s four), what each may do, and which fields each may see or edit.

One table in code, the same table in the README ("Sharing one database with the team"); the
services check it (``services/users/permissions.py``) and, on PostgreSQL, the server enforces
the row and column parts of it (``storage/team.py``).

Private records: a private contact, company, note, history entry or activity is visible to
its record manager only. As in ACT!, this includes administrators: an administrator sees
every PUBLIC record, never a colleague's private one (the database owner account used for
``team setup`` and upgrades is a maintenance account, not a team member).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop_crm.domain.errors import DomainError
from desktop_crm.domain.wording import TEAM, say


class Role(StrEnum):
    ADMINISTRATOR = "administrator"
    MANAGER = "manager"
    STANDARD = "standard"
    RESTRICTED = "restricted"

    @property
    def label(self) -> str:
        return self.value.capitalize()

    @property
    def name_for_user(self) -> str:
        """The role's name in the user's language (the users dialog's words: "Restreint")."""
        return say("UsersDialog", self.label)


class Permission(StrEnum):
    MANAGE_USERS = "manage_users"  # add users, change roles, disable, reassign records
    EDIT_FIELDS = "edit_fields"  # define custom fields, pick lists and processes
    SEE_ALL_PUBLIC = "see_all_public"  # every public record, whoever manages it
    REPORTS_ACROSS_USERS = "reports_across_users"  # reports and filters on colleagues' work
    DELETE = "delete"  # delete records (contacts, companies, groups, notes, history...)
    EXPORT = "export"  # export, print lists and labels out of the database
    MERGE = "merge"  # merge duplicates


_A, _M, _S, _R = Role.ADMINISTRATOR, Role.MANAGER, Role.STANDARD, Role.RESTRICTED

# THE table: which role may do what. The README shows it (test_roles checks they agree).
PERMISSIONS: dict[Permission, frozenset[Role]] = {
    Permission.MANAGE_USERS: frozenset({_A}),
    Permission.EDIT_FIELDS: frozenset({_A}),
    Permission.SEE_ALL_PUBLIC: frozenset({_A, _M, _S, _R}),
    Permission.REPORTS_ACROSS_USERS: frozenset({_A, _M}),
    Permission.DELETE: frozenset({_A, _M, _S}),
    Permission.EXPORT: frozenset({_A, _M, _S}),
    Permission.MERGE: frozenset({_A, _M, _S}),
}

PERMISSION_TEXT: dict[Permission, str] = {
    Permission.MANAGE_USERS: "manage users and reassign records",
    Permission.EDIT_FIELDS: "define fields, pick lists and sales processes",
    Permission.SEE_ALL_PUBLIC: "see every public record",
    Permission.REPORTS_ACROSS_USERS: "run reports across users",
    Permission.DELETE: "delete records",
    Permission.EXPORT: "export records",
    Permission.MERGE: "merge duplicates",
}

# The command line's French (``cli/labels.py``); the window's French is the Qt catalogue's
# (contexts "UsersDialog" and "Permissions"), with the same words.
ROLE_LABELS_FR: dict[Role, str] = {
    Role.ADMINISTRATOR: "Administrateur",
    Role.MANAGER: "Responsable",
    Role.STANDARD: "Standard",
    Role.RESTRICTED: "Restreint",
}
PERMISSION_TEXT_FR: dict[Permission, str] = {
    Permission.MANAGE_USERS: "gérer les utilisateurs et réattribuer les fiches",
    Permission.EDIT_FIELDS: "définir les champs, les listes de choix et les processus de vente",
    Permission.SEE_ALL_PUBLIC: "voir toutes les fiches publiques",
    Permission.REPORTS_ACROSS_USERS: "faire des rapports sur le travail des collègues",
    Permission.DELETE: "supprimer des fiches",
    Permission.EXPORT: "exporter des fiches",
    Permission.MERGE: "fusionner des doublons",
}


class Access(StrEnum):
    EDIT = "edit"
    READ_ONLY = "read_only"
    HIDDEN = "hidden"


# Field-level security: (table, column) -> the roles for which it is read-only or hidden.
# Fields not listed are editable by everybody who may edit the record. On PostgreSQL a hidden
# column is not readable at all by the role's logins (column privileges).
FIELD_SECURITY: dict[tuple[str, str], dict[Role, Access]] = {
    ("contact", "potential"): {_R: Access.HIDDEN},
    ("contact", "record_manager_id"): {_R: Access.READ_ONLY},
    ("company", "record_manager_id"): {_R: Access.READ_ONLY},
    ("contact", "id_status"): {_R: Access.READ_ONLY},
    # Revenue: what an opportunity, its product lines and the sales are worth.
    ("opportunity", "amount"): {_R: Access.HIDDEN},
    ("opportunity_line", "unit_price"): {_R: Access.HIDDEN},
    ("opportunity_line", "amount"): {_R: Access.HIDDEN},
    ("sale", "amount"): {_R: Access.HIDDEN},
    ("sale", "margin"): {_R: Access.HIDDEN},
}

# Tables whose rows have a record manager (``record_manager_id``; activities: the user the
# activity is scheduled for) and tables whose rows can be private.
MANAGED_TABLES: dict[str, str] = {
    "contact": "record_manager_id",
    "company": "record_manager_id",
    "contact_group": "record_manager_id",
    "opportunity": "record_manager_id",
    "activity": "scheduled_for_id",
}
# Private rows: table -> the column naming whose they are.
PRIVATE_TABLES: dict[str, str] = {
    "contact": "record_manager_id",
    "company": "record_manager_id",
    "note": "user_id",
    "history": "user_id",
    "activity": "scheduled_for_id",
}


def parse_role(text: str) -> Role:
    """A role from its name (any case); a clear error naming the four otherwise."""
    value = (text or "").strip().lower()
    for role in Role:
        if value in (role.value, role.label.lower()):
            return role
    names = ", ".join(r.value for r in Role)
    raise DomainError(
        say(TEAM, "Unknown role '{text}': use one of {names}.").format(text=text, names=names),
        code="invalid",
    )


def allowed(role: Role | str, permission: Permission) -> bool:
    return Role(role) in PERMISSIONS[permission]


def field_access(role: Role | str, table: str, column: str) -> Access:
    return FIELD_SECURITY.get((table, column), {}).get(Role(role), Access.EDIT)


def hidden_fields(role: Role | str, table: str) -> frozenset[str]:
    """The columns of ``table`` that ``role`` may not see."""
    r = Role(role)
    return frozenset(
        column
        for (tbl, column), rules in FIELD_SECURITY.items()
        if tbl == table and rules.get(r) is Access.HIDDEN
    )


def read_only_fields(role: Role | str, table: str) -> frozenset[str]:
    """The columns of ``table`` that ``role`` may see but not change (hidden ones included)."""
    r = Role(role)
    return frozenset(
        column
        for (tbl, column), rules in FIELD_SECURITY.items()
        if tbl == table and rules.get(r) in (Access.READ_ONLY, Access.HIDDEN)
    )


class PermissionDenied(DomainError):
    """The user's role does not allow the action."""

    code = "forbidden"


@dataclass(frozen=True)
class Denial:
    role: Role
    permission: Permission

    def message(self) -> str:
        """The refusal in the user's language (English on the command line)."""
        return say(
            "Refusals",
            "Your role ({0}) does not allow you to {1}. Ask an administrator if you need to.",
        ).format(self.role.name_for_user, say("Permissions", PERMISSION_TEXT[self.permission]))


def check(role: Role | str, permission: Permission) -> None:
    """Raise ``PermissionDenied`` naming the role when it may not do ``permission``."""
    r = Role(role)
    if not allowed(r, permission):
        raise PermissionDenied(
            Denial(r, permission).message(), role=r.value, permission=permission.value
        )


def read_only_refusal(role: Role, labels: list[str]) -> PermissionDenied:
    """The refusal of a change to fields ``role`` may only read (``labels``: the fields' names
    as the user sees them)."""
    text = say(
        "Refusals",
        "Your role ({0}) may not change {1}: nothing was saved. "
        "Ask an administrator if it must change.",
    ).format(role.name_for_user, ", ".join(labels))
    return PermissionDenied(text, role=role.value)


def markdown_table() -> str:
    """The permissions table as the README shows it."""
    roles = list(Role)
    lines = [
        "| Permission | " + " | ".join(r.label for r in roles) + " |",
        "|---|" + "---|" * len(roles),
    ]
    for permission in Permission:
        marks = " | ".join("yes" if allowed(r, permission) else "no" for r in roles)
        lines.append(f"| {PERMISSION_TEXT[permission]} | {marks} |")
    return "\n".join(lines)

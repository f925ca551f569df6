"""The roles table: one in code, the same in the README; field security rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_crm.domain.errors import DomainError
from desktop_crm.domain.roles import (
    Access,
    Permission,
    PermissionDenied,
    Role,
    allowed,
    check,
    field_access,
    hidden_fields,
    markdown_table,
    parse_role,
    read_only_fields,
)

README = Path(__file__).resolve().parents[2] / "README.md"


def test_the_readme_shows_the_table_of_the_code() -> None:
    assert markdown_table() in README.read_text(encoding="utf-8")


def test_restricted_cannot_delete_export_or_merge_and_says_so() -> None:
    for permission in (Permission.DELETE, Permission.EXPORT, Permission.MERGE):
        assert not allowed(Role.RESTRICTED, permission)
        assert allowed(Role.STANDARD, permission)
        with pytest.raises(PermissionDenied, match=r"Your role \(Restricted\)"):
            check(Role.RESTRICTED, permission)
    check(Role.ADMINISTRATOR, Permission.MANAGE_USERS)
    with pytest.raises(PermissionDenied, match="Manager"):
        check(Role.MANAGER, Permission.MANAGE_USERS)


def test_only_administrators_manage_and_managers_report_across_users() -> None:
    assert [r for r in Role if allowed(r, Permission.MANAGE_USERS)] == [Role.ADMINISTRATOR]
    assert [r for r in Role if allowed(r, Permission.REPORTS_ACROSS_USERS)] == [
        Role.ADMINISTRATOR,
        Role.MANAGER,
    ]


def test_field_security() -> None:
    assert field_access(Role.RESTRICTED, "contact", "potential") is Access.HIDDEN
    assert field_access(Role.STANDARD, "contact", "potential") is Access.EDIT
    assert "potential" in hidden_fields("restricted", "contact")
    assert hidden_fields(Role.ADMINISTRATOR, "contact") == frozenset()
    assert {"potential", "record_manager_id"} <= read_only_fields(Role.RESTRICTED, "contact")


def test_role_names() -> None:
    assert parse_role(" Manager ") is Role.MANAGER
    with pytest.raises(DomainError, match="administrator, manager, standard, restricted"):
        parse_role("boss")

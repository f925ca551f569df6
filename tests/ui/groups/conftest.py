"""The groups view tests share the contact tests' seeded database and context."""

from tests.ui.contacts.conftest import context, seeded_db  # noqa: F401

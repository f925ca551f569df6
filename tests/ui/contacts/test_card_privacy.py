"""The card's record manager line and "Private" box (a file: its one user may change it)."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from desktop_crm.services.contacts.lookup import lookup_ids
from desktop_crm.storage.uow import Database
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.contacts.card import ContactCard
from tests.ui.conftest import settle

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]


def test_the_card_shows_the_manager_and_makes_the_contact_private(
    qtbot, seeded_db: Database, context: AppContext
) -> None:
    with seeded_db.uow(write=False) as uow:
        jean = lookup_ids(uow, "lefevre jean")[0]
    with seeded_db.engine.connect() as conn:
        name = conn.execute(
            text(
                "SELECT u.display_name FROM contact c JOIN app_user u "
                "ON u.id = c.record_manager_id WHERE c.id = :i"
            ),
            {"i": jean},
        ).scalar()
    assert name  # the creator is the record manager
    card = ContactCard(context)
    qtbot.addWidget(card)
    card.show()
    with qtbot.waitSignal(card.contact_shown):
        card.show_contact(jean)
    settle(qtbot, context)
    box = card.privacy
    assert box.isVisible() and name in box.manager.text()
    assert not box.private.isChecked() and box.private.isEnabled()
    box.private.click()
    settle(qtbot, context)
    with seeded_db.engine.connect() as conn:
        stored = conn.execute(text("SELECT private FROM contact WHERE id = :i"), {"i": jean})
        assert bool(stored.scalar())
    assert box.private.isChecked()
    card.show_contact(None)
    settle(qtbot, context)
    assert not box.isVisible()

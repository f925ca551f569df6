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
    with seeded_db.engine.begin() as conn:
        manager = conn.execute(
            text("SELECT record_manager_id FROM contact WHERE id = :i"), {"i": jean}
        ).scalar()
        assert manager is not None  # the creator is the record manager
        # the person said who they are (a new user's name is blank until then)
        conn.execute(
            text("UPDATE app_user SET display_name = 'Jeanne Gérante' WHERE id = :u"),
            {"u": manager},
        )
    name = "Jeanne Gérante"
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


@pytest.mark.postgres
def test_a_restricted_login_sees_hidden_and_read_only_fields_greyed(
    qtbot, pg_server, pg_url: str, tmp_path
) -> None:
    from desktop_crm.services.contacts.records import create_contact
    from tests.integration.team_helpers import team_database
    from tests.ui.conftest import make_context

    with team_database(pg_server, pg_url) as team:
        made = team.db("ann").run(create_contact, {"last_name": "Public", "potential": "Large"})
        context = make_context(team.db("rex"), tmp_path)
        card = ContactCard(context)
        qtbot.addWidget(card)
        card.show()
        with qtbot.waitSignal(card.contact_shown):
            card.show_contact(made.value.id)
        settle(qtbot, context)
        potential = card.form.editors["potential"]
        assert not potential.isEnabled() and card.form.field_value("potential") is None
        assert not card.form.editors["id_status"].isEnabled()
        assert card.form.editors["city"].isEnabled()
        assert "Ann Archer" in card.privacy.manager.text()
        assert not card.privacy.private.isEnabled()  # Ann's record: only she may
        context.ops.wait()

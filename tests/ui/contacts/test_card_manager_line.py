"""The card's record manager line in French: a colleague without a name is shown by their
login, a record nobody manages says so (never "Gestionnaire : personne")."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from desktop_crm.services.contacts.lookup import lookup_ids
from desktop_crm.storage.uow import Database
from desktop_crm.ui import i18n
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.contacts.card import ContactCard
from tests.ui.conftest import settle

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]


@pytest.fixture
def french(qapp: QApplication) -> Iterator[QApplication]:
    i18n.install(qapp, "fr")
    yield qapp
    i18n.install(qapp, "en")


def _line(qtbot, context: AppContext, contact_id: int) -> str:  # type: ignore[no-untyped-def]
    card = ContactCard(context)
    qtbot.addWidget(card)
    card.show()
    with qtbot.waitSignal(card.contact_shown):
        card.show_contact(contact_id)
    settle(qtbot, context)
    assert card.privacy.isVisible()
    return card.privacy.manager.text()


def test_an_unnamed_manager_is_shown_by_login_and_no_manager_says_so(
    qtbot, french: QApplication, seeded_db: Database, context: AppContext
) -> None:
    with seeded_db.uow(write=False) as uow:
        jean = lookup_ids(uow, "lefevre jean")[0]
    with seeded_db.engine.begin() as conn:
        manager = conn.execute(
            text("SELECT record_manager_id FROM contact WHERE id = :i"), {"i": jean}
        ).scalar()
        login = conn.execute(text("SELECT login FROM app_user WHERE id = :u"), {"u": manager})
        login = login.scalar()
        conn.execute(text("UPDATE app_user SET display_name = '' WHERE id = :u"), {"u": manager})
    assert login
    line = _line(qtbot, context, jean)
    assert line == f"Gestionnaire : {login}"
    with seeded_db.engine.begin() as conn:
        conn.execute(text("UPDATE contact SET record_manager_id = NULL WHERE id = :i"), {"i": jean})
    line = _line(qtbot, context, jean)
    assert line == "Aucun gestionnaire"
    assert "personne" not in line

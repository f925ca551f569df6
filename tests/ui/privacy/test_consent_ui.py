"""The card's Consent tab (current state and history) and "Change consent…" for one contact
or a selection: entries are added through the operation runner, never on the GUI thread."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_crm.services.contacts.records import create_contact
from desktop_crm.services.privacy.consent import contact_ledger, record_entry
from desktop_crm.storage.uow import Database
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.privacy.consent_dialog import ConsentDialog
from desktop_crm.ui.privacy.consent_tab import ConsentLedgerTab
from tests.ui.conftest import make_context, settle


@pytest.fixture
def context(sqlite_db: Database, tmp_path: Path) -> Iterator[AppContext]:
    yield make_context(sqlite_db, tmp_path)


def _people(db: Database) -> list[int]:
    with db.uow() as uow:
        ids = [
            create_contact(uow, {"first_name": "Jean", "last_name": "Dupont"}).id,
            create_contact(uow, {"first_name": "Anne", "last_name": "Martin"}).id,
        ]
        uow.commit()
    return ids


def test_tab_shows_current_state_and_history(
    qtbot: QtBot, context: AppContext, sqlite_db: Database
) -> None:
    jean, _anne = _people(sqlite_db)
    sqlite_db.run(record_entry, jean, "email", "opt_in", source="Salon", basis="consent")
    sqlite_db.run(record_entry, jean, "email", "opt_out", source="Appel")
    tab = ConsentLedgerTab(context)
    qtbot.addWidget(tab)
    tab.set_owner("contact", jean)
    settle(qtbot, context)
    assert tab.current.rowCount() == 4  # e-mail, phone, post, SMS
    assert tab.history.rowCount() == 2
    first = [tab.history.data(tab.history.index(0, c)) for c in range(4)]
    assert first[2:4] == ["Objection", "Appel"]  # newest first
    state = [tab.current.data(tab.current.index(0, c)) for c in range(4)]
    assert state[0] == "E-mail" and state[1] == "Objection"


def test_dialog_adds_one_entry_per_selected_contact(
    qtbot: QtBot, context: AppContext, sqlite_db: Database
) -> None:
    ids = _people(sqlite_db)
    dialog = ConsentDialog(context, ids, channel="post")
    qtbot.addWidget(dialog)
    dialog.status.setCurrentIndex(dialog.status.findData("opt_out"))
    dialog.source.setText("Courrier recommandé du 28/11")
    dialog.proof.setText("Scan du courrier")
    dialog.basis.setCurrentIndex(dialog.basis.findData("legitimate_interest"))
    with qtbot.waitSignal(dialog.accepted):
        dialog.save()
    settle(qtbot, context)
    for contact_id in ids:
        post = {s.channel: s for s in sqlite_db.read(contact_ledger, contact_id)}["post"]
        assert post.status == "opt_out"
        assert post.source == "Courrier recommandé du 28/11"
        assert post.basis == "legitimate_interest"
        assert len(post.history) == 1


def test_dialog_refuses_an_entry_without_source(
    qtbot: QtBot, context: AppContext, sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = _people(sqlite_db)
    dialog = ConsentDialog(context, ids[:1])
    qtbot.addWidget(dialog)
    warned: list[str] = []
    monkeypatch.setattr(
        "desktop_crm.ui.privacy.consent_dialog.QMessageBox.warning",
        lambda _parent, _title, text: warned.append(text),
    )
    dialog.save()
    settle(qtbot, context)
    assert warned and "source" in warned[0]
    assert all(not s.history for s in sqlite_db.read(contact_ledger, ids[0]))

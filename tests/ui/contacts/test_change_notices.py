"""The contacts view follows change notices: no view is stale after a write, no refresh call."""

from __future__ import annotations

import pytest
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from desktop_crm.domain.constants import HistoryType
from desktop_crm.services.contacts.companies import create_company, update_company
from desktop_crm.services.contacts.lookup import lookup_ids
from desktop_crm.services.contacts.records import get_contact
from desktop_crm.services.mailing.postal import record_mailing
from desktop_crm.storage.models import Contact
from desktop_crm.storage.uow import Database, UnitOfWork
from desktop_crm.ui.calls.call_dialog import CallDialog
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.contacts.workspace import ContactWorkspace
from tests.ui.conftest import settle

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]


def _jean(db: Database) -> int:
    with db.uow(write=False) as uow:
        return int(lookup_ids(uow, "lefevre jean")[0])


@pytest.fixture
def workspace(qtbot: QtBot, seeded_db: Database, context: AppContext) -> ContactWorkspace:
    """The workspace shown (so the list paints and reads its pages), on Jean Lefèvre."""
    widget = ContactWorkspace(context)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    qtbot.waitExposed(widget)
    with qtbot.waitSignal(widget.status_changed):
        widget.start()
    settle(qtbot, context)
    widget.open_contact(_jean(seeded_db))
    qtbot.waitUntil(lambda: widget.card.contact is not None)
    settle(qtbot, context)
    assert widget.card.contact is not None and widget.card.contact.id == _jean(seeded_db)
    return widget


def _cell(workspace: ContactWorkspace, contact_id: int, field: str) -> object:
    model = workspace.list.model
    row = model.row_of(contact_id)
    assert row >= 0
    return model.index(row, model.columns.index(field)).data()


def _history_types(workspace: ContactWorkspace) -> list[str]:
    return [e.type for e in workspace.card.history_tab.entries]


def test_a_logged_call_shows_in_the_history_and_the_list_row(
    qtbot: QtBot, workspace: ContactWorkspace, seeded_db: Database, context: AppContext
) -> None:
    jean = _jean(seeded_db)
    assert _cell(workspace, jean, "last_reach") is None
    assert HistoryType.CALL_REACHED.value not in _history_types(workspace)

    def answer(cid, label, regarding, phone=None):  # type: ignore[no-untyped-def]
        dialog = CallDialog(cid, label, regarding, phone)
        qtbot.addWidget(dialog)
        dialog.regarding.setCurrentText("Relance")
        return dialog.call_input()

    workspace.card.ask_call = answer
    with qtbot.waitSignal(workspace.card.call_logged):
        assert workspace.log_call() is True
    settle(qtbot, context)
    # No refresh call: the change notice reloaded the card's history and the list row.
    assert workspace.card.tabs.currentWidget() is workspace.card.history_tab
    # Found by type, not position: the call is dated to the second (the business clock's
    # precision), the same second as the contact's creation by the fixture.
    types = _history_types(workspace)
    assert HistoryType.CALL_REACHED.value in types
    row = types.index(HistoryType.CALL_REACHED.value)
    assert workspace.card.history_tab.model.index(row, 3).data() == "Relance"
    assert _cell(workspace, jean, "last_reach")  # shown as a date
    assert workspace.card.contact is not None and workspace.card.contact.last_reach is not None
    assert workspace.card.form.system_labels["last_reach"].text() != "—"


def test_a_saved_edit_updates_its_row_without_a_new_lookup(
    qtbot: QtBot, workspace: ContactWorkspace, seeded_db: Database, context: AppContext
) -> None:
    jean = _jean(seeded_db)
    assert _cell(workspace, jean, "city") == "Lyon"
    lookups: list[tuple[str, int]] = []
    workspace.list.lookup_finished.connect(lambda text, count: lookups.append((text, count)))
    pages_before = workspace.list.model.cached_pages()
    workspace.card.form.editors["city"].setText("Villeurbanne")  # type: ignore[attr-defined]
    with qtbot.waitSignal(workspace.card.saved):
        assert workspace.save() is True
    settle(qtbot, context)
    assert _cell(workspace, jean, "city") == "Villeurbanne"
    assert lookups == []  # one row changed: its page was read again, not the whole lookup
    assert workspace.list.model.cached_pages() == pages_before
    assert seeded_db.read(get_contact, jean).city == "Villeurbanne"


def test_the_count_follows_a_created_then_a_deleted_contact(
    qtbot: QtBot, workspace: ContactWorkspace, context: AppContext
) -> None:
    assert workspace.status() == ("", 301)
    workspace.new_record()
    workspace.card.form.editors["first_name"].setText("Zoé")  # type: ignore[attr-defined]
    workspace.card.form.editors["last_name"].setText("Zylberstein")  # type: ignore[attr-defined]
    with qtbot.waitSignal(workspace.status_changed) as blocker:
        assert workspace.save() is True
    assert blocker.args == ["", 302]
    settle(qtbot, context)
    card = workspace.card.contact
    assert card is not None and card.last_name == "Zylberstein"
    assert workspace.list.current_id() == card.id  # the list is on the new contact
    assert workspace.selected_contact_ids() == [card.id]

    workspace.card.confirm = lambda _title, _text: True
    with qtbot.waitSignal(workspace.status_changed) as blocker:
        assert workspace.delete_current() is True
    assert blocker.args == ["", 301]
    settle(qtbot, context)
    assert workspace.status() == ("", 301)
    found: list[list[int]] = []
    workspace.lookup_contact_ids(found.append)
    settle(qtbot, context)
    assert len(found[0]) == 301 and card.id not in found[0]


def test_history_written_by_another_operation_shows_on_the_open_card(
    qtbot: QtBot, workspace: ContactWorkspace, seeded_db: Database, context: AppContext
) -> None:
    jean = _jean(seeded_db)
    assert HistoryType.LETTER_SENT.value not in _history_types(workspace)
    # A mailing run (another view's operation) writes a letter into Jean's history.
    context.ops.run(record_mailing, [jean], HistoryType.LETTER_SENT, "Relance devis")
    qtbot.waitUntil(lambda: HistoryType.LETTER_SENT.value in _history_types(workspace))
    settle(qtbot, context)
    entry = workspace.card.history_tab.entries[0]
    assert (entry.type, entry.regarding) == (HistoryType.LETTER_SENT.value, "Relance devis")
    assert workspace.card.contact is not None and workspace.card.contact.last_letter is not None


def test_an_edit_elsewhere_does_not_overwrite_unsaved_edits(
    qtbot: QtBot, workspace: ContactWorkspace, seeded_db: Database, context: AppContext
) -> None:
    jean = _jean(seeded_db)
    workspace.card.form.editors["job_title"].setText("Gérant")  # type: ignore[attr-defined]
    context.ops.run(record_mailing, [jean], HistoryType.LETTER_SENT, "Relance devis")
    qtbot.waitUntil(lambda: HistoryType.LETTER_SENT.value in _history_types(workspace))
    settle(qtbot, context)
    assert workspace.card.form.field_value("job_title") == "Gérant"
    assert workspace.card.is_dirty()
    with qtbot.waitSignal(workspace.card.saved):  # the version moved: resolved at save
        workspace.save()
    settle(qtbot, context)
    assert seeded_db.read(get_contact, jean).job_title == "Gérant"


def _link(uow: UnitOfWork, contact_id: int, company_id: int, name: str) -> None:
    contact = uow.session.get(Contact, contact_id)
    assert contact is not None
    contact.company_id, contact.company_name = company_id, name


def test_a_company_renamed_elsewhere_shows_on_the_list_and_the_open_card(
    qtbot: QtBot, workspace: ContactWorkspace, seeded_db: Database, context: AppContext
) -> None:
    jean = _jean(seeded_db)
    company = seeded_db.run(create_company, {"name": "Zéphyr Conseil"}).value
    context.ops.run(_link, jean, company.id, "Zéphyr Conseil")
    qtbot.waitUntil(lambda: _cell(workspace, jean, "company_name") == "Zéphyr Conseil")
    settle(qtbot, context)
    # Unsaved edits on the card while the company is renamed (the Companies view's save).
    workspace.card.form.editors["job_title"].setText("Gérant")  # type: ignore[attr-defined]
    context.ops.run(update_company, company.id, company.version, {"name": "Zéphyr Conseil SAS"})
    qtbot.waitUntil(lambda: _cell(workspace, jean, "company_name") == "Zéphyr Conseil SAS")
    settle(qtbot, context)
    assert workspace.card.form.field_value("job_title") == "Gérant"
    # Saving the card keeps the new company name: the contact's version moved, and the
    # save is resolved field by field.
    with qtbot.waitSignal(workspace.card.saved):
        workspace.save()
    settle(qtbot, context)
    saved = seeded_db.read(get_contact, jean)
    assert (saved.job_title, saved.company_name) == ("Gérant", "Zéphyr Conseil SAS")
    assert workspace.card.form.field_value("company_name") == "Zéphyr Conseil SAS"
    assert _cell(workspace, jean, "company_name") == "Zéphyr Conseil SAS"


def test_the_models_pass_the_model_tester(
    qtbot: QtBot, workspace: ContactWorkspace, context: AppContext
) -> None:
    card = workspace.card
    models = [
        workspace.list.model,
        card.history_tab.model,
        card.notes_tab.model,
        card.activities_tab.model,
        card.opportunities_tab.model,
        card.groups_tab.model,
        card.consent_tab.current,
        card.consent_tab.history,
    ]
    testers = [
        QAbstractItemModelTester(m, QAbstractItemModelTester.FailureReportingMode.Fatal)
        for m in models
    ]
    for index in range(card.tabs.count()):  # every tab loads (and resets) its model
        card.tabs.setCurrentIndex(index)
        settle(qtbot, context)
    with qtbot.waitSignal(workspace.list.lookup_finished):
        workspace.list.lookup_edit.setText("lef")
    settle(qtbot, context)
    workspace.list.model.refresh_rows()
    settle(qtbot, context)
    assert workspace.list.model.rowCount() > 2 and len(testers) == len(models)


def test_open_contact_clears_a_lookup_that_hides_it(
    qtbot: QtBot, workspace: ContactWorkspace, seeded_db: Database, context: AppContext
) -> None:
    with qtbot.waitSignal(workspace.status_changed):
        workspace.list.lookup_edit.setText("martin")
    settle(qtbot, context)
    jean = _jean(seeded_db)
    assert workspace.list.model.row_of(jean) < 0
    with qtbot.waitSignal(workspace.status_changed) as blocker:
        workspace.open_contact(jean)
    assert blocker.args == ["", 301]
    settle(qtbot, context)
    assert workspace.list.current_id() == jean
    assert workspace.card.contact is not None and workspace.card.contact.id == jean
    assert workspace.shown_lookup() == ""


def test_quick_moves_end_on_the_last_contact_chosen(
    qtbot: QtBot, workspace: ContactWorkspace, context: AppContext
) -> None:
    start = workspace.list.current_id()
    workspace.list.select_row(5)
    workspace.list.select_row(6)
    workspace.list.select_id(start)  # type: ignore[arg-type]
    settle(qtbot, context)
    assert workspace.card.contact is not None and workspace.card.contact.id == start
    workspace.list.select_row(7)
    settle(qtbot, context)
    assert workspace.card.contact.id == workspace.list.model.id_at(7)

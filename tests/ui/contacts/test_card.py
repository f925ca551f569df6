"""The contact card: checks while typing, saving, undo, conflicts, delete, navigation."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from desktop_crm.services.contacts import history
from desktop_crm.services.contacts.lookup import lookup_ids
from desktop_crm.services.contacts.records import get_contact, update_contact
from desktop_crm.storage.uow import Database
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.contacts.card import ContactCard
from desktop_crm.ui.contacts.conflict_dialog import ConflictDialog
from desktop_crm.ui.contacts.workspace import ContactWorkspace
from tests.ui.conftest import settle

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]


def _jean(db: Database) -> int:
    with db.uow(write=False) as uow:
        return lookup_ids(uow, "lefevre jean")[0]


@pytest.fixture
def card(qtbot, seeded_db: Database, context: AppContext) -> ContactCard:
    widget = ContactCard(context)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.contact_shown):
        widget.show_contact(_jean(seeded_db))
    settle(qtbot, context)
    return widget


def test_email_typo_hint_and_phone_formatted_as_typed(qtbot, card: ContactCard) -> None:
    email = card.form.editors["email2"]
    qtbot.keyClicks(email, "martin@yahho.fr")
    assert "yahoo.fr" in email.hint.text()  # type: ignore[attr-defined]
    email.hint.suggestion_accepted.emit("martin@yahoo.fr")  # type: ignore[attr-defined]
    assert email.text() == "martin@yahoo.fr"  # type: ignore[attr-defined]
    phone = card.form.editors["phone_home"]
    qtbot.keyClicks(phone, "0472001122")
    assert phone.text() == "04 72 00 11 22"  # type: ignore[attr-defined]
    assert card.form.field_value("phone_home") == "+33472001122"


def test_invalid_values_block_the_save_then_a_fix_saves_with_history(
    qtbot, card: ContactCard, seeded_db: Database, context: AppContext
) -> None:
    card.form.editors["city"].setText("Villeurbanne")  # type: ignore[attr-defined]
    card.form.editors["email"].setText("jean@")  # type: ignore[attr-defined]
    messages: list[str] = []
    card.message.connect(messages.append)
    assert card.save() is False
    assert card.form.editors["email"].property("problem")
    assert messages and "E-mail" in messages[-1]
    with seeded_db.uow(write=False) as uow:
        assert get_contact(uow, card.contact.id).city == "Lyon"  # type: ignore[union-attr]
    card.form.editors["email"].setText("jean.lefevre@orange.fr")  # type: ignore[attr-defined]
    assert card.is_dirty()
    with qtbot.waitSignal(card.saved):
        assert card.save() is True
    settle(qtbot, context)
    assert not card.is_dirty()
    with seeded_db.uow(write=False) as uow:
        saved = get_contact(uow, card.contact.id)  # type: ignore[union-attr]
        changes = history.contact_history(uow, saved.id, types=["field_changed"])
    assert (saved.city, saved.email) == ("Villeurbanne", "jean.lefevre@orange.fr")
    assert {(e.field_name, e.old_value, e.new_value) for e in changes} == {
        ("city", "Lyon", "Villeurbanne"),
        ("email", "jean@orange.fr", "jean.lefevre@orange.fr"),
    }


def test_undo_and_redo_before_save(qtbot, card: ContactCard) -> None:
    city = card.form.editors["city"]
    qtbot.keyClicks(city, " Est")
    card.form.editors["job_title"].setText("Gérant")  # type: ignore[attr-defined]
    assert card.is_dirty()
    card.undo_action.trigger()
    assert card.form.field_value("job_title") is None
    card.undo_action.trigger()
    assert city.text() == "Lyon"  # type: ignore[attr-defined]
    assert not card.is_dirty()
    card.redo_action.trigger()
    assert city.text() == "Lyon Est"  # type: ignore[attr-defined]


def test_conflict_with_a_colleague_is_resolved_field_by_field(
    qtbot, card: ContactCard, seeded_db: Database, context: AppContext
) -> None:
    contact = card.contact
    assert contact is not None
    # A colleague saves first (another program: no change notice reaches this card).
    seeded_db.run(
        update_contact, contact.id, contact.version, {"city": "Paris", "job_title": "Directeur"}
    )
    card.form.editors["city"].setText("Marseille")  # type: ignore[attr-defined]
    card.form.editors["department"].setText("Achats")  # type: ignore[attr-defined]
    seen = []

    def resolve(label, conflicts):  # type: ignore[no-untyped-def]
        dialog = ConflictDialog(label, conflicts)
        qtbot.addWidget(dialog)
        seen.extend((c.field, c.mine, c.theirs) for c in conflicts)
        dialog.choose("city", ConflictDialog.MERGE, "Paris / Marseille")
        return dialog.resolution()

    card.resolve_conflict = resolve
    with qtbot.waitSignal(card.saved):
        assert card.save() is True
    settle(qtbot, context)
    assert seen == [("city", "Marseille", "Paris")]
    with seeded_db.uow(write=False) as uow:
        saved = get_contact(uow, contact.id)
    # Merged value, my other change, and the colleague's other change are all kept.
    assert (saved.city, saved.department, saved.job_title) == (
        "Paris / Marseille",
        "Achats",
        "Directeur",
    )


def test_cancelled_conflict_keeps_the_edit_unsaved(
    qtbot, card: ContactCard, seeded_db: Database, context: AppContext
) -> None:
    contact = card.contact
    assert contact is not None
    seeded_db.run(update_contact, contact.id, contact.version, {"city": "Paris"})
    card.form.editors["city"].setText("Marseille")  # type: ignore[attr-defined]
    card.resolve_conflict = lambda _label, _conflicts: None
    outcome: list[bool] = []
    card.save(outcome.append)
    settle(qtbot, context)
    assert outcome == [False] and card.is_dirty()
    assert card.form.field_value("city") == "Marseille"
    with seeded_db.uow(write=False) as uow:
        assert get_contact(uow, contact.id).city == "Paris"


def test_conflict_dialog_buttons(qtbot) -> None:
    from desktop_crm.domain.errors import FieldConflict

    dialog = ConflictDialog(
        "Jean",
        [
            FieldConflict("city", "Lyon", "Marseille", "Paris"),
            FieldConflict("phone_mobile", None, "+33612345678", "+33712345678"),
        ],
    )
    qtbot.addWidget(dialog)
    assert dialog.resolution() == {"city": "Marseille", "phone_mobile": "+33612345678"}
    dialog.choose_all(ConflictDialog.THEIRS)
    assert dialog.resolution() == {"city": "Paris", "phone_mobile": "+33712345678"}
    assert (
        dialog.findChild(type(dialog.groups["city"].button(0)), "theirs_phone_mobile").text()
        == "07 12 34 56 78"
    )
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None


def test_delete_names_what_goes_and_needs_confirmation(
    qtbot, card: ContactCard, seeded_db: Database, context: AppContext
) -> None:
    asked: list[str] = []
    card.confirm = lambda _title, text: asked.append(text) is not None and False
    assert card.delete() is True  # asked
    settle(qtbot, context)
    assert "history entries" in asked[0] and "Jean Lefèvre" in asked[0]
    assert card.contact is not None  # not confirmed: kept
    contact_id = card.contact.id  # type: ignore[union-attr]
    card.confirm = lambda _title, _text: True
    with qtbot.waitSignal(card.deleted):
        assert card.delete() is True
    with seeded_db.uow(write=False) as uow:
        assert list(lookup_ids(uow, "lefevre jean")) == []
    assert card.contact is None and contact_id > 0


def test_workspace_navigation_follows_the_lookup(
    qtbot, seeded_db: Database, context: AppContext
) -> None:
    workspace = ContactWorkspace(context)
    qtbot.addWidget(workspace)
    with qtbot.waitSignal(workspace.list.lookup_finished):
        workspace.start()
    with qtbot.waitSignal(workspace.list.lookup_finished):
        workspace.list.lookup_edit.setText("lef")
    settle(qtbot, context)
    count = workspace.list.model.rowCount()
    assert count > 2
    assert workspace.card.contact.last_name == "Lefèvre"  # type: ignore[union-attr]
    workspace.card.nav_actions["last"].trigger()
    settle(qtbot, context)
    assert workspace.card.contact.id == workspace.list.model.id_at(count - 1)  # type: ignore
    assert workspace.card.position_label.text() == f"{count} of {count}"
    workspace.card.nav_actions["previous"].trigger()
    settle(qtbot, context)
    assert workspace.card.contact.id == workspace.list.model.id_at(count - 2)  # type: ignore
    # Unsaved edits: "cancel" keeps the user on the card, "save" saves and moves on.
    workspace.card.form.editors["city"].setText("Grenoble")  # type: ignore[attr-defined]
    workspace.card.ask_leave = lambda: "cancel"
    edited_id = workspace.card.contact.id  # type: ignore[union-attr]
    workspace.card.nav_actions["first"].trigger()
    assert workspace.card.contact.id == edited_id  # type: ignore[union-attr]
    assert workspace.list.current_id() == edited_id
    workspace.card.ask_leave = lambda: "save"
    with qtbot.waitSignal(workspace.card.saved):
        workspace.card.nav_actions["first"].trigger()
    settle(qtbot, context)
    with seeded_db.uow(write=False) as uow:
        assert get_contact(uow, edited_id).city == "Grenoble"
    # Saved, then on to where the user went; the list row shows the new city.
    assert workspace.card.contact.id == workspace.list.model.id_at(0)  # type: ignore
    row = workspace.list.model.row_of(edited_id)
    workspace.list.model.index(row, 6).data()  # not painted (hidden widget): ask for it
    settle(qtbot, context)
    assert workspace.list.model.index(row, 6).data() == "Grenoble"


def test_new_contact_like_an_existing_one_offers_to_open_it(
    qtbot, seeded_db: Database, context: AppContext
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop_crm.ui.duplicates.similar_dialog import SimilarRecordsDialog

    workspace = ContactWorkspace(context)
    qtbot.addWidget(workspace)
    workspace.start()
    qtbot.waitUntil(lambda: workspace.list.model.rowCount() > 0)
    settle(qtbot, context)
    workspace.new_contact()
    workspace.card.form.editors["first_name"].setText("Jean")  # type: ignore[attr-defined]
    workspace.card.form.editors["last_name"].setText("LEFEVRE")  # type: ignore[attr-defined]
    workspace.card.form.editors["email"].setText("jean.lefevre@orange.fr")  # type: ignore
    seen: list[str] = []

    def choose_open() -> None:
        # The dialog opens once the look-alike search is back from the database thread.
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SimilarRecordsDialog):
            return
        poll.stop()
        seen.append(dialog.matches[0].label)
        dialog.open_button.click()

    poll = QTimer(workspace)
    poll.setInterval(10)
    poll.timeout.connect(choose_open)
    poll.start()
    outcome: list[bool] = []
    workspace.card.save(outcome.append)
    qtbot.waitUntil(lambda: outcome == [False])  # not created: the existing one is opened
    assert seen and "Lef" in seen[0]
    qtbot.waitUntil(lambda: workspace.card.contact is not None)
    assert workspace.card.contact.id == _jean(seeded_db)  # type: ignore[union-attr]
    with seeded_db.uow(write=False) as uow:
        assert len(lookup_ids(uow, "lefevre jean")) == 1  # no duplicate was created


def test_a_pick_list_edited_from_the_card_reaches_its_combo(
    qtbot, card: ContactCard, context: AppContext, monkeypatch
) -> None:
    from desktop_crm.ui.common.picklist_dialog import PickListDialog

    seen: list[list[str]] = []

    def edit(cls, _label, values, _parent=None):  # type: ignore[no-untyped-def]
        seen.append(list(values))
        return [*values, "Aéronautique"]

    monkeypatch.setattr(PickListDialog, "edit", classmethod(edit))
    combo = card.form.editors["industry"]
    assert card._edit_picklist(combo.key) is None  # type: ignore[attr-defined]
    settle(qtbot, context)
    assert seen  # the dialog got the stored values, read off the GUI thread
    items = [combo.itemText(i) for i in range(combo.count())]  # type: ignore[attr-defined]
    assert "Aéronautique" in items


def test_saving_twice_in_a_row_saves_once(
    qtbot, card: ContactCard, seeded_db: Database, context: AppContext
) -> None:
    card.form.editors["city"].setText("Grenoble")  # type: ignore[attr-defined]
    outcomes: list[bool] = []
    assert card.save(outcomes.append) is True
    assert card.save(outcomes.append) is True  # Ctrl+S pressed again while saving
    settle(qtbot, context)
    assert outcomes == [True, True] and not card.is_dirty()
    with seeded_db.uow(write=False) as uow:
        changes = history.contact_history(uow, card.contact.id, types=["field_changed"])  # type: ignore[union-attr]
    assert [(e.field_name, e.new_value) for e in changes] == [("city", "Grenoble")]

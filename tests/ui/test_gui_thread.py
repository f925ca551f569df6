"""A scripted session on the whole window: no statement runs on the GUI thread, and every
view shows what was just done without a refresh.

The autouse guard of tests/ui/conftest.py records statements run on the GUI thread from UI
code; this test also counts the statements that ran on the database thread, so a session
that ran no SQL at all cannot pass by accident.
"""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy.engine import Engine

from desktop_crm.domain.constants import HistoryType
from desktop_crm.services.contacts.calls import CallInput
from desktop_crm.services.contacts.records import create_contact
from desktop_crm.services.mailing.recipients import Selection
from desktop_crm.storage.uow import Database
from desktop_crm.ui.features import install_all
from desktop_crm.ui.main_window import MainWindow
from desktop_crm.ui.printing.print_dialog import PrintDialog
from tests.ui.conftest import make_context, settle

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise"),
]


def test_a_working_session_runs_no_sql_on_the_gui_thread(
    qtbot, sqlite_db: Database, tmp_path: Path, gui_thread_sql_guard
) -> None:
    with sqlite_db.uow() as uow:
        anne = create_contact(
            uow,
            {
                "first_name": "Anne",
                "last_name": "Durand",
                "address1": "3 rue de la Paix",
                "postcode": "69002",
                "city": "Lyon",
            },
        ).id
        create_contact(uow, {"first_name": "Marc", "last_name": "Bernard", "city": "Nantes"})
        uow.commit()
    threads: set[int] = set()

    def on_statement(*_args: object) -> None:
        threads.add(threading.get_ident())

    event.listen(Engine, "before_cursor_execute", on_statement)
    context = make_context(sqlite_db, tmp_path)
    window = MainWindow(context)
    qtbot.addWidget(window)
    install_all(window)
    window.show()
    try:
        contacts = window.contacts()
        qtbot.waitUntil(lambda: contacts.list.model.rowCount() == 2)

        # Open a contact: the card shows it.
        window.open_contact(anne)
        qtbot.waitUntil(
            lambda: contacts.card.contact is not None and contacts.card.contact.id == anne
        )
        settle(qtbot, context)
        history_before = contacts.card.history_tab.model.rowCount()

        # Log a call from the card: its history shows it, without a refresh.
        contacts.card.ask_call = lambda *_a, **_k: CallInput(
            contact_id=anne,
            result=HistoryType.CALL_REACHED,
            occurred_at=dt.datetime.now(dt.UTC),
            regarding="Devis maintenance",
        )
        window.log_call()
        qtbot.waitUntil(lambda: contacts.card.history_tab.model.rowCount() == history_before + 1)

        # A lookup narrows the list; the status bar says so.
        contacts.list.lookup_edit.setText("durand")
        contacts.list.run_lookup()
        qtbot.waitUntil(lambda: contacts.list.model.rowCount() == 1)
        qtbot.waitUntil(lambda: "1" in window.lookup_label.text())

        # Other views load from the database thread too.
        for key in ("tasks", "calendar", "companies", "contacts"):
            window.show_view(key)
            settle(qtbot, context)

        # Print an envelope for the open contact: the card's history shows the mailing.
        dialog = PrintDialog(context, Selection(contact_ids=(anne,)), "envelopes")
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog._loaded is not None, timeout=10000)
        count = contacts.card.history_tab.model.rowCount()
        dialog.write_pdf(tmp_path / "envelope.pdf", record=True)
        qtbot.waitUntil(lambda: contacts.card.history_tab.model.rowCount() == count + 1)
        settle(qtbot, context)
    finally:
        event.remove(Engine, "before_cursor_execute", on_statement)
        context.ops.wait()
    assert gui_thread_sql_guard.offences == []
    assert gui_thread_sql_guard.statements_off_gui > 20  # the session did reach the database
    # Every statement of the session, whoever issued it, ran off the GUI thread.
    assert threads and threading.main_thread().ident not in threads

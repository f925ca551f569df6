"""Counts of records are written as the locale writes numbers: "1 201 contacts" (a narrow
no-break space, as QLocale gives) in French, "1,201" in English; "1201" read like a year."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_crm.services.contacts.records import bulk_insert_contacts
from desktop_crm.storage.uow import Database
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.counts import count_text, grouped
from desktop_crm.ui.contacts.list_view import ContactListView
from desktop_crm.ui.duplicates import DuplicateWizard
from desktop_crm.ui.main_window import MainWindow
from tests.ui.conftest import settle
from tests.ui.contacts.conftest import context, seeded_db  # noqa: F401

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]

GROUP = {"fr": "\u202f", "en": ","}  # what QLocale puts between thousands


@pytest.fixture
def big_db(seeded_db: Database) -> Database:  # noqa: F811
    """The seeded file (301 contacts) and 900 more: 1 201."""
    more = [{"last_name": f"Zed{i:03d}", "city": "Brest"} for i in range(900)]
    with seeded_db.uow() as uow:
        bulk_insert_contacts(uow, more)
        uow.commit()
    return seeded_db


def test_count_text_groups_thousands(language: str) -> None:
    sep = GROUP[language]
    assert count_text(3090) == f"3{sep}090"
    assert count_text(151) == "151" and count_text(0) == "0"
    assert count_text(-1_000_000) == f"≈ 1{sep}000{sep}000"
    # A "%n" translation: only the count itself is grouped, not a longer number nor "%1".
    assert grouped("3090 contacts (13090 lignes, %1)", 3090) == (
        f"3{sep}090 contacts (13090 lignes, %1)"
    )
    assert grouped("12 contacts", 12) == "12 contacts"


def test_the_contact_list_and_the_status_bar_group_the_count(
    qtbot: QtBot,
    big_db: Database,
    context: AppContext,  # noqa: F811
    language: str,
) -> None:
    sep = GROUP[language]
    view = ContactListView(context)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.lookup_finished, timeout=10000):
        view.run_lookup()
    settle(qtbot, context)
    assert view.count_label.text() == (
        f"1{sep}201 contacts" if language == "fr" else f"1{sep}201 contact(s)"
    )
    window = MainWindow(context)
    qtbot.addWidget(window)
    window._show_status(("", 3090))
    assert window.lookup_label.text() == (
        f"Recherche : toutes les fiches — 3{sep}090 fiche(s)"
        if language == "fr"
        else f"Lookup: all records — 3{sep}090 record(s)"
    )


def test_the_duplicate_scan_groups_the_records_compared(
    qtbot: QtBot,
    big_db: Database,
    context: AppContext,  # noqa: F811
    language: str,
    tmp_path: Path,
) -> None:
    sep = GROUP[language]
    wizard = DuplicateWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.scan_page.isComplete(), timeout=60000)
    status = wizard.scan_page.status.text()
    assert status.startswith(
        f"1{sep}201 fiches comparées" if language == "fr" else f"1{sep}201 records compared"
    )
    wizard.reject()
    settle(qtbot, context)


def test_the_group_tree_groups_the_member_count(
    qtbot: QtBot,
    big_db: Database,
    context: AppContext,  # noqa: F811
    language: str,
) -> None:
    from desktop_crm.services.contacts.lookup import lookup_ids
    from desktop_crm.services.groups.groups import add_members, create_group
    from desktop_crm.ui.groups.view import GroupsView

    with big_db.uow() as uow:
        group_id = create_group(uow, "Tout le monde").id
        add_members(uow, group_id, list(lookup_ids(uow, "")))
        uow.commit()
    view = GroupsView(context)
    qtbot.addWidget(view)
    view.show()
    view.start()
    settle(qtbot, context)
    shown = view.tree_model.index_of(group_id, 1).data()
    assert shown == f"1{GROUP[language]}201"

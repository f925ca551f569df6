"""The Consent tab at 1400x860 in French, list beside the card: nothing scrolls sideways,
long sources are elided with the whole text in the tooltip."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from desktop_crm.services.contacts.lookup import lookup_ids
from desktop_crm.services.privacy.consent import record_entry
from desktop_crm.storage.uow import Database
from desktop_crm.ui import i18n
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.main_window import MainWindow
from tests.ui.conftest import settle

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]

ENTRIES = [
    ("email", "opt_in", "Salon Batimat 2026 (stand B12), bulletin rempli", "consent", "Bulletin"),
    ("phone", "soft_opt_in", "Client : commande n° 2026-118", "contract", None),
    ("post", "opt_in", "Formulaire web « Catalogue »", "consent", "Capture du formulaire"),
    ("email", "opt_out", "Appel téléphonique", "legitimate_interest", "Note d'appel"),
    ("sms", "opt_out", "Réponse STOP au SMS", None, "Journal de l'opérateur"),
]


@pytest.fixture
def french(qapp: QApplication) -> Iterator[QApplication]:
    i18n.install(qapp, "fr")
    yield qapp
    i18n.install(qapp, "en")


def _fits(view: QTableView) -> bool:
    return view.horizontalHeader().length() <= view.viewport().width()


def test_the_consent_tab_does_not_scroll_sideways_at_1400(
    qtbot: QtBot, french: QApplication, seeded_db: Database, context: AppContext
) -> None:
    with seeded_db.uow(write=False) as uow:
        jean = lookup_ids(uow, "lefevre jean")[0]
    for day, (channel, status, source, basis, proof) in enumerate(ENTRIES, start=1):
        seeded_db.run(
            record_entry,
            jean,
            channel,
            status,
            source=source,
            basis=basis,
            proof=proof,
            given_at=dt.datetime(2026, 3, day, 10),
        )
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1400, 860)
    window.show()
    qtbot.waitExposed(window)
    workspace = window.contacts()
    qtbot.waitUntil(lambda: workspace.list.model.rowCount() > 0)
    with qtbot.waitSignal(workspace.card.contact_shown, timeout=10000):
        workspace.open_contact(jean)
    card = workspace.card
    card.tabs.setCurrentWidget(card.consent_tab)
    settle(qtbot, context)
    tab = card.consent_tab
    qtbot.waitUntil(lambda: tab.history.rowCount() == len(ENTRIES))
    qtbot.wait(10)
    assert tab.width() < 1000  # the list is beside the card
    for view in (tab.current_view, tab.history_view):
        assert view.isVisible()
        assert _fits(view), (view.horizontalHeader().length(), view.viewport().width())
        assert view.horizontalScrollBar().maximum() == 0
    # Every row of the state is in view, three of the history at least (the card's default
    # split), and each column is wide enough to read.
    current = tab.current_view
    assert current.viewport().height() >= sum(current.rowHeight(r) for r in range(4))
    assert tab.history_view.viewport().height() >= 3 * tab.history_view.rowHeight(0)
    history = tab.history_view.horizontalHeader()
    assert all(history.sectionSize(c) >= 40 for c in range(history.count()))
    source = tab.history.index(0, 3)
    assert tab.history.data(source) == tab.history.data(source, 3)  # tooltip: whole text


def test_the_consent_tab_has_the_margins_of_the_other_tabs(
    qtbot: QtBot, seeded_db: Database, context: AppContext
) -> None:
    """Its texts and tables stood flush against the tab's edge, unlike Notes or Activities."""
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1400, 860)
    window.show()
    qtbot.waitExposed(window)
    workspace = window.contacts()
    qtbot.waitUntil(lambda: workspace.list.model.rowCount() > 0)
    card = workspace.card
    card.tabs.setCurrentWidget(card.consent_tab)
    settle(qtbot, context)
    tab = card.consent_tab
    assert tab.current_view.geometry().left() >= 4
    assert tab.change.geometry().right() <= tab.width() - 4

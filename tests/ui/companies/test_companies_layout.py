"""Companies view in French: whole company names in the list, "Nom" over the people's names."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_crm.ui import i18n
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.companies.view import CompanyWorkspace

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]


@pytest.fixture
def french(qapp: QApplication) -> Iterator[QApplication]:
    i18n.install(qapp, "fr")
    yield qapp
    i18n.install(qapp, "en")


def test_contacts_tab_names_people_nom_in_french(
    qtbot: QtBot, french: QApplication, context: AppContext
) -> None:
    view = CompanyWorkspace(context)
    qtbot.addWidget(view)
    header = view.card.contacts_model.headerData(
        0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole
    )
    assert header == "Nom"
    assert view.model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) == (
        "Société"
    )


def test_company_names_fit_their_column(qtbot: QtBot, context: AppContext) -> None:
    view = CompanyWorkspace(context)
    qtbot.addWidget(view)
    view.resize(1250, 800)
    view.show()
    qtbot.waitExposed(view)
    metrics = view.table.fontMetrics()
    margin = 12  # the cell's padding
    for name in ("SARL Boulangerie Lambert", "EURL Informatique Horizon", "Bâtiment Bonnet & Fils"):
        assert view.table.columnWidth(0) >= metrics.horizontalAdvance(name) + margin, name
    contacts = view.card.contacts_view
    assert (
        contacts.columnWidth(0)
        >= contacts.fontMetrics().horizontalAdvance("Marie-Christine Fontaine") + margin
    )
    # The whole first column is on screen, not behind the list's edge.
    assert view.table.columnWidth(0) <= view.table.viewport().width()

"""The French Groups view tells a dynamic group's query in French words (details and the
tree's tooltip), while the saved definition stays the query as typed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_crm.services.groups.groups import create_group, find_group
from desktop_crm.storage.uow import Database
from desktop_crm.ui import i18n
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.groups.view import GroupsView
from tests.ui.conftest import settle

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]

QUERY = 'last_reach older than 6 months and city = "Lyon" and has no history "letter sent"'
FRENCH = (
    "Dernier contact il y a plus de 6 mois et ville est « Lyon » et n'a aucune entrée "
    "d'historique « Lettre envoyée »"
)


@pytest.fixture
def french(qapp: QApplication) -> Iterator[QApplication]:
    i18n.install(qapp, "fr")
    yield qapp
    i18n.install(qapp, "en")


def test_the_french_groups_view_tells_the_query_in_french(
    qtbot: QtBot, french: QApplication, seeded_db: Database, context: AppContext
) -> None:
    with seeded_db.uow() as uow:
        group_id = create_group(uow, "Lyonnais à relancer", query_text=QUERY).id
        uow.commit()
    view = GroupsView(context)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    view.start()
    settle(qtbot, context)
    view.tree.setCurrentIndex(view.tree_model.index_of(group_id))
    settle(qtbot, context)
    qtbot.waitUntil(lambda: view.current is not None and view.current.node.id == group_id)
    assert view.query_label.text() == FRENCH
    # The words wrap, and the form gives them the height they wrap to (none cut off).
    label = view.query_label
    lines = label.heightForWidth(label.width()) // label.fontMetrics().lineSpacing()
    assert lines >= 2
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))
    tip = str(view.tree_model.index_of(group_id).data(Qt.ItemDataRole.ToolTipRole))
    assert FRENCH in tip and "Groupe dynamique" in tip
    with seeded_db.uow() as uow:  # the definition is kept in the query language
        stored = find_group(uow, "Lyonnais à relancer").query_text
    assert stored is not None and stored.startswith("last_reach older than 6 months and ")
    assert view.query_label.toolTip() == f"Tel qu'enregistré : {stored}"

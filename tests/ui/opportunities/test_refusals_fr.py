"""The sales processes' refusals read French in the French window, from the source.

Removing a stage that opportunities still use is refused by the service on the database
thread (``say(OPPORTUNITY, ...)``, one sentence for one opportunity, one for several) and
shown by Tools › Sales processes… in a message box; under English the same box says the
English it always said.
"""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop_crm.services.opportunities.processes import list_processes
from desktop_crm.storage.uow import Database
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.opportunities.editors import SalesProcessEditor
from tests.ui.conftest import settle
from tests.ui.refusal_boxes import box_after

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]


def test_removing_a_stage_in_use_is_refused_in_the_window_language(
    qtbot: QtBot, opp_db: Database, context: AppContext, language: str
) -> None:
    editor = SalesProcessEditor(context)
    qtbot.addWidget(editor)
    editor.show()
    settle(qtbot, context)
    qtbot.waitUntil(lambda: editor.stage_model.rowCount() == 5)
    editor.stages.selectRow(4)
    stage = editor.current_stage()
    assert stage is not None
    title, text = box_after(qtbot, editor, editor.remove_stage)
    if language == "fr":
        assert title == "Processus de vente"
        assert text == (
            f"L'étape « {stage.name} » est utilisée par 2 opportunités : déplacez-les vers "
            "une autre étape avant de supprimer celle-ci."
        )
    else:
        assert title == "Sales processes"
        assert text == (
            f"The stage '{stage.name}' is used by 2 opportunities: move them to another "
            "stage before deleting it."
        )
    settle(qtbot, context)
    with opp_db.uow(write=False) as uow:
        assert len(list_processes(uow)[0].stages) == 5  # nothing removed

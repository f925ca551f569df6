"""The import's checks page in a wizard of 1100x720 (its size on a 1400x860 screen), in
French: each kind of problem reads whole beside its choice ("Faute de frappe probabl")."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel
from pytestqt.qtbot import QtBot

from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.importing.wizard import ImportWizard
from tests.ui.conftest import settle
from tests.unit.interchange import corpus

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]


def _at_the_checks(qtbot: QtBot, context: AppContext, tmp_path: Path) -> ImportWizard:
    """A 1100x720 wizard walked to the checks page of the trade-show workbook."""
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.resize(1100, 720)
    wizard.show()
    wizard.file_page.path_edit.setText(str(corpus.trade_show_xlsx(tmp_path / "salon.xlsx")))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.sheet_page, timeout=20000)
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=20000)
    settle(qtbot, context)
    return wizard


def test_every_problem_name_reads_whole(
    qtbot: QtBot, context: AppContext, tmp_path: Path, language: str
) -> None:
    wizard = _at_the_checks(qtbot, context, tmp_path)
    page = wizard.checks_page
    assert wizard.currentPage() is page and len(page.policies) == 2
    qtbot.wait(10)
    form = page.kinds_form
    labels = []
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        if item is not None and isinstance(item.widget(), QLabel):
            labels.append(item.widget())
    assert len(labels) == 2
    for label in labels:
        assert label.width() >= label.sizeHint().width(), label.text()
    # Nothing of the page goes past its right edge.
    for box in (page.kinds_box, page.duplicates_box):
        assert box.geometry().right() <= page.width()
    wizard.reject()


def _whole_width(combo: QComboBox) -> int:
    """The width a combo box needs to show its longest choice whole."""
    twin = QComboBox()
    twin.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    twin.addItems([combo.itemText(i) for i in range(combo.count())])
    return twin.sizeHint().width()


def test_every_choice_reads_whole(
    qtbot: QtBot, context: AppContext, tmp_path: Path, language: str
) -> None:
    """At 1100 px the choices were elided ("Importer et marquer «", "Remplir seulement les
    champs vi"): the suggestions button now sits under its choice and the duplicate
    choices under their labels."""
    wizard = _at_the_checks(qtbot, context, tmp_path)
    page = wizard.checks_page
    assert "email_typo" in page.policies  # (the row with the suggestions button)
    qtbot.wait(10)
    for combo in [*page.policies.values(), page.on_duplicate, page.update_mode]:
        assert combo.width() >= _whole_width(combo), combo.currentText()
    wizard.reject()

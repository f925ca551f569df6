"""Form labels end with a colon as the other dialogs' do ("Canal :"): the call dialog and the
duplicate wizard wrote "Date", "Sens", "Chercher parmi" with none (session 8). In French the
colon has a space before it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop_crm.ui.calls.call_dialog import CallDialog
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.duplicates import DuplicateWizard

pytestmark = [pytest.mark.qt_log_level_fail("WARNING")]


def _labels(widget: QWidget) -> list[str]:
    texts = []
    for form in widget.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel) and label.text():
                texts.append(label.text())
    return texts


def _check(texts: list[str], language: str) -> None:
    assert len(texts) >= 6
    for text in texts:
        if language == "fr":
            assert text.endswith(" :") and not text.endswith("  :"), text
        else:
            assert text.endswith(":") and not text.endswith(" :"), text


def test_the_call_dialog_labels_end_with_a_colon(qtbot: QtBot, language: str) -> None:
    dialog = CallDialog(1, "Jean Lefèvre", ["Devis"], "+33140112233")
    qtbot.addWidget(dialog)
    texts = _labels(dialog)
    _check(texts, language)
    if language == "fr":
        assert {"Date :", "Sens :", "&Résultat :", "Durée :"} <= set(texts)


def test_the_duplicate_wizard_labels_end_with_a_colon(
    qtbot: QtBot, context: AppContext, language: str
) -> None:
    wizard = DuplicateWizard(context)
    qtbot.addWidget(wizard)
    texts = _labels(wizard.settings_page)
    _check(texts, language)
    if language == "fr":
        assert {"Chercher parmi :", "Champ 1 :", "Score minimal affiché :"} <= set(texts)
    wizard.context.ops.wait()


def test_every_form_label_written_in_the_sources_has_its_colon() -> None:
    """The guard: a form row labelled ``addRow(self.tr("Text"), …)`` in the window's code
    writes "Text:" ("Texte :" in French). The import wizard is another helper's and keeps its
    own layout for now."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[3] / "desktop_crm" / "ui"
    row = re.compile(r'addRow\(\s*self\.tr\("([^"]*)"\)')
    missing = [
        f"{path.relative_to(root)}: {text}"
        for path in sorted(root.rglob("*.py"))
        if "importing" not in path.parts
        for text in row.findall(path.read_text(encoding="utf-8"))
        if text and not text.endswith(":")
    ]
    assert missing == []

"""The query builder: rows and text in step, errors pointing at the word, the live count."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox
from pytestqt.qtbot import QtBot

from desktop_crm.domain.query import And, Compare, Or, Relative
from desktop_crm.services.contacts.lookup import lookup_ids
from desktop_crm.services.groups.groups import group_tree
from desktop_crm.storage.uow import Database
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.groups.dialogs import SaveLookupAnswer, SaveLookupDialog, save_lookup
from desktop_crm.ui.groups.query_builder import ConditionGroup, ConditionRow, QueryBuilder
from tests.ui.conftest import settle

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]


def _builder(qtbot: QtBot, context: AppContext, text: str = "") -> QueryBuilder:
    dialog = QueryBuilder(context, text)
    qtbot.addWidget(dialog)
    settle(qtbot, context)
    qtbot.waitUntil(lambda: dialog.root is not None)
    return dialog


def _rows(group: ConditionGroup) -> list[ConditionRow]:
    return [item for item in group.items if isinstance(item, ConditionRow)]


def test_rows_write_the_text_and_the_count_follows(
    qtbot: QtBot, seeded_db: Database, context: AppContext
) -> None:
    dialog = _builder(qtbot, context)
    assert dialog.root is not None
    row = _rows(dialog.root)[0]
    row.set_field("city", "=")
    assert row.value_editor is not None
    line = row.value_editor.widgets[0]
    assert isinstance(line, QLineEdit)
    with qtbot.waitSignal(dialog.count_shown, timeout=5000) as blocker:
        qtbot.keyClicks(line, "Lyon")
    assert dialog.text() == 'city = "Lyon"'
    assert blocker.args == [101]
    settle(qtbot, context)
    assert dialog.preview_model.rowCount() == 20
    assert "101" in dialog.count_label.text()

    # A second condition joined by OR, then a nested group with a relative date.
    second = dialog.root.add_row()
    second.set_field("city", "=")
    assert second.value_editor is not None
    second_line = second.value_editor.widgets[0]
    assert isinstance(second_line, QLineEdit)
    qtbot.keyClicks(second_line, "Nantes")
    dialog.root.join_combo.setCurrentIndex(1)
    assert dialog.text() == 'city = "Lyon" or city = "Nantes"'
    with qtbot.waitSignal(dialog.count_shown, timeout=5000) as blocker:
        pass
    assert blocker.args == [201]
    nested = dialog.root.add_group()
    inner = _rows(nested)[0]
    inner.set_field("last_reach", "older than")
    assert inner.value_editor is not None
    spin = inner.value_editor.widgets[0]
    assert isinstance(spin, QSpinBox)
    spin.setValue(3)
    # A group of one condition needs no parentheses.
    assert dialog.text() == 'city = "Lyon" or city = "Nantes" or last_reach older than 3 months'
    second_inner = nested.add_row()
    second_inner.set_field("email", "is not empty")
    assert dialog.text() == (
        'city = "Lyon" or city = "Nantes" '
        "or (last_reach older than 3 months and email is not empty)"
    )


def test_text_rebuilds_the_rows(qtbot: QtBot, seeded_db: Database, context: AppContext) -> None:
    dialog = _builder(qtbot, context)
    assert dialog.root is not None
    text = '(city = "Lyon" or city = "Nantes") and last_reach older than 6 months'
    with qtbot.waitSignal(dialog.count_shown, timeout=5000):
        dialog.text_edit.setPlainText(text)
    root = dialog.root
    assert root.join() == "and"
    assert len(root.items) == 2
    nested = root.items[0]
    assert isinstance(nested, ConditionGroup) and nested.join() == "or"
    assert [r.choice().key for r in _rows(nested)] == ["city", "city"]
    last = root.items[1]
    assert isinstance(last, ConditionRow) and last.op() == "older than"
    node = root.node()
    assert isinstance(node, And)
    assert isinstance(node.items[0], Or)
    assert node.items[0].items[1] == Compare("city", "=", "Nantes")
    assert node.items[1] == Relative("last_reach", "older than", 6, "months")
    assert dialog.rows_area.isEnabled()

    # Words the rows cannot show leave the rows read-only; the text still counts.
    with qtbot.waitSignal(dialog.count_shown, timeout=5000):
        dialog.text_edit.setPlainText('not city = "Lyon"')
    assert not dialog.rows_area.isEnabled()


def test_a_wrong_word_shows_the_sentence_and_is_highlighted(
    qtbot: QtBot, seeded_db: Database, context: AppContext
) -> None:
    dialog = _builder(qtbot, context)
    with qtbot.waitSignal(dialog.count_shown, timeout=5000) as blocker:
        dialog.text_edit.setPlainText('city = "Lyon" and citx = "Paris"')
    assert blocker.args == [-1]
    assert "citx" in dialog.error_label.text()
    assert "city" in dialog.error_label.text()  # "did you mean 'city'?"
    assert dialog.highlighted_word() == "citx"
    assert not dialog.ok_button.isEnabled()
    with qtbot.waitSignal(dialog.count_shown, timeout=5000) as blocker:
        dialog.text_edit.setPlainText('city = "Paris"')
    assert blocker.args == [100]
    assert dialog.error_label.text() == ""
    assert dialog.ok_button.isEnabled()


def test_a_missing_group_is_reported_by_the_count(
    qtbot: QtBot, seeded_db: Database, context: AppContext
) -> None:
    dialog = _builder(qtbot, context)
    with qtbot.waitSignal(dialog.count_shown, timeout=5000) as blocker:
        dialog.text_edit.setPlainText('in group "Nowhere"')
    assert blocker.args == [-1]
    assert "Nowhere" in dialog.error_label.text()


def test_choices_and_special_conditions(
    qtbot: QtBot, seeded_db: Database, context: AppContext
) -> None:
    dialog = _builder(qtbot, context, 'lookup "Martin" and has open activity')
    assert dialog.root is not None
    rows = _rows(dialog.root)
    assert [r.choice().key for r in rows] == ["@lookup", "@open_activity"]
    editor = rows[0].value_editor
    assert editor is not None and editor.values() == ["Martin"]
    assert dialog.root.node() is not None


def test_save_lookup_as_group(
    qtbot: QtBot, seeded_db: Database, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = SaveLookupDialog(context, "Martin")
    qtbot.addWidget(dialog)
    settle(qtbot, context)
    assert dialog.dynamic_radio.isChecked()
    dialog.name_edit.setText("Les Martin")
    assert dialog.answer() == SaveLookupAnswer("Les Martin", None, True)

    monkeypatch.setattr(SaveLookupDialog, "ask", classmethod(lambda cls, *a, **k: dialog.answer()))
    save_lookup(context, "Martin")
    settle(qtbot, context)
    monkeypatch.setattr(
        SaveLookupDialog,
        "ask",
        classmethod(lambda cls, *a, **k: SaveLookupAnswer("Dubois du jour", None, False)),
    )
    save_lookup(context, "Dubois")
    settle(qtbot, context)
    with seeded_db.uow() as uow:
        nodes = {n.name: n for n in group_tree(uow)}
        dubois = len(lookup_ids(uow, "Dubois"))
    assert nodes["Les Martin"].query_text == 'lookup "Martin"'
    assert nodes["Dubois du jour"].query_text is None
    assert nodes["Dubois du jour"].pinned == dubois

    # The parent list offers the groups just made.
    again = SaveLookupDialog(context, "")
    qtbot.addWidget(again)
    settle(qtbot, context)
    combo = again.parent_combo
    assert isinstance(combo, QComboBox) and combo.count() == 3
    assert not again.dynamic_radio.isEnabled()


def test_history_and_consent_rows(qtbot: QtBot, seeded_db: Database, context: AppContext) -> None:
    from desktop_crm.domain.query import parse

    text = 'has no history "letter sent" since 2026-01-15 and consent email is "opt_in"'
    dialog = _builder(qtbot, context, text)
    assert dialog.root is not None
    rows = _rows(dialog.root)
    assert [r.choice().key for r in rows] == ["@history", "@consent"]
    assert rows[0].op() == "has no history"
    assert dialog.rows_area.isEnabled()
    assert dialog.root.node() == parse(text, dialog.fields)
    # Unticking "since" drops the date from the text.
    assert rows[0].value_editor is not None
    since = rows[0].value_editor.widgets[1]
    since.setChecked(False)  # type: ignore[attr-defined]
    assert dialog.text() == 'not has history "letter sent" and consent email is "opt_in"'

"""Tools › Fields…: add, edit, reorder and remove user fields; the menu entry exists."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from desktop_crm.domain.custom_fields import CustomKind
from desktop_crm.services.contacts.records import create_contact
from desktop_crm.services.fields import custom_fields, set_values
from desktop_crm.storage.uow import Database
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.fields.dialog import FieldEditor, FieldInput, FieldsDialog
from tests.ui.conftest import make_context, settle

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]


@pytest.fixture
def context(sqlite_db: Database, tmp_path: Path) -> Iterator[AppContext]:
    made = make_context(sqlite_db, tmp_path)
    yield made
    made.ops.wait()


def _names(db: Database, record: str = "contact") -> list[str]:
    return [s.name for s in db.read(custom_fields, record)]  # type: ignore[arg-type]


def test_add_edit_move_remove(qtbot, sqlite_db: Database, context: AppContext) -> None:
    dialog = FieldsDialog(context)
    qtbot.addWidget(dialog)
    settle(qtbot, context)
    answers = [
        FieldInput("potentiel", "Potentiel", CustomKind.NUMBER, ()),
        FieldInput("salon", "Salon", CustomKind.CHOICE, ("Lyon 2026", "Paris")),
    ]
    dialog.ask_field = lambda _record, _spec: answers.pop(0)
    dialog.add_field()
    dialog.add_field()
    settle(qtbot, context)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    assert _names(sqlite_db) == ["potentiel", "salon"]
    assert dialog.model.data(dialog.model.index(1, 3)) == "Lyon 2026, Paris"
    # Edit the label and the choices of "salon".
    dialog.table.selectRow(1)
    dialog.ask_field = lambda _record, spec: FieldInput(
        spec.name, "Salon rencontré", spec.kind, ("Lyon 2026", "Nice")
    )
    dialog.edit_field()
    settle(qtbot, context)
    salon = sqlite_db.read(custom_fields, "contact")[1]
    assert (salon.label, salon.choices) == ("Salon rencontré", ("Lyon 2026", "Nice"))
    # Move it up.
    qtbot.waitUntil(lambda: dialog.current() is not None)
    dialog.move(-1)
    settle(qtbot, context)
    assert _names(sqlite_db) == ["salon", "potentiel"]
    # Remove "potentiel" (with one value), after a confirmation naming the count.
    contact = sqlite_db.run(create_contact, {"last_name": "Durand"}).value
    sqlite_db.run(set_values, "contact", contact.id, {"potentiel": "3"})
    qtbot.waitUntil(lambda: dialog.model.specs[1].name == "potentiel")
    dialog.table.selectRow(1)
    asked: list[str] = []
    dialog.confirm = lambda text: asked.append(text) or True
    dialog.remove_field()
    settle(qtbot, context)
    assert asked and "1" in asked[0] and "Potentiel" in asked[0]
    assert _names(sqlite_db) == ["salon"]
    # Company fields are listed apart.
    dialog.record_combo.setCurrentIndex(1)
    settle(qtbot, context)
    assert dialog.model.rowCount() == 0


def test_field_editor_checks_the_name_and_choices(qtbot) -> None:
    editor = FieldEditor("contact", None)
    qtbot.addWidget(editor)
    ok = editor.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    editor.name.setText("city")
    ok.click()
    assert "standard" in editor.problem.text() and editor.result() == 0
    editor.name.setText("salon")
    editor.kind.setCurrentIndex(editor.kind.findData("choice"))
    ok.click()
    assert "choice" in editor.problem.text()
    editor.choices.setPlainText("Lyon\nParis")
    editor.label.setText("Salon")
    ok.click()
    assert editor.result() == 1
    assert editor.value() == FieldInput("salon", "Salon", CustomKind.CHOICE, ("Lyon", "Paris"))


def test_tools_menu_has_fields(qtbot, context: AppContext) -> None:
    from desktop_crm.ui.features import install_all
    from desktop_crm.ui.main_window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    install_all(window)
    assert "fields" in window.extra_actions
    settle(qtbot, context)


def test_series_editor_offers_user_date_fields(qtbot) -> None:
    from desktop_crm.ui.activities.series_dialogs import SeriesEditorDialog

    dialog = SeriesEditorDialog(None, None, [("fin_contrat_maintenance", "Fin de contrat")])
    qtbot.addWidget(dialog)
    index = dialog.trigger_combo.findData("fin_contrat_maintenance")
    assert index > 0 and "Fin de contrat" in dialog.trigger_combo.itemText(index)


def test_template_editor_offers_user_fields(
    qtbot, sqlite_db: Database, context: AppContext
) -> None:
    from desktop_crm.services.fields import define_field
    from desktop_crm.ui.printing.template_editor import TemplateEditor

    sqlite_db.run(define_field, "contact", "potentiel", "number", "Potentiel")
    editor = TemplateEditor(context, "letter")
    qtbot.addWidget(editor)
    settle(qtbot, context)
    actions = [
        a
        for menu in editor.field_menu.findChildren(type(editor.field_menu))
        for a in menu.actions()
    ]
    assert "potentiel" in {a.data() for a in actions}

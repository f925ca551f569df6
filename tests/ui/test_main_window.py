"""The main window shell: views, registry, standard shortcuts, status bar, layout, databases."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLabel

from desktop_crm.services.contacts.records import create_contact
from desktop_crm.storage.location import resolve_database
from desktop_crm.storage.uow import Database
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.view import ViewWidget
from desktop_crm.ui.main_window import MainWindow, PlaceholderView
from tests.ui.conftest import make_context, settle

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]


@pytest.fixture
def context(sqlite_db: Database, tmp_path: Path) -> Iterator[AppContext]:
    with sqlite_db.uow() as uow:
        create_contact(uow, {"first_name": "Jean", "last_name": "Lefèvre"})
        create_contact(uow, {"first_name": "Élise", "last_name": "Martin"})
        uow.commit()
    context = make_context(sqlite_db, tmp_path)
    yield context
    context.ops.wait()


def _window(qtbot, context: AppContext) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    contacts = window.view("contacts")
    if contacts.list.model.rowCount() == 0:  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: contacts.list.model.rowCount() > 0)  # type: ignore
    return window


def test_views_and_status_bar(qtbot, context: AppContext) -> None:
    window = _window(qtbot, context)
    assert list(window.views) == [
        "contacts",
        "companies",
        "groups",
        "opportunities",
        "tasks",
        "calendar",
        "reports",
    ]
    assert window.current_key() == "contacts"
    assert "2" in window.lookup_label.text()
    assert context.db.name in window.db_label.text()
    assert isinstance(window.show_view("calendar"), PlaceholderView)
    companies = window.show_view("companies")
    assert window.stack.currentWidget() is companies
    window.nav.setCurrentRow(0)
    assert window.current_key() == "contacts"


def test_standard_shortcuts(qtbot, context: AppContext) -> None:
    window = _window(qtbot, context)
    a = window.actions_by_key
    assert a["new"].shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert a["save"].shortcut().toString() == "Ctrl+S"
    assert a["find"].shortcut().toString() == "Ctrl+F"
    assert a["print"].shortcut().toString() == "Ctrl+P"
    assert a["quit"].shortcut().toString() == "Ctrl+Q"
    assert a["refresh"].shortcut().toString() == "F5"
    assert a["log_call"].shortcut().toString() == "Ctrl+L"


class _LabelView(ViewWidget):
    def __init__(self, text: str) -> None:
        super().__init__()
        self.label = QLabel(text, self)

    def status(self) -> tuple[str, int] | None:
        return ("tâches", 7)


def test_registry_lets_other_features_plug_in(qtbot, context: AppContext) -> None:
    window = _window(qtbot, context)
    window.add_view("tasks", "Task list", lambda _ctx: _LabelView("real task list"))
    widget = window.show_view("tasks")
    assert isinstance(widget, _LabelView) and widget.label.text() == "real task list"
    assert "7" in window.lookup_label.text()  # the shown view's count, not the contacts'
    window.show_view("groups")
    assert window.lookup_label.text() == ""
    called: list[str] = []
    window.add_action("file", "import", "Import…", lambda: called.append("import"))
    window.extra_actions["import"].trigger()
    window.add_action("tools", "mailing", "Mailing…", lambda: called.append("mailing"))
    window.extra_actions["mailing"].trigger()
    assert called == ["import", "mailing"]
    assert window.extra_actions["mailing"] in window.menus["tools"].actions()


def test_new_record_and_find_from_actions(qtbot, context: AppContext) -> None:
    window = _window(qtbot, context)
    window.show()
    workspace = window.view("contacts")
    settle(qtbot, context)
    qtbot.waitUntil(lambda: workspace.list.current_id() is not None)  # type: ignore[attr-defined]
    window.actions_by_key["new"].trigger()
    assert workspace.card.contact is None  # type: ignore[attr-defined]
    # The list no longer highlights the contact shown before, nor says "1 of 2".
    assert workspace.list.current_id() is None  # type: ignore[attr-defined]
    assert workspace.list.selected_ids() == []  # type: ignore[attr-defined]
    assert workspace.card.position_label.text() == ""  # type: ignore[attr-defined]
    workspace.card.form.editors["last_name"].setText("Nouveau")  # type: ignore[attr-defined]
    with qtbot.waitSignal(workspace.list.lookup_finished):  # type: ignore[attr-defined]
        window.actions_by_key["save"].trigger()
    assert workspace.card.contact.last_name == "Nouveau"  # type: ignore[attr-defined]
    assert "3" in window.lookup_label.text()
    window.actions_by_key["find"].trigger()
    assert QApplication.focusWidget() in (workspace.list.lookup_edit, None)  # type: ignore
    settle(qtbot, context)


def test_layout_is_remembered(qtbot, context: AppContext) -> None:
    window = _window(qtbot, context)
    window.resize(640, 470)
    window.view("contacts").splitter.setSizes([300, 700])  # type: ignore[attr-defined]
    window.save_layout()
    assert context.settings.value("window/geometry") is not None
    assert context.settings.value("contacts/splitter") is not None
    again = _window(qtbot, context)
    assert again.size().width() == 640
    splitter = again.view("contacts").splitter  # type: ignore[attr-defined]
    assert splitter.saveState() == context.settings.value("contacts/splitter")


def test_switch_database(qtbot, context: AppContext, tmp_path: Path) -> None:
    window = _window(qtbot, context)
    url = resolve_database(str(tmp_path / "other.sqlite"))
    window.databases.switch_database(url, create=True)
    qtbot.waitUntil(lambda: window.context.db.name == "other.sqlite")
    workspace = window.view("contacts")
    qtbot.waitUntil(lambda: "0" in window.lookup_label.text())
    assert workspace.list.model.rowCount() == 0  # type: ignore[attr-defined]
    assert "other.sqlite" in window.windowTitle()
    settle(qtbot, context)
    window.context.db.dispose()


def test_a_database_that_cannot_be_opened_leaves_the_views_alone(
    qtbot, context: AppContext, tmp_path: Path
) -> None:
    window = _window(qtbot, context)
    before = window.view("contacts")
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("shopping list\n", encoding="utf-8")
    errors: list[BaseException] = []
    window.databases._critical = errors.append  # type: ignore[method-assign]
    window.databases.switch_database(resolve_database(str(bogus)))
    qtbot.waitUntil(lambda: bool(errors))
    assert "is not a database (it looks like a text file)" in str(errors[0])
    assert window.view("contacts") is before
    assert window.context.db.name != "notes.sqlite"


def test_closing_while_a_write_runs_warns_and_keeps_the_window(
    qtbot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from PySide6.QtWidgets import QMessageBox

    from desktop_crm.storage.uow import UnitOfWork

    window = _window(qtbot, context)
    window.show()
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    gate = threading.Event()

    def slow(uow: UnitOfWork) -> int:
        gate.wait(5)
        return create_contact(uow, {"last_name": "Import"}).id

    context.ops.run(slow)
    assert not window.close()
    assert window.isVisible()
    assert warnings and "still running" in warnings[0]
    gate.set()
    settle(qtbot, context)
    with context.db.uow(write=False) as uow:
        from sqlalchemy import text

        assert uow.session.execute(text("select count(*) from contact")).scalar() == 3
    assert window.close()


def test_strings_the_review_found_untranslated_are_french(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    from desktop_crm.ui import i18n

    tr = QCoreApplication.translate
    try:
        assert i18n.install(qapp, "fr") == "fr"
        for context in ("EmailMergeDialog", "PrintDialog", "SenderDialog", "TemplateEditor"):
            assert tr(context, "Loading…") == "Chargement…"
        assert tr("SenderDialog", "Saving…") == "Enregistrement…"
        assert tr("TaskListView", "%n activities exported", "", 3) == "3 activités exportées"
        assert tr("Activities", "%n contact(s)", None, 2) == "2 contacts"
        assert (
            tr("Opportunities", "%n opportunity(ies) in %1 not included", "", 3)
            == "3 opportunités en %1 non comptées"
        )
        assert tr(
            "MainWindow", "An operation is still running: wait for it or cancel it."
        ).startswith("Une opération est en cours")
    finally:
        i18n.install(qapp, "en")

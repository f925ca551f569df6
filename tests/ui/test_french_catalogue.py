"""Every string the interface shows in French is in the catalogue.

A recording translator sits on top of the app's translators: it looks every string up in
our compiled catalogue (desktop_crm_fr.qm) and records each (context, source) that has no
translation there (nor in Qt's own qtbase_fr). Then the test walks the app as a user would,
in French, on a demo database: the main window with each view, a contact's and a company's
card with every tab, every menu entry (each dialog it opens is looked at, every tab and table
cell, then cancelled), the import wizard through its pages with a file that has problems,
the duplicates wizard, the print dialog's tabs, the letter preview... and fails listing what
is missing. Translate it in a ``fr_table_x_*.py`` table (see fill_fr.py); a string that is
not shown to users must not go through ``tr``.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, QTranslator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QMenu,
    QMessageBox,
    QTabWidget,
    QToolButton,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from desktop_crm.services.demo.generate import generate_demo
from desktop_crm.storage.uow import Database
from desktop_crm.ui import i18n
from desktop_crm.ui.common.context import AppContext
from tests.ui.conftest import make_context, settle

# Qt's own lookups that users never read as such: a format without words, key names Qt uses
# inside (menus show "Ctrl+S", translated by qtbase_fr), and file type descriptions, which
# come translated from the system's shared-mime-info database, not from a Qt catalogue.
_NOT_SHOWN = {("QProgressBar", "%p%"), ("QShortcut", "Control"), ("QShortcut", "Keyboard")}
_SYSTEM_CONTEXTS = {"QMimeType"}
# Menu entries that would leave the app or change the database for real.
_SKIPPED_ACTIONS = {"action_quit", "action_delete", "action_db_restore"}


def _from_pyqtgraph() -> bool:
    """A lookup made by pyqtgraph for its own context menus: the app's charts switch those
    menus off (``setMenuEnabled(False)``, checked below), so users never see the strings."""
    frame = sys._getframe(2)
    for _ in range(6):
        if frame is None:
            return False
        if "pyqtgraph" in frame.f_code.co_filename:
            return True
        frame = frame.f_back  # type: ignore[assignment]
    return False


class RecordingTranslator(QTranslator):
    """Our catalogue, recording every lookup it cannot answer."""

    def __init__(self, qm: Path, qtbase: QTranslator) -> None:
        super().__init__()
        assert self.load(str(qm)), f"cannot load {qm}"
        self.qtbase = qtbase
        self.missing: set[tuple[str, str]] = set()
        # PySide's ``self.tr`` tries the class's context, then its bases', until a lookup
        # gives a text other than the source: a translation identical to the English
        # ("Contacts", "Type") is found first, then asked again under the base classes.
        self.identical: set[str] = set()
        self.seen = 0

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        found = super().translate(context, source, disambiguation, n)
        self.seen += 1
        if found and found == source:
            self.identical.add(source)
        if (
            not found
            and not _from_pyqtgraph()
            and (context, source) not in _NOT_SHOWN
            and context not in _SYSTEM_CONTEXTS
            and re.search(r"[A-Za-z]", source or "")
            and not self.qtbase.translate(context, source, disambiguation, n)
        ):
            self.missing.add((context, source))
        # None (a null string) lets Qt ask the next translators; "" would be a translation.
        return found or None


@pytest.fixture
def recorder(qapp: QApplication) -> Iterator[RecordingTranslator]:
    i18n.install(qapp, "fr")
    qm = i18n.build_qm("fr") or i18n.qm_path("fr")
    qtbase = QTranslator()
    i18n.load_qtbase(qtbase)
    translator = RecordingTranslator(qm, qtbase)
    qapp.installTranslator(translator)
    try:
        yield translator
    finally:
        qapp.removeTranslator(translator)
        i18n.install(qapp, "en")


@pytest.fixture
def demo(sqlite_db: Database) -> Database:
    sqlite_db.run(generate_demo, 40, seed=4)
    return sqlite_db


@pytest.fixture
def context(qtbot: QtBot, demo: Database, tmp_path: Path) -> Iterator[AppContext]:
    ctx = make_context(demo, tmp_path)
    yield ctx
    settle(qtbot, ctx, timeout=30000)


def _pump(qtbot: QtBot, ctx: AppContext) -> None:
    settle(qtbot, ctx, timeout=30000)
    qtbot.wait(20)


def touch_models(root: QWidget) -> None:
    """Ask every table, list and tree under ``root`` for what it shows (as painting would)."""
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        try:
            columns = model.columnCount()
        except TypeError:  # a list model: one column, its count is private
            columns = 1
        for column in range(columns):
            for orientation in (Qt.Orientation.Horizontal,):
                model.headerData(column, orientation, Qt.ItemDataRole.DisplayRole)
                model.headerData(column, orientation, Qt.ItemDataRole.ToolTipRole)
        for row in range(min(model.rowCount(), 25)):
            for column in range(max(columns, 1)):
                index = model.index(row, column, QModelIndex())
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    model.data(index, role)
    for button in root.findChildren(QToolButton):
        if button.menu() is not None:
            button.menu().aboutToShow.emit()
    for menu in root.findChildren(QMenu):
        menu.aboutToShow.emit()


def walk_tabs(qtbot: QtBot, ctx: AppContext, root: QWidget) -> None:
    """Show every tab of every tab widget under ``root`` and look at what it holds."""
    for tabs in root.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            _pump(qtbot, ctx)
            touch_models(tabs.widget(index))


class ModalCloser:
    """Looks at each modal dialog the walk opens (tabs, tables), then cancels it."""

    def __init__(self, qtbot: QtBot, ctx: AppContext) -> None:
        self.qtbot = qtbot
        self.ctx = ctx
        self.titles: list[str] = []
        self._ticks: dict[int, int] = {}
        self.timer = QTimer()
        self.timer.setInterval(40)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or self.ctx.ops.is_busy():
            return
        key = id(widget)
        self._ticks[key] = self._ticks.get(key, 0) + 1
        if self._ticks[key] < 3:  # let the data it asked for arrive and be shown
            return
        self.titles.append(widget.windowTitle())
        for tabs in widget.findChildren(QTabWidget):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
        touch_models(widget)
        if isinstance(widget, QDialog):
            widget.reject()
        else:
            widget.close()

    def stop(self) -> None:
        self.timer.stop()


def _actions(window: QWidget) -> list:  # type: ignore[type-arg]
    found = []

    def walk(menu: QMenu) -> None:
        menu.aboutToShow.emit()
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu())
            elif not action.isSeparator() and action.objectName() not in _SKIPPED_ACTIONS:
                found.append(action)

    for top in window.menuBar().actions():  # type: ignore[attr-defined]
        if top.menu() is not None:
            walk(top.menu())
    return found


def _close_extra_windows(keep: QWidget) -> None:
    for widget in QApplication.topLevelWidgets():
        if widget is not keep and widget.isVisible() and isinstance(widget, (QDialog, QWizard)):
            touch_models(widget)
            widget.close()


def _first_contact(db: Database) -> int:
    from sqlalchemy import select

    from desktop_crm.storage.models import Contact

    with db.uow(write=False) as uow:
        return int(uow.session.scalar(select(Contact.id).order_by(Contact.id).limit(1)) or 0)


def _walk_main_window(qtbot: QtBot, ctx: AppContext, closer: ModalCloser) -> None:
    from desktop_crm.ui.features import install_all
    from desktop_crm.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    install_all(window)
    window.resize(1400, 860)
    window.show()
    _pump(qtbot, ctx)
    for key in list(window.views):
        view = window.show_view(key)
        _pump(qtbot, ctx)
        touch_models(view)
        walk_tabs(qtbot, ctx, view)
        # The first record of the view's list: its card or details load.
        for item_view in view.findChildren(QAbstractItemView):
            model = item_view.model()
            if model is not None and model.rowCount() and item_view.isVisible():
                item_view.setCurrentIndex(model.index(0, 0))
                _pump(qtbot, ctx)
                break
        touch_models(view)
        walk_tabs(qtbot, ctx, view)
    # pyqtgraph's own menus (untranslated) stay off on every chart.
    import pyqtgraph as pg

    plots = window.findChildren(pg.PlotWidget)
    assert plots, "the walk showed no chart"
    assert not any(plot.getPlotItem().menuEnabled() for plot in plots)
    window.open_contact(_first_contact(ctx.db))
    _pump(qtbot, ctx)
    walk_tabs(qtbot, ctx, window)
    touch_models(window)
    for action in _actions(window):
        if not action.isEnabled():
            continue
        action.trigger()
        _pump(qtbot, ctx)
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=30000)
        _close_extra_windows(window)
        _pump(qtbot, ctx)
        if not window.isVisible():  # an entry hid the window (should not happen)
            window.show()


def _walk_import_wizard(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    from desktop_crm.ui.importing.wizard import ImportWizard

    path = tmp_path / "salon.csv"
    path.write_text(
        "Nom;Prénom;Société;E-mail;Téléphone\n"
        "Lefèvre;Hélène;Boulangerie du Parc;helene@gmial.com;01 02\n"
        "Martin;Paul;Martin SA;paul.martin@orange.fr;+33 1 99 99 99 99\n"
        "Martin;Paul;Martin SA;paul.martin@orange.fr;+33 1 99 99 99 99\n"
        ";;;;\n"
        "Durand;;;pas-un-email;06 12 34 56 78\n",
        encoding="utf-8",
    )
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(path))
    pages = [wizard.currentPage()]
    for _ in range(8):
        touch_models(wizard)
        current = wizard.currentPage()
        if current is wizard.checks_page:
            qtbot.waitUntil(lambda: wizard.plan is not None, timeout=20000)
            _pump(qtbot, ctx)
            touch_models(wizard)
        wizard.next()
        _pump(qtbot, ctx)
        qtbot.waitUntil(
            lambda current=current: (
                wizard.currentPage() is not current or wizard.report is not None
            ),
            timeout=20000,
        )
        _pump(qtbot, ctx)
        if wizard.currentPage() in pages:
            break
        pages.append(wizard.currentPage())
        if wizard.report is not None:
            qtbot.waitUntil(lambda: wizard.currentPage() is wizard.report_page, timeout=20000)
            _pump(qtbot, ctx)
            touch_models(wizard)
            break
    assert wizard.report is not None, "the walk did not reach the import report"
    wizard.close()


def _walk_duplicates_wizard(qtbot: QtBot, ctx: AppContext) -> None:
    from desktop_crm.ui.duplicates.wizard import DuplicateWizard

    wizard = DuplicateWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    seen = [wizard.currentPage()]
    for _ in range(4):
        touch_models(wizard)
        wizard.next()
        _pump(qtbot, ctx)
        qtbot.wait(200)
        _pump(qtbot, ctx)
        touch_models(wizard)
        if wizard.currentPage() in seen:
            break
        seen.append(wizard.currentPage())
    wizard.close()


def _walk_print_dialog(qtbot: QtBot, ctx: AppContext) -> None:
    from desktop_crm.services.mailing.recipients import Selection
    from desktop_crm.ui.printing.print_dialog import PrintDialog

    dialog = PrintDialog(ctx, Selection(lookup="a"), "labels")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog._loaded is not None, timeout=20000)
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        _pump(qtbot, ctx)
        touch_models(dialog)
    dialog.close()


def _file_dialog(folder: Path) -> QWidget:
    """Qt's own file dialog (as on Linux without a platform dialog), on a folder with a
    sub-folder: its labels and "Type" column come from qtbase_fr, or from our catalogue where
    Qt 6.11's sources moved away from qtbase_fr's."""
    from PySide6.QtWidgets import QFileDialog

    (folder / "Salons").mkdir(exist_ok=True)
    (folder / "visiteurs.csv").write_text("Nom\n", encoding="utf-8")
    dialog = QFileDialog(None, "Importer", str(folder), "CSV (*.csv)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    return dialog


def _walk_standalone_dialogs(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    """Dialogs the menus do not open directly (called from cards, lists or at start-up)."""
    import datetime as dt

    from desktop_crm.services.activities.records import ActivityInput
    from desktop_crm.services.mailing.transport import SmtpSettings
    from desktop_crm.ui.activities.schedule_dialog import ScheduleActivityDialog
    from desktop_crm.ui.activities.series_dialogs import SeriesEditorDialog
    from desktop_crm.ui.calls.call_dialog import CallDialog
    from desktop_crm.ui.common.database_dialogs import FirstStartDialog, PostgresDialog
    from desktop_crm.ui.common.picklist_dialog import PickListDialog
    from desktop_crm.ui.common.preferences import PreferencesDialog
    from desktop_crm.ui.fields.dialog import FieldEditor
    from desktop_crm.ui.groups.query_builder import QueryBuilder
    from desktop_crm.ui.opportunities.card import OpportunityDialog
    from desktop_crm.ui.opportunities.close_dialog import CloseDialog
    from desktop_crm.ui.printing.email_dialog import SmtpSettingsDialog
    from desktop_crm.ui.printing.pdf_pages import PdfPreviewDialog
    from desktop_crm.ui.printing.sheet_editor import SheetEditor

    contact_id = _first_contact(ctx.db)
    pdf = tmp_path / "apercu.pdf"
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(pdf))
    canvas.drawString(100, 700, "Lettre")
    canvas.save()
    start = dt.datetime(2026, 3, 2, 14, 30)
    dialogs: list[Callable[[], QWidget]] = [
        lambda: FirstStartDialog(str(tmp_path / "nouvelle-base.sqlite")),
        lambda: PostgresDialog(),
        lambda: PreferencesDialog(ctx.settings, team_zone="Indian/Reunion"),
        lambda: SheetEditor(),
        lambda: CallDialog(contact_id, "Mme Hélène Lefèvre", ["Devis"], "+33140112233"),
        lambda: ScheduleActivityDialog(
            ActivityInput(type="meeting", start_at=start, contact_ids=(contact_id,)),
            regarding=("Devis",),
        ),
        lambda: ScheduleActivityDialog(
            ActivityInput(type="call", start_at=start, recurrence="weekly")
        ),
        lambda: SeriesEditorDialog(None),
        lambda: CloseDialog("won", "Agencement boutique", ["Prix", "Délai"]),
        lambda: CloseDialog("lost", "Agencement boutique", ["Prix"], "Concurrent SA"),
        lambda: OpportunityDialog(ctx, None, contact_id=contact_id),
        lambda: QueryBuilder(ctx, 'city = "Lyon"'),
        lambda: FieldEditor("contact", None),
        lambda: PickListDialog("Civilité", ["M.", "Mme"]),
        lambda: SmtpSettingsDialog(SmtpSettings()),
        lambda: PdfPreviewDialog(pdf, "Aperçu"),
        lambda: _file_dialog(tmp_path),
    ]
    for make in dialogs:
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        _pump(qtbot, ctx)
        walk_tabs(qtbot, ctx, dialog)
        touch_models(dialog)
        dialog.close()
        _pump(qtbot, ctx)


@pytest.mark.qt_no_exception_capture
def test_every_screen_is_translated(
    qtbot: QtBot, recorder: RecordingTranslator, context: AppContext, tmp_path: Path
) -> None:
    # Message boxes the walk provokes are cancelled like the dialogs.
    closer = ModalCloser(qtbot, context)
    try:
        _walk_main_window(qtbot, context, closer)
        _walk_import_wizard(qtbot, context, tmp_path)
        _walk_duplicates_wizard(qtbot, context)
        _walk_print_dialog(qtbot, context)
        _walk_standalone_dialogs(qtbot, context, tmp_path)
    finally:
        closer.stop()
    settle(qtbot, context, timeout=30000)
    for box in QApplication.topLevelWidgets():
        if isinstance(box, QMessageBox):
            box.close()
    assert recorder.seen > 1500, "the walk saw too few strings: did it run?"
    assert len(closer.titles) >= 15, f"too few dialogs were opened: {closer.titles}"
    missing = sorted(m for m in recorder.missing if m[1] not in recorder.identical)
    # ``self.tr`` retries a missing string under the Qt base classes (QDialog, QObject…):
    # list it once, under our class.
    ours = {source for context, source in missing if not context.startswith("Q")}
    missing = [m for m in missing if not (m[0].startswith("Q") and m[1] in ours)]
    listing = "\n".join(f"  ({context!r}, {source!r})" for context, source in missing)
    assert not missing, (
        f"{len(missing)} string(s) shown in French have no translation in the catalogue "
        f"(translate them in resources/translations/fr_table_x_*.py, see fill_fr.py):\n"
        f"{listing}"
    )


def test_the_recorder_sees_a_missing_string(recorder: RecordingTranslator) -> None:
    """The recorder itself: a translated string passes, an unknown one is recorded."""
    assert QCoreApplication.translate("MainWindow", "Companies") == "Sociétés"
    assert ("MainWindow", "Companies") not in recorder.missing
    assert QCoreApplication.translate("Nowhere", "Not in the catalogue") == "Not in the catalogue"
    assert ("Nowhere", "Not in the catalogue") in recorder.missing
    # Qt's own strings are qtbase_fr's business.
    QCoreApplication.translate("QPlatformTheme", "Cancel")
    assert ("QPlatformTheme", "Cancel") not in recorder.missing

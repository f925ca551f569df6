"""The contact list: instant lookup box, windowed table, column chooser, multi-select."""

from __future__ import annotations

from array import array
from collections.abc import Sequence

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QMimeData,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.changes import Changes
from desktop_crm.domain.fields import list_columns
from desktop_crm.services.contacts import list_data, lookup
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.counts import count_text, grouped
from desktop_crm.ui.common.first_paint import FirstRowsPainted
from desktop_crm.ui.common.layouts import nest
from desktop_crm.ui.contacts.list_delegate import ListCellDelegate
from desktop_crm.ui.contacts.list_drag import SelectedRowsDrag
from desktop_crm.ui.contacts.list_model import (
    PAGE_SIZE,
    ContactListModel,
    PageQuery,
    column_title,
)
from desktop_crm.ui.groups.mime import CONTACT_IDS_MIME, contact_ids_mime

DEBOUNCE_MS = 200
# Above this many results the first page is shown before the full id list is loaded.
STAGED_ABOVE = 20_000


class _DraggableContacts(ContactListModel):
    """The list's model, whose selected rows drag out as contact ids (dropped on a group).

    Its flags stay Qt's own (no Python call per painted cell): ``SelectedRowsDrag`` starts
    the drag.
    """

    def mimeTypes(self) -> list[str]:
        return [CONTACT_IDS_MIME]

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # type: ignore[override]
        rows = sorted({i.row() for i in indexes if i.isValid()})
        ids = [cid for cid in (self.id_at(r) for r in rows) if cid is not None]
        return contact_ids_mime(ids)


class ContactListView(QWidget):
    """Lookup box over the contact table.

    Signals: ``contact_activated(int)`` (Enter or double-click), ``current_changed(int)``,
    ``lookup_finished(str, int)`` (lookup text, record count; a negative count is
    provisional: about that many, at most, the exact one follows), ``count_settled(str, int)``
    (the exact count replacing a provisional one).

    Change notices keep it current: an edited contact's loaded page is read again; a created
    or deleted contact (or contacts changed in bulk) re-runs the lookup, keeping the selection.
    """

    contact_activated = Signal(int)
    current_changed = Signal(int)
    lookup_finished = Signal(str, int)
    count_settled = Signal(str, int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.settings = context.settings
        self.model = _DraggableContacts(context.ops, self)
        self.model.on_sort = self._on_model_sort
        self.model.count_settled.connect(self._on_count_settled)
        self.model.ids_known.connect(self._on_ids_known)
        # Each list supersedes its own older lookups only.
        self._lookup_key = f"contact-lookup-{id(self)}"
        self._looking_up = False
        self._pending_select: int | None = None
        self._lookup_text = ""
        self._staged = False
        self._restoring = False
        self._lookup_serial = 0
        # The current row's contact was not known when it became current (a row past the
        # known ids, e.g. End while the count is provisional): told once its id arrives.
        self._current_unknown = False

        self.lookup_edit = QLineEdit(self)
        self.lookup_edit.setObjectName("contactLookup")
        self.lookup_edit.setClearButtonEnabled(True)
        # Short enough for the box at 1400 px (the longer list was cut at "cod…").
        self.lookup_edit.setPlaceholderText(self.tr("Name, company, phone, e-mail, city…"))
        self.lookup_edit.setToolTip(
            self.tr(
                "Finds contacts by last name, first name, company, e-mail, phone, city or postcode."
            )
        )
        self.lookup_edit.installEventFilter(self)
        self.count_label = QLabel(self)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.run_lookup)
        self.lookup_edit.textChanged.connect(lambda _t: self._debounce.start())
        self.lookup_edit.returnPressed.connect(self._on_lookup_return)

        self.table = QTableView(self)
        self.table.setObjectName("contactTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(False)  # sorting is requested through the header click
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self._cells = ListCellDelegate(self.model, alternate=True, parent=self.table)
        self.table.setItemDelegate(self._cells)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 6)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self.model.sort)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._show_column_menu)
        header.setStretchLastSection(True)
        defaults = {spec.name: spec for spec in list_columns()}
        for column, name in enumerate(self.model.columns):
            spec = defaults.get(name)
            if spec is None:
                continue
            header.resizeSection(column, spec.width)
            if not spec.shown:
                header.hideSection(column)
        self.table.doubleClicked.connect(self._on_table_activated)
        self.table.setDragEnabled(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.rows_drag = SelectedRowsDrag(self.table)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._show_table_menu)
        self.table.installEventFilter(self)
        self.first_rows = FirstRowsPainted(self.table, self._first_page_shown)
        self.first_rows.call_after(context.ops.release_opening)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)

        top = QHBoxLayout()
        top.addWidget(self.lookup_edit, 1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        nest(layout, top)
        layout.addWidget(self.table, 1)
        self.restore_layout()
        context.ops.changed.connect(self._on_ops_changed)

    # -- lookup ----------------------------------------------------------------------

    @property
    def lookup_text(self) -> str:
        return self._lookup_text

    def run_lookup(self, select_id: int | None = None) -> None:
        """Run the lookup in the box (off the GUI thread); the newest request wins.

        A long result (the whole file at 1M contacts) is shown in two steps: the count and
        the first page at once, then the full id list a moment later.
        """
        self._debounce.stop()
        text = self.lookup_edit.text().strip()
        sort, descending = self.model.sort_field, self.model.sort_descending
        if select_id is None:
            select_id = self.current_id() if text == self._lookup_text else None
        self._pending_select = select_id
        self._staged = False
        self._looking_up = True
        self._lookup_serial += 1
        self.context.ops.read(
            list_data.start_lookup,
            text,
            sort,
            descending,
            STAGED_ABOVE,
            PAGE_SIZE,
            key=self._lookup_key,
            on_done=lambda start: self._on_lookup_started(
                text, PageQuery(text, sort, descending), start
            ),
            on_error=self._on_lookup_failed,
        )

    def _first_page_shown(self) -> bool:
        return self.model.cached_pages() > 0 or (self._lookup_serial > 0 and not self._looking_up)

    def is_looking_up(self) -> bool:
        """True while a lookup runs (its result will select ``_pending_select``)."""
        return self._looking_up

    def _on_lookup_failed(self, exc: BaseException) -> None:
        self._looking_up = False
        self.context.ops.show_error(exc, self)

    def _on_lookup_started(self, text: str, query: PageQuery, start: list_data.LookupStart) -> None:
        if start.complete:
            self._looking_up = False
            self.model.set_ids(start.ids, start.first_rows)
            self._shown(text, start.total)
            return
        self._staged = True
        serial = self._lookup_serial  # before _shown: its listeners may start another lookup
        self.model.set_partial(start.ids, start.total, query, start.first_rows, exact=start.exact)
        self._shown(text, start.total if start.exact else -start.total)
        # The full id list (a million ids: Python work holding the GIL on the database
        # thread) is read once the first page has painted, not while it paints.
        QTimer.singleShot(0, lambda: self._read_all_ids(serial, text, query))

    def _read_all_ids(self, serial: int, text: str, query: PageQuery) -> None:
        if serial != self._lookup_serial:
            return  # a newer lookup runs: it has its own ids coming
        self.context.ops.read(
            lookup.lookup_ids,
            query.text,
            query.sort,
            query.descending,
            key=self._lookup_key,
            on_done=lambda ids: self._on_lookup_done(text, ids),
            on_error=self._on_lookup_failed,
        )

    def _on_lookup_done(self, text: str, ids: array[int]) -> None:
        self._looking_up = False
        current = self.current_id()
        if self._staged and self.model.complete(ids):
            if self._pending_select and current != self._pending_select:
                row = self.model.row_of(self._pending_select)
                if row >= 0:
                    self.select_row(row)
            return
        # The data changed meanwhile: show the new list, keeping the contact selected.
        self._pending_select = self._pending_select or current
        self.model.set_ids(ids)
        self._shown(text, len(ids))

    def _shown(self, text: str, count: int) -> None:
        self._lookup_text = text
        self._show_count(count)
        row = self.model.row_of(self._pending_select) if self._pending_select else -1
        if row < 0 and count:
            row = 0
        if row >= 0:
            self.select_row(row)
        self.first_rows.rows_arrived()
        self.lookup_finished.emit(text, count)

    def _show_count(self, count: int) -> None:
        if count < 0:  # provisional: the file's id span, the exact count follows
            number = count_text(count)  # "≈ 1 000 000"
            self.count_label.setText(self.tr("%1 contacts, counting…").replace("%1", number))
        else:
            self.count_label.setText(grouped(self.tr("%n contact(s)", "", count), count))

    def _on_count_settled(self, total: int) -> None:
        """The exact count replaced the provisional one (some rows may have gone)."""
        self._show_count(total)
        if total and not self.table.currentIndex().isValid():
            self.select_row(total - 1)  # it was on a row past the real end (jump to end)
        self._on_ids_known()
        self.count_settled.emit(self._lookup_text, total)

    def _on_lookup_return(self) -> None:
        self.run_lookup()
        self.table.setFocus()

    def _on_model_sort(self, _field: str, _descending: bool) -> None:
        if not self._restoring:
            self.run_lookup(self.current_id())

    def select_when_shown(self, contact_id: int) -> None:
        """Select a contact now, or when the lookup under way shows it, or after a new one."""
        if self.is_looking_up():
            self._pending_select = contact_id
        elif not self.select_id(contact_id):
            self.run_lookup(select_id=contact_id)

    # -- change notices -------------------------------------------------------------------

    def _on_ops_changed(self, changes: Changes, _initiator: object) -> None:
        if "contact" in changes.bulk or changes.ids("contact", "created", "deleted"):
            self.run_lookup(self._pending_select if self.is_looking_up() else self.current_id())
            return
        updated = changes.ids("contact", "updated")
        if updated:
            # Only the loaded pages showing those contacts: one row edited costs one page.
            self.model.refresh_ids(updated)

    # -- selection and navigation -------------------------------------------------------

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [cid for cid in (self.model.id_at(r) for r in rows) if cid is not None]

    def select_row(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def clear_current(self) -> None:
        """No current row and nothing selected (a new contact is being typed)."""
        self.table.selectionModel().clear()

    def select_id(self, contact_id: int) -> bool:
        row = self.model.row_of(contact_id)
        if row >= 0:
            self.select_row(row)
        return row >= 0

    def move(self, where: str) -> int | None:
        """Move the current record: "first", "previous", "next" or "last"."""
        count = self.model.rowCount()
        if not count:
            return None
        row = self.table.currentIndex().row()
        target = {
            "first": 0,
            "last": count - 1,
            "previous": max(0, row - 1),
            "next": min(count - 1, row + 1),
        }[where]
        self.select_row(target)
        return self.model.id_at(target)

    def position(self) -> tuple[int, int]:
        """(1-based row of the current record, record count) for "3 of 120"; the count is
        negative while provisional (see ``lookup_finished``)."""
        count = self.model.rowCount()
        return self.table.currentIndex().row() + 1, count if self.model.is_exact() else -count

    def refresh(self) -> None:
        self.run_lookup(self.current_id())

    def _on_current_row_changed(self, current: object, _previous: object) -> None:
        contact_id = self.model.id_at(current.row())  # type: ignore[attr-defined]
        self._current_unknown = contact_id is None and current.isValid()  # type: ignore[attr-defined]
        if contact_id is not None:
            self.current_changed.emit(contact_id)

    def _on_ids_known(self) -> None:
        """A current row whose contact was unknown: tell it now that its id is known."""
        if not self._current_unknown:
            return
        contact_id = self.current_id()
        if contact_id is not None:
            self._current_unknown = False
            self.current_changed.emit(contact_id)

    def _on_table_activated(self, index: object) -> None:
        contact_id = self.model.id_at(index.row())  # type: ignore[attr-defined]
        if contact_id is not None:
            self.contact_activated.emit(contact_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.lookup_edit and key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
                self.table.setFocus()
                return True
            if watched is self.table and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                contact_id = self.current_id()
                if contact_id is not None:
                    self.contact_activated.emit(contact_id)
                return True
        return super().eventFilter(watched, event)

    # -- columns ------------------------------------------------------------------------

    def _show_table_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        action = menu.addAction(self.tr("Save this lookup as a group…"))
        action.triggered.connect(self.save_lookup_as_group)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def save_lookup_as_group(self) -> None:
        """Ask a name, a parent and dynamic/static, then make a group of the shown lookup."""
        from desktop_crm.ui.groups.dialogs import save_lookup

        save_lookup(self.context, self._lookup_text, self)

    def _show_column_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        header = self.table.horizontalHeader()
        for column, field in enumerate(self.model.columns):
            action = QAction(column_title(field), menu)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda on, c=column: header.setSectionHidden(c, not on))
            menu.addAction(action)
        menu.exec(header.mapToGlobal(pos))

    def column_actions(self) -> list[QAction]:
        """Checkable actions to show or hide columns (for a View menu)."""
        header = self.table.horizontalHeader()
        actions = []
        for column, field in enumerate(self.model.columns):
            action = QAction(column_title(field), self)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda on, c=column: header.setSectionHidden(c, not on))
            actions.append(action)
        return actions

    def save_layout(self) -> None:
        if self.settings is not None:
            self.settings.setValue("contacts/header", self.table.horizontalHeader().saveState())

    def restore_layout(self) -> None:
        if self.settings is None:
            return
        state = self.settings.value("contacts/header")
        if isinstance(state, QByteArray) and not state.isEmpty():
            # Restoring the sort indicator emits a sort: no lookup before start() runs one.
            self._restoring = True
            try:
                self.table.horizontalHeader().restoreState(state)
            finally:
                self._restoring = False
            header = self.table.horizontalHeader()
            column = header.sortIndicatorSection()
            if 0 <= column < len(self.model.columns):
                self.model.sort_field = self.model.columns[column]
                self.model.sort_descending = (
                    header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
                )

    def focus_lookup(self) -> None:
        self.lookup_edit.setFocus()
        self.lookup_edit.selectAll()


def find_shortcut() -> QKeySequence:
    return QKeySequence(QKeySequence.StandardKey.Find)

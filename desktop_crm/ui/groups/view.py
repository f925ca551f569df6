"""The Groups view: the tree of groups on the left, the selected group on the right (header,
notes, query, counts, members as a windowed list, what was sent to it).

Everything it shows is read through the operation runner and reloaded from change notices:
groups and their members (``contact_group``, ``group_member``, ``group_company``) and
contacts, since a dynamic group's members are whoever its query finds now.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QLocale, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.changes import Changes
from desktop_crm.services.groups import groups as group_service
from desktop_crm.services.groups.view_data import (
    GroupDetails,
    TreeEntry,
    group_details,
    tree_with_counts,
)
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.counts import count_text, grouped
from desktop_crm.ui.common.empty_note import EmptyNote
from desktop_crm.ui.common.layouts import nest
from desktop_crm.ui.common.operations import error_message
from desktop_crm.ui.common.simple_table import RowsModel
from desktop_crm.ui.common.view import ViewWidget
from desktop_crm.ui.contacts.card_tabs import history_label
from desktop_crm.ui.contacts.list_model import ContactListModel
from desktop_crm.ui.groups.query_builder import QueryBuilder

MEMBER_COLUMNS = ("last_name", "first_name", "company_name", "city", "phone_business", "email")
WATCHED = ("contact_group", "group_member", "group_company", "contact")


class GroupsView(ViewWidget):
    """Groups and subgroups, their members, notes, query and history.

    ``selected_contacts`` (given by the features) returns the contacts selected in the
    contact list, for "Add the selected contacts".
    """

    def __init__(
        self,
        context: AppContext,
        selected_contacts: Callable[[], list[int]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.ops = context.ops
        self.selected_contacts = selected_contacts or (lambda: [])
        self._key = f"groups-view-{id(self)}"
        self.current: GroupDetails | None = None
        self._select_after_load: int | None = None
        self._stale = False
        self._companies_of = 0

        # -- the tree -----------------------------------------------------------------------
        from desktop_crm.ui.groups.tree_model import GroupTreeModel

        self.tree_model = GroupTreeModel(self)
        self.tree_model.contacts_dropped.connect(self._on_contacts_dropped)
        self.tree_model.group_dropped.connect(self._on_group_dropped)
        self.tree_model.drop_refused.connect(self._on_drop_refused)
        from desktop_crm.ui.groups.tree_view import GroupTree

        self.tree = GroupTree(self)  # taking the focus does not choose a group
        self.tree.setObjectName("groupTree")
        self.tree.setModel(self.tree_model)
        self.tree.setDragEnabled(True)
        self.tree.setAcceptDrops(True)
        self.tree.setDropIndicatorShown(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setStretchLastSection(False)
        self.tree.selectionModel().currentChanged.connect(self._on_tree_current_changed)

        toolbar = QToolBar(self)
        self.group_actions: dict[str, QAction] = {}
        for key, text, slot in (
            ("new", self.tr("New group"), lambda: self.new_group()),
            ("new_sub", self.tr("New subgroup"), lambda: self.new_group(subgroup=True)),
            ("rename", self.tr("Rename"), lambda: self.rename_group()),
            ("query", self.tr("Edit query…"), lambda: self.edit_query()),
            ("delete", self.tr("Delete"), lambda: self.delete_group()),
            ("add", self.tr("Add selected contacts"), lambda: self.add_selected_contacts()),
            ("remove", self.tr("Remove from group"), lambda: self.remove_selected_members()),
            (
                "companies",
                self.tr("Contacts of the companies"),
                lambda: self.add_company_contacts(),
            ),
            ("phoning", self.tr("Phoning session…"), lambda: self.start_phoning()),
        ):
            action = toolbar.addAction(text)
            action.triggered.connect(slot)
            self.group_actions[key] = action
        self.group_actions["companies"].setToolTip(
            self.tr("Add the contacts of the companies in this group to its members")
        )

        # -- the selected group -------------------------------------------------------------
        self.name_label = QLabel(self)
        self.name_label.setObjectName("groupName")
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.name_label.setFont(font)
        self.kind_label = QLabel(self)
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setObjectName("groupDescription")
        self.description_edit.setPlaceholderText(self.tr("Notes about this group…"))
        self.description_edit.setFixedHeight(self.fontMetrics().height() * 3 + 14)
        self.description_edit.textChanged.connect(self._on_description_edited)
        self.save_description_button = QPushButton(self.tr("Save notes"), self)
        self.save_description_button.setEnabled(False)
        self.save_description_button.clicked.connect(self.save_description)
        self.query_label = QLabel(self)
        self.query_label.setObjectName("groupQuery")
        self.query_label.setWordWrap(True)
        self.query_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.query_button = query_button = QPushButton(self.tr("Edit query…"), self)
        query_button.setObjectName("groupQueryButton")
        query_button.clicked.connect(lambda: self.edit_query())
        self.include_check = QCheckBox(self.tr("Include the members of its subgroups"), self)
        self.include_check.toggled.connect(self._on_include_toggled)
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("groupCounts")

        query_box = QWidget(self)  # a widget, not a layout: the form then gives the words
        query_row = QHBoxLayout(query_box)  # the height they wrap to (a nested layout did not)
        query_row.setContentsMargins(0, 0, 0, 0)
        query_row.addWidget(self.query_label, 1)
        query_row.addWidget(query_button)
        notes_row = QHBoxLayout()
        notes_row.addWidget(self.description_edit, 1)
        notes_row.addWidget(self.save_description_button, 0, Qt.AlignmentFlag.AlignTop)
        form = QFormLayout()
        form.addRow(self.tr("Notes:"), notes_row)
        form.addRow(self.tr("Query:"), query_box)
        form.addRow("", self.include_check)
        form.addRow(self.tr("Counts:"), self.counts_label)

        self.members_model = ContactListModel(self.ops, self)
        self.members_model.columns = MEMBER_COLUMNS
        self.members = QTableView(self)
        self.members.setObjectName("groupMembers")
        self.members.setModel(self.members_model)
        self.members.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.members.setAlternatingRowColors(True)
        self.members.setWordWrap(False)
        self.members.verticalHeader().setVisible(False)
        self.members.verticalHeader().setDefaultSectionSize(self.members.fontMetrics().height() + 6)
        self.members.horizontalHeader().setStretchLastSection(True)
        for column, field in enumerate(MEMBER_COLUMNS):
            width = {"company_name": 190, "first_name": 100}.get(field, 110)
            self.members.horizontalHeader().resizeSection(column, width)
        self.members.doubleClicked.connect(self._on_member_activated)
        self.members_note = EmptyNote(self.members, "")  # its text: in _show_details
        self.history_model = RowsModel(
            [self.tr("Date"), self.tr("Type"), self.tr("Regarding"), self.tr("Contacts")], self
        )
        self.history = QTableView(self)
        self.history.setObjectName("groupHistory")
        self.history.setModel(self.history_model)
        self.history.verticalHeader().setVisible(False)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history_empty = self.tr(
            "Nothing sent to this group yet. Letters, e-mails and labels made for its "
            "members are listed here, with the day and the number of contacts."
        )
        self.history_note = EmptyNote(self.history, self.history_empty)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.members, self.tr("Members"))
        self.tabs.addTab(self.history, self.tr("History"))

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.name_label)
        right_layout.addWidget(self.kind_label)
        nest(right_layout, form)
        right_layout.addWidget(self.tabs, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("groupsSplitter")
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([340, 1000])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(toolbar)
        layout.addWidget(self.splitter, 1)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(self.refresh)
        self._show_details(None)
        self.ops.changed.connect(self._on_ops_changed)

    # -- ViewWidget -------------------------------------------------------------------------

    def start(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.ops.read(tree_with_counts, key=self._key + "-tree", on_done=self._on_tree_read)
        self._load_current()

    def status(self) -> tuple[str, int] | None:
        if self.current is None:
            return ("", len(self.tree_model.nodes()))
        return (self.current.node.path, len(self.current.ids))

    def new_record(self) -> bool:
        self.new_group()
        return True

    # -- loading ----------------------------------------------------------------------------

    def selected_group_id(self) -> int | None:
        return self.tree_model.group_id(self.tree.currentIndex())

    def _on_tree_read(self, entries: list[TreeEntry]) -> None:
        wanted = self._select_after_load or self.selected_group_id()
        self._select_after_load = None
        expanded = self._expanded_ids()
        self.tree.selectionModel().blockSignals(True)
        self.tree_model.set_entries(entries)
        self.tree.selectionModel().blockSignals(False)
        if expanded is None:
            self.tree.expandAll()
        else:
            for group_id in expanded:
                self.tree.setExpanded(self.tree_model.index_of(group_id), True)
        self.tree.resizeColumnToContents(0)
        self.tree.resizeColumnToContents(1)
        if wanted is not None and self.tree_model.node(wanted) is not None:
            index = self.tree_model.index_of(wanted)
            self.tree.setExpanded(index.parent(), True)
            current_before = self.current.node.id if self.current else None
            self.tree.selectionModel().blockSignals(True)
            self.tree.setCurrentIndex(index)
            self.tree.selectionModel().blockSignals(False)
            if current_before != wanted:
                self._load_current()
        elif self.current is not None:
            self._show_details(None)
        self._emit_status()

    def _expanded_ids(self) -> list[int] | None:
        nodes = self.tree_model.nodes()
        if not nodes:
            return None
        return [n.id for n in nodes if self.tree.isExpanded(self.tree_model.index_of(n.id))]

    def _on_tree_current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._load_current()

    def _load_current(self) -> None:
        group_id = self.selected_group_id()
        if group_id is None:
            self._show_details(None)
            return
        self.ops.read(
            group_details,
            group_id,
            key=self._key + "-details",
            on_done=self._on_details_read,
            on_error=self._on_details_failed,
        )

    def _on_details_failed(self, _exc: BaseException) -> None:
        self._show_details(None)  # deleted meanwhile: the tree's reload follows

    def _on_details_read(self, details: GroupDetails) -> None:
        if details.node.id != self.selected_group_id():
            return
        same = self.current is not None and self.current.node.id == details.node.id
        self._show_details(details, keep_notes=same and self.save_description_button.isEnabled())

    def _show_details(self, details: GroupDetails | None, *, keep_notes: bool = False) -> None:
        previous = self.current
        self.current = details
        has = details is not None
        for key in (
            "new_sub",
            "rename",
            "query",
            "delete",
            "add",
            "remove",
            "companies",
            "phoning",
        ):
            self.group_actions[key].setEnabled(has)
        self.description_edit.setEnabled(has)
        self.include_check.setEnabled(has)
        # Beside a dynamic group's query only (the toolbar's "Edit query…" makes a static
        # group dynamic); without a group it did nothing.
        self.query_button.setEnabled(details is not None and details.node.is_dynamic)
        if details is None:
            self.name_label.setText(self.tr("No group selected"))
            self.kind_label.setText(
                self.tr("Create a group with “New group”, or drag contacts onto a group.")
            )
            self.query_label.clear()
            self.query_label.setToolTip("")
            self.counts_label.clear()
            self._set_notes("")
            self.members_model.set_ids(self.members_model.ids()[:0])
            self.history_model.set_rows([])
            self.members_note.set_text("")  # the line above says what to do
            self.history_note.set_text("")
            self._emit_status()
            return
        node = details.node
        self.members_note.set_text(
            self.tr("No contact matches this group's query.")
            if node.is_dynamic
            else self.tr(
                "This group has no member. Drag contacts from the contact list onto the group, "
                "or use “Add to a group…” on a contact."
            )
        )
        self.name_label.setText(node.path.replace("/", " › "))
        self.kind_label.setText(
            self.tr("Dynamic group: its members are whoever the query finds when it is used.")
            if node.is_dynamic
            else self.tr("Static group: members added by hand.")
        )
        self.query_label.setText(details.words or self.tr("(none: a static group)"))
        self.query_label.setToolTip(
            self.tr("As saved: {0}").format(node.query_text) if node.query_text else ""
        )
        self.include_check.blockSignals(True)
        self.include_check.setChecked(node.include_subgroups)
        self.include_check.blockSignals(False)
        self.counts_label.setText(
            self.tr("{0} members · {1} pinned · {2} excluded · {3} companies").format(
                *map(count_text, (len(details.ids), node.pinned, node.excluded, node.companies))
            )
        )
        if not keep_notes:
            self._set_notes(node.description or "")
        if previous is not None and previous.node.id == node.id and previous.ids == details.ids:
            self.members_model.refresh_rows()  # same members: their rows may have changed
        else:
            self.members_model.set_ids(details.ids)
        locale = QLocale()
        self.history_note.set_text(self.history_empty)
        self.history_model.set_rows(
            [
                (
                    locale.toString(
                        QDate(run.day.year, run.day.month, run.day.day),
                        QLocale.FormatType.ShortFormat,
                    ),
                    history_label(run.type),
                    run.regarding or "",
                    run.contacts,
                )
                for run in details.history
            ]
        )
        self.history.resizeColumnsToContents()
        self._emit_status()

    def _emit_status(self) -> None:
        status = self.status()
        if status is not None:
            self.status_changed.emit(*status)

    def _set_notes(self, text: str) -> None:
        self.description_edit.blockSignals(True)
        self.description_edit.setPlainText(text)
        self.description_edit.blockSignals(False)
        self.save_description_button.setEnabled(False)

    # -- change notices ---------------------------------------------------------------------

    def _on_ops_changed(self, changes: Changes, _initiator: object) -> None:
        if not (changes.touches(*WATCHED) or changes.contacts):
            return
        if not self.isVisible():
            self._stale = True  # counted again when shown: queries cost at 100k contacts
            return
        self._reload_timer.start()  # one reload for a burst of notices

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    # -- actions ----------------------------------------------------------------------------

    def _run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        **kwargs: Any,
    ) -> None:
        self.ops.run(fn, *args, on_done=on_done, on_error=self._on_error, initiator=self, **kwargs)

    def _on_error(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Groups"), error_message(exc))

    def _select_new(self, node: group_service.GroupNode) -> None:
        self._select_after_load = node.id
        self.refresh()

    def new_group(self, name: str | None = None, *, subgroup: bool = False) -> None:
        parent_id = self.selected_group_id() if subgroup else None
        if subgroup and parent_id is None:
            return
        if name is None:
            title = self.tr("New subgroup") if subgroup else self.tr("New group")
            name, ok = QInputDialog.getText(self, title, self.tr("Name of the group:"))
            if not ok or not name.strip():
                return
        self._run(group_service.create_group, name, parent_id=parent_id, on_done=self._select_new)

    def rename_group(self, name: str | None = None) -> None:
        if self.current is None:
            return
        node = self.current.node
        if name is None:
            name, ok = QInputDialog.getText(
                self, self.tr("Rename"), self.tr("New name of the group:"), text=node.name
            )
            if not ok or not name.strip() or name == node.name:
                return
        self._run(group_service.update_group, node.id, node.version, name=name)

    def edit_query(self, text: str | None = None) -> None:
        if self.current is None:
            return
        node = self.current.node
        if text is None:
            text = QueryBuilder.ask(self.context, node.query_text or "", self)
            if text is None:
                return
        self._run(group_service.update_group, node.id, node.version, query_text=text or None)

    def delete_group(self, *, confirm: bool = True) -> None:
        if self.current is None:
            return
        node = self.current.node
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Delete the group"),
                self.tr(
                    "Delete the group “{0}” and its subgroups? The contacts stay in the database; "
                    "only the group goes."
                ).format(node.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._run(group_service.delete_group, node.id)

    def save_description(self) -> None:
        if self.current is None:
            return
        node = self.current.node
        self.save_description_button.setEnabled(False)
        self._run(
            group_service.update_group,
            node.id,
            node.version,
            description=self.description_edit.toPlainText(),
        )

    def _on_description_edited(self) -> None:
        self.save_description_button.setEnabled(self.current is not None)

    def _on_include_toggled(self, checked: bool) -> None:
        if self.current is not None:
            node = self.current.node
            self._run(group_service.update_group, node.id, node.version, include_subgroups=checked)

    def add_contacts(self, group_id: int, contact_ids: list[int]) -> None:
        if not contact_ids:
            return
        self._run(
            group_service.add_members,
            group_id,
            contact_ids,
            on_done=self._on_members_added,
        )

    def _on_members_added(self, count: int) -> None:
        self.message.emit(grouped(self.tr("%n contact(s) added to the group", "", count), count))

    def add_selected_contacts(self) -> None:
        if self.current is None:
            return
        ids = self.selected_contacts()
        if not ids:
            QMessageBox.information(
                self,
                self.tr("Add contacts"),
                self.tr("Select contacts in the contact list first (or drag them onto a group)."),
            )
            return
        self.add_contacts(self.current.node.id, ids)

    def selected_member_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.members.selectionModel().selectedRows()})
        ids = (self.members_model.id_at(r) for r in rows)
        return [i for i in ids if i is not None]

    def remove_selected_members(self) -> None:
        if self.current is None:
            return
        ids = self.selected_member_ids()
        if ids:
            self._run(group_service.remove_members, self.current.node.id, ids)

    def start_phoning(self) -> None:
        """Call the selected group's members one by one (the phoning session window)."""
        from desktop_crm.ui.phoning.entry import group_target, open_session

        if self.current is not None:
            open_session(self.context, group_target(self.current.node.id), self)

    def add_company_contacts(self) -> None:
        if self.current is None:
            return
        self._companies_of = self.current.node.id
        self.ops.read(
            group_service.contacts_of_companies,
            self._companies_of,
            on_done=self._on_company_contacts,
            on_error=self._on_error,
        )

    def _on_company_contacts(self, ids: list[int], *, confirm: bool = True) -> None:
        group_id = self._companies_of
        title = self.tr("Contacts of the companies")
        if not ids:
            QMessageBox.information(self, title, self.tr("No company of this group has contacts."))
            return
        if confirm:
            text = self.tr(
                "Add the %n contact(s) of the companies in this group to its members?", "", len(ids)
            )
            if QMessageBox.question(self, title, text) != QMessageBox.StandardButton.Yes:
                return
        self.add_contacts(group_id, ids)

    def _on_member_activated(self, index: QModelIndex) -> None:
        contact_id = self.members_model.id_at(index.row())
        if contact_id is not None:
            self.contact_open_requested.emit(contact_id)

    # -- drag and drop ----------------------------------------------------------------------

    def _on_contacts_dropped(self, group_id: int, contact_ids: list[int]) -> None:
        self.add_contacts(group_id, contact_ids)

    def _on_group_dropped(self, group_id: int, parent_id: int) -> None:
        node = self.tree_model.node(group_id)
        if node is not None:
            self._run(
                group_service.update_group, group_id, node.version, parent_id=parent_id or None
            )

    def _on_drop_refused(self, text: str) -> None:
        self.message.emit(text)
        QMessageBox.information(self, self.tr("Groups"), text)

    def save_layout(self) -> None:
        self.context.settings.setValue("groups/splitter", self.splitter.saveState())

"""The Companies view: a looked-up company list and the company card (fields, contacts,
divisions, notes, and the history of all its contacts in one timeline)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.changes import Changes
from desktop_crm.domain.errors import ConflictError, ValidationError
from desktop_crm.domain.fields import FieldKind, card_fields, catalogue
from desktop_crm.services.contacts import card_data, companies, picklists
from desktop_crm.services.fields import cards as field_cards
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.empty_note import EmptyNote
from desktop_crm.ui.common.fields import (
    EmailEdit,
    PhoneEdit,
    PickListCombo,
    set_problem,
    too_wide,
)
from desktop_crm.ui.common.layouts import nest
from desktop_crm.ui.common.simple_table import RowsModel
from desktop_crm.ui.common.titles import ElidingTitle
from desktop_crm.ui.common.view import ViewWidget
from desktop_crm.ui.contacts.card_empty import add_history_and_notes_notes
from desktop_crm.ui.contacts.card_form import field_label
from desktop_crm.ui.contacts.card_tabs import HistoryTab, NotesTab
from desktop_crm.ui.contacts.conflict_dialog import ConflictDialog
from desktop_crm.ui.fields.section import CustomFieldsBox

# Pick list field -> the pick list it offers (industry, size, status, origin).
PICKLISTS = {spec.name: spec.picklist for spec in catalogue("company") if spec.picklist}


class CompanyCard(QWidget):
    """Edits one company.

    Signals: ``saved(int)``, ``contact_open_requested(int)``, ``company_shown(int)`` (0: a
    blank card) once a company has been read, ``message(str)``.
    """

    saved = Signal(int)
    contact_open_requested = Signal(int)
    company_shown = Signal(int)
    message = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = context.ops
        self._context = context
        self._key = f"company-card-{id(self)}"
        self.company: companies.CompanyView | None = None
        self.editors: dict[str, Any] = {}
        self.title = ElidingTitle(self)  # a long name must not squeeze the list
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        grid = QGridLayout()
        for col, (section, specs) in enumerate(card_fields("company")):
            box = QGroupBox(QCoreApplication.translate("CompanyCard", section.title), self)
            form = QFormLayout(box)
            for spec in specs:
                name = spec.name
                editor: Any
                if spec.picklist:
                    editor = PickListCombo(spec.picklist, None, box)
                elif spec.kind is FieldKind.PHONE:
                    editor = PhoneEdit(box)
                elif spec.kind is FieldKind.EMAIL:
                    editor = EmailEdit(box)
                else:
                    editor = QLineEdit(box)
                # Typing stops at the storage column's length instead of failing on save.
                line = editor.lineEdit() if isinstance(editor, PickListCombo) else editor
                if spec.max_length is not None and line is not None:
                    line.setMaxLength(spec.max_length)
                editor.setObjectName(f"company_{name}")
                self.editors[name] = editor
                form.addRow(field_label(name, "company"), editor)
                hint = getattr(editor, "hint", None)
                if hint is not None:
                    form.addRow("", hint)
            grid.addWidget(box, 0, col)
        # User-defined fields, saved with the card's own fields.
        self.custom_box = CustomFieldsBox(self)
        grid.addWidget(self.custom_box, 1, 0, 1, grid.columnCount())
        self._custom_key = f"{self._key}-custom"
        self.details = QPlainTextEdit(self)
        self.details.setMaximumHeight(60)
        self.save_button = QPushButton(self.tr("&Save company"), self)
        self.save_button.clicked.connect(self.save)
        self.group_button = QPushButton(self.tr("Add to a &group…"), self)
        self.group_button.clicked.connect(self.add_to_group)
        self.tabs = QTabWidget(self)
        # A person's name: its own context, since "Name" alone reads "Raison sociale" in the
        # French catalogue (a company's name).
        person = QCoreApplication.translate("CompanyContacts", "Name")
        self.contacts_model = RowsModel(
            [
                person,
                self.tr("Job title"),
                self.tr("Phone"),
                self.tr("E-mail"),
                self.tr("City"),
            ],
            self,
        )
        self.contacts_view = _table(self, self.contacts_model)
        _set_widths(self.contacts_view, CONTACT_WIDTHS)
        self.contacts_note = EmptyNote(
            self.contacts_view,
            self.tr(
                "No contact is linked to this company. Contacts imported with this "
                "company's name are linked to it."
            ),
        )
        self.contacts_view.doubleClicked.connect(self._on_contact_double_clicked)
        self.divisions_model = RowsModel(
            [self.tr("Division"), self.tr("City"), self.tr("Contacts")], self
        )
        self.divisions_view = _table(self, self.divisions_model)
        EmptyNote(self.divisions_view, self.tr("This company has no division."))
        self.history_tab = HistoryTab(context, self)
        self.notes_tab = NotesTab(context, self)
        add_history_and_notes_notes(self.history_tab, self.notes_tab)
        self.tabs.addTab(self.contacts_view, self.tr("Contacts"))
        self.tabs.addTab(self.divisions_view, self.tr("Divisions"))
        self.tabs.addTab(self.history_tab, self.tr("History"))
        self.tabs.addTab(self.notes_tab, self.tr("Notes"))
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.group_button)
        top.addWidget(self.save_button)
        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        nest(upper_layout, top)
        nest(upper_layout, grid)
        upper_layout.addWidget(QLabel(field_label("details", "company"), self))
        upper_layout.addWidget(self.details)
        upper_layout.addStretch(1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(self.tabs)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter)

    def set_picklists(self, lists: dict[str, list[str]]) -> None:
        for name, key in PICKLISTS.items():
            self.editors[name].set_values(lists.get(key, []))

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, editor in self.editors.items():
            if isinstance(editor, PhoneEdit):
                out[name] = editor.e164()
            elif isinstance(editor, PickListCombo):
                out[name] = editor.currentText().strip() or None
            else:
                out[name] = editor.text().strip() or None
        out["details"] = self.details.toPlainText().strip() or None
        return out

    def show_company(self, company_id: int | None) -> None:
        """Read a company with its contacts and divisions (None: a blank card for a new one)."""
        if company_id is None:
            self._show(card_data.CompanyCardData(None, [], []))
            return
        self.ops.read(card_data.company_card, company_id, key=self._key, on_done=self._show)

    def reload(self) -> None:
        """Read the company shown again: its lists always, its fields if not being edited."""
        if self.company is None:
            return
        self.ops.read(
            card_data.company_card,
            self.company.id,
            key=f"{self._key}-reread",
            on_done=self._on_reread,
        )

    def _on_reread(self, data: card_data.CompanyCardData) -> None:
        if self.company is None or data.company is None or data.company.id != self.company.id:
            if data.company is None and not self.is_dirty():
                self._show(data)
            return
        if self.is_dirty():
            self._show_lists(data)
            self.history_tab.reload()
            self.notes_tab.reload()
        else:
            self._show(data)

    def _show(self, data: card_data.CompanyCardData) -> None:
        view = data.company
        company_id = view.id if view else None
        self.company = view
        for name, editor in self.editors.items():
            value = getattr(view, name, None) if view else None
            if isinstance(editor, PhoneEdit):
                editor.set_e164(value)
            else:
                editor.setText(value or "")
            if isinstance(editor, QLineEdit) and too_wide(editor):
                editor.setCursorPosition(0)  # a long name shows its start, not its end
        self.details.setPlainText(view.details or "" if view else "")
        title = view.name if view else self.tr("New company")
        if view and view.parent_name:
            title += " — " + self.tr("division of {0}").format(view.parent_name)
        self.title.setText(title)
        self._load_custom(company_id)
        self._show_lists(data)
        self.history_tab.set_owner("company", company_id)
        self.notes_tab.set_owner("company", company_id)
        self.company_shown.emit(company_id or 0)

    def _load_custom(self, company_id: int | None) -> None:
        self.ops.read(
            field_cards.card_fields,
            "company",
            company_id,
            key=self._custom_key,
            on_done=lambda fields: self._on_custom_read(company_id, fields),
            on_error=lambda _exc: None,
        )

    def _on_custom_read(self, company_id: int | None, fields: field_cards.CardFields) -> None:
        if company_id == (self.company.id if self.company else None):
            self.custom_box.load(fields.specs, fields.values)

    def _show_lists(self, data: card_data.CompanyCardData) -> None:
        self.contacts_model.set_rows(
            [
                (
                    " ".join(p for p in (c.first_name, c.last_name) if p),
                    c.job_title or "",
                    c.phone_business or c.phone_mobile,
                    c.email or "",
                    c.city or "",
                )
                for c in data.contacts
            ],
            [c.id for c in data.contacts],
        )
        self.divisions_model.set_rows(
            [(d.name, d.city or "", d.contacts) for d in data.divisions],
            [d.id for d in data.divisions],
        )

    def is_dirty(self) -> bool:
        if self.custom_box.changes():
            return True
        if self.company is None:
            return any(v for v in self.values().values())
        current = self.company.values()
        return any(current.get(k) != v for k, v in self.values().items())

    def save(self) -> bool:
        """Save off the GUI thread (a conflict asks field by field); False if nothing to save."""
        values = self.values()
        fields = self.custom_box.changes()
        if self.company is None:
            self.ops.run(
                field_cards.create_company_card,
                values,
                fields,
                on_done=self._on_saved,
                on_error=self._on_save_failed,
                initiator=self,
            )
            return True
        original = self.company.values()
        changes = {k: v for k, v in values.items() if original.get(k) != v}
        if not changes and not fields:
            return True
        company = self.company
        version = company.version

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, ConflictError):
                self._on_save_failed(exc)
                return
            resolution = (
                ConflictDialog.resolve(company.name, exc.conflicts, self) if exc.conflicts else {}
            )
            if resolution is None:
                return
            self.ops.run(
                field_cards.save_company_card,
                company.id,
                exc.their_version or version,
                {**changes, **resolution},
                fields,
                on_done=self._on_saved,
                on_error=self._on_save_failed,
                initiator=self,
            )

        self.ops.run(
            field_cards.save_company_card,
            company.id,
            version,
            changes,
            fields,
            original=original,
            on_done=self._on_saved,
            on_error=failed,
            initiator=self,
        )
        return True

    def add_to_group(self, group_id: int | None = None) -> None:
        """Put the company in a group (its contacts are then one click away there)."""
        if self.company is None:
            return
        if group_id is None:
            from desktop_crm.ui.groups.dialogs import GroupPicker

            group_id = GroupPicker.ask(self._context, self)
            if group_id is None:
                return
        from desktop_crm.services.groups.groups import add_companies

        self.ops.run(
            add_companies,
            group_id,
            [self.company.id],
            on_done=lambda _n: self.message.emit(self.tr("Company added to the group.")),
            initiator=self,
        )

    def _on_saved(self, view: companies.CompanyView) -> None:
        self.show_company(view.id)
        self.message.emit(self.tr("Company saved."))
        self.saved.emit(view.id)

    def _on_save_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, ValidationError):
            self.ops.show_error(exc, self)
            return
        for problem in exc.problems:
            if problem.field in self.editors:
                set_problem(self.editors[problem.field], problem.message)
        self.custom_box.show_problems({p.field: p.message for p in exc.problems})
        self.message.emit(self.tr("Not saved: {0}").format(exc.problems[0].message))

    def _on_contact_double_clicked(self, index: Any) -> None:
        contact_id = self.contacts_model.payload(index.row())
        if contact_id is not None:
            self.contact_open_requested.emit(contact_id)


# Starting widths (px): typical company and person names whole, the rest readable.
COMPANY_WIDTHS = (230, 110, 105, 130, 80, 70)
CONTACT_WIDTHS = (180, 170, 110, 220)
HEADER_KEY = "companies/header"


def _set_widths(view: QTableView, widths: Sequence[int]) -> None:
    header = view.horizontalHeader()
    for column, width in enumerate(widths):
        header.resizeSection(column, width)


def _table(parent: QWidget, model: RowsModel) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 6)
    return view


class CompanyWorkspace(ViewWidget):
    """Company list with a lookup box, and the company card.

    Signals (from ``ViewWidget``): ``status_changed(str, int)``, ``message(str)``,
    ``contact_open_requested(int)``. Change notices touching companies, contacts or history
    refresh the list and the company shown.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.settings = context.settings
        self._key = f"company-lookup-{id(self)}"
        self._status: tuple[str, int] | None = None
        self._pending_select: int | None = None
        self.lookup_edit = QLineEdit(self)
        self.lookup_edit.setObjectName("companyLookup")
        self.lookup_edit.setClearButtonEnabled(True)
        self.lookup_edit.setPlaceholderText(self.tr("Look up a company by name…"))
        self.lookup_edit.setToolTip(
            self.tr(
                "Finds the companies with a word of their name starting with the text "
                '("fils" finds "SARL Dupont & Fils"); names starting with it come first.'
            )
        )
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.run_lookup)
        self.lookup_edit.textChanged.connect(lambda _t: self._debounce.start())
        self.model = RowsModel(
            [
                self.tr("Company"),
                self.tr("City"),
                self.tr("Phone"),
                self.tr("Industry"),
                self.tr("Status"),
                self.tr("Contacts"),
            ],
            self,
        )
        self.table = _table(self, self.model)
        self.table.setObjectName("companyTable")
        _set_widths(self.table, COMPANY_WIDTHS)
        header_state = self.settings.value(HEADER_KEY)
        if isinstance(header_state, QByteArray) and not header_state.isEmpty():
            self.table.horizontalHeader().restoreState(header_state)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.card = CompanyCard(context, self)
        self.card.message.connect(self.message)
        self.card.saved.connect(self._on_card_saved)
        self.card.contact_open_requested.connect(self.contact_open_requested)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.lookup_edit)
        left_layout.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("companiesSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.card)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([560, 690])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        state = self.settings.value("companies/splitter")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.splitter.restoreState(state)
        context.ops.changed.connect(self._on_ops_changed)

    def start(self) -> None:
        self.context.ops.read(
            picklists.all_picklists, set(PICKLISTS.values()), on_done=self.card.set_picklists
        )
        self.run_lookup()

    def run_lookup(self, select_id: int | None = None) -> None:
        """Run the lookup in the box off the GUI thread; the newest request wins."""
        self._debounce.stop()
        text = self.lookup_edit.text()
        self._pending_select = select_id
        self.context.ops.read(
            card_data.company_list,
            text,
            key=self._key,
            on_done=lambda found: self._on_lookup_done(text, found),
        )

    def _on_lookup_done(self, text: str, found: card_data.CompanyList) -> None:
        shown = found.rows
        self.model.set_rows(
            [
                (r.name, r.city or "", r.phone, r.industry or "", r.status or "", r.contacts)
                for r in shown
            ],
            [r.id for r in shown],
        )
        ids = [r.id for r in shown]
        target = 0
        if self._pending_select is not None and self._pending_select in ids:
            target = ids.index(self._pending_select)
        if shown:
            self.table.setCurrentIndex(self.model.index(target, 0))
        self._status = (text, found.total)
        self.status_changed.emit(text, found.total)

    def _on_card_saved(self, company_id: int) -> None:
        self.run_lookup(company_id)

    def _on_ops_changed(self, changes: Changes, initiator: object) -> None:
        if changes.touches("picklist", "picklist_item"):
            self.context.ops.read(
                picklists.all_picklists, set(PICKLISTS.values()), on_done=self.card.set_picklists
            )
        if initiator is self.card and changes.touches("company"):
            return  # the card's own save re-runs the lookup when it is done
        if changes.touches("company", "contact"):
            # Names, cities and contact counts of the list may have moved.
            self.run_lookup(self.card.company.id if self.card.company else None)
        if self.card.company is not None and changes.touches("company", "contact", "history"):
            self.card.reload()

    def _on_current_row_changed(self, current: Any, _previous: Any) -> None:
        company_id = self.model.payload(current.row())
        if company_id is not None and (
            self.card.company is None or self.card.company.id != company_id
        ):
            if self.card.company is not None and self.card.is_dirty():
                answer = QMessageBox.question(
                    self,
                    self.tr("Unsaved changes"),
                    self.tr("Save the changes made to {0}?").format(self.card.company.name),
                )
                if answer == QMessageBox.StandardButton.Yes and not self.card.save():
                    return
            self.card.show_company(company_id)

    def new_company(self) -> None:
        self.table.clearSelection()
        self.card.show_company(None)
        self.card.editors["name"].setFocus()

    def save(self) -> bool:
        return self.card.save()

    def new_record(self) -> bool:
        self.new_company()
        return True

    def focus_lookup(self) -> bool:
        self.lookup_edit.setFocus()
        self.lookup_edit.selectAll()
        return True

    def refresh(self) -> None:
        self.run_lookup(self.card.company.id if self.card.company else None)
        self.card.reload()

    def status(self) -> tuple[str, int] | None:
        return self._status

    def save_layout(self) -> None:
        self.settings.setValue("companies/splitter", self.splitter.saveState())
        self.settings.setValue(HEADER_KEY, self.table.horizontalHeader().saveState())

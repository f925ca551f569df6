"""The Companies view: a looked-up company list and the company card (fields, contacts,
divisions, notes, and the history of all its contacts in one timeline)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
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

from desktop_crm.domain.errors import ConflictError, ValidationError
from desktop_crm.services.contacts import companies
from desktop_crm.storage.uow import Database
from desktop_crm.ui.common.fields import EmailEdit, PhoneEdit, PickListCombo, set_problem
from desktop_crm.ui.common.simple_table import RowsModel
from desktop_crm.ui.contacts.card_form import field_label
from desktop_crm.ui.contacts.card_tabs import HistoryTab, NotesTab
from desktop_crm.ui.contacts.conflict_dialog import ConflictDialog

FORM_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "company",
        (
            "name",
            "legal_form",
            "siren",
            "siret",
            "vat_number",
            "industry",
            "company_size",
            "status",
            "referred_by",
        ),
    ),
    ("reach", ("phone", "fax", "email", "website")),
    ("address", ("address1", "address2", "address3", "postcode", "city", "cedex", "country")),
)
PICKLISTS = {
    "industry": "industry",
    "company_size": "company_size",
    "status": "status",
    "referred_by": "referred_by",
}


class CompanyCard(QWidget):
    """Edits one company. Signals: ``saved(int)``, ``contact_opened(int)``, ``message(str)``."""

    saved = Signal(int)
    contact_opened = Signal(int)
    message = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.company: companies.CompanyView | None = None
        self.editors: dict[str, Any] = {}
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        grid = QGridLayout()
        titles = {
            "company": self.tr("Company"),
            "reach": self.tr("Phone and web"),
            "address": self.tr("Address"),
        }
        for col, (key, names) in enumerate(FORM_GROUPS):
            box = QGroupBox(titles[key], self)
            form = QFormLayout(box)
            for name in names:
                editor: Any
                if name in PICKLISTS:
                    editor = PickListCombo(PICKLISTS[name], None, box)
                elif name in {"phone", "fax"}:
                    editor = PhoneEdit(box)
                elif name == "email":
                    editor = EmailEdit(box)
                else:
                    editor = QLineEdit(box)
                editor.setObjectName(f"company_{name}")
                self.editors[name] = editor
                form.addRow(field_label(name), editor)
                hint = getattr(editor, "hint", None)
                if hint is not None:
                    form.addRow("", hint)
            grid.addWidget(box, 0, col)
        self.details = QPlainTextEdit(self)
        self.details.setMaximumHeight(60)
        self.save_button = QPushButton(self.tr("&Save company"), self)
        self.save_button.clicked.connect(self.save)
        self.tabs = QTabWidget(self)
        self.contacts_model = RowsModel(
            [
                self.tr("Name"),
                self.tr("Job title"),
                self.tr("Phone"),
                self.tr("E-mail"),
                self.tr("City"),
            ],
            self,
        )
        self.contacts_view = _table(self, self.contacts_model)
        self.contacts_view.doubleClicked.connect(self._on_contact_double_clicked)
        self.divisions_model = RowsModel(
            [self.tr("Division"), self.tr("City"), self.tr("Contacts")], self
        )
        self.divisions_view = _table(self, self.divisions_model)
        self.history_tab = HistoryTab(db, self)
        self.notes_tab = NotesTab(db, self)
        self.tabs.addTab(self.contacts_view, self.tr("Contacts"))
        self.tabs.addTab(self.divisions_view, self.tr("Divisions"))
        self.tabs.addTab(self.history_tab, self.tr("History"))
        self.tabs.addTab(self.notes_tab, self.tr("Notes"))
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.save_button)
        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(top)
        upper_layout.addLayout(grid)
        upper_layout.addWidget(QLabel(self.tr("Details"), self))
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
        view = None
        contacts_rows: list[Any] = []
        division_rows: list[Any] = []
        if company_id is not None:
            with self.db.uow(write=False) as uow:
                view = companies.get_company(uow, company_id)
                contacts_rows = companies.company_contacts(uow, company_id)
                division_rows = companies.divisions(uow, company_id)
        self.company = view
        for name, editor in self.editors.items():
            value = getattr(view, name, None) if view else None
            if isinstance(editor, PhoneEdit):
                editor.set_e164(value)
            else:
                editor.setText(value or "")
        self.details.setPlainText(view.details or "" if view else "")
        title = view.name if view else self.tr("New company")
        if view and view.parent_name:
            title += " — " + self.tr("division of {0}").format(view.parent_name)
        self.title.setText(title)
        self.contacts_model.set_rows(
            [
                (
                    " ".join(p for p in (c.first_name, c.last_name) if p),
                    c.job_title or "",
                    c.phone_business or c.phone_mobile,
                    c.email or "",
                    c.city or "",
                )
                for c in contacts_rows
            ],
            [c.id for c in contacts_rows],
        )
        self.divisions_model.set_rows(
            [(d.name, d.city or "", d.contacts) for d in division_rows],
            [d.id for d in division_rows],
        )
        self.history_tab.set_owner("company", company_id)
        self.notes_tab.set_owner("company", company_id)

    def is_dirty(self) -> bool:
        if self.company is None:
            return any(v for v in self.values().values())
        current = self.company.values()
        return any(current.get(k) != v for k, v in self.values().items())

    def save(self) -> bool:
        values = self.values()
        try:
            if self.company is None:
                with self.db.uow() as uow:
                    view = companies.create_company(uow, values)
            else:
                original = self.company.values()
                changes = {k: v for k, v in values.items() if original.get(k) != v}
                if not changes:
                    return True
                version = self.company.version
                try:
                    with self.db.uow() as uow:
                        view = companies.update_company(
                            uow, self.company.id, version, changes, original=original
                        )
                except ConflictError as exc:
                    resolution = (
                        ConflictDialog.resolve(self.company.name, exc.conflicts, self)
                        if exc.conflicts
                        else {}
                    )
                    if resolution is None:
                        return False
                    with self.db.uow() as uow:
                        view = companies.update_company(
                            uow,
                            self.company.id,
                            exc.their_version or version,
                            {**changes, **resolution},
                        )
        except ValidationError as exc:
            for problem in exc.problems:
                if problem.field in self.editors:
                    set_problem(self.editors[problem.field], problem.message)
            self.message.emit(self.tr("Not saved: {0}").format(exc.problems[0].message))
            return False
        self.show_company(view.id)
        self.message.emit(self.tr("Company saved."))
        self.saved.emit(view.id)
        return True

    def _on_contact_double_clicked(self, index: Any) -> None:
        contact_id = self.contacts_model.payload(index.row())
        if contact_id is not None:
            self.contact_opened.emit(contact_id)


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


class CompanyWorkspace(QWidget):
    """Company list with a lookup box, and the company card.

    Signals: ``status_changed(str, int)``, ``message(str)``, ``contact_opened(int)``.
    """

    status_changed = Signal(str, int)
    message = Signal(str)
    contact_opened = Signal(int)

    def __init__(
        self, db: Database, settings: QSettings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings
        self.lookup_edit = QLineEdit(self)
        self.lookup_edit.setObjectName("companyLookup")
        self.lookup_edit.setClearButtonEnabled(True)
        self.lookup_edit.setPlaceholderText(self.tr("Look up a company by name…"))
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
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.card = CompanyCard(db, self)
        self.card.message.connect(self.message)
        self.card.saved.connect(lambda cid: self.run_lookup(cid))
        self.card.contact_opened.connect(self.contact_opened)
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
        self.splitter.setSizes([440, 1000])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self._ids: list[int] = []
        if settings is not None:
            state = settings.value("companies/splitter")
            if isinstance(state, QByteArray) and not state.isEmpty():
                self.splitter.restoreState(state)

    def start(self) -> None:
        from desktop_crm.services.contacts import picklists

        with self.db.uow(write=False) as uow:
            lists = picklists.all_picklists(uow, set(PICKLISTS.values()))
        self.card.set_picklists(lists)
        self.run_lookup()

    def run_lookup(self, select_id: int | None = None) -> None:
        text = self.lookup_edit.text()
        with self.db.uow(write=False) as uow:
            # Companies number in thousands, not millions: one query is instant.
            self._ids = companies.company_ids(uow, text)
            rows = companies.fetch_company_rows(uow, self._ids[:5000])
        shown = [rows[i] for i in self._ids[:5000] if i in rows]
        self.model.set_rows(
            [
                (r.name, r.city or "", r.phone, r.industry or "", r.status or "", r.contacts)
                for r in shown
            ],
            [r.id for r in shown],
        )
        target = 0
        if select_id is not None and select_id in self._ids[:5000]:
            target = [r.id for r in shown].index(select_id)
        if shown:
            self.table.setCurrentIndex(self.model.index(target, 0))
        self.status_changed.emit(text, len(self._ids))

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

    def focus_lookup(self) -> None:
        self.lookup_edit.setFocus()
        self.lookup_edit.selectAll()

    def refresh(self) -> None:
        self.run_lookup(self.card.company.id if self.card.company else None)

    def can_close(self) -> bool:
        return True

    def save_layout(self) -> None:
        if self.settings is not None:
            self.settings.setValue("companies/splitter", self.splitter.saveState())

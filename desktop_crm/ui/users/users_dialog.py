"""The team's users: names, initials, contact details, title, team, role and active flag."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelection, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.errors import ValidationError
from desktop_crm.services.users.identity import (
    USER_ROLES,
    TeamList,
    UserRecord,
    compute_initials,
    list_team,
    save_user,
)
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.layouts import nest
from desktop_crm.ui.common.operations import error_message
from desktop_crm.ui.common.simple_table import RowsModel


def role_label(role: str) -> str:
    """The role's name in the interface language (stored as a plain value)."""
    labels = {
        "administrator": QCoreApplication.translate("UsersDialog", "Administrator"),
        "manager": QCoreApplication.translate("UsersDialog", "Manager"),
        "standard": QCoreApplication.translate("UsersDialog", "Standard"),
        "restricted": QCoreApplication.translate("UsersDialog", "Restricted"),
    }
    return labels.get(role, role)


class UsersDialog(QDialog):
    """Lists and edits the team's user rows; ``edit()`` shows it until closed.

    On PostgreSQL it writes ``app_user`` rows only: the logins are created on the server by
    ``desktop-crm users add`` (the dialog says so).

    Signals: ``loaded()`` after each read of the list; ``saved(UserRecord)`` after a save.
    """

    loaded = Signal()
    saved = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usersDialog")
        self.ctx = ctx
        self.setWindowTitle(self.tr("Users"))
        self.note = QLabel(self)
        self.note.setObjectName("usersNote")
        self.note.setWordWrap(True)
        self.model = RowsModel(
            [
                self.tr("Name"),
                self.tr("Initials"),
                self.tr("E-mail"),
                self.tr("Phone"),
                self.tr("Job title"),
                self.tr("Team"),
                self.tr("Role"),
                self.tr("Active"),
            ],
            self,
        )
        self.table = QTableView(self)
        self.table.setObjectName("usersTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selectionChanged)
        self.login = QLineEdit(self)
        self.login.setObjectName("userLogin")
        self.display_name = QLineEdit(self)
        self.display_name.setObjectName("userName")
        self.initials = QLineEdit(self)
        self.initials.setMaxLength(8)
        self.email = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.title = QLineEdit(self)
        self.team = QLineEdit(self)
        self.role = QComboBox(self)
        self.role.setObjectName("userRole")
        for role in USER_ROLES:
            self.role.addItem(role_label(role), role)
        self.active = QCheckBox(self.tr("Active (offered in plans and filters)"), self)
        self.active.setChecked(True)
        box = QGroupBox(self.tr("User"), self)
        form = QFormLayout(box)
        form.addRow(self.tr("Login:"), self.login)
        form.addRow(self.tr("Name:"), self.display_name)
        form.addRow(self.tr("Initials:"), self.initials)
        form.addRow(self.tr("E-mail:"), self.email)
        form.addRow(self.tr("Phone:"), self.phone)
        form.addRow(self.tr("Job title:"), self.title)
        form.addRow(self.tr("Team:"), self.team)
        form.addRow(self.tr("Role:"), self.role)
        form.addRow("", self.active)
        self.new_button = QPushButton(self.tr("&New user"), self)
        self.new_button.setObjectName("userNew")
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setObjectName("userSave")
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        form.addRow(row)
        self.status = QLabel(self)
        self.status.setObjectName("usersStatus")
        self.status.setWordWrap(True)
        form.addRow(self.status)
        body = QHBoxLayout()
        body.addWidget(self.table, 5)
        body.addWidget(box, 2)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        nest(layout, body, 1)
        layout.addWidget(close)
        self.resize(1320, 540)
        self.team_list: TeamList | None = None
        self.editing: UserRecord | None = None
        self.display_name.textEdited.connect(self._on_display_name_textEdited)
        self._auto_initials = ""
        self.start_new()
        self.reload()

    # --- data ---------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        def show(team: TeamList) -> None:
            self.team_list = team
            self.note.setText(self._note(team.backend))
            self.model.set_rows(
                [
                    (
                        u.display_name or self.tr("(no name)"),
                        u.initials,
                        u.email,
                        u.phone,
                        u.title,
                        u.team,
                        role_label(u.role),
                        self.tr("yes") if u.active else self.tr("no"),
                    )
                    for u in team.users
                ],
                list(team.users),
            )
            self.table.resizeColumnsToContents()
            wanted = select_id if select_id is not None else team.me
            for index, user in enumerate(team.users):
                if user.id == wanted:
                    self.table.selectRow(index)
            self.loaded.emit()

        self.ctx.ops.read(list_team, on_done=show, on_error=self._on_error)

    def _note(self, backend: str) -> str:
        if backend == "postgresql":
            return self.tr(
                "Shared PostgreSQL database: this list creates and edits user rows only "
                "(names, initials, roles). A new colleague also needs a PostgreSQL login: an "
                "administrator creates it with 'desktop-crm users add LOGIN --role …', which "
                "grants the rights that the role allows."
            )
        return self.tr(
            "This database file is used by one person. Colleagues listed here can be given "
            "activities and shown side by side in the calendar; to work together on the same "
            "data, share a PostgreSQL database."
        )

    # --- form ---------------------------------------------------------------------------

    def _on_table_selectionChanged(self, _selected: QItemSelection, _old: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            record = self.model.payload(rows[0].row())
            if isinstance(record, UserRecord):
                self.show_record(record)

    def show_record(self, record: UserRecord) -> None:
        self.editing = record
        self.login.setText(record.login)
        self.login.setReadOnly(True)
        self.display_name.setText(record.display_name)
        self.initials.setText(record.initials)
        self._auto_initials = record.initials
        self.email.setText(record.email)
        self.phone.setText(record.phone)
        self.title.setText(record.title)
        self.team.setText(record.team)
        self.role.setCurrentIndex(max(0, self.role.findData(record.role)))
        self.active.setChecked(record.active)
        self.active.setEnabled(not record.is_me)
        self.status.setText("")

    def start_new(self) -> None:
        self.editing = None
        self.table.clearSelection()
        for edit in (
            self.login,
            self.display_name,
            self.initials,
            self.email,
            self.phone,
            self.title,
            self.team,
        ):
            edit.clear()
        self._auto_initials = ""
        self.login.setReadOnly(False)
        self.role.setCurrentIndex(self.role.findData("standard"))
        self.active.setChecked(True)
        self.active.setEnabled(True)
        self.status.setText("")
        self.login.setFocus()

    def _on_display_name_textEdited(self, text: str) -> None:
        if self.initials.text() in ("", self._auto_initials):
            self._auto_initials = compute_initials(text)
            self.initials.setText(self._auto_initials)

    def value(self) -> UserRecord:
        current = self.editing
        return UserRecord(
            id=current.id if current else None,
            login=current.login if current else self.login.text().strip(),
            display_name=self.display_name.text().strip(),
            initials=self.initials.text().strip(),
            email=self.email.text().strip(),
            phone=self.phone.text().strip(),
            title=self.title.text().strip(),
            team=self.team.text().strip(),
            role=str(self.role.currentData()),
            active=self.active.isChecked(),
            signature=current.signature if current else "",
        )

    def save(self) -> None:
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Saving…"))

        def done(record: UserRecord) -> None:
            self.save_button.setEnabled(True)
            self.status.setText(self.tr("Saved."))
            self.saved.emit(record)
            self.reload(record.id)

        self.ctx.ops.run(save_user, self.value(), on_done=done, on_error=self._on_error)

    def _on_error(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.status.setText(
                "\n".join(self._problem_text(p.field, p.code) for p in exc.problems)
            )
        else:
            self.status.setText(error_message(exc))

    def _problem_text(self, field: str, code: str) -> str:
        texts = {
            ("display_name", "required"): self.tr("Type the person's name."),
            ("login", "required"): self.tr("Type a login (letters and digits, no space)."),
            ("login", "invalid"): self.tr(
                "A login may hold letters, digits, '.', '-' and '_' only."
            ),
            ("login", "taken"): self.tr("This login is already used: choose another one."),
            ("active", "self"): self.tr("You cannot make yourself inactive."),
            ("email", "email_invalid"): self.tr(
                "This e-mail address is not valid: correct it or leave it empty."
            ),
            ("initials", "too_long"): self.tr("Initials are 8 letters at most."),
        }
        if field == "phone":
            return self.tr("This phone number is not valid: correct it or leave it empty.")
        return texts.get((field, code), f"{field}: {code}")

    @classmethod
    def edit(cls, ctx: AppContext, parent: QWidget | None = None) -> None:
        """Show the dialog until it is closed."""
        dialog = cls(ctx, parent)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

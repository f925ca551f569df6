"""Database dialogs: the first-start choice and the shared PostgreSQL connection."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

DEMO_CONTACTS = 2000


@dataclass(frozen=True)
class FirstStartChoice:
    """What the user chose on the first start: "empty", "demo", "open" or "postgres"."""

    kind: str
    demo_contacts: int = DEMO_CONTACTS


class FirstStartDialog(QDialog):
    """Shown once, when no database exists yet: empty database, demo database, or others."""

    def __init__(self, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Desktop CRM"))
        intro = QLabel(
            self.tr(
                "<h3>Welcome</h3><p>Your contacts will be kept in a database file on this "
                "computer:<br><code>{0}</code></p><p>How do you want to start?</p>"
            ).format(path),
            self,
        )
        intro.setWordWrap(True)
        self.empty = QRadioButton(
            self.tr("An &empty database, to type or import my contacts"), self
        )
        self.demo = QRadioButton(
            self.tr("A &demo database with sample French contacts, to try the application"), self
        )
        self.open_file = QRadioButton(self.tr("&Open an existing database file…"), self)
        self.postgres = QRadioButton(
            self.tr("&Connect to my team's shared PostgreSQL database…"), self
        )
        group = QButtonGroup(self)
        for button in (self.empty, self.demo, self.open_file, self.postgres):
            group.addButton(button)
        self.empty.setChecked(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for button in (self.empty, self.demo, self.open_file, self.postgres):
            layout.addWidget(button)
        layout.addWidget(buttons)

    def choice(self) -> FirstStartChoice:
        for kind, button in (
            ("demo", self.demo),
            ("open", self.open_file),
            ("postgres", self.postgres),
        ):
            if button.isChecked():
                return FirstStartChoice(kind)
        return FirstStartChoice("empty")

    @classmethod
    def ask(cls, path: str, parent: QWidget | None = None) -> FirstStartChoice | None:
        dialog = cls(path, parent)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None


class PostgresDialog(QDialog):
    """Connection to a shared PostgreSQL database; the password can go to the keyring."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to a shared PostgreSQL database"))
        self.host = QLineEdit("localhost", self)
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit("crm", self)
        self.user = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember the password in the system keyring"), self)
        self.remember.setChecked(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Server:"), self.host)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("Database:"), self.database)
        form.addRow(self.tr("User:"), self.user)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.remember)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def url(self) -> str:
        from desktop_crm.services.databases import postgres_url

        return postgres_url(
            host=self.host.text(),
            port=self.port.value(),
            database=self.database.text(),
            user=self.user.text(),
            password=self.password.text() or None,
            remember=self.remember.isChecked(),
        )

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> str | None:
        dialog = cls(parent)
        return dialog.url() if dialog.exec() == QDialog.DialogCode.Accepted else None

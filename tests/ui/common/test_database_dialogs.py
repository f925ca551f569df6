"""The first-start choice and the PostgreSQL connection dialog, driven without exec()."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QLabel
from sqlalchemy.engine import make_url

from desktop_crm.storage import location
from desktop_crm.ui.common.database_dialogs import (
    DEMO_CONTACTS,
    FirstStartChoice,
    FirstStartDialog,
    PostgresDialog,
)

pytestmark = pytest.mark.qt_log_level_fail("WARNING")


def _answer(monkeypatch: pytest.MonkeyPatch, cls: type[QDialog], accept: bool, fill: Any) -> None:
    """Replace exec(): ``fill`` sets the widgets, then the dialog is accepted or cancelled."""

    def fake_exec(self: QDialog) -> QDialog.DialogCode:
        fill(self)
        return QDialog.DialogCode.Accepted if accept else QDialog.DialogCode.Rejected

    monkeypatch.setattr(cls, "exec", fake_exec)


def test_first_start_shows_the_path_and_proposes_an_empty_database(qtbot) -> None:
    dialog = FirstStartDialog("/home/ana/.local/share/desktop-crm/crm.sqlite")
    qtbot.addWidget(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "/home/ana/.local/share/desktop-crm/crm.sqlite" in texts
    assert dialog.empty.isChecked()
    assert dialog.choice() == FirstStartChoice("empty", DEMO_CONTACTS)


@pytest.mark.parametrize("kind", ["empty", "demo", "open_file", "postgres"])
def test_first_start_each_choice(qtbot, kind: str) -> None:
    dialog = FirstStartDialog("crm.sqlite")
    qtbot.addWidget(dialog)
    getattr(dialog, kind).setChecked(True)
    expected = {"open_file": "open"}.get(kind, kind)
    assert dialog.choice().kind == expected
    # One choice at a time: the buttons are exclusive.
    checked = [
        b for b in (dialog.empty, dialog.demo, dialog.open_file, dialog.postgres) if b.isChecked()
    ]
    assert len(checked) == 1


def test_first_start_ask_returns_the_choice_or_none(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    _answer(monkeypatch, FirstStartDialog, True, lambda d: d.demo.setChecked(True))
    assert FirstStartDialog.ask("crm.sqlite") == FirstStartChoice("demo")
    _answer(monkeypatch, FirstStartDialog, False, lambda d: d.demo.setChecked(True))
    assert FirstStartDialog.ask("crm.sqlite") is None


def _fill(dialog: PostgresDialog, *, password: str = "", remember: bool = False) -> None:
    dialog.host.setText("db.example.org")
    dialog.port.setValue(5433)
    dialog.database.setText("crm_team")
    dialog.user.setText("ana")
    dialog.password.setText(password)
    dialog.remember.setChecked(remember)


def test_postgres_defaults(qtbot) -> None:
    dialog = PostgresDialog()
    qtbot.addWidget(dialog)
    assert (dialog.host.text(), dialog.port.value(), dialog.database.text()) == (
        "localhost",
        5432,
        "crm",
    )
    assert dialog.remember.isChecked()
    url = make_url(dialog.url())
    assert (url.drivername, url.host, url.port, url.database) == (
        "postgresql+psycopg",
        "localhost",
        5432,
        "crm",
    )
    assert url.username is None and url.password is None


def test_postgres_url_keeps_odd_characters(qtbot) -> None:
    dialog = PostgresDialog()
    qtbot.addWidget(dialog)
    _fill(dialog, password="p@ss:w/rd?#%", remember=False)
    url = make_url(dialog.url())
    assert (url.host, url.port, url.database, url.username) == (
        "db.example.org",
        5433,
        "crm_team",
        "ana",
    )
    assert url.password == "p@ss:w/rd?#%"  # quoted in the URL, intact once parsed


def test_postgres_empty_fields_fall_back(qtbot) -> None:
    dialog = PostgresDialog()
    qtbot.addWidget(dialog)
    dialog.host.setText("")
    dialog.database.setText("")
    url = make_url(dialog.url())
    assert url.host == "localhost" and url.database is None and url.username is None


def test_remembered_password_goes_to_the_keyring_not_the_url(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    stored: dict[str, str] = {}
    monkeypatch.delenv("DESKTOP_CRM_NO_KEYRING", raising=False)
    import keyring

    monkeypatch.setattr(keyring, "set_password", lambda _s, key, pw: stored.__setitem__(key, pw))
    dialog = PostgresDialog()
    qtbot.addWidget(dialog)
    _fill(dialog, password="s3cret", remember=True)
    url = dialog.url()
    assert make_url(url).password is None
    assert stored == {"ana@db.example.org:5433/crm_team": "s3cret"}


def test_with_the_keyring_switched_off_the_password_stays_for_the_session(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """DESKTOP_CRM_NO_KEYRING: nothing is written to the keyring (it would never be read
    back); the password stays in the URL for this session, so the connection still works."""
    monkeypatch.setenv("DESKTOP_CRM_NO_KEYRING", "1")
    import keyring

    monkeypatch.setattr(
        keyring, "set_password", lambda *_a: pytest.fail("the keyring must not be written")
    )
    dialog = PostgresDialog()
    qtbot.addWidget(dialog)
    _fill(dialog, password="s3cret", remember=True)
    url = dialog.url()
    assert make_url(url).password == "s3cret"
    assert location.lookup_password(url) is None  # nothing stored behind the user's back


def test_without_a_keyring_backend_the_password_stays_for_the_session(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DESKTOP_CRM_NO_KEYRING", raising=False)
    import keyring
    from keyring.errors import NoKeyringError

    def no_backend(*_args: object) -> None:
        raise NoKeyringError("no backend")

    monkeypatch.setattr(keyring, "set_password", no_backend)
    dialog = PostgresDialog()
    qtbot.addWidget(dialog)
    _fill(dialog, password="s3cret", remember=True)
    assert make_url(dialog.url()).password == "s3cret"


def test_postgres_ask_returns_the_url_or_none(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    _answer(monkeypatch, PostgresDialog, True, lambda d: _fill(d, password=""))
    url = PostgresDialog.ask()
    assert url is not None and make_url(url).host == "db.example.org"
    _answer(monkeypatch, PostgresDialog, False, lambda d: _fill(d))
    assert PostgresDialog.ask() is None

"""File › Open refuses files that are not Desktop CRM databases, unchanged (issue 18)."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop_crm.services.setup import open_database
from desktop_crm.storage.location import resolve_database
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.main_window import MainWindow
from tests.ui.conftest import settle

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]


def _checksum(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _foreign(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE foo (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    ("make", "said"),
    [
        (_foreign, "other.sqlite is a SQLite database of another program (tables: foo)"),
        (lambda p: p.write_text("a;b\n1;2\n", encoding="utf-8"), "is not a database"),
        (lambda p: p.write_bytes(b""), "other.sqlite is empty"),
    ],
    ids=["foreign", "text", "empty"],
)
def test_open_refuses_and_leaves_the_file_alone(
    qtbot, context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, make, said
) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    target = tmp_path / "other.sqlite"
    make(target)
    before = _checksum(target)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    window.databases.open_file(str(target))
    qtbot.waitUntil(lambda: bool(warnings))
    settle(qtbot, context)
    assert said in warnings[0]
    assert "did not change it" in warnings[0]
    assert window.context.db.name != "other.sqlite"
    assert _checksum(target) == before


def test_open_accepts_a_database_of_ours(qtbot, context: AppContext, tmp_path: Path) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    target = tmp_path / "ours.sqlite"
    open_database(resolve_database(str(target))).db.dispose()
    window.databases.open_file(str(target))
    qtbot.waitUntil(lambda: window.context.db.name == "ours.sqlite")
    settle(qtbot, context)
    window.context.db.dispose()


def test_the_refusal_speaks_french(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop_crm.storage.health import identify_file
    from desktop_crm.ui import i18n
    from desktop_crm.ui.databases import refusal_text

    target = tmp_path / "autre.sqlite"
    _foreign(target)
    text_file = tmp_path / "notes.sqlite"
    text_file.write_text("liste de courses\n", encoding="utf-8")
    try:
        i18n.install(qapp, "fr")
        assert refusal_text(target, identify_file(target)) == (
            "autre.sqlite est une base SQLite d'un autre programme (tables : foo). Desktop CRM "
            "ne l'a pas modifié. Choisissez une base Desktop CRM, ou créez-en une avec "
            "Fichier › Nouvelle base."
        )
        said = refusal_text(text_file, identify_file(text_file))
        assert said is not None
        assert said.startswith(
            "notes.sqlite n'est pas une base de données (c'est apparemment un fichier texte)."
        )
    finally:
        i18n.install(qapp, "en")

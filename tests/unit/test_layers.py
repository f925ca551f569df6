"""Architecture rules checked on every run: Qt lives only under desktop_crm/ui/."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "desktop_crm"
GUI_MODULES = ("PySide6", "pyqtgraph", "superqt", "qtawesome", "shiboken6")
ALLOWED = {"app.py", "__main__.py"}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_gui_libraries_are_imported_only_in_the_ui_layer() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] == "ui" or str(relative) in ALLOWED:
            continue
        bad = {n for n in _imports(path) if n.split(".")[0] in GUI_MODULES}
        bad |= {n for n in _imports(path) if n.startswith("desktop_crm.ui")}
        if bad:
            offenders.append(f"{relative}: {sorted(bad)}")
    assert offenders == []


def test_domain_does_not_know_the_database() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in (PACKAGE / "domain").rglob("*.py")
        if any(
            n.split(".")[0] == "sqlalchemy"
            or n.startswith(("desktop_crm.storage", "desktop_crm.services"))
            for n in _imports(path)
        )
    ]
    assert offenders == []


def test_the_check_itself_catches_a_leak(tmp_path: Path) -> None:
    leaky = tmp_path / "leak.py"
    leaky.write_text("from PySide6.QtWidgets import QWidget\n", encoding="utf-8")
    assert "PySide6.QtWidgets" in _imports(leaky)


def _uow_calls(path: Path) -> list[int]:
    """Lines where a unit of work is opened (``something.uow(...)``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "uow"
    ]


def test_the_ui_reaches_the_database_only_through_the_operation_runner() -> None:
    offenders = []
    for path in (PACKAGE / "ui").rglob("*.py"):
        relative = path.relative_to(PACKAGE)
        bad = {
            n
            for n in _imports(path)
            if n.split(".")[0] == "sqlalchemy" or n.startswith("desktop_crm.storage")
        }
        if bad:
            offenders.append(f"{relative}: imports {sorted(bad)}")
        lines = _uow_calls(path)
        if lines:
            offenders.append(f"{relative}: opens a unit of work on line(s) {lines}")
    assert offenders == []


def test_the_uow_check_catches_a_widget_opening_a_unit_of_work(tmp_path: Path) -> None:
    leaky = tmp_path / "widget.py"
    leaky.write_text(
        "def save(self):\n    with self.context.db.uow() as uow:\n        pass\n", encoding="utf-8"
    )
    assert _uow_calls(leaky) == [2]

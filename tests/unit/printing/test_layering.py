"""The printing package depends on the domain layer and reportlab only."""

from __future__ import annotations

import ast
from pathlib import Path

PRINTING = Path(__file__).resolve().parents[3] / "desktop_crm" / "printing"
ALLOWED_PACKAGE_PREFIXES = ("desktop_crm.domain", "desktop_crm.printing")


def _package_imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return {
        n
        for n in names
        if n.startswith("desktop_crm") or n.split(".")[0] in {"sqlalchemy", "PySide6"}
    }


def test_printing_imports_only_domain_and_itself() -> None:
    offenders = {
        path.name: sorted(bad)
        for path in PRINTING.glob("*.py")
        if (
            bad := {n for n in _package_imports(path) if not n.startswith(ALLOWED_PACKAGE_PREFIXES)}
        )
    }
    assert offenders == {}


def test_catalogues_ship_as_package_data() -> None:
    assert {p.name for p in PRINTING.glob("*.json")} == {
        "sheets.json",
        "envelopes.json",
        "countries.json",
    }

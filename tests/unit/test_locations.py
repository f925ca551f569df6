"""The French catalogue is found in the source tree and in an installed wheel alike."""

from __future__ import annotations

import ast
from pathlib import Path

from desktop_crm.cli import catalogue
from desktop_crm.locations import translations_folder

ROOT = Path(__file__).resolve().parents[2]


def test_the_source_tree_uses_resources_translations() -> None:
    assert translations_folder() == ROOT / "resources" / "translations"
    assert catalogue.FRENCH == ROOT / "resources" / "translations" / "desktop_crm_fr.ts"


def test_an_installed_wheel_keeps_it_inside_the_package(tmp_path: Path) -> None:
    package = tmp_path / "site-packages" / "desktop_crm"
    (package / "translations").mkdir(parents=True)
    assert translations_folder(package) == tmp_path / "site-packages" / "resources" / "translations"
    (package / "translations" / "desktop_crm_fr.ts").write_text("<TS/>", encoding="utf-8")
    assert translations_folder(package) == package / "translations"


def test_the_wheel_ships_the_catalogue_where_it_is_looked_for() -> None:
    """setup.py maps resources/translations to desktop_crm/translations, as the icons; the
    package data takes its .ts and .qm (pyproject.toml)."""
    tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    mapped = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.keyword) and node.arg == "package_dir":
            mapped = ast.literal_eval(node.value)
    assert mapped["desktop_crm.translations"] == "resources/translations"
    data = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"*.qm", "*.ts"' in data

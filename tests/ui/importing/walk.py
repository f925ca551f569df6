"""The import wizard's first step in the tests: opened on a file, at its sheet page."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.importing.wizard import ImportWizard
from tests.ui.conftest import settle


def to_sheet_page(qtbot: QtBot, context: AppContext, path: Path) -> ImportWizard:
    """A wizard shown, ``path`` chosen, at the sheet page once the file is read."""
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    settle(qtbot, context)
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.sheet_page, timeout=20000)
    return wizard

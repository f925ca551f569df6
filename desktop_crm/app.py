"""GUI entry point: wires the database, the task runner and the main window."""

from __future__ import annotations

import sys

from desktop_crm import APP_DISPLAY_NAME, APP_NAME, ORG_NAME, __version__


def main(db: str | None = None) -> int:
    """Open the window on ``db`` (path or URL; default: the user's embedded database)."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop_crm.domain.errors import DomainError
    from desktop_crm.services.setup import open_database
    from desktop_crm.storage.location import resolve_database
    from desktop_crm.ui.common.context import AppContext, app_settings
    from desktop_crm.ui.common.tasks import TaskRunner
    from desktop_crm.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    app.setStyle("Fusion")
    try:
        opened = open_database(resolve_database(db))
    except DomainError as exc:
        QMessageBox.critical(None, APP_DISPLAY_NAME, exc.message)
        return 1
    context = AppContext(opened.db, TaskRunner(app), app_settings())
    window = MainWindow(context)
    window.show()
    code = app.exec()
    context.runner.wait()
    opened.db.dispose()
    return int(code)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else None))

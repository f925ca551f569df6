"""Screenshots of a busy salesperson's week (issue 18: calendar, task list, card, companies).

    desktop-crm demo --contacts 500 --db /tmp/busy.sqlite
    python docs/make_busy_screenshots.py /tmp/busy.sqlite after   # or "before"

The first run adds a busy week for the current user: 30 tasks a day (a third without a
time), 100 calls at 09:00 today, an overdue backlog and a weekly meeting. Windows are
1400x860, in French, grabbed offscreen into docs/<name>-<suffix>.png.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _fill(db: object) -> None:
    from sqlalchemy import func, select

    from desktop_crm.services.activities.records import ActivityInput, schedule_activity
    from desktop_crm.storage.models import Activity, Contact

    def busy(uow):  # type: ignore[no-untyped-def]
        if uow.session.scalar(select(func.count()).select_from(Activity)) > 300:
            return
        ids = list(uow.session.scalars(select(Contact.id).order_by(Contact.id).limit(400)))
        rng = random.Random(18)
        today = dt.date.today()
        monday = today - dt.timedelta(days=today.weekday())
        subjects = ["Relance devis", "Premier contact", "Suivi commande", "Rendez-vous", ""]
        for offset in range(7):
            day = monday + dt.timedelta(days=offset)
            for n in range(30):
                timeless = n % 3 == 0
                start = dt.datetime.combine(day, dt.time(8 + n % 10, rng.choice((0, 15, 30, 45))))
                schedule_activity(
                    uow,
                    ActivityInput(
                        type="todo" if timeless else rng.choice(("call", "call", "meeting")),
                        start_at=start,
                        timeless=timeless,
                        duration_min=0 if timeless else rng.choice((15, 30, 60)),
                        contact_ids=(rng.choice(ids),),
                        regarding=rng.choice(subjects) or None,
                    ),
                )
        for n in range(100):
            schedule_activity(
                uow,
                ActivityInput(
                    type="call",
                    start_at=dt.datetime.combine(today, dt.time(9, 0)),
                    duration_min=15,
                    contact_ids=(ids[n],),
                    regarding="Campagne salon",
                ),
            )
        for n in range(12):  # overdue backlog
            schedule_activity(
                uow,
                ActivityInput(
                    type="call",
                    start_at=dt.datetime.combine(today - dt.timedelta(days=3 + n), dt.time(10)),
                    duration_min=15,
                    contact_ids=(ids[200 + n],),
                    regarding="Rappeler (en retard)",
                ),
            )
        schedule_activity(
            uow,
            ActivityInput(
                type="meeting",
                start_at=dt.datetime.combine(monday - dt.timedelta(days=14), dt.time(8, 30)),
                duration_min=30,
                regarding="Réunion d'équipe",
                recurrence="weekly",
            ),
        )

    db.run(busy)  # type: ignore[attr-defined]


def main(db_path: str, suffix: str) -> None:
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop_crm.services.setup import open_database
    from desktop_crm.storage.location import resolve_database
    from desktop_crm.ui import i18n
    from desktop_crm.ui.common.context import AppContext
    from desktop_crm.ui.common.operations import Operations
    from desktop_crm.ui.features import install_all
    from desktop_crm.ui.main_window import MainWindow

    app = QApplication([])
    app.setStyle("Fusion")
    i18n.install(app, "fr")
    opened = open_database(resolve_database(db_path))
    _fill(opened.db)
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(AppContext(Operations(opened.db, app), settings))
    install_all(window)
    window.resize(1400, 860)
    window.show()
    out = ROOT / "docs"
    state: dict[str, object] = {}

    def save(name: str) -> None:
        window.grab().save(str(out / f"{name}-{suffix}.png"))

    def week() -> None:
        state["cal"] = window.show_view("calendar")

    def day() -> None:
        save("calendar-busy")
        cal = state["cal"]
        cal.set_mode(cal.mode.__class__("day"))  # type: ignore[attr-defined]

    def more() -> None:
        save("calendar-busy-day")
        grid = state["cal"].time_grid  # type: ignore[attr-defined]
        blocks = [b for b in grid.more_blocks() if b.rect.top() >= grid.grid_top()]
        if blocks and suffix == "after":
            dialog = grid.show_more(blocks[0].items)
            QTimer.singleShot(500, lambda: dialog.grab().save(str(out / "calendar-more-after.png")))

    def tasks() -> None:
        view = window.show_view("tasks")
        state["tasks"] = view
        combo = view.due_combo  # type: ignore[attr-defined]
        combo.setCurrentIndex(max(0, combo.findData("today")))

    def card() -> None:
        save("task-list")
        workspace = window.show_view("contacts")
        state["ws"] = workspace
        workspace.list.select_row(3)  # type: ignore[attr-defined]

    def edit() -> None:
        workspace = state["ws"]
        editor = workspace.card.form.editors.get("phone_business")  # type: ignore[attr-defined]
        if editor is not None:
            editor.setText("01 23 45 67 89")

    def companies() -> None:
        save("contact-card")
        view = window.show_view("companies")
        view.table.selectRow(2)  # type: ignore[attr-defined]

    def contacts_tab() -> None:
        save("companies")
        app.quit()

    steps = (week, day, more, tasks, card, edit, companies, contacts_tab)
    for index, fn in enumerate(steps):
        QTimer.singleShot(1500 * (index + 1), fn)
    app.exec()
    opened.db.dispose()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "after")

"""The activity report's detail prints a salesperson's whole name (screens10: every row read
"Sophie Marcha…" while the subject column had room to spare)."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop_crm.domain.constants import HistoryType
from desktop_crm.domain.reports import ReportParams
from desktop_crm.printing import fonts
from desktop_crm.printing.report_pdf import BODY_SIZE, FONT, MARGIN, _number_room, _widths
from desktop_crm.services.contacts.calls import CallInput, log_call
from desktop_crm.services.contacts.records import create_contact
from desktop_crm.services.reports.population import today
from desktop_crm.services.reports.registry import build
from desktop_crm.storage.models import User
from desktop_crm.storage.uow import Database, UnitOfWork

NAME = "Sophie Marchand"


def _calls(uow: UnitOfWork) -> None:
    contact_id = create_contact(
        uow, {"last_name": "Fontaine-Delacroix", "first_name": "Marie-Christine"}
    ).id
    noon = dt.datetime.combine(today(), dt.time(12))
    for n in range(5):
        log_call(
            uow,
            CallInput(
                contact_id=contact_id,
                result=HistoryType.CALL_REACHED,
                occurred_at=noon - dt.timedelta(hours=n),
                regarding="Relance du devis n° 2026-1187 envoyé la semaine dernière",
            ),
        )


def test_the_detail_prints_the_whole_user_name(sqlite_db: Database) -> None:
    with sqlite_db.uow() as uow:
        user = User(login="sophie", display_name=NAME)
        uow.session.add(user)
        uow.session.flush()
        user_id = user.id
        uow.commit()
    sqlite_db.set_user(user_id)
    sqlite_db.run(_calls)
    document = sqlite_db.read(build, "activity", ReportParams("fr"))
    detail = document.tables[-1]
    keys = [c.key for c in detail.columns]
    assert NAME in [row[keys.index("user")] for row in detail.rows]
    fonts.register()
    assert len(detail.columns) <= 7  # a portrait page
    available = A4[0] - 2 * MARGIN
    pad = 2.2 * 2
    widths = _number_room(detail, _widths(detail.columns, available), "fr", pad)
    assert widths[keys.index("user")] - pad >= stringWidth(NAME, FONT, BODY_SIZE)

"""Screenshot of the phoning session in French on demo data (not a test).

Run: desktop-crm demo --db /tmp/demo.sqlite, then
DISPLAY=:N python tests/ui/phoning/session_screenshot.py /tmp/demo.sqlite docs/issue14/x.png
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from desktop_crm.services.campaigns.sends import find_campaign
from desktop_crm.services.contacts.links import record_consent
from desktop_crm.services.phoning.session import SessionTarget
from desktop_crm.services.setup import open_database
from desktop_crm.storage.location import resolve_database
from desktop_crm.storage.models import CampaignMember, Contact
from desktop_crm.storage.uow import UnitOfWork
from desktop_crm.ui import i18n
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.operations import Operations
from desktop_crm.ui.phoning.session_window import PhoningSession


def _flag_some_targets(uow: UnitOfWork, campaign_id: int) -> None:
    """Two targets asked not to be called and one opted out of phone calls (as a team
    records them), so the "Not called" list has something to show."""
    ids = list(
        uow.session.scalars(
            select(CampaignMember.contact_id)
            .where(CampaignMember.campaign_id == campaign_id)
            .order_by(CampaignMember.contact_id)
        )
    )
    for contact in uow.session.scalars(select(Contact).where(Contact.id.in_(ids[5:7]))):
        contact.do_not_call = True
    record_consent(uow, ids[9], "phone", "opt_out", "Demande par téléphone")


def _wait(app: QApplication, context: AppContext) -> None:
    for _ in range(50):
        app.processEvents()
    while context.ops.is_busy():
        app.processEvents()
    for _ in range(50):
        app.processEvents()


def main(database: str, out: Path) -> None:
    app = QApplication(sys.argv)
    i18n.install(app, "fr")
    db = open_database(resolve_database(database)).db
    campaign = db.read(find_campaign, "Phoning clients inactifs")
    db.run(_flag_some_targets, campaign.id)
    folder = Path(tempfile.mkdtemp())
    context = AppContext(
        Operations(db), QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)
    )
    window = PhoningSession(context, SessionTarget("campaign", campaign.id))
    window.setGeometry(0, 0, 1400, 860)
    window.show()
    _wait(app, context)
    window.log("meeting")  # as if the caller pressed 2, then 4 on the next contact
    _wait(app, context)
    window.log("no_answer")
    _wait(app, context)
    window.grab().save(str(out))
    print(window.progress_label.text(), window.name_label.text())


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]))

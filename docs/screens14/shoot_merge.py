"""Screenshot of the merge dialog in French: the record with history kept by default, the
attached rows counted in words (docs/screens14). Run: python docs/screens14/shoot_merge.py"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop_crm.services.contacts.notes import add_note  # noqa: E402
from desktop_crm.services.contacts.records import bulk_insert_contacts  # noqa: E402
from desktop_crm.services.duplicates.review_data import preview_keeping_default  # noqa: E402
from desktop_crm.services.setup import open_database  # noqa: E402
from desktop_crm.storage.location import resolve_database  # noqa: E402
from desktop_crm.ui import i18n  # noqa: E402
from desktop_crm.ui.duplicates.merge_dialog import MergeDialog  # noqa: E402

app = QApplication([])
i18n.install(app, "fr")
folder = Path(tempfile.mkdtemp())
db = open_database(resolve_database(str(folder / "crm.sqlite")), create=True).db
base = {
    "civility": "M.",
    "first_name": "Mathieu",
    "last_name": "Rodriguez",
    "company_name": "Imprimerie Cristal",
    "city": "Lyon",
    "postcode": "69003",
    "phone_business": "+33478112233",
}
copy = {**base, "last_name": "Rodrgruez", "email": "m.rodriguez@cristal.fr",
        "phone_mobile": "+33612345678", "job_title": "Gérant"}  # fmt: skip
with db.uow() as uow:
    bulk_insert_contacts(uow, [base, copy])
    uow.commit()
with db.uow() as uow:
    for text in ("Devis demandé au salon", "Devis envoyé", "Relance : signature en janvier"):
        add_note(uow, text, contact_id=1)
    uow.commit()
with db.uow(write=False) as uow:
    preview = preview_keeping_default(uow, "contact", [2, 1])
dialog = MergeDialog(preview)
dialog.resize(1000, 640)
dialog.show()
app.processEvents()
target = Path(__file__).with_name("fusion-fiche-gardee-fr.png")
dialog.grab().save(str(target))
print(target)

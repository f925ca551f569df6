"""A merge the services refuse is explained in the window's language.

A colleague deletes one of the proposed records between the scan and the click on Merge:
loading the records for the merge dialog is refused on the database thread, in French
under French (``domain.wording.say`` with Qt's translation), and said in a message box.
"""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop_crm.services.contacts.records import delete_contact
from desktop_crm.ui import i18n
from desktop_crm.ui.common.context import AppContext
from tests.integration.merge_helpers import add_contact
from tests.ui.duplicates.review_steps import first_group_in_review
from tests.ui.refusal_boxes import box_after


def _refusal_after_a_colleague_deleted_one(
    qtbot: QtBot, context: AppContext
) -> tuple[int, str, str]:
    for last in ("Lefèvre", "LEFÈVRE"):
        add_contact(context.db, first_name="Marc", last_name=last, email="marc.lefevre@acme.fr")
    wizard, review, row = first_group_in_review(qtbot, context)
    gone = review.model.group(row).ids[-1]
    context.db.run(delete_contact, gone)  # a colleague, meanwhile
    seen = box_after(qtbot, wizard, review.merge_button.click)
    assert wizard.merges == []  # nothing merged
    return gone, *seen


def test_a_refused_merge_is_explained_in_french(qapp, qtbot: QtBot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    i18n.install(qapp, "fr")
    try:
        gone, title, text = _refusal_after_a_colleague_deleted_one(qtbot, context)
    finally:
        i18n.install(qapp, "en")
    assert title == "Doublons"
    assert text == f"Le contact n° {gone} n'existe pas."


def test_the_same_refusal_in_english(qapp, qtbot: QtBot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    i18n.install(qapp, "en")
    gone, title, text = _refusal_after_a_colleague_deleted_one(qtbot, context)
    assert (title, text) == ("Duplicates", f"Contact #{gone} does not exist.")

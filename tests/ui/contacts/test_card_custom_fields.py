"""The card's "Custom fields" section: built from the definitions, saved with the card."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit

from desktop_crm.services.contacts.lookup import lookup_ids
from desktop_crm.services.fields import define_field, set_values, values_of
from desktop_crm.storage.uow import Database
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.contacts.card import ContactCard
from tests.ui.conftest import settle

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]


@pytest.fixture
def fields_db(seeded_db: Database) -> Database:
    seeded_db.run(define_field, "contact", "fin_contrat", "date", "Fin de contrat")
    seeded_db.run(define_field, "contact", "potentiel", "number", "Potentiel")
    seeded_db.run(define_field, "contact", "salon", "choice", "Salon", "Lyon 2026\nParis 2025")
    seeded_db.run(define_field, "contact", "vip", "yesno", "VIP")
    return seeded_db


def _jean(db: Database) -> int:
    with db.uow(write=False) as uow:
        return lookup_ids(uow, "lefevre jean")[0]


def _open(qtbot, context: AppContext, contact_id: int) -> ContactCard:  # type: ignore[no-untyped-def]
    card = ContactCard(context)
    qtbot.addWidget(card)
    with qtbot.waitSignal(card.contact_shown):
        card.show_contact(contact_id)
    settle(qtbot, context)
    return card


def test_edit_save_and_reload(qtbot, fields_db: Database, context: AppContext) -> None:
    jean = _jean(fields_db)
    fields_db.run(set_values, "contact", jean, {"potentiel": "10"})
    card = _open(qtbot, context, jean)
    box = card.custom_box
    assert box.isVisibleTo(card)
    assert list(box.editors) == ["fin_contrat", "potentiel", "salon", "vip"]
    potentiel = box.editors["potentiel"]
    assert isinstance(potentiel, QLineEdit) and potentiel.text() == "10"
    assert not card.is_dirty()
    box.editors["fin_contrat"].setText("30/06/2027")  # type: ignore[attr-defined]
    potentiel.setText("12,5")
    salon = box.editors["salon"]
    assert isinstance(salon, QComboBox)
    salon.setCurrentText("Lyon 2026")
    vip = box.editors["vip"]
    assert isinstance(vip, QCheckBox)
    vip.setChecked(True)
    card.form.editors["city"].setText("Bron")  # type: ignore[attr-defined]
    assert card.is_dirty() and card.title.text().endswith("*")
    with qtbot.waitSignal(card.saved):
        assert card.save()
    settle(qtbot, context)
    assert not card.is_dirty()
    assert fields_db.read(values_of, "contact", jean) == {
        "fin_contrat": dt.date(2027, 6, 30),
        "potentiel": Decimal("12.5"),
        "salon": "Lyon 2026",
        "vip": True,
    }
    again = _open(qtbot, context, jean)
    assert again.custom_box.editors["fin_contrat"].text() == "30/06/2027"  # type: ignore[attr-defined]
    assert again.custom_box.editors["salon"].currentText() == "Lyon 2026"  # type: ignore[attr-defined]
    assert again.form.editors["city"].text() == "Bron"  # type: ignore[attr-defined]


def test_bad_value_blocks_the_save_and_names_the_field(
    qtbot, fields_db: Database, context: AppContext
) -> None:
    jean = _jean(fields_db)
    card = _open(qtbot, context, jean)
    card.form.editors["city"].setText("Bron")  # type: ignore[attr-defined]
    card.custom_box.editors["fin_contrat"].setText("31/02/2027")  # type: ignore[attr-defined]
    messages: list[str] = []
    card.message.connect(messages.append)
    card.save()
    settle(qtbot, context)
    assert messages and "Fin de contrat" in messages[-1]
    assert card.custom_box.editors["fin_contrat"].property("problem")
    assert card.is_dirty()
    assert fields_db.read(values_of, "contact", jean) == {}


def test_a_field_defined_elsewhere_appears_on_the_open_card(
    qtbot, fields_db: Database, context: AppContext
) -> None:
    card = _open(qtbot, context, _jean(fields_db))
    context.ops.run(define_field, "contact", "origine", "text", "Origine")
    settle(qtbot, context)
    assert "origine" in card.custom_box.editors


def test_history_names_a_user_field_by_its_label(
    qtbot, fields_db: Database, context: AppContext
) -> None:
    jean = _jean(fields_db)
    fields_db.run(set_values, "contact", jean, {"salon": "Lyon 2026"})
    card = _open(qtbot, context, jean)
    tab = card.history_tab
    card.tabs.setCurrentWidget(tab)
    settle(qtbot, context)
    model = tab.model
    texts = {(model.index(r, 3).data(), model.index(r, 6).data()) for r in range(model.rowCount())}
    assert any(t[0] == "Salon" and "Lyon 2026" in str(t[1]) for t in texts), texts

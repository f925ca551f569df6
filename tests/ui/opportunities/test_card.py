"""The opportunity card and the contact card's Opportunities tab."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop_crm.domain.opportunities import OpportunityFilter, OpportunityInput
from desktop_crm.services.contacts import history
from desktop_crm.services.contacts.lookup import lookup_ids
from desktop_crm.services.opportunities.listing import list_opportunities
from desktop_crm.services.opportunities.records import (
    create_opportunity,
    get_opportunity,
    update_opportunity,
)
from desktop_crm.storage.uow import Database
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.contacts.card import ContactCard
from desktop_crm.ui.opportunities.card import OpportunityDialog
from desktop_crm.ui.opportunities.close_dialog import CloseDialog
from desktop_crm.ui.opportunities.lines_model import COL_DISCOUNT, COL_PRICE, COL_QUANTITY
from desktop_crm.ui.opportunities.view import OpportunitiesView
from tests.ui.conftest import settle

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]


def _jean(db: Database) -> int:
    with db.uow(write=False) as uow:
        return lookup_ids(uow, "lefevre jean")[0]


def _first(db: Database, name: str) -> Any:
    with db.uow(write=False) as uow:
        rows = list_opportunities(uow, OpportunityFilter(statuses=(), text=name))
    return rows[0]


def _dialog(
    qtbot: QtBot, context: AppContext, opportunity_id: int | None, **kwargs: Any
) -> OpportunityDialog:
    dialog = OpportunityDialog(context, opportunity_id, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot, context)
    qtbot.waitUntil(lambda: dialog.loaded)
    settle(qtbot, context)
    return dialog


def test_new_opportunity_from_the_contact_tab_shows_in_tab_and_list(
    qtbot: QtBot, opp_db: Database, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    jean = _jean(opp_db)
    card = ContactCard(context)
    qtbot.addWidget(card)
    card.show()
    with qtbot.waitSignal(card.contact_shown):
        card.show_contact(jean)
    card.tabs.setCurrentWidget(card.opportunities_tab)
    settle(qtbot, context)
    tab = card.opportunities_tab
    assert tab.model.rowCount() == 0
    listing = OpportunitiesView(context)
    qtbot.addWidget(listing)
    listing.show()
    listing.start()
    settle(qtbot, context)
    before = listing.list.model.rowCount()

    def fake_exec(dialog: OpportunityDialog) -> int:
        # The real dialog, driven as a user would while it is modal.
        qtbot.waitUntil(lambda: dialog.loaded and dialog.contact.contact_id() == jean)
        settle(qtbot, context)
        qtbot.keyClicks(dialog.name, "Équipement agence de Lyon")
        dialog.plain_amount.setText("12500.00")
        dialog.save()
        qtbot.waitUntil(lambda: dialog.saved_id is not None)
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(OpportunityDialog, "exec", fake_exec)
    tab.new_button.click()
    settle(qtbot, context)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert tab.model.index(0, 0).data() == "Équipement agence de Lyon"
    qtbot.waitUntil(lambda: listing.list.model.rowCount() == before + 1)
    row = _first(opp_db, "Équipement agence")
    assert row.contact_id == jean
    assert row.amount == Decimal("12500.00")


def test_product_lines_compute_the_amount_exactly(
    qtbot: QtBot, opp_db: Database, context: AppContext
) -> None:
    dialog = _dialog(qtbot, context, None, contact_id=_jean(opp_db))
    dialog.name.setText("Déploiement CRM")
    products = {p.name: p.id for p in dialog.choices.products}  # type: ignore[union-attr]
    model = dialog.lines_model
    row = model.add_line(products["Licence CRM"])
    model.setData(model.index(row, COL_QUANTITY), "3")
    model.setData(model.index(row, COL_DISCOUNT), "12.5")
    row = model.add_line(products["Maintenance"])
    model.setData(model.index(row, COL_QUANTITY), "7")
    row = model.add_line()
    model.setData(model.index(row, 0), "Paramétrage sur mesure")
    model.setData(model.index(row, COL_PRICE), "333.33")
    model.setData(model.index(row, COL_QUANTITY), "1.5")
    # 3 × 490 − 12,5 % = 1286.25; 7 × 99.90 = 699.30; 1.5 × 333.33 = 499.995 → 500.00
    expected = Decimal("1286.25") + Decimal("699.30") + Decimal("500.00")
    assert dialog.amount() == expected
    assert isinstance(dialog.amount(), Decimal)
    assert not dialog.plain_amount.isEnabled()
    dialog.save()
    qtbot.waitUntil(lambda: dialog.saved_id is not None)
    with opp_db.uow(write=False) as uow:
        saved = get_opportunity(uow, dialog.saved_id)  # type: ignore[arg-type]
    assert saved.amount == expected
    assert [x.amount for x in saved.lines] == [
        Decimal("1286.25"),
        Decimal("699.30"),
        Decimal("500.00"),
    ]


def test_stage_sets_the_probability_unless_typed(
    qtbot: QtBot, opp_db: Database, context: AppContext
) -> None:
    dialog = _dialog(qtbot, context, None)
    process = dialog._current_process()
    assert process is not None
    dialog.stage.setCurrentIndex(3)
    assert dialog.probability.value() == process.stages[3].probability
    dialog.probability.setValue(42)
    dialog.stage.setCurrentIndex(1)
    assert dialog.probability.value() == 42


def test_closing_as_lost_requires_a_reason_and_records_the_competitor(
    qtbot: QtBot, opp_db: Database, context: AppContext
) -> None:
    row = _first(opp_db, "Affaire 03")
    # The question itself: OK stays disabled without a reason.
    asked = CloseDialog("lost", "Affaire 03", ["Budget", "Prix"], None)
    qtbot.addWidget(asked)
    ok = asked.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    asked.reason.setCurrentText("Prix")
    assert ok.isEnabled()
    assert asked.competitor.isVisibleTo(asked)

    dialog = _dialog(qtbot, context, row.id)
    questions: list[tuple[str, list[str]]] = []

    def ask(status: str, _name: str, reasons: Any, _competitor: Any, _parent: Any) -> Any:
        questions.append((status, list(reasons)))
        return ("Prix", "Salesforce")

    dialog.ask_close = ask
    assert dialog.lost_button.isEnabled()
    dialog.lost_button.click()
    settle(qtbot, context)
    qtbot.waitUntil(lambda: dialog.view is not None and dialog.view.status == "lost")
    assert questions[0][0] == "lost" and "Budget" in questions[0][1]
    with opp_db.uow(write=False) as uow:
        closed = get_opportunity(uow, row.id)
        entries = history.contact_history(uow, closed.contact_id)  # type: ignore[arg-type]
    assert (closed.status, closed.reason, closed.competitor) == ("lost", "Prix", "Salesforce")
    assert closed.closed_at is not None
    assert any(e.type == "opportunity_lost" for e in entries)
    assert "Prix" in dialog.closed_label.text()
    assert dialog.reopen_button.isEnabled() and not dialog.won_button.isEnabled()
    assert dialog.history_model.rowCount() >= 2  # created, lost
    # Reopen.
    dialog.reopen_button.click()
    qtbot.waitUntil(lambda: dialog.view is not None and dialog.view.status == "open")


def test_a_colleagues_save_is_reported_as_a_conflict(
    qtbot: QtBot, opp_db: Database, context: AppContext
) -> None:
    row = _first(opp_db, "Affaire 02")
    dialog = _dialog(qtbot, context, row.id)
    told: list[str] = []
    dialog.tell = lambda title, _text: told.append(title)
    with opp_db.uow() as uow:
        view = get_opportunity(uow, row.id)
        update_opportunity(
            uow, row.id, view.version, OpportunityInput(name="Renommée par un collègue")
        )
        uow.commit()
    dialog.name.setText("Ma version")
    dialog.save()
    settle(qtbot, context)
    qtbot.waitUntil(lambda: bool(told))
    assert "colleague" in told[0]
    qtbot.waitUntil(lambda: dialog.name.text() == "Renommée par un collègue")
    assert dialog.saved_id is None


def test_contact_field_finds_and_chooses_a_contact(
    qtbot: QtBot, opp_db: Database, context: AppContext
) -> None:
    dialog = _dialog(qtbot, context, None)
    field = dialog.contact
    field.search("lefevre jean")
    settle(qtbot, context)
    assert [c.name for c in field.results] == ["Jean Lefèvre"]
    field.choose(0)
    assert field.contact_id() == _jean(opp_db)
    assert dialog.company.text() == "Acme"
    field.edit.clear()
    assert field.contact_id() is None


def test_the_contact_tab_closes_an_opportunity_as_won(
    qtbot: QtBot, opp_db: Database, context: AppContext
) -> None:
    row = _first(opp_db, "Affaire 04")
    card = ContactCard(context)
    qtbot.addWidget(card)
    card.show()
    with qtbot.waitSignal(card.contact_shown):
        card.show_contact(row.contact_id)
    card.tabs.setCurrentWidget(card.opportunities_tab)
    settle(qtbot, context)
    tab = card.opportunities_tab
    names = [tab.model.index(r, 0).data() for r in range(tab.model.rowCount())]
    tab.view.selectRow(names.index("Affaire 04"))
    assert tab.won_button.isEnabled()
    tab.ask_close = lambda status, *_a: ("Recommandation", None) if status == "won" else None
    tab.won_button.click()
    settle(qtbot, context)
    qtbot.waitUntil(
        lambda: tab.model.index(names.index("Affaire 04"), 5).data() == "Won", timeout=5000
    )
    with opp_db.uow(write=False) as uow:
        won = get_opportunity(uow, row.id)
    assert (won.status, won.reason, won.probability) == ("won", "Recommandation", 100)


def test_an_amount_that_is_not_a_number_is_never_saved_as_zero(
    qtbot: QtBot, seeded_db: Database, context: AppContext
) -> None:
    dialog = _dialog(qtbot, context, None, contact_id=_jean(seeded_db))
    dialog.name.setText("Contrat sans montant lisible")
    told: list[str] = []
    dialog.tell = lambda _title, text: told.append(text)
    for typed in ("abc", "inf", "nan"):
        dialog.plain_amount.setText(typed)
        dialog.save()
        settle(qtbot, context)
        assert told and f'"{typed}"' in told[-1]
    assert dialog.saved_id is None
    with seeded_db.uow(write=False) as uow:
        found = list_opportunities(uow, OpportunityFilter(statuses=(), text="sans montant"))
    assert found == []
    dialog.plain_amount.setText("1234.50")
    dialog.save()
    settle(qtbot, context)
    with seeded_db.uow(write=False) as uow:
        (row,) = list_opportunities(uow, OpportunityFilter(statuses=(), text="sans montant"))
    assert row.amount == Decimal("1234.50")


def test_the_card_keeps_and_changes_the_source_campaign(
    qtbot: QtBot, opp_db: Database, context: AppContext
) -> None:
    from desktop_crm.services.campaigns.records import CampaignInput, create_campaign

    salon = opp_db.run(create_campaign, CampaignInput(name="Salon", channel="trade_show")).value
    mailing = opp_db.run(create_campaign, CampaignInput(name="Mailing", channel="mail")).value
    opp = opp_db.run(
        create_opportunity,
        OpportunityInput(
            name="Depuis le salon",
            contact_id=_jean(opp_db),
            campaign_id=salon.id,
            referred_by="Salon",
            amount=Decimal(100),
        ),
    ).value
    dialog = _dialog(qtbot, context, opp.id)
    assert dialog.campaign.campaign_id() == salon.id
    dialog.name.setText("Depuis le salon (suite)")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.saved_id is not None)
    with opp_db.uow(write=False) as uow:
        saved = get_opportunity(uow, opp.id)
    assert saved.campaign_id == salon.id and saved.referred_by == "Salon"
    dialog = _dialog(qtbot, context, opp.id)
    dialog.campaign.setCurrentIndex(dialog.campaign.findData(mailing.id))
    dialog.save()
    qtbot.waitUntil(lambda: dialog.saved_id is not None)
    with opp_db.uow(write=False) as uow:
        assert get_opportunity(uow, opp.id).campaign_id == mailing.id

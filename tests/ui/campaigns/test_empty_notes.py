"""Empty tables say why and what to do (session 8, continued): a campaign's costs and targets,
the referral report, the contact card's Referrals tab, a group's history showed their headers
and nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_crm.services.campaigns.records import CampaignInput, add_targets, create_campaign
from desktop_crm.services.contacts.records import create_contact
from desktop_crm.services.groups.groups import create_group
from desktop_crm.storage.uow import Database
from desktop_crm.ui.campaigns.card import CampaignDialog
from desktop_crm.ui.campaigns.referrals import ReferralDialog
from desktop_crm.ui.campaigns.referrer_tab import ReferralsTab
from desktop_crm.ui.groups.view import GroupsView
from tests.ui.conftest import empty_note, make_context, settle

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise"),
]


def test_a_new_campaign_says_it_has_no_cost_nor_target(
    qtbot: QtBot, sqlite_db: Database, tmp_path: Path, language: str
) -> None:
    campaign = sqlite_db.run(create_campaign, CampaignInput(name="Relance", channel="mail")).value
    context = make_context(sqlite_db, tmp_path)
    dialog = CampaignDialog(context, campaign.id)
    qtbot.addWidget(dialog)
    dialog.resize(900, 700)
    dialog.show()
    settle(qtbot, context)
    costs = empty_note(dialog.cost_table)
    assert costs.isVisible()
    assert costs.text() == (
        "Aucun coût saisi. « Ajouter un coût » ajoute une ligne : impression, "
        "affranchissement, stand…"
        if language == "fr"
        else "No cost entered yet. “Add a cost” adds a line: printing, postage, stand…"
    )
    dialog.costs.add_line()
    assert not costs.isVisible()  # a line came: the sentence goes
    dialog.tabs.setCurrentIndex(1)
    settle(qtbot, context)
    targets = empty_note(dialog.targets.table)
    assert targets.isVisible()
    assert ("Aucune cible" if language == "fr" else "No target yet.") in targets.text()
    dialog.reject()


def test_a_campaign_with_targets_shows_no_sentence(
    qtbot: QtBot, sqlite_db: Database, tmp_path: Path
) -> None:
    contact = sqlite_db.run(create_contact, {"last_name": "Durand"}).value.id
    campaign = sqlite_db.run(create_campaign, CampaignInput(name="Salon", channel="phone")).value
    sqlite_db.run(add_targets, campaign.id, [contact])
    context = make_context(sqlite_db, tmp_path)
    dialog = CampaignDialog(context, None)  # a new campaign: nothing to wait for
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot, context)
    assert empty_note(dialog.cost_table).isVisible()  # read, and no cost
    dialog.reject()
    dialog = CampaignDialog(context, campaign.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(1)
    settle(qtbot, context)
    assert dialog.targets.model.rowCount() == 1
    assert not empty_note(dialog.targets.table).isVisible()
    dialog.reject()


def test_the_referral_report_and_tab_say_no_referral_yet(
    qtbot: QtBot, sqlite_db: Database, tmp_path: Path, language: str
) -> None:
    paul = sqlite_db.run(create_contact, {"first_name": "Paul", "last_name": "Lévy"}).value.id
    context = make_context(sqlite_db, tmp_path)
    dialog = ReferralDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot, context)
    note = empty_note(dialog.referrer_view)
    assert note.isVisible()
    assert note.text().startswith(
        "Aucune recommandation enregistrée." if language == "fr" else "No referral recorded yet."
    )
    assert empty_note(dialog.link_view).text() == note.text()
    assert ("Recommandé par" if language == "fr" else "Referred by") in empty_note(
        dialog.source_view
    ).text()
    dialog.reject()
    tab = ReferralsTab(context)
    qtbot.addWidget(tab)
    tab.show()
    tab.set_owner("contact", paul)
    settle(qtbot, context)
    note = empty_note(tab.referred)
    assert note.isVisible()
    assert note.text().startswith(
        "Ce contact n'a encore recommandé personne."
        if language == "fr"
        else "This contact has recommended nobody yet."
    )


def test_a_group_without_history_says_so(
    qtbot: QtBot, sqlite_db: Database, tmp_path: Path, language: str
) -> None:
    group_id = sqlite_db.run(create_group, "Salon Lyon 2026").value.id
    context = make_context(sqlite_db, tmp_path)
    view = GroupsView(context)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    view.start()
    settle(qtbot, context)
    view.tree.setCurrentIndex(view.tree_model.index_of(group_id))
    settle(qtbot, context)
    qtbot.waitUntil(lambda: view.current is not None and view.current.node.id == group_id)
    view.tabs.setCurrentIndex(1)
    note = empty_note(view.history)
    assert note.isVisible()
    assert note.text().startswith(
        "Rien n'a encore été envoyé à ce groupe."
        if language == "fr"
        else "Nothing sent to this group yet."
    )

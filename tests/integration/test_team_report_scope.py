"""Reports across users: Standard and Restricted report on their own work only (asking for a
colleague is refused, naming the role; "all users" means themselves); Managers and
Administrators on anybody. Checked on a team database with real logins."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_crm.domain.constants import HistoryType
from desktop_crm.domain.reports import ReportParams
from desktop_crm.domain.roles import PermissionDenied
from desktop_crm.services.activities.choices import planning_choices
from desktop_crm.services.contacts.records import create_contact
from desktop_crm.services.reports.activity import history_by_user
from desktop_crm.services.reports.choices import report_choices
from desktop_crm.services.reports.home import home_figures
from desktop_crm.services.users.accounts import set_role
from desktop_crm.storage.models import History
from desktop_crm.storage.uow import UnitOfWork
from tests.integration.team_helpers import Team

pytestmark = pytest.mark.postgres


def _people_in(doc: object) -> set[str]:
    first = doc.tables[0]  # type: ignore[attr-defined]
    return {str(row[0]) for row in first.rows}


def _call(uow: UnitOfWork, contact_id: int) -> None:
    uow.session.add(History(contact_id=contact_id, type=HistoryType.CALL_REACHED, regarding="call"))


def _work(team: Team) -> None:
    """Ann and Bob each call public contacts (history signed by the server)."""
    for who, n in (("ann", 2), ("bob", 3)):
        for i in range(n):
            contact = team.db(who).run(create_contact, {"last_name": f"{who}-{i}"}).value
            team.db(who).run(_call, contact.id)


def test_a_standard_user_reports_on_her_own_work_only(team: Team) -> None:
    _work(team)
    ann = team.db("ann")
    mine = ann.read(history_by_user, ReportParams())
    assert _people_in(mine) == {"Ann Archer"}
    with pytest.raises(PermissionDenied, match=r"Standard.*run reports across users"):
        ann.read(history_by_user, ReportParams(user=team.logins["bob"]))
    assert _people_in(ann.read(history_by_user, ReportParams(user=team.logins["ann"]))) == {
        "Ann Archer"
    }
    # Her menus offer herself only; the calendar has no side-by-side for her.
    choices = ann.read(report_choices)
    assert [u.display_name for u in choices.users] == ["Ann Archer"]
    assert choices.across_users is False
    assert ann.read(planning_choices).across_users is False
    # The home dashboard: her figures, never a colleague's.
    today = dt.date.today()
    with pytest.raises(PermissionDenied, match="Standard"):
        ann.read(home_figures, team.db("bob").user_id, today)
    assert ann.read(home_figures, None, today) == ann.read(home_figures, ann.user_id, today)


def test_managers_and_administrators_report_across_users(team: Team) -> None:
    _work(team)
    ada = team.db("ada")
    assert _people_in(ada.read(history_by_user, ReportParams())) >= {"Ann Archer", "Bob Baker"}
    bob_only = ada.read(history_by_user, ReportParams(user=team.logins["bob"]))
    assert _people_in(bob_only) == {"Bob Baker"}
    names = {u.display_name for u in ada.read(report_choices).users}
    assert names >= {"Ann Archer", "Bob Baker", "Ada Admin", "Rex Rest"}
    # Bob promoted to manager: he now sees Ann's work too.
    team.owner.run(set_role, team.logins["bob"], "manager")
    team.dbs.pop("bob").dispose()  # his next start (the role is read at connection)
    bob = team.db("bob")
    assert _people_in(bob.read(history_by_user, ReportParams(user=team.logins["ann"]))) == {
        "Ann Archer"
    }
    assert bob.read(planning_choices).across_users is True

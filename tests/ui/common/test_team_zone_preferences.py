"""« Fuseau horaire de l'équipe » in File › Preferences (real SQLite through the operation
runner): the stored zone is shown, a new choice is stored in the database and moves the
business clock at once; an unknown stored value shows Paris, what the clock then uses; the
window installs the stored zone when it starts."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from desktop_crm.app import _load_team_timezone
from desktop_crm.domain.clock import TEAM_TIMEZONE, team_timezone, use_team_timezone
from desktop_crm.services.team_zone import LIKELY_ZONES, set_team_timezone, stored_team_timezone
from desktop_crm.storage.models import AppSetting
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.preferences import PreferencesDialog, edit_preferences
from tests.ui.conftest import settle

pytestmark = pytest.mark.qt_log_level_fail("WARNING")


@pytest.fixture(autouse=True)
def paris_again() -> Iterator[None]:
    use_team_timezone(TEAM_TIMEZONE)
    yield
    use_team_timezone(TEAM_TIMEZONE)


def _answer_with(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, zone: str | None, shown: list[str]
) -> None:
    """The dialog, when opened, notes the zone it shows and chooses ``zone`` (None: cancel)."""

    def exec_(self: PreferencesDialog) -> QDialog.DialogCode:
        qtbot.addWidget(self)
        assert self.team_zone is not None
        shown.append(self.team_zone.zone())
        if zone is None:
            return QDialog.DialogCode.Rejected
        self.team_zone.setCurrentIndex(self.team_zone.findData(zone))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", exec_)


def test_the_offered_zones_start_with_paris_and_name_the_place(
    qtbot: QtBot, context: AppContext
) -> None:
    dialog = PreferencesDialog(context.settings, team_zone="Europe/Paris")
    qtbot.addWidget(dialog)
    assert dialog.team_zone is not None
    zones = [dialog.team_zone.itemData(i) for i in range(dialog.team_zone.count())]
    assert zones == list(LIKELY_ZONES)
    assert {"Indian/Reunion", "America/Guadeloupe", "America/Montreal"} <= set(zones)
    assert dialog.chosen_zone() == "Europe/Paris"
    reunion = dialog.team_zone.itemText(zones.index("Indian/Reunion"))
    assert "Indian/Reunion (UTC+4)" in reunion
    # Without a stored zone (the dialog alone, as before), no zone is offered.
    alone = PreferencesDialog(context.settings)
    qtbot.addWidget(alone)
    assert alone.team_zone is None and alone.chosen_zone() is None


def test_choosing_a_zone_stores_it_and_moves_the_clock(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    saved: list[bool] = []
    _answer_with(qtbot, monkeypatch, "Indian/Reunion", shown)
    edit_preferences(context, None, lambda: saved.append(True))
    settle(qtbot, context)
    assert shown == ["Europe/Paris"] and saved == [True]
    assert context.db.run(stored_team_timezone).value == "Indian/Reunion"
    assert team_timezone() == "Indian/Reunion"
    # Opened again: the stored zone is shown; cancelling changes nothing.
    _answer_with(qtbot, monkeypatch, None, shown)
    edit_preferences(context, None, lambda: saved.append(True))
    settle(qtbot, context)
    assert shown == ["Europe/Paris", "Indian/Reunion"] and saved == [True]
    assert context.db.run(stored_team_timezone).value == "Indian/Reunion"


def test_an_unknown_stored_zone_shows_paris_and_can_be_mended(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    with context.db.uow() as uow:
        uow.session.merge(AppSetting(key="team.timezone", value="Europe/Parris"))
        uow.commit()
    shown: list[str] = []
    _answer_with(qtbot, monkeypatch, "Europe/Paris", shown)
    edit_preferences(context, None, lambda: None)
    settle(qtbot, context)
    assert shown == ["Europe/Paris"]
    assert team_timezone() == "Europe/Paris"
    assert context.db.run(stored_team_timezone).value == "Europe/Paris"  # mended


def test_the_dialog_opens_when_the_zone_cannot_be_read(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The other preferences are this computer's: a database that cannot be read (here its
    settings table is gone) still lets the user change them; the zone in force is shown and
    cannot be changed (the dialog never opened before)."""
    with context.db.uow() as uow:
        uow.session.connection().exec_driver_sql("DROP TABLE app_setting")
        uow.commit()
    use_team_timezone("Indian/Reunion")
    opened: list[tuple[str, bool]] = []

    def exec_(self: PreferencesDialog) -> QDialog.DialogCode:
        qtbot.addWidget(self)
        assert self.team_zone is not None
        opened.append((self.team_zone.zone(), self.team_zone.isEnabled()))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(PreferencesDialog, "exec", exec_)
    edit_preferences(context, None, lambda: None)
    settle(qtbot, context)
    assert opened == [("Indian/Reunion", False)]
    assert team_timezone() == "Indian/Reunion"


class _Window:
    """Stands for the main window: only counts its refreshes."""

    def __init__(self) -> None:
        self.refreshed = 0

    def refresh(self) -> None:
        self.refreshed += 1


@pytest.mark.parametrize(("stored", "refreshes"), [("America/Guadeloupe", 1), (None, 0)])
def test_the_window_installs_the_stored_zone_at_start(
    qtbot: QtBot, context: AppContext, stored: str | None, refreshes: int
) -> None:
    if stored is not None:
        context.db.run(set_team_timezone, stored)
    window = _Window()
    _load_team_timezone(context, window)  # type: ignore[arg-type]
    settle(qtbot, context)
    assert team_timezone() == (stored or "Europe/Paris")
    assert window.refreshed == refreshes

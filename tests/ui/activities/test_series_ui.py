"""Series editor, apply dialog (in the background) and progress on the contact card."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QProgressBar
from pytestqt.qtbot import QtBot

from desktop_crm.domain.series import StepTemplate
from desktop_crm.domain.series_templates import LOYALTY_CHAIN
from desktop_crm.services.activities.records import list_for_contact
from desktop_crm.services.activities.series import (
    ApplyResult,
    SeriesInput,
    SeriesView,
    create_series,
    list_series,
    seed_series,
)
from desktop_crm.storage.models import Contact
from desktop_crm.ui.activities.series_dialogs import (
    ApplySeriesDialog,
    SeriesEditorDialog,
    SeriesManagerDialog,
    SeriesProgressWidget,
    SeriesTarget,
    apply_series_to_contacts,
)
from desktop_crm.ui.common.context import AppContext

pytestmark = pytest.mark.qt_log_level_fail("WARNING")


def _loyalty(context: AppContext) -> SeriesView:
    with context.db.uow() as uow:
        seed_series(uow)
        uow.commit()
    with context.db.uow(write=False) as uow:
        return next(s for s in list_series(uow) if s.name == LOYALTY_CHAIN.name)


def test_editor_round_trips_a_template(qtbot: QtBot, context: AppContext) -> None:
    loyalty = _loyalty(context)
    dialog = SeriesEditorDialog(loyalty)
    qtbot.addWidget(dialog)
    QAbstractItemModelTester(
        dialog.steps_model, QAbstractItemModelTester.FailureReportingMode.Fatal
    )
    assert dialog.value().steps == loyalty.steps
    assert dialog.value().trigger_kind == "opportunity_won"
    model = dialog.steps_model
    model.add_step()
    last = model.rowCount() - 1
    model.setData(model.index(last, 0), "-30")
    model.setData(model.index(last, 1), "letter")
    model.setData(model.index(last, 2), " Courrier ")
    assert model.index(last, 0).data() == "J-30"
    dialog.trigger_combo.setCurrentIndex(dialog.trigger_combo.findData("contract_end"))
    dialog.days_spin.setValue(45)
    value = dialog.value()
    assert value.steps[-1] == StepTemplate(-30, "letter", "Courrier")
    assert (value.trigger_kind, value.trigger_field, value.trigger_days_before) == (
        "date_field",
        "contract_end",
        45,
    )


def test_apply_dialog_previews_dates(qtbot: QtBot, context: AppContext) -> None:
    loyalty = _loyalty(context)
    with context.db.uow(write=False) as uow:
        series = list_series(uow)
    dialog = ApplySeriesDialog(series, 3, dt.date(2026, 12, 1))
    qtbot.addWidget(dialog)
    dialog.series_combo.setCurrentIndex(dialog.series_combo.findText(loyalty.name))
    assert "J+15  16/12/2026" in dialog.preview.text()
    assert dialog.value() == (loyalty.id, dt.date(2026, 12, 1))


def test_apply_to_a_new_client_and_show_progress(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    loyalty = _loyalty(context)
    with context.db.uow() as uow:
        client = Contact(first_name="Nouveau", last_name="Client", last_name_key="client")
        uow.session.add(client)
        uow.commit()
    monkeypatch.setattr(
        ApplySeriesDialog,
        "ask",
        classmethod(lambda cls, *a, **k: SeriesTarget(loyalty.id, dt.date(2026, 12, 1))),
    )
    results: list[ApplyResult] = []
    apply_series_to_contacts(context, [client.id], on_done=results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=10000)
    assert results[0].activities == len(LOYALTY_CHAIN.steps)
    with context.db.uow(write=False) as uow:
        assert len(list_for_contact(uow, client.id)) == len(LOYALTY_CHAIN.steps)
    widget = SeriesProgressWidget(context)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.loaded, timeout=10000) as loaded:
        widget.set_contact(client.id)
    assert loaded.args == [1]
    bars = widget.findChildren(QProgressBar)
    assert len(bars) == 1
    assert bars[0].maximum() == len(LOYALTY_CHAIN.steps) and bars[0].value() == 0
    assert "E-mail de remerciement" in bars[0].format()


def test_progress_follows_change_notices(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    loyalty = _loyalty(context)
    with context.db.uow() as uow:
        client = Contact(first_name="Autre", last_name="Client", last_name_key="client")
        uow.session.add(client)
        uow.commit()
    widget = SeriesProgressWidget(context)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.loaded, timeout=10000) as loaded:
        widget.set_contact(client.id)
    assert loaded.args == [0]
    monkeypatch.setattr(
        ApplySeriesDialog,
        "ask",
        classmethod(lambda cls, *a, **k: SeriesTarget(loyalty.id, dt.date(2026, 12, 1))),
    )
    # Applied from elsewhere (a list selection): the card's bars follow without a call.
    with qtbot.waitSignal(widget.loaded, timeout=10000) as loaded:
        apply_series_to_contacts(context, [client.id])
    assert loaded.args == [1] and widget.count() == 1


def test_manager_lists_templates_and_follows_saves(qtbot: QtBot, context: AppContext) -> None:
    _loyalty(context)
    dialog = SeriesManagerDialog(context)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.list_widget.count() > 0, timeout=10000)
    before = dialog.list_widget.count()
    data = SeriesInput(name="Relance devis", steps=(StepTemplate(0, "call", "Relancer"),))
    with qtbot.waitSignal(dialog.reloaded, timeout=10000):
        context.ops.run(create_series, data)
    assert dialog.list_widget.count() == before + 1
    assert any(
        "Relance devis" in dialog.list_widget.item(r).text()
        for r in range(dialog.list_widget.count())
    )

"""Texts made from codes, said in French: import reasons (field labels, not column names),
the duplicates' merge count, an opportunity's status in its history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from desktop_crm.services.contacts.history import HistoryEntry
from desktop_crm.services.importing.model import ReportNote, ReportRow
from desktop_crm.storage.uow import Database
from desktop_crm.ui import i18n
from desktop_crm.ui.importing.texts import note_text, report_reasons
from tests.ui.conftest import make_context, settle


@pytest.fixture
def french(qapp):  # type: ignore[no-untyped-def]
    i18n.install(qapp, "fr")
    yield qapp
    i18n.install(qapp, "en")


def test_import_reasons_use_field_labels_and_french(french) -> None:  # type: ignore[no-untyped-def]
    phone = ReportNote(
        "problem", "phone_business", "phone_invalid", "This phone number cannot exist."
    )
    typo = ReportNote(
        "problem", "email", "email_typo", "Did you mean helene@gmail.com?", "helene@gmail.com"
    )
    duplicate = ReportNote("duplicate", code="email", text="Lefèvre Hélène", contact_id=12)
    row = ReportRow(10, "created", True, 3, "Hélène", "English", (duplicate, typo, phone))
    text = report_reasons(row)
    assert text == (
        "même e-mail que contact n° 12 Lefèvre Hélène; "
        "E-mail : Faute de frappe probable dans l'e-mail → helene@gmail.com; "
        "Téléphone : Numéro de téléphone impossible"
    )
    for english in ("phone_business", "email:", "Did you mean", "cannot exist", "same"):
        assert english not in text
    assert note_text(ReportNote("empty_row")) == "ligne vide"
    assert note_text(ReportNote("duplicate", code="identity", text="line 4")) == (
        "même société, nom et téléphone que ligne 4"
    )
    # The command line keeps the English sentence the service wrote.
    assert phone.english() == "phone_business: This phone number cannot exist."


def test_merge_count_is_a_proper_plural(french) -> None:  # type: ignore[no-untyped-def]
    source = "%n merge(s) done. Each one can be undone here or later with 'desktop-crm unmerge'."
    one = QCoreApplication.translate("SummaryPage", source, None, 1)
    four = QCoreApplication.translate("SummaryPage", source, None, 4)
    assert one.startswith("1 fusion effectuée.") and four.startswith("4 fusions effectuées.")


@pytest.fixture
def context(qtbot: QtBot, sqlite_db: Database, tmp_path: Path) -> Iterator[object]:
    ctx = make_context(sqlite_db, tmp_path)
    yield ctx
    settle(qtbot, ctx)


def test_an_opportunity_status_change_reads_in_french(
    qtbot: QtBot,
    french,
    context,  # type: ignore[no-untyped-def]
) -> None:
    from desktop_crm.ui.opportunities.card import OpportunityDialog

    dialog = OpportunityDialog(context)
    qtbot.addWidget(dialog)
    settle(qtbot, context)
    entry = HistoryEntry(
        1,
        dt.datetime(2026, 3, 2, 9, 0),
        "field_changed",
        None,
        "Agencement",
        None,
        None,
        "Ana",
        None,
        None,
        "status",
        "open",
        "inactive",
    )
    dialog._show_history([entry])
    shown = [dialog.history_model.index(0, c).data() for c in range(5)]
    assert "Ouverte → Inactive" in shown
    assert not any("open" in str(text) for text in shown)

"""Saving and loading a mapping on the import window's mapping page: a place that cannot be
written or a file that is no saved mapping gives a sentence (no Python text, no "unexpected
error"), and the mapping on screen is kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.importing.wizard import ImportWizard
from tests.ui.conftest import settle
from tests.ui.refusal_boxes import box_after
from tests.unit.interchange import corpus


def _mapping_page(qtbot: QtBot, context: AppContext, tmp_path: Path) -> ImportWizard:
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    settle(qtbot, context)
    path = corpus.write_text(tmp_path / "a.csv", corpus.FR_HEADER, corpus.FR_ROWS)
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.sheet_page)
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    return wizard


def test_save_and_load_refusals(
    qtbot: QtBot,
    context: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
) -> None:
    wizard = _mapping_page(qtbot, context, tmp_path)
    page = wizard.mapping_page
    folder = tmp_path / "mapping.json"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(folder), ""))
    _title, text = box_after(qtbot, page, page._on_save_clicked)
    assert str(folder) in text
    assert ("est un dossier" if language == "fr" else "is a folder") in text

    notes = tmp_path / "notes.json"
    notes.write_text("Nom -> last_name\n", encoding="utf-8")
    before = page.model.mapping if page.model else None
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(notes), ""))
    _title, text = box_after(qtbot, page, page._on_load_clicked)
    expected = (
        "Le fichier notes.json n'est pas une correspondance enregistrée"
        if language == "fr"
        else "The file notes.json is not a saved mapping"
    )
    assert text.startswith(expected) and "Expecting" not in text
    assert page.model is not None and page.model.mapping is before  # kept as it was

    saved = tmp_path / "salon.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    page._on_save_clicked()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(saved), ""))
    page._on_load_clicked()
    assert page.model.mapping is not before
    assert page.model.mapping.columns == before.columns

"""The review says a first name was shortened ("Chris" for "Christophe"), in English and
in French, with the two first names as the cards show them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from desktop_crm.domain.matching import How, Reason, reason_text
from desktop_crm.ui import i18n
from desktop_crm.ui.duplicates.texts import reason_label

SHORT = Reason("first_name", "Christophe", "Chris", 90, How.SIMILAR, False, "short_form")


def test_the_english_sentence() -> None:
    assert reason_text(SHORT) == "first name shortened or a nickname: 'Christophe' / 'Chris'"


@pytest.fixture
def french(qapp: QApplication) -> Iterator[QApplication]:
    i18n.install(qapp, "fr")
    yield qapp
    i18n.install(qapp, "en")


def test_the_french_sentence(french: QApplication) -> None:
    assert reason_label(SHORT).startswith("prénom abrégé ou diminutif")
    assert "Christophe" in reason_label(SHORT) and "Chris" in reason_label(SHORT)

"""The "two people at one place" reason says what the rule looks at: a shared landline
(the switchboard) does not stop it, so the sentence speaks of a mobile, not of any phone
(the review shows "same phone" right after it on colleagues at one switchboard)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from desktop_crm.domain.matching import How, Reason, reason_text
from desktop_crm.ui import i18n
from desktop_crm.ui.duplicates.texts import reason_label

TWO_PEOPLE = Reason("name", "", "", 0, How.SIMILAR, False, "two_people")


def test_the_english_sentence_speaks_of_a_mobile() -> None:
    text = reason_text(TWO_PEOPLE)
    assert text == "probably two people: names differ, no e-mail, mobile or date of birth shared"


@pytest.fixture
def french(qapp: QApplication) -> Iterator[QApplication]:
    i18n.install(qapp, "fr")
    yield qapp
    i18n.install(qapp, "en")


def test_the_french_sentence_speaks_of_a_mobile(french: QApplication) -> None:
    text = reason_label(TWO_PEOPLE)
    assert "sans doute deux personnes : noms différents" in text
    assert "ni téléphone mobile" in text and "ni téléphone," not in text

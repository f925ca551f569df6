"""The duplicate review at a low threshold on two colleagues, Jean and Jeanne Caradec: their
e-mails ("jean.caradec@" / "jeanne.caradec@") are said to differ by the first name, never
"e-mails proches" (close), in French and in English (real SQLite database, real scan)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop_crm.ui.common.context import AppContext
from tests.integration.test_duplicates_namesakes import _demo, _insert, _person


def test_jean_and_jeanne_emails_are_not_called_close(
    qtbot: QtBot, context: AppContext, language: str
) -> None:
    _demo(context.db, contacts=400)
    _insert(context.db, [_person(60, "Jean", "Caradec"), _person(61, "Jeanne", "Caradec")])
    from desktop_crm.ui.duplicates import DuplicateWizard

    wizard = DuplicateWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.resize(1400, 860)
    wizard.settings_page.threshold.setValue(50)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.scan_page.isComplete(), timeout=20000)
    wizard.next()
    review = wizard.review_page
    rows = [
        r for r in range(review.model.rowCount()) if "Jeanne" in str(review.model.group(r).pairs)
    ]
    assert len(rows) == 1
    review.table.selectRow(review.proxy.mapFromSource(review.model.index(rows[0], 0)).row())
    shown = review.details.text()
    if language == "fr":
        assert "sans doute deux personnes" in shown, shown
        assert "e-mails différant par le prénom : « jean.caradec@" in shown, shown
        assert "e-mails proches" not in shown
    else:
        assert "probably two people" in shown, shown
        assert "e-mails differ by the first name: 'jean.caradec@" in shown, shown
        assert "e-mails close" not in shown
    wizard.close()


def test_the_new_reasons_in_the_window_language(language: str) -> None:
    """The sentences the review now says, in French and in English."""
    from desktop_crm.domain.matching import How, Reason
    from desktop_crm.ui.duplicates.texts import reason_label

    gare = Reason(
        "address", "3 rue de la Gare", "3 rue de la Gare", 0, How.SIMILAR, code="other_town"
    )
    names = Reason(
        "name", "Jean Caradec", "Jeanne Caradec", 60, How.OTHER_NAME, code="other_first_name"
    )
    expected = {
        "fr": (
            "adresse dans une autre ville : « 3 rue de la Gare »",
            "noms différant par le prénom : « Jean Caradec » / « Jeanne Caradec »",
        ),
        "en": (
            "address in another town: '3 rue de la Gare'",
            "names differ by the first name: 'Jean Caradec' / 'Jeanne Caradec'",
        ),
    }[language]
    assert (reason_label(gare), reason_label(names)) == expected

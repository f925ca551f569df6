"""The groups' refusals read French in the French window, from the source.

A wrong word in the query editor (the parser runs on the GUI thread), a group the query
names that does not exist (found by the count, on the database thread) and a rename that
lost the race with a colleague (``ConflictError``) are said through ``domain.wording.say``
with the window's translation. The same screens under English say what they always said.
"""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop_crm.services.groups.groups import create_group, group_tree, update_group
from desktop_crm.storage.uow import Database
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.groups.query_builder import QueryBuilder
from desktop_crm.ui.groups.view import GroupsView
from tests.ui.conftest import settle
from tests.ui.refusal_boxes import box_after

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]


def _builder(qtbot: QtBot, context: AppContext) -> QueryBuilder:
    dialog = QueryBuilder(context, "")
    qtbot.addWidget(dialog)
    settle(qtbot, context)
    qtbot.waitUntil(lambda: dialog.root is not None)
    return dialog


def test_a_wrong_field_in_the_query_editor(
    qtbot: QtBot, seeded_db: Database, context: AppContext, language: str
) -> None:
    dialog = _builder(qtbot, context)
    with qtbot.waitSignal(dialog.count_shown, timeout=5000) as blocker:
        dialog.text_edit.setPlainText('city = "Lyon" and citx = "Paris"')
    assert blocker.args == [-1]
    assert (
        dialog.error_label.text()
        == {
            "fr": "Champ inconnu « citx » en position 19 : vouliez-vous dire « city » ?",
            "en": "Unknown field 'citx' at 19: did you mean 'city'?",
        }[language]
    )
    assert dialog.highlighted_word() == "citx"
    assert not dialog.ok_button.isEnabled()


def test_a_syntax_error_names_what_was_expected(
    qtbot: QtBot, seeded_db: Database, context: AppContext, language: str
) -> None:
    dialog = _builder(qtbot, context)
    with qtbot.waitSignal(dialog.count_shown, timeout=5000):
        dialog.text_edit.setPlainText('city = "Lyon" and')
    assert (
        dialog.error_label.text()
        == {
            "fr": "Attendu un nom de champ ou une condition à la fin (position 18)",
            "en": "Expected a field name or a condition at the end (18)",
        }[language]
    )
    with qtbot.waitSignal(dialog.count_shown, timeout=5000):
        dialog.text_edit.setPlainText('created_at > "hier"')
    assert (
        dialog.error_label.text()
        == {
            "fr": '« "hier" » en position 14 n\'est pas une valeur de type date et heure pour '
            "« created_at »",
            "en": "'\"hier\"' at 14 is not a datetime value for 'created_at'",
        }[language]
    )


def test_a_missing_group_found_by_the_count(
    qtbot: QtBot, seeded_db: Database, context: AppContext, language: str
) -> None:
    dialog = _builder(qtbot, context)
    with qtbot.waitSignal(dialog.count_shown, timeout=5000) as blocker:
        dialog.text_edit.setPlainText('in group "Nulle part"')
    assert blocker.args == [-1]
    assert (
        dialog.error_label.text()
        == {
            "fr": "Groupe inconnu « Nulle part » en position 1",
            "en": "Unknown group 'Nulle part' at 1",
        }[language]
    )
    settle(qtbot, context)


def test_a_rename_that_lost_the_race_with_a_colleague(
    qtbot: QtBot, seeded_db: Database, context: AppContext, language: str
) -> None:
    with seeded_db.uow() as uow:
        salons = create_group(uow, "Salons")
        uow.commit()
    view = GroupsView(context)
    qtbot.addWidget(view)
    view.show()
    view.start()
    settle(qtbot, context)
    view.tree.setCurrentIndex(view.tree_model.index_of(salons.id))
    settle(qtbot, context)
    qtbot.waitUntil(lambda: view.current is not None and view.current.node.id == salons.id)
    # A colleague renames it first; the view still holds the version it showed.
    seeded_db.run(update_group, salons.id, salons.version, name="Salons 2027")
    title, text = box_after(qtbot, view, lambda: view.rename_group("Salons 2026"))
    if language == "fr":
        assert title == "Groupes"
        assert text == (
            f"Le groupe « Salons 2027 » (n° {salons.id}) a été modifié par quelqu'un d'autre "
            "depuis que vous l'avez ouvert. Comparez les deux versions avant d'enregistrer "
            "à nouveau."
        )
    else:
        assert title == "Groups"
        assert text == (
            f"Group 'Salons 2027' (#{salons.id}) was changed by someone else since you opened "
            "it. Review both versions before saving again."
        )
    settle(qtbot, context)
    with seeded_db.uow(write=False) as uow:
        assert [n.name for n in group_tree(uow)] == ["Salons 2027"]  # theirs kept

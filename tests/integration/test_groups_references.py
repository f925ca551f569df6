"""Saved queries naming groups and fields: renames rewrite them, deletions are refused, a
broken query breaks only its own group; group references are saved as paths; removing a
member held by a subgroup; on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_crm.domain.clock import FixedClock
from desktop_crm.domain.errors import DomainError
from desktop_crm.domain.query import QueryError
from desktop_crm.services.contacts.records import create_contact
from desktop_crm.services.fields import definitions as fd
from desktop_crm.services.fields.values import set_values
from desktop_crm.services.groups import groups as g
from desktop_crm.services.groups import query as q
from desktop_crm.services.groups.references import InUseError
from desktop_crm.services.groups.targets import group_choices
from desktop_crm.services.groups.view_data import tree_with_counts
from desktop_crm.storage.models import Group
from desktop_crm.storage.uow import Database

CLOCK = FixedClock(dt.datetime(2026, 6, 15, 10, 0))


def _contacts(db: Database) -> tuple[int, int]:
    with db.uow() as uow:
        lyon = create_contact(uow, {"last_name": "Alpha", "city": "Lyon"}).id
        paris = create_contact(uow, {"last_name": "Beta", "city": "Paris"}).id
        uow.commit()
    return lyon, paris


def _query(db: Database, group_id: int) -> str | None:
    with db.uow(write=False) as uow:
        return g.group_node(uow, group_id).query_text


# -- H1: renames rewrite, deletions refuse -----------------------------------------------------


def test_renaming_a_group_rewrites_the_queries_naming_it(db: Database) -> None:
    lyon, _paris = _contacts(db)
    salon = db.run(g.create_group, "Salon", query_text='city = "Lyon"').value
    relance = db.run(g.create_group, "Relance", query_text='in group "Salon"').value.id

    result = db.run(g.update_group, salon.id, salon.version, name="Salon 2026")

    assert _query(db, relance) == 'in group "Salon 2026"'
    assert relance in result.changes.ids("contact_group", "updated")
    assert db.read(g.member_ids, relance) == [lyon]
    assert [n.id for n in db.read(g.groups_of_contact, lyon)] == [relance, salon.id]


def test_moving_or_renaming_a_parent_rewrites_the_paths_of_its_subgroups(db: Database) -> None:
    lyon, _paris = _contacts(db)
    salons = db.run(g.create_group, "Salons").value
    fair = db.run(g.create_group, "Lyon 2026", parent_id=salons.id).value.id
    db.run(g.add_members, fair, [lyon])
    relance = db.run(g.create_group, "Relance", query_text='in group "Lyon 2026"').value.id
    assert _query(db, relance) == 'in group "Salons/Lyon 2026"'

    db.run(g.update_group, salons.id, salons.version, name="Foires")

    assert _query(db, relance) == 'in group "Foires/Lyon 2026"'
    assert db.read(g.member_ids, relance) == [lyon]


def test_deleting_a_group_a_query_names_is_refused_with_the_groups_to_edit(
    db: Database,
) -> None:
    salons = db.run(g.create_group, "Salons").value.id
    fair = db.run(g.create_group, "Lyon 2026", parent_id=salons).value.id
    relance = db.run(g.create_group, "Relance", query_text='in group "Salons/Lyon 2026"').value.id

    for doomed in (fair, salons):  # the group itself, or a parent taking it along
        with pytest.raises(InUseError, match="Used by the query of: Relance — edit those"):
            db.run(g.delete_group, doomed)
    assert db.read(g.group_node, fair).name == "Lyon 2026"

    db.run(g.delete_group, relance)
    assert db.run(g.delete_group, salons).value == [salons, fair]


def test_renaming_a_user_field_rewrites_queries_and_removing_it_is_refused(
    db: Database,
) -> None:
    lyon, paris = _contacts(db)
    field = db.run(fd.define_field, "contact", "size", "text", "Size", None).value
    db.run(set_values, "contact", lyon, {"size": "big"})
    big = db.run(g.create_group, "Big", query_text='size = "big" or city = "Nowhere"').value.id

    result = db.run(fd.update_field, field.id, name="taille")

    assert _query(db, big) == 'taille = "big" or city = "Nowhere"'
    assert big in result.changes.ids("contact_group", "updated")
    assert db.read(g.member_ids, big) == [lyon]
    with pytest.raises(
        InUseError, match=r"The field 'Size' cannot be removed\. Used by the query of: Big"
    ):
        db.run(fd.remove_field, field.id)
    db.run(g.update_group, big, db.read(g.group_node, big).version, query_text='city = "Paris"')
    db.run(fd.remove_field, field.id)
    assert db.read(g.member_ids, big) == [paris]


# -- H1: a broken query breaks its own group only ----------------------------------------------


def _break(db: Database, group_id: int, text: str) -> None:
    # As an older version, or another client, may have left it.
    with db.uow() as uow:
        group = uow.session.get(Group, group_id)
        assert group is not None
        group.query_text = text
        uow.commit()


def test_a_group_whose_query_cannot_run_shows_broken_and_the_others_work(
    db: Database,
) -> None:
    lyon, paris = _contacts(db)
    parent = db.run(g.create_group, "Parent", include_subgroups=True).value.id
    broken = db.run(g.create_group, "Broken", parent_id=parent, query_text='city = "Lyon"').value.id
    static = db.run(g.create_group, "Static", parent_id=parent).value.id
    lyonnais = db.run(g.create_group, "Lyonnais", query_text='city = "Lyon"').value.id
    db.run(g.add_members, static, [paris])
    _break(db, broken, 'in group "Gone"')

    entries = {e.node.id: e for e in db.read(tree_with_counts)}
    assert entries[broken].members is None
    assert entries[broken].problem is not None and "Gone" in entries[broken].problem
    assert (entries[lyonnais].members, entries[lyonnais].problem) == (1, None)
    assert entries[parent].members == 1  # the static subgroup's member
    assert [n.id for n in db.read(g.groups_of_contact, lyon)] == [lyonnais]
    assert [n.id for n in db.read(g.groups_of_contact, paris)] == [parent, static]
    assert db.read(g.member_ids, parent) == [paris]
    assert broken not in {c.id for c in db.read(group_choices)}
    with pytest.raises(QueryError, match="Gone"):
        db.read(g.member_ids, broken)


def test_an_unknown_field_in_a_saved_query_breaks_only_that_group(db: Database) -> None:
    lyon, _paris = _contacts(db)
    big = db.run(g.create_group, "Big", query_text='city = "Lyon"').value.id
    other = db.run(g.create_group, "Other", query_text='city = "Lyon"').value.id
    _break(db, big, 'size = "big"')

    entries = {e.node.id: e for e in db.read(tree_with_counts)}
    assert entries[big].members is None and "size" in (entries[big].problem or "")
    assert entries[other].members == 1
    assert [n.id for n in db.read(g.groups_of_contact, lyon)] == [other]


# -- H2: group references are saved as paths ---------------------------------------------------


def test_a_reference_is_saved_as_a_path_and_a_new_namesake_changes_nothing(
    db: Database,
) -> None:
    lyon, _paris = _contacts(db)
    salons = db.run(g.create_group, "Salons").value.id
    fair = db.run(g.create_group, "Lyon", parent_id=salons).value.id
    db.run(g.add_members, fair, [lyon])
    relance = db.run(g.create_group, "Relance", query_text='in group "Lyon"').value.id
    assert _query(db, relance) == 'in group "Salons/Lyon"'

    db.run(g.create_group, "Lyon")  # an empty top-level namesake

    assert db.read(g.member_ids, relance) == [lyon]


def test_an_ambiguous_bare_name_is_refused_with_the_paths(db: Database) -> None:
    lyon, _paris = _contacts(db)
    salons = db.run(g.create_group, "Salons").value.id
    fair = db.run(g.create_group, "Lyon", parent_id=salons).value.id
    top = db.run(g.create_group, "Lyon").value.id
    db.run(g.add_members, top, [lyon])

    for run in (
        lambda: db.run(g.create_group, "Relance", query_text='in group "Lyon"'),
        lambda: db.read(q.check_query, 'in group "lyon"'),
    ):
        with pytest.raises(QueryError, match='"Lyon", "Salons/Lyon"'):
            run()
    assert db.read(q.check_query, 'in group "Salons/Lyon"') == 'in group "Salons/Lyon"'
    explicit = db.run(g.create_group, "Relance", query_text='in group "/Lyon"').value
    assert explicit.query_text == 'in group "/Lyon"'
    assert db.read(g.member_ids, explicit.id) == [lyon]
    # Saved again unchanged (the builder re-saves its text): still accepted.
    db.run(g.update_group, explicit.id, explicit.version, query_text=explicit.query_text)
    assert db.read(g.member_ids, fair) == []


# -- H4: members through subgroups -------------------------------------------------------------


def test_removing_a_member_held_by_a_subgroup_says_where_to_remove_it(db: Database) -> None:
    lyon, _paris = _contacts(db)
    parent = db.run(g.create_group, "Parent", include_subgroups=True).value.id
    child = db.run(g.create_group, "Child", parent_id=parent).value.id
    db.run(g.add_members, child, [lyon])

    with pytest.raises(
        DomainError,
        match="Alpha is a member of 'Parent' through the subgroup 'Parent/Child': remove it there",
    ):
        db.run(g.remove_members, parent, [lyon])
    with pytest.raises(DomainError, match="through the subgroup"):
        db.run(g.set_contact_groups, lyon, [child])
    assert db.read(g.member_ids, parent) == [lyon]

    db.run(g.remove_members, child, [lyon])
    assert db.read(g.member_ids, parent) == []


def test_the_parents_exclusion_applies_to_members_from_subgroups(db: Database) -> None:
    lyon, paris = _contacts(db)
    parent = db.run(
        g.create_group, "Parent", include_subgroups=True, query_text='city = "Lyon"'
    ).value.id
    child = db.run(g.create_group, "Child", parent_id=parent).value.id
    db.run(g.add_members, child, [lyon, paris])
    assert db.read(g.member_ids, parent) == [lyon, paris]

    removed = db.run(g.remove_members, parent, [lyon])

    assert removed.value == 1 and removed.changes.touches_contact(lyon)
    assert db.read(g.member_ids, parent) == [paris]
    assert db.read(g.member_ids, child) == [lyon, paris]
    assert [n.id for n in db.read(g.groups_of_contact, lyon)] == [child]

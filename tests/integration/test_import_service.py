"""Import on SQLite and PostgreSQL: checks, duplicates, one transaction, exact undo."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlalchemy import func, select

from desktop_crm.domain.errors import DomainError
from desktop_crm.domain.progress import TaskControl
from desktop_crm.interchange.sources import open_source
from desktop_crm.services.contacts.records import create_contact
from desktop_crm.services.importing.model import ImportOptions, RowAction, UpdateMode
from desktop_crm.services.importing.pipeline import ImportRequest, check_and_match, undo_batch
from desktop_crm.services.importing.pipeline import run_import as pipeline_import
from desktop_crm.services.importing.service import ImportCancelled
from desktop_crm.storage.models import (
    Consent,
    Contact,
    Group,
    GroupMember,
    History,
    ImportBatch,
    Note,
)
from desktop_crm.storage.uow import Database
from tests.integration.import_helpers import dump, import_file, plan_file, run_import, undo
from tests.unit.interchange import corpus


def contacts(db: Database) -> dict[str, SimpleNamespace]:
    """Contacts by last name, as plain copies of every column."""
    with db.uow(write=False) as uow:
        rows = uow.session.execute(select(Contact.__table__)).mappings().all()
    return {r["last_name"] or "": SimpleNamespace(**r) for r in rows}


def test_trade_show_xlsx_is_imported_with_problems_flagged(db: Database, tmp_path: Path) -> None:
    path = corpus.trade_show_xlsx(tmp_path / "salon.xlsx")
    plan = plan_file(db, path)
    assert plan.mapping.header_row == 2
    problems = {(r.line, p.code) for r in plan.rows for p in r.problems}
    assert (4, "email_typo") in problems  # andre@gmial.com
    assert (5, "phone_too_short") in problems  # 612
    typo = next(p for r in plan.rows for p in r.problems if p.code == "email_typo")
    assert typo.suggestion == "andre@gmail.com"

    report = run_import(db, path, group="Salon Lyon 2026")
    assert (report.created, report.updated, report.skipped, report.flagged) == (3, 0, 1, 2)
    assert [r.reasons for r in report.rows if r.action == "skipped"] == ["empty row"]
    found = contacts(db)
    assert found["Lefèvre"].to_review and found["Petit"].to_review
    assert not found["Bernard"].to_review
    # A mobile read from the generic "Tél" column is filed under Mobile (issue 17).
    assert found["Lefèvre"].phone_mobile == "+33632659845"
    assert found["Lefèvre"].phone_business is None
    assert found["Bernard"].phone_business == "+33478123456"  # a landline stays Business
    assert found["Lefèvre"].postcode == "06000"
    assert found["Lefèvre"].email == "andre@gmial.com"  # kept as typed, flagged
    assert found["Bernard"].cedex == "CEDEX 07"
    assert found["Lefèvre"].last_name_key == "lefevre"
    assert found["Lefèvre"].email_key == "andre@gmial.com"
    assert found["Lefèvre"].mobile_key == "0632659845"
    assert {c.import_batch_id for c in found.values()} == {report.batch_id}
    with db.uow(write=False) as uow:
        group_id = uow.session.scalar(select(Group.id).where(Group.name == "Salon Lyon 2026"))
        members = uow.session.scalar(
            select(func.count()).select_from(GroupMember).where(GroupMember.group_id == group_id)
        )
    assert members == 3


def test_accepting_a_suggestion_fixes_the_value(db: Database, tmp_path: Path) -> None:
    path = corpus.trade_show_xlsx(tmp_path / "salon.xlsx")
    source_plan = plan_file(db, path)
    assert source_plan.accept_suggestions("email_typo") == 1
    row = source_plan.rows[0]
    assert row.values["email"] == "andre@gmail.com"
    assert not [p for p in row.problems if p.code == "email_typo"]


def test_reimport_skips_people_already_on_file(db: Database, tmp_path: Path) -> None:
    path = corpus.write_text(tmp_path / "a.csv", corpus.FR_HEADER, corpus.FR_ROWS)
    first = run_import(db, path)
    assert first.created == 3
    second = run_import(db, path)
    assert (second.created, second.skipped) == (0, 3)
    assert all("same e-mail as contact" in r.reasons for r in second.rows)
    with db.uow(write=False) as uow:
        assert uow.session.scalar(select(func.count()).select_from(Contact)) == 3


def test_duplicates_inside_the_file_are_caught(db: Database, tmp_path: Path) -> None:
    rows = [
        ["Petit", "Zoé", "Petit SAS", "", "06 12 34 56 78"],
        ["PETIT", "Zoe", "SAS Petit", "", "+33612345678"],
    ]
    path = corpus.write_text(
        tmp_path / "d.csv", ["Nom", "Prénom", "Société", "E-mail", "Téléphone"], rows
    )
    report = run_import(db, path)
    assert (report.created, report.skipped) == (1, 1)
    assert "line 2" in report.rows[1].reasons


def test_update_fill_empty_vs_overwrite_and_undo(db: Database, tmp_path: Path) -> None:
    with db.uow() as uow:
        existing = create_contact(
            uow,
            {
                "last_name": "Martin",
                "first_name": "Luc",
                "email": "luc.martin@acme.fr",
                "city": "Vienne",
                "job_title": None,
            },
        )
        uow.commit()
    before = dump(db)
    path = corpus.write_text(tmp_path / "a.csv", corpus.FR_HEADER, corpus.FR_ROWS)
    report = run_import(db, path, ImportOptions(on_duplicate=RowAction.UPDATE))
    luc = contacts(db)["Martin"]
    assert luc.id == existing.id
    assert luc.city == "Vienne"  # fill empty: existing value kept
    assert luc.postcode == "69001" and luc.company_name == "ACME"
    with db.uow() as uow:
        notes = uow.session.scalars(select(Note.text).where(Note.contact_id == luc.id)).all()
    assert notes == ["ligne 1\nligne 2"]
    undone = undo(db, report.batch_id)
    assert (undone.deleted, undone.restored, undone.kept_fields) == (2, 1, 0)
    assert dump(db) == before

    report = run_import(
        db, path, ImportOptions(on_duplicate=RowAction.UPDATE, update_mode=UpdateMode.OVERWRITE)
    )
    assert contacts(db)["Martin"].city == "Lyon"
    undo(db, report.batch_id)
    assert dump(db) == before
    with pytest.raises(DomainError, match="already undone"):
        undo(db, report.batch_id)


def test_undo_keeps_values_edited_since_the_import(db: Database, tmp_path: Path) -> None:
    with db.uow() as uow:
        create_contact(uow, {"last_name": "Martin", "email": "luc.martin@acme.fr"})
        uow.commit()
    path = corpus.write_text(tmp_path / "a.csv", corpus.FR_HEADER, corpus.FR_ROWS)
    report = run_import(db, path, ImportOptions(on_duplicate=RowAction.UPDATE))
    with db.uow() as uow:
        luc = uow.session.scalars(select(Contact).where(Contact.last_name == "Martin")).one()
        luc.city = "Grenoble"  # a colleague's edit after the import
        uow.commit()
    result = undo(db, report.batch_id)
    luc = contacts(db)["Martin"]
    assert result.kept_fields == 1
    assert luc.city == "Grenoble" and luc.postcode is None and luc.company_name is None


def test_opt_outs_are_never_undone(db: Database, tmp_path: Path) -> None:
    with db.uow() as uow:
        view = create_contact(
            uow,
            {
                "last_name": "Martin",
                "email": "luc.martin@acme.fr",
                "do_not_email": True,
                "do_not_call": True,
            },
        )
        uow.session.add(Consent(contact_id=view.id, channel="email", status="opt_out"))
        uow.commit()
    header = [*corpus.FR_HEADER, "Ne pas envoyer d'e-mail"]
    rows = [[*r, "0"] for r in corpus.FR_ROWS]
    path = corpus.write_text(tmp_path / "a.csv", header, rows)
    source_plan = plan_file(db, path)
    source_plan.mapping.columns[len(header) - 1] = ["do_not_email"]
    plan = db.read(check_and_match, TaskControl(), open_source(path), source_plan.mapping)
    run_import(
        db,
        path,
        ImportOptions(on_duplicate=RowAction.UPDATE, update_mode=UpdateMode.OVERWRITE),
        plan=plan,
    )
    with db.uow(write=False) as uow:
        consent = uow.session.scalars(
            select(Consent.status).where(Consent.contact_id == view.id)
        ).one()
    luc = contacts(db)["Martin"]
    assert luc.do_not_email and luc.do_not_call
    assert consent == "opt_out"


def test_cancel_leaves_the_database_as_before(db: Database, tmp_path: Path) -> None:
    before = dump(db)
    path = corpus.write_text(tmp_path / "a.csv", corpus.FR_HEADER, corpus.FR_ROWS * 50)
    plan = plan_file(db, path)  # checked: only the writing reports progress below
    calls: list[int] = []

    def cancel_once_written(done: int, _total: int, _message: str) -> None:
        calls.append(done)
        control.cancel()

    control = TaskControl(on_progress=cancel_once_written)
    with pytest.raises(ImportCancelled):
        import_file(db, path, ImportOptions(on_duplicate=RowAction.ADD), plan=plan, control=control)
    assert calls
    assert dump(db) == before
    with db.uow(write=False) as uow:
        assert uow.session.scalar(select(func.count()).select_from(ImportBatch)) == 0


def test_history_column_becomes_history_entries_removed_by_undo(
    db: Database, tmp_path: Path
) -> None:
    header = ["Nom", "Commentaires et intérêts"]
    path = corpus.write_text(tmp_path / "h.csv", header, [["Durand", "Veut un devis"]])
    report = run_import(db, path)
    with db.uow(write=False) as uow:
        details = uow.session.scalars(
            select(History.details).where(History.import_batch_id == report.batch_id)
        ).all()
    assert details == ["Veut un devis"]
    undo(db, report.batch_id)
    with db.uow(write=False) as uow:
        assert uow.session.scalar(select(func.count()).select_from(History)) == 0


def test_import_and_undo_announce_the_contacts_they_touch(db: Database, tmp_path: Path) -> None:
    with db.uow() as uow:
        existing = create_contact(uow, {"last_name": "Martin", "email": "luc.martin@acme.fr"})
        uow.commit()
    path = corpus.write_text(tmp_path / "a.csv", corpus.FR_HEADER, corpus.FR_ROWS)
    result = import_file(db, path, ImportOptions(on_duplicate=RowAction.UPDATE), group="Salon")
    report = result.value.report
    created = {r.contact_id for r in report.rows if r.action == "created"}
    assert len(created) == report.created == 2
    changes = result.changes
    assert changes.ids("contact", "created") == created
    assert changes.ids("contact", "updated") == {existing.id}
    assert changes.ids("import_batch", "created") == {report.batch_id}
    assert changes.touches("history", "note", "contact_group")
    assert all(changes.touches_contact(i) for i in (*created, existing.id))
    assert "contact" not in changes.bulk  # precise: the contact list reloads only these

    undone = db.run(undo_batch, TaskControl(), report.batch_id or 0).changes
    assert undone.ids("contact", "deleted") == created
    assert undone.ids("contact", "updated") == {existing.id}
    assert undone.ids("history", "deleted") and undone.touches("note", "contact_group")


def test_pipeline_reads_maps_checks_and_writes_in_one_call(db: Database, tmp_path: Path) -> None:
    path = corpus.trade_show_xlsx(tmp_path / "salon.xlsx")
    request = ImportRequest(str(path), constants={"status": "Prospect"}, skip_problems=True)
    outcome = db.run(pipeline_import, TaskControl(), request).value
    assert outcome.header_row == 2 and outcome.problems == {"email_typo": 1, "phone_too_short": 1}
    assert outcome.report.skipped >= 2  # every row with a problem skipped
    written = contacts(db)
    assert len(written) == outcome.report.created
    assert {c.status for c in written.values()} == {"Prospect"}


def test_the_import_group_is_the_teams_group_of_that_name(db: Database, tmp_path: Path) -> None:
    # "Salon Lyon 2026" typed in the import window made a second, top-level group beside
    # the team's "Salons › Salon Lyon 2026" (found by hand): the one group of that name,
    # anywhere in the tree, case aside, is used; a path names one too.
    from desktop_crm.services.groups.groups import create_group

    with db.uow() as uow:
        salons = create_group(uow, "Salons").id
        lyon = create_group(uow, "Salon Lyon 2026", parent_id=salons).id
        create_group(uow, "Lyon", parent_id=salons)
        other = create_group(uow, "Clients").id
        create_group(uow, "Lyon", parent_id=other)  # two groups "Lyon": neither is taken
        uow.commit()
    path = corpus.trade_show_xlsx(tmp_path / "salon.xlsx")
    run_import(db, path, group="salon lyon 2026")
    with db.uow(write=False) as uow:
        named = uow.session.scalars(
            select(Group.id).where(func.lower(Group.name) == "salon lyon 2026")
        ).all()
        members = uow.session.scalar(
            select(func.count()).select_from(GroupMember).where(GroupMember.group_id == lyon)
        )
    assert named == [lyon] and members == 3
    again = ImportOptions(on_duplicate=RowAction.UPDATE)  # (the same people: updated)
    import_file(db, corpus.trade_show_xlsx(tmp_path / "salon2.xlsx"), again, group="Salons/Lyon")
    import_file(db, corpus.trade_show_xlsx(tmp_path / "salon3.xlsx"), again, group="Lyon")
    with db.uow(write=False) as uow:
        lyons = uow.session.execute(
            select(Group.id, Group.parent_id).where(Group.name == "Lyon").order_by(Group.id)
        ).all()
        counts = {
            gid: uow.session.scalar(
                select(func.count()).select_from(GroupMember).where(GroupMember.group_id == gid)
            )
            for gid, _parent in lyons
        }
    # The path found the one under "Salons"; the bare "Lyon" (two of them) made a new one.
    assert [parent for _gid, parent in lyons] == [salons, other, None]
    under_salons, under_clients, new_top = counts.values()
    assert under_salons > 0 and new_top > 0 and under_clients == 0

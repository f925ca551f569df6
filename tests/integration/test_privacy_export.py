"""Right of access: the export covers every foreign key to contacts found by introspection
of the live database (a table added later is covered, or this test fails), follows rows
hanging off the person's rows, and writes JSON and PDF whole or not at all."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import insert

from desktop_crm.cli import main
from desktop_crm.domain.errors import NotFoundError
from desktop_crm.services.privacy import traces
from desktop_crm.services.privacy.export import access_export, write_access_export
from desktop_crm.storage.models import Base, ImportBatch, ImportChange, MergeRecord, Note
from desktop_crm.storage.uow import Database
from tests.integration.privacy_helpers import (
    EMAIL,
    FULL,
    T0,
    TRACE,
    add_a_row_per_reference,
    add_person,
    contact_foreign_keys,
    insert_row,
)


def test_the_walk_knows_every_foreign_key_of_the_live_database(db: Database) -> None:
    assert set(traces.contact_references()) == contact_foreign_keys(db)


def test_the_walk_knows_every_plain_contact_id_column() -> None:
    from desktop_crm.services.duplicates.merge_refs import plain_id_columns

    contact_ids = {(t, c) for t, c in plain_id_columns() if c != "company_id"}
    assert contact_ids <= set(traces.PLAIN_CONTACT_IDS)


def test_export_covers_every_reference_to_the_contact(db: Database) -> None:
    person = add_person(db)
    made = add_a_row_per_reference(db, person)
    assert made, "no table refers to contacts?"
    data = db.read(access_export, person)
    assert data["contact"]["email"] == EMAIL
    for table, column in made:
        rows = data["tables"].get(table, [])
        assert any(r[column] == person for r in rows), f"{table}.{column} not exported"
        exported = next(r for r in rows if r[column] == person)
        if table == "contact":
            # another contact pointing at the person (recommended by them): the link only,
            # none of the other person's data
            assert set(exported) == {"id", column, "_via"}
            continue
        # every column of the row is in the export
        assert set(Base.metadata.tables[table].c.keys()) <= set(exported)
    covered = {tuple(r.split(".")) for r in data["references"]}
    assert covered == contact_foreign_keys(db)


def test_export_follows_rows_hanging_off_the_persons_rows(db: Database) -> None:
    person = add_person(db)
    other = add_person(db, first_name="Autre", last_name="Personne", email="autre@x.fr")
    meta = Base.metadata.tables
    with db.uow() as uow:
        s = uow.session
        opportunity = insert_row(s, meta["opportunity"], {"contact_id": person}, trace=TRACE)
        line = insert_row(s, meta["opportunity_line"], {"opportunity_id": opportunity["id"]})
        # A note on the person's opportunity (no contact of its own) is theirs too ...
        mine = insert_row(s, meta["note"], {"opportunity_id": opportunity["id"]}, trace="n1")
        # ... but a note of another contact on the same opportunity is not.
        theirs = insert_row(
            s, meta["note"], {"opportunity_id": opportunity["id"], "contact_id": other}
        )
        # A meeting of the other contact that the person attended: context.
        meeting = insert_row(s, meta["activity"], {"contact_id": other}, trace="Réunion")
        s.execute(
            insert(meta["activity_contact"]).values(activity_id=meeting["id"], contact_id=person)
        )
        batch = s.execute(insert(ImportBatch).values(file_name="salon.xlsx")).inserted_primary_key
        s.execute(
            insert(ImportChange).values(
                batch_id=batch[0], contact_id=person, action="created", before_json="{}"
            )
        )
        s.execute(
            insert(MergeRecord).values(
                kind="contact",
                kept_id=other,
                merged_ids=f"{person + 1000},{person}",
                snapshot_json=json.dumps({"name": FULL}),
                created_at=T0,
            )
        )
        uow.commit()
    data = db.read(access_export, person)
    tables = data["tables"]
    assert [r["id"] for r in tables["opportunity_line"]] == [line["id"]]
    note_ids = {r["id"] for r in tables["note"]}
    assert mine["id"] in note_ids and theirs["id"] not in note_ids
    assert [r["id"] for r in data["context"]["activity"]] == [meeting["id"]]
    assert tables["import_change"][0]["contact_id"] == person
    assert tables["merge_record"][0]["kept_id"] == other
    # the other contact's own rows never appear
    assert all(r.get("contact_id") in (person, None) for r in tables["note"])
    assert Note.__tablename__ == "note"


def test_unknown_and_erased_contacts_are_told_apart(db: Database) -> None:
    from desktop_crm.services.privacy.erasure import erase_contact

    with pytest.raises(NotFoundError, match="There is no contact #999999"):
        db.read(access_export, 999999)
    person = add_person(db)
    db.run(erase_contact, person, "request")
    with pytest.raises(NotFoundError, match=rf"Contact #{person} was erased on"):
        db.read(access_export, person)


def test_cli_writes_json_and_french_pdf(sqlite_url: str, tmp_path: Path, monkeypatch) -> None:
    db = Database(sqlite_url)
    person = add_person(db)
    add_a_row_per_reference(db, person)
    db.dispose()
    monkeypatch.setenv("DESKTOP_CRM_LANG", "fr")
    out, pdf = tmp_path / "p.json", tmp_path / "p.pdf"
    code = main(
        ["privacy", "export", str(person), "-o", str(out), "--pdf", str(pdf), "--db", sqlite_url]
    )
    assert code == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["contact_id"] == person and data["contact"]["last_name"] == "Zorglubian"
    assert pdf.read_bytes().startswith(b"%PDF")
    from desktop_crm.services.privacy.export import access_paper

    paper = access_paper(data, "fr")
    titles = [section.title for section in paper.sections]
    assert paper.title == "Données personnelles détenues sur Hyacinthe Zorglubian"
    assert titles[0] == "Identité et coordonnées"
    assert any(t.startswith("Historique (") for t in titles)
    assert ("Prénom", "Hyacinthe") in paper.sections[0].blocks[0].lines
    assert oct(out.stat().st_mode & 0o077) != "0o0"  # not a private temporary file
    assert not list(tmp_path.glob(".*.part"))


def test_cli_unknown_contact_and_unwritable_paths_write_nothing(
    sqlite_url: str, tmp_path: Path, capsys
) -> None:
    assert (
        main(["privacy", "export", "424242", "-o", str(tmp_path / "x.json"), "--db", sqlite_url])
        == 2
    )
    assert "There is no contact #424242" in capsys.readouterr().err
    assert not (tmp_path / "x.json").exists()
    db = Database(sqlite_url)
    person = add_person(db)
    db.dispose()
    json_path = tmp_path / "ok.json"
    missing = tmp_path / "no such folder" / "p.pdf"
    code = main(
        [
            "privacy",
            "export",
            str(person),
            "-o",
            str(json_path),
            "--pdf",
            str(missing),
            "--db",
            sqlite_url,
        ]
    )
    assert code == 1
    assert "does not exist" in capsys.readouterr().err
    assert not json_path.exists()  # nothing half-written: not even the JSON
    assert list(tmp_path.iterdir()) == [] or all(p.suffix != ".part" for p in tmp_path.iterdir())


def test_write_access_export_refuses_one_name_for_both(db: Database, tmp_path: Path) -> None:
    from desktop_crm.domain.errors import DomainError

    person = add_person(db)
    with pytest.raises(DomainError, match="different names"):
        db.read(write_access_export, person, tmp_path / "a", tmp_path / "a")

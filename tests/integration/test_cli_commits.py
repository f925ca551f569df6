"""Each write command commits once, itself: what it reports is in the database afterwards."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from desktop_crm.cli import main
from desktop_crm.services.contacts.records import create_contact
from desktop_crm.storage.models import Contact, DuplicateExclusion, MergeRecord
from desktop_crm.storage.uow import Database


def _json(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, object]:
    capsys.readouterr()
    assert main([*args, "--json"]) == 0
    data: dict[str, object] = json.loads(capsys.readouterr().out)
    return data


def _count(db: Database, model: object) -> int:
    with db.uow(write=False) as uow:
        return int(uow.session.scalar(select(func.count()).select_from(model)) or 0)  # type: ignore[arg-type]


def test_duplicate_commands_commit(sqlite_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    url = sqlite_db.url
    a = sqlite_db.run(create_contact, {"first_name": "Anne", "last_name": "Dupont"}).value.id
    b = sqlite_db.run(create_contact, {"first_name": "Anne", "last_name": "Dupond"}).value.id
    c = sqlite_db.run(create_contact, {"first_name": "Paul", "last_name": "Durand"}).value.id

    _json(capsys, "not-duplicate", str(a), str(c), "--db", url)
    assert _count(sqlite_db, DuplicateExclusion) == 1
    _json(capsys, "not-duplicate", str(a), str(c), "--undo", "--db", url)
    assert _count(sqlite_db, DuplicateExclusion) == 0

    merged = _json(capsys, "merge", str(a), str(b), "--db", url)
    with sqlite_db.uow(write=False) as uow:
        assert uow.session.get(Contact, b) is None
        assert uow.session.get(MergeRecord, merged["merge_id"]) is not None
    _json(capsys, "unmerge", str(merged["merge_id"]), "--db", url)
    with sqlite_db.uow(write=False) as uow:
        assert uow.session.get(Contact, b) is not None

    before = _count(sqlite_db, Contact)
    added = _json(capsys, "demo-duplicates", "--rate", "1", "--db", url)
    assert added["contacts"] and _count(sqlite_db, Contact) == before + int(str(added["contacts"]))


def test_series_check_and_bounced_commit(
    sqlite_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    url = sqlite_db.url
    cid = sqlite_db.run(
        create_contact, {"last_name": "Lefèvre", "email": "helene@example.fr"}
    ).value.id
    assert _json(capsys, "email-bounced", "helene@example.fr", "--db", url) == {"marked": 1}
    with sqlite_db.uow(write=False) as uow:
        contact = uow.session.get(Contact, cid)
        assert contact is not None and contact.email_invalid
    assert _json(capsys, "series", "check", "--db", url)["total"] == 0

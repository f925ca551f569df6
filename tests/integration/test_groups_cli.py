"""``desktop-crm groups`` and ``--group NAME`` on the target commands, end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_crm.cli import main
from desktop_crm.storage.models import History
from desktop_crm.storage.uow import Database
from tests.integration.mailing_fixtures import seed


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_groups_commands(
    sqlite_db: Database, sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = seed(sqlite_db)
    db = ("--db", sqlite_url)
    assert _run(capsys, "groups", "create", "Salons", *db)[0] == 0
    code, out, _ = _run(
        capsys,
        "groups",
        "create",
        "Lyon 2026",
        "--parent",
        "Salons",
        "--where",
        'city = "lyon"',
        *db,
    )
    assert code == 0 and "Salons/Lyon 2026" in out
    code, out, _ = _run(capsys, "groups", "add", "Salons/Lyon 2026", "--lookup", "dupont", *db)
    assert (code, out.strip()) == (0, "Added 2 contact(s) to 'Salons/Lyon 2026'.")
    code, out, _ = _run(capsys, "groups", "show", "Lyon 2026", "--json", *db)
    shown = json.loads(out)
    assert shown["count"] == 3
    assert {m["id"] for m in shown["members"]} == {
        ids["lefevre"],
        ids["dupont_jean"],
        ids["dupont_marie"],
    }
    assert set(shown["members"][0]) == {"id", "name", "company", "city"}
    code, out, _ = _run(
        capsys,
        "groups",
        "remove",
        "Lyon 2026",
        "--ids",
        f"{ids['lefevre']},{ids['dupont_jean']}",
        *db,
    )
    assert (code, out.strip()) == (0, "Removed 2 contact(s) from 'Salons/Lyon 2026'.")
    code, out, _ = _run(capsys, "groups", "list", "--json", *db)
    listed = {row["path"]: row for row in json.loads(out)}
    assert listed["Salons/Lyon 2026"]["members"] == 1
    assert listed["Salons/Lyon 2026"]["excluded"] == 1
    code, out, _ = _run(capsys, "groups", "list", *db)
    assert "  Lyon 2026 (1)  [City is “lyon”]" in out
    code, out, _ = _run(capsys, "groups", "count", "--where", 'city = "Nantes"', *db)
    assert (code, out.strip()) == (0, "2 contact(s) match.")
    code, out, err = _run(capsys, "groups", "count", "--where", 'citty = "Nantes"', *db)
    assert code != 0 and "Unknown field 'citty' at 1: did you mean 'city'?" in err
    code, _, err = _run(capsys, "groups", "show", "Nope", *db)
    assert code != 0 and "No group named 'Nope'" in err
    code, out, _ = _run(capsys, "groups", "delete", "Salons", *db)
    assert (code, out.strip()) == (
        0,
        "Deleted group 'Salons' and 1 subgroup(s); its contacts stay.",
    )


def test_group_as_target_of_labels_and_export(
    sqlite_db: Database, sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = seed(sqlite_db)
    db = ("--db", sqlite_url)
    assert _run(capsys, "groups", "create", "Nantais", "--where", 'city = "Nantes"', *db)[0] == 0
    code, out, err = _run(
        capsys,
        "labels",
        "--sheet",
        "L7163",
        "--group",
        "Nantais",
        "-o",
        str(tmp_path / "l.pdf"),
        "--json",
        *db,
    )
    assert code == 0, err
    assert json.loads(out)["contacts"] == 2
    with sqlite_db.uow(write=False) as uow:
        rows = uow.session.execute(
            select(History.contact_id, History.group_id).where(History.type == "label_printed")
        ).all()
    assert {cid for cid, _ in rows} == {ids["dupont_jean"], ids["dupont_marie"]}
    assert len({gid for _, gid in rows}) == 1 and rows[0][1] is not None
    target = tmp_path / "out.csv"
    code, out, err = _run(capsys, "export", "-o", str(target), "--group", "Nantais", *db)
    assert code == 0, err
    assert "Exported 2 contacts" in out
    code, _, err = _run(capsys, "export", "-o", str(target), "--group", "Nope", *db)
    assert code != 0 and "No group named 'Nope'" in err
    code, out, err = _run(capsys, "tasks", "--group", "Nantais", "--json", *db)
    assert code == 0 and json.loads(out) == []


def test_group_as_target_of_series_and_email(
    sqlite_db: Database, sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = seed(sqlite_db)
    db = ("--db", sqlite_url)
    assert _run(capsys, "groups", "create", "Lyonnais", "--where", 'city = "Lyon"', *db)[0] == 0
    code, out, err = _run(
        capsys,
        "series",
        "apply",
        "relance j+7",
        "--group",
        "Lyonnais",
        "--anchor",
        "2026-12-01",
        "--json",
        *db,
    )
    assert code == 0, err
    assert {a["contact_id"] for a in json.loads(out)["activities"]} == {ids["lefevre"]}
    code, _, err = _run(capsys, "series", "apply", "relance", "--anchor", "2026-12-01", *db)
    assert code != 0 and "--group NAME" in err
    code, out, err = _run(capsys, "tasks", "--group", "Lyonnais", "--json", *db)
    assert code == 0 and {t["contact_id"] for t in json.loads(out)} == {ids["lefevre"]}

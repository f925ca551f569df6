"""``desktop-crm campaigns`` and ``desktop-crm referrals`` end to end on SQLite."""

from __future__ import annotations

import json

import pytest

from desktop_crm.cli import main
from desktop_crm.services.contacts.records import create_contact
from desktop_crm.services.groups.groups import add_members, create_group
from desktop_crm.storage.uow import Database


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse refuses a bad value with status 2
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_create_show_report_list(
    sqlite_db: Database,
    sqlite_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("DESKTOP_CRM_LANG", "en")
    ids = [sqlite_db.run(create_contact, {"last_name": f"P{i}"}).value.id for i in range(4)]
    group = sqlite_db.run(create_group, "Salon Lyon").value
    sqlite_db.run(add_members, group.id, ids)
    db = ("--db", sqlite_url)
    code, out, err = _run(
        capsys,
        "campaigns",
        "create",
        "Salon 2026",
        "--channel",
        "trade-show",
        "--group",
        "Salon Lyon",
        "--cost",
        "1 200,50",
        "--budget",
        "2000",
        "--start",
        "2026-05-01",
        "--json",
        *db,
    )
    assert code == 0, err
    assert json.loads(out) == {"id": 1, "name": "Salon 2026", "targets": 4, "cost": "1200.50"}
    code, out, _ = _run(capsys, "campaigns", "show", "salon 2026", "--json", *db)
    card = json.loads(out)
    assert card["channel"] == "trade_show" and card["target_group"] == "Salon Lyon"
    assert card["costs"][0]["amount"] == "1200.50" and card["budget"] == "2000.00"
    code, out, _ = _run(capsys, "campaigns", "report", "Salon 2026", "--json", *db)
    report = json.loads(out)
    assert report["targets"] == 4 and report["responses"] == 0 and report["cost"] == "1200.50"
    assert report["roi"] == "-1.0000" and report["breakeven"] is None
    assert report["undefined"]["breakeven"] == "no sale yet"
    code, out, _ = _run(capsys, "campaigns", "report", "Salon 2026", *db)
    assert code == 0 and "Break-even (sales)" in out and "(no sale yet)" in out
    monkeypatch.setenv("DESKTOP_CRM_LANG", "fr")
    code, out, _ = _run(capsys, "campaigns", "list", *db)
    assert code == 0 and "Salon 2026" in out and "Salon" in out and "-100,0 %" in out
    code, out, _ = _run(capsys, "campaigns", "list", "--json", *db)
    assert [c["name"] for c in json.loads(out)] == ["Salon 2026"]


def test_clear_messages_for_bad_input(
    sqlite_db: Database,
    sqlite_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("DESKTOP_CRM_LANG", "en")
    db = ("--db", sqlite_url)
    code, _, err = _run(capsys, "campaigns", "report", "Nope", *db)
    assert code == 2 and "No campaign is called 'Nope'" in err
    code, _, err = _run(capsys, "campaigns", "create", "X", "--channel", "pigeon", *db)
    assert code == 2 and "unknown channel 'pigeon'" in err
    code, _, err = _run(
        capsys, "campaigns", "create", "X", "--channel", "mail", "--group", "Nope", *db
    )
    assert code == 2 and "No group is called 'Nope'" in err
    code, _, err = _run(
        capsys, "campaigns", "create", "X", "--channel", "mail", "--cost", "abc", *db
    )
    assert code == 2 and "'abc' is not an amount" in err
    code, _, err = _run(
        capsys,
        "campaigns",
        "create",
        "X",
        "--channel",
        "mail",
        "--start",
        "2026-05-02",
        "--end",
        "2026-05-01",
        *db,
    )
    assert code == 2 and "cannot end before it starts" in err
    code, out, _ = _run(capsys, "campaigns", "list", "--json", *db)
    assert json.loads(out) == []  # nothing half written


def test_referrals_command(
    sqlite_db: Database,
    sqlite_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop_crm.services.campaigns.referrals import set_referrer

    monkeypatch.setenv("DESKTOP_CRM_LANG", "fr")
    marie = sqlite_db.run(create_contact, {"first_name": "Marie", "last_name": "Curie"}).value.id
    paul = sqlite_db.run(
        create_contact, {"first_name": "Paul", "last_name": "Lévy", "status": "Client"}
    ).value.id
    db = ("--db", sqlite_url)
    code, out, _ = _run(capsys, "referrals", *db)
    assert code == 0 and "Personne" in out
    sqlite_db.run(set_referrer, paul, marie)
    code, out, _ = _run(capsys, "referrals", "--json", *db)
    data = json.loads(out)
    assert data["referrers"] == [
        {
            "contact_id": marie,
            "name": "Marie Curie",
            "company": None,
            "referred": 1,
            "clients": 1,
            "revenue": "0.00",
        }
    ]
    code, out, _ = _run(capsys, "referrals", *db)
    assert "Marie Curie" in out and "Recommandé par" in out

"""The duplicate scan, "not a duplicate" pairs, find_similar and the command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_crm.domain.matching import RecordKind, default_settings
from desktop_crm.services.demo.duplicates import add_demo_duplicates
from desktop_crm.services.duplicates.scan import (
    ScanCancelled,
    find_similar,
    get_pair,
    mark_not_duplicate,
    scan,
)
from desktop_crm.storage.uow import Database
from tests.integration.merge_helpers import add_company, add_contact


def _people(db: Database) -> tuple[int, int, int]:
    a = add_contact(
        db,
        first_name="Marc",
        last_name="Lefèvre",
        company_name="SARL Dupont & Fils",
        phone_business="+33144556677",
        postcode="69003",
    )
    b = add_contact(
        db,
        first_name="marc",
        last_name="LEFEVRE",
        company_name="Dupont et Fils",
        phone_business="+33144556677",
        postcode="69003",
    )
    c = add_contact(
        db,
        first_name="Sophie",
        last_name="Durand",
        company_name="Dupont et Fils",
        phone_business="+33144556677",
        postcode="69003",
    )
    return a, b, c


def test_scan_proposes_explains_and_remembers_exclusions(db: Database) -> None:
    a, b, c = _people(db)
    with db.uow(write=False) as uow:
        result = scan(uow)
    pairs = {(p.a, p.b): p for p in result.pairs}
    assert set(pairs) == {(a, b)}
    assert pairs[(a, b)].score == 100
    assert any("without the legal form" in r for r in pairs[(a, b)].reasons)
    assert result.groups[0].ids == (a, b)
    with db.uow() as uow:
        mark_not_duplicate(uow, b, a)
        uow.commit()
    with db.uow() as uow:
        mark_not_duplicate(uow, a, b)  # twice is harmless
        uow.commit()
    with db.uow(write=False) as uow:
        assert scan(uow).pairs == ()
        assert get_pair(uow, a, c).score < 85


def test_scan_reports_progress_and_can_be_cancelled(db: Database) -> None:
    _people(db)
    seen: list[str] = []
    with db.uow(write=False) as uow:
        scan(uow, progress=lambda done, total, phase: seen.append(phase))
        assert seen[-1] == "done"
        with pytest.raises(ScanCancelled):
            scan(uow, cancel=lambda: True)


def test_find_similar_for_a_new_contact(db: Database) -> None:
    a, _, _ = _people(db)
    typed = {
        "first_name": "Lefevre",
        "last_name": "Marc",
        "company_name": "Dupont & Fils",
        "phone_business": "01 44 55 66 77",
    }
    with db.uow(write=False) as uow:
        found = find_similar(uow, typed)
        assert found and found[0].id in (a, a + 1)
        assert any("swapped" in r for r in found[0].reasons)
        assert find_similar(uow, {"first_name": "Zoé", "last_name": "Inconnue"}) == []


def test_demo_duplicates_are_all_found(db: Database) -> None:
    for i in range(60):
        add_contact(
            db,
            first_name=f"Prénom{i}",
            last_name=f"Nom{i}x",
            phone_mobile=f"+3361234{i:04d}",
            company_name=f"Société {i}",
            postcode=f"{69000 + i}",
        )
    with db.uow() as uow:
        added = add_demo_duplicates(uow, rate=0.1)
        uow.commit()
    with db.uow(write=False) as uow:
        result = scan(uow)
    assert added.contacts == 6
    assert len(result.pairs) == 6


def test_companies_scan_uses_siren_and_legal_forms(db: Database) -> None:
    a = add_company(db, "SARL Dupont & Fils", city="Lyon", siren="732829320")
    b = add_company(db, "DUPONT ET FILS", city="Lyon")
    with db.uow(write=False) as uow:
        result = scan(uow, default_settings(RecordKind.COMPANY))
    assert [(p.a, p.b) for p in result.pairs] == [(a, b)]


def test_command_line_json(tmp_path: Path, sqlite_url: str) -> None:
    db = Database(sqlite_url)
    a, b, _ = _people(db)
    db.dispose()

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "desktop_crm", *args, "--db", sqlite_url],
            capture_output=True,
            text=True,
            timeout=120,
            env=os.environ,
        )

    out = run(
        "duplicates",
        "--json",
        "--fields",
        "company,name,phone",
        "--mode",
        "normalised",
        "--threshold",
        "90",
    )
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert list(data) == ["pairs", "groups"]
    assert data["groups"][0]["ids"] == [a, b] and data["groups"][0]["keep"] in (a, b)
    assert data["pairs"][0]["a"] == a and data["pairs"][0]["b"] == b
    assert set(data["pairs"][0]) == {"a", "b", "score", "reasons"}
    assert 0 <= data["pairs"][0]["score"] <= 100 and data["pairs"][0]["reasons"]
    merged = run("merge", str(a), str(b), "--json")
    assert merged.returncode == 0, merged.stderr
    merge_id = json.loads(merged.stdout)["merge_id"]
    assert json.loads(run("duplicates", "--json").stdout) == {"pairs": [], "groups": []}
    undone = run("unmerge", str(merge_id), "--json")
    assert undone.returncode == 0 and json.loads(undone.stdout)["restored"] == [b]
    again = run("unmerge", str(merge_id))
    assert again.returncode == 1 and "already undone" in again.stderr
    bad = run("duplicates", "--fields", "shoe_size")
    assert bad.returncode == 2 and "unknown field" in bad.stderr

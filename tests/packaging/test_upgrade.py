"""Installing a newer version keeps the data: a 0003 database is upgraded on start.

The database is made by the schema of the previous release (revision 0003, through
Alembic); the current code (or the bundle, when one was just built — see bundle.py) opens
the window on it. It must make the dated copy first, then migrate, and keep every row.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from desktop_crm.storage import migrate
from tests.packaging.bundle import EXE, why_not_usable

pytestmark = pytest.mark.slow  # one start of the window in a new process


def _make_0003_database(path: Path) -> None:
    from alembic import command

    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        config = migrate.alembic_config(f"sqlite:///{path}")
        config.attributes["connection"] = conn
        command.upgrade(config, "0003")
        conn.commit()
    engine.dispose()
    with sqlite3.connect(path) as raw:
        raw.execute(
            "INSERT INTO contact (id, first_name, last_name, do_not_mail, do_not_call,"
            " do_not_email, npai, email_invalid, to_review, last_name_key, first_name_key,"
            " company_key, city_key, email_key, phone_key, mobile_key, version)"
            " VALUES (7, 'Łukasz', 'Ancien', 0, 0, 0, 0, 0, 0, 'ancien', 'lukasz', '', '',"
            " '', '', '', 1)"
        )
        raw.execute("INSERT INTO app_setting (key, value) VALUES ('kept', 'yes')")
    raw.close()


def _revision(path: Path) -> str:
    with sqlite3.connect(path) as raw:
        value = raw.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    raw.close()
    return str(value)


def _programs() -> list[object]:
    bundle_skip = why_not_usable()
    return [
        pytest.param([sys.executable, "-m", "desktop_crm"], id="source"),
        pytest.param(
            [str(EXE)],
            id="bundle",
            marks=[pytest.mark.skip(reason=bundle_skip)] if bundle_skip else [],
        ),
    ]


@pytest.mark.parametrize("program", _programs())
def test_a_new_version_upgrades_a_0003_database_and_keeps_it(
    program: list[str], tmp_path: Path
) -> None:
    path = tmp_path / "contacts.sqlite"
    _make_0003_database(path)
    assert _revision(path) == "0003"
    env = {k: v for k, v in os.environ.items() if not k.startswith("DESKTOP_CRM_DB")}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        DESKTOP_CRM_NO_KEYRING="1",
        DESKTOP_CRM_EXIT_AFTER_SHOW="1",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        APPDATA=str(tmp_path / "appdata"),
    )
    result = subprocess.run(
        [*program, "--db", str(path)],
        capture_output=True,
        text=True,
        errors="replace",
        env=env,
        cwd=Path(__file__).resolve().parents[2],
        timeout=180,
    )
    assert result.returncode == 0 and "window shown" in result.stdout, result.stderr
    assert _revision(path) == migrate.SCHEMA_HEAD
    (copy,) = tmp_path.glob("contacts.before-upgrade-*.sqlite")
    assert _revision(copy) == "0003"
    for db in (path, copy):
        with sqlite3.connect(db) as raw:
            assert raw.execute("SELECT first_name FROM contact WHERE id = 7").fetchone() == (
                "Łukasz",
            )
            assert raw.execute("SELECT value FROM app_setting WHERE key = 'kept'").fetchone()
        raw.close()

"""Opening a database seeds the default lists once per version: a stamp in ``app_setting``
says it was done, so opening an up-to-date database reads one row instead of checking (and
importing) every feature's defaults; another version's stamp seeds again, idempotently."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import delete, func, select

from desktop_crm.services.setup import SEED_STAMP_KEY, open_database, seed_stamp
from desktop_crm.storage.location import resolve_database
from desktop_crm.storage.models import AppSetting, PickList


def _stamp(url: str) -> str | None:
    db = open_database(url).db
    try:
        with db.uow(write=False) as uow:
            row = uow.session.get(AppSetting, SEED_STAMP_KEY)
            return row.value if row is not None else None
    finally:
        db.dispose()


def _picklists(url: str) -> int:
    db = open_database(url).db
    try:
        with db.uow(write=False) as uow:
            return int(uow.session.scalar(select(func.count()).select_from(PickList)) or 0)
    finally:
        db.dispose()


def _drop_picklist_and_stamp(url: str, stamp: str | None) -> None:
    db = open_database(url).db
    try:
        with db.uow() as uow:
            key = uow.session.scalars(select(PickList.key).order_by(PickList.key)).first()
            uow.session.execute(delete(PickList).where(PickList.key == key))
            row = uow.session.get(AppSetting, SEED_STAMP_KEY)
            assert row is not None
            if stamp is None:
                uow.session.delete(row)
            else:
                row.value = stamp
            uow.commit()
    finally:
        db.dispose()


def test_a_new_database_is_stamped_with_this_versions_seed(tmp_path: Path) -> None:
    url = resolve_database(str(tmp_path / "neuve.sqlite"))
    assert _stamp(url) == seed_stamp()
    assert _picklists(url) > 0


def test_an_up_to_date_database_is_not_seeded_again(tmp_path: Path) -> None:
    url = resolve_database(str(tmp_path / "neuve.sqlite"))
    full = _picklists(url)
    # A list the team removed stays removed while the stamp is this version's.
    _drop_picklist_and_stamp(url, seed_stamp())
    assert _picklists(url) == full - 1


def test_another_versions_stamp_seeds_again_once(tmp_path: Path) -> None:
    url = resolve_database(str(tmp_path / "neuve.sqlite"))
    full = _picklists(url)
    _drop_picklist_and_stamp(url, "0|older version")
    assert _picklists(url) == full  # seeded again (idempotent: only what was missing)
    assert _stamp(url) == seed_stamp()


def test_a_database_without_a_stamp_is_seeded(tmp_path: Path) -> None:
    url = resolve_database(str(tmp_path / "neuve.sqlite"))
    full = _picklists(url)
    _drop_picklist_and_stamp(url, None)
    assert _picklists(url) == full
    assert _stamp(url) == seed_stamp()


def test_the_stamp_is_the_same_in_every_process() -> None:
    """A stamp that varied between runs (an address, a hash seed) would seed at every start."""
    import os
    import subprocess
    import sys

    code = "from desktop_crm.services.setup import seed_stamp; print(seed_stamp())"
    stamps = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
        ).stdout.strip()
        for seed in (1, 2)
    }
    assert stamps == {seed_stamp()}

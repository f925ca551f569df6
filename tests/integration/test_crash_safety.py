"""Kill -9 in the middle of writes: the SQLite file stays sound and every commit the
program acknowledged is still there (WAL + synchronous=NORMAL lose nothing on a crash)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time

import pytest
from sqlalchemy import select

from desktop_crm.services.maintenance import check_database
from desktop_crm.storage.models import Contact
from desktop_crm.storage.uow import Database

WRITER = textwrap.dedent("""
    import sys
    from desktop_crm.services.contacts.records import bulk_insert_contacts, create_contact
    from desktop_crm.storage.uow import Database
    db = Database(sys.argv[1])
    i = 0
    while True:
        i += 1
        with db.uow() as uow:
            if i % 3 == 0:  # a bulk write of 200 rows, all or nothing
                bulk_insert_contacts(uow, [{"last_name": f"Bulk{i}-{k}"} for k in range(200)])
                tag = f"Bulk{i}"
            else:
                create_contact(uow, {"last_name": f"One{i}", "city": "Lyon"})
                tag = f"One{i}"
            uow.commit()
        print(tag, flush=True)  # acknowledged only after the commit returned
""")


@pytest.mark.skipif(
    not hasattr(signal, "SIGKILL"),
    reason="needs kill -9 (signal.SIGKILL), which Windows does not have",
)
def test_kill_nine_loses_no_acknowledged_commit(sqlite_db: Database) -> None:
    rng = random.Random(7)
    acknowledged: list[str] = []
    for _round in range(12):
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, sqlite_db.url],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert proc.stdout is not None
        first = proc.stdout.readline()  # writing has started: kill at a random moment
        time.sleep(rng.random() * 0.5)
        os.kill(proc.pid, signal.SIGKILL)
        out, _ = proc.communicate(timeout=30)
        acknowledged += [line.strip() for line in (first + out).splitlines() if line.strip()]
    assert len(acknowledged) >= 12
    report = check_database(sqlite_db)
    assert report.integrity == [] and not any(report.orphans.values())
    with sqlite_db.uow(write=False) as uow:
        names = set(uow.session.scalars(select(Contact.last_name)))
    for tag in acknowledged:
        if tag.startswith("Bulk"):
            assert {f"{tag}-{k}" for k in range(200)} <= names, tag
        else:
            assert tag in names, tag
    # Unacknowledged bulk writes are all or nothing.
    bulk_prefixes = {n.rsplit("-", 1)[0] for n in names if n.startswith("Bulk")}
    for prefix in bulk_prefixes:
        assert sum(1 for n in names if n.rsplit("-", 1)[0] == prefix) == 200, prefix

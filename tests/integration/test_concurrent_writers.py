"""Two processes writing to one SQLite file (the window plus a background import):
BEGIN IMMEDIATE and the busy timeout mean nobody sees "database is locked"."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from sqlalchemy import func, select

from desktop_crm.storage.models import Contact
from desktop_crm.storage.uow import Database

WRITER = textwrap.dedent("""
    import sys
    from desktop_crm.services.contacts.records import create_contact, update_contact
    from desktop_crm.storage.uow import Database
    db = Database(sys.argv[1])
    for i in range(150):
        view = db.run(create_contact, {"last_name": f"{sys.argv[2]}{i}", "city": "Lyon"}).value
        db.run(update_contact, view.id, view.version, {"city": "Lille"})
    print("ok")
""")


def test_two_writer_processes_never_lose_or_refuse_a_write(sqlite_db: Database) -> None:
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, sqlite_db.url, name],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("Alpha", "Beta")
    ]
    outputs = [p.communicate(timeout=300) for p in procs]
    for proc, (out, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err[-1500:]
        assert out.strip() == "ok"
    with sqlite_db.uow(write=False) as uow:
        count = uow.session.scalar(
            select(func.count()).select_from(Contact).where(Contact.city == "Lille")
        )
    assert count == 300

"""Check that a change to the report builders leaves every report the same, byte for byte.

Builds every report on a database in both languages (several parameter sets), renders each
to PDF and XLSX with a fixed generation time, and writes one digest line per output. Run it
with the old code and with the new (PYTHONPATH decides which) on the same database, then
diff the two files::

    python -m desktop_crm demo --contacts 500 --db /tmp/demo.sqlite
    PYTHONPATH=/old/tree python tests/report_compare.py /tmp/demo.sqlite /tmp/before.txt
    PYTHONPATH=$PWD python tests/report_compare.py /tmp/demo.sqlite /tmp/after.txt
    diff /tmp/before.txt /tmp/after.txt
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import io
import sys
import tempfile
import zipfile
from pathlib import Path

import sqlalchemy

from desktop_crm.domain.reports import ReportParams
from desktop_crm.interchange.report_xlsx import write_report_xlsx
from desktop_crm.printing.report_pdf import write_report_pdf
from desktop_crm.services.reports.registry import REPORTS, build
from desktop_crm.services.setup import open_database

FIXED = dt.datetime(2026, 12, 1, 9, 30)


def _xlsx_digest(data: bytes) -> str:
    """The XLSX's parts except docProps/core.xml (it holds the writing time)."""
    h = hashlib.sha256()
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for name in sorted(z.namelist()):
            if name != "docProps/core.xml":
                h.update(name.encode() + b"\0" + z.read(name))
    return h.hexdigest()


def main(db_path: str, out: str) -> None:
    db = open_database(f"sqlite:///{db_path}").db
    params_sets = []
    for lang in ("en", "fr"):
        base = ReportParams(language=lang)
        params_sets += [
            ("all", base),
            ("detail", dataclasses.replace(base, contact_id=1)),
            ("detail7", dataclasses.replace(base, contact_id=7)),
            (
                "year",
                dataclasses.replace(
                    base, date_from=dt.date(2020, 1, 1), date_to=dt.date(2027, 12, 31)
                ),
            ),
            ("group", dataclasses.replace(base, contact_ids=tuple(range(1, 200, 3)))),
        ]
    campaigns = db.read(
        lambda uow: list(uow.session.scalars(sqlalchemy.text("select name from campaign")))
    )
    lines = []
    tmp = Path(tempfile.mkdtemp())
    for spec, _builder in REPORTS:
        for label, params in params_sets:
            todo = [(label, params)]
            if spec.name == "campaigns":
                todo += [
                    (f"{label}-{c}", dataclasses.replace(params, campaign=c)) for c in campaigns
                ]
            for tag, p in todo:
                if "contact_id" in spec.needs and p.contact_id is None:
                    continue
                try:
                    doc = db.read(build, spec.name, p)
                except Exception as exc:  # the same refusal must come both times
                    lines.append(
                        f"{spec.name} {p.language} {tag} REFUSED {type(exc).__name__}: {exc}"
                    )
                    continue
                doc = dataclasses.replace(doc, generated_at=FIXED)
                pdf = tmp / "r.pdf"
                write_report_pdf(doc, pdf, language=p.language)
                buf = io.BytesIO()
                write_report_xlsx(doc, buf, language=p.language, company="ACME")
                rows = sum(len(t.rows) for t in doc.tables)
                lines.append(
                    f"{spec.name} {p.language} {tag} rows={rows} "
                    f"doc={hashlib.sha256(repr(doc).encode()).hexdigest()[:16]} "
                    f"pdf={hashlib.sha256(pdf.read_bytes()).hexdigest()[:16]} "
                    f"xlsx={_xlsx_digest(buf.getvalue())[:16]}"
                )
    Path(out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} outputs written to {out}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

"""Build a report and write it as PDF or XLSX, whole or not at all.

The file is written beside the target under a temporary name and renamed over it at the
end: a cancelled run, a full disk or a file open in Excel leaves the old file (or nothing),
never half a report.
"""

from __future__ import annotations

import contextlib
import errno
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from desktop_crm.domain.files import writing_file
from desktop_crm.domain.progress import TaskControl
from desktop_crm.domain.reports import ReportDocument, ReportParams
from desktop_crm.domain.wording import REPORT, say
from desktop_crm.interchange.report_xlsx import write_report_xlsx
from desktop_crm.printing.report_pdf import ReportHeader, write_report_pdf
from desktop_crm.services.reports.population import ReportInputError
from desktop_crm.services.reports.registry import build
from desktop_crm.storage.models import DocumentTemplate
from desktop_crm.storage.uow import UnitOfWork

FORMATS = ("pdf", "xlsx")


def report_header(uow: UnitOfWork) -> ReportHeader:
    """The company's name (the sender of the letters) and the first letter logo that exists."""
    import json

    from desktop_crm.services.mailing.settings import load_sender

    sender = load_sender(uow)
    logo = ""
    for settings_json in uow.session.scalars(
        select(DocumentTemplate.settings_json)
        .where(DocumentTemplate.kind == "letter", DocumentTemplate.settings_json.is_not(None))
        .order_by(DocumentTemplate.name)
    ):
        try:
            path = (json.loads(settings_json or "{}") or {}).get("logo_path") or ""
        except ValueError:
            continue
        if path and Path(path).is_file():
            logo = path
            break
    return ReportHeader(company=sender.company, logo_path=logo)


@dataclass(frozen=True)
class WrittenReport:
    """What a run wrote: the file, its format, the document (figures for a summary)."""

    path: str
    format: str
    pages: int
    document: ReportDocument


def write_document(
    document: ReportDocument,
    header: ReportHeader,
    target: str | Path,
    fmt: str,
    language: str,
    control: TaskControl | None = None,
) -> int:
    """Write ``document`` to ``target`` through a temporary file; returns the PDF's pages."""
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise ReportInputError(
            say(REPORT, "Unknown format '{fmt}': choose pdf or xlsx.").format(fmt=fmt)
        )
    target = Path(target)
    with writing_file(target):
        if target.is_dir():
            raise IsADirectoryError(errno.EISDIR, "Is a directory", str(target))
        if not target.resolve().parent.is_dir():
            raise FileNotFoundError(errno.ENOENT, "No such folder", str(target))
    # Beside the target (same disk: the rename is atomic), hidden, unique.
    temp = target.resolve().parent / f".{target.name}.{uuid.uuid4().hex[:8]}.part"
    try:
        with writing_file(target, temp):
            pages = 0
            if fmt == "pdf":
                check = control.check if control is not None else None
                progress = None
                if control is not None:
                    progress = lambda done, total: control.report(done, total, "")  # noqa: E731
                pages = write_report_pdf(
                    document,
                    temp,
                    language=language,
                    header=header,
                    check=check,
                    progress=progress,
                )
            else:
                write_report_xlsx(document, temp, language=language, company=header.company)
            if control is not None:
                control.check()
            os.replace(temp, target)
        return pages
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()


def write_report(
    uow: UnitOfWork,
    name: str,
    params: ReportParams,
    fmt: str,
    target: str | Path,
    control: TaskControl | None = None,
) -> WrittenReport:
    """Build the report ``name`` and write it to ``target`` as ``fmt`` (pdf or xlsx)."""
    if control is not None:
        control.report(0, 2, "")
    document = build(uow, name, params, control)
    if control is not None:
        control.report(1, 2, "")
    pages = write_document(document, report_header(uow), target, fmt, params.language, control)
    return WrittenReport(str(target), fmt.lower(), pages, document)


@dataclass(frozen=True)
class BuiltReport:
    """A report built for the preview: the document, its header, and the PDF drawn."""

    document: ReportDocument
    header: ReportHeader
    pdf_path: str


def build_preview(
    uow: UnitOfWork,
    control: TaskControl | None,
    name: str,
    params: ReportParams,
    pdf_path: str,
) -> BuiltReport:
    """Build the report and draw its PDF at ``pdf_path`` (a scratch file for the preview);
    the same document is later saved as PDF or XLSX without reading the database again."""
    if control is not None:
        control.report(0, 2, "")
    document = build(uow, name, params, control)
    header = report_header(uow)
    if control is not None:
        control.report(1, 2, "")
    write_document(document, header, pdf_path, "pdf", params.language, control)
    return BuiltReport(document, header, pdf_path)

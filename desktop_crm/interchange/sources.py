"""Open any supported import file by its content and extension."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from desktop_crm.domain.bulk_work import gc_paused
from desktop_crm.domain.errors import DomainError
from desktop_crm.domain.wording import IMPORT, say
from desktop_crm.interchange import limits as read_limits
from desktop_crm.interchange.contact_exports import rearrange
from desktop_crm.interchange.csv_reader import read_csv
from desktop_crm.interchange.limits import ReadLimits
from desktop_crm.interchange.table import SourceFile
from desktop_crm.interchange.vcard import read_vcard
from desktop_crm.interchange.xlsx_reader import read_xlsx

SUPPORTED = (".csv", ".txt", ".tsv", ".xlsx", ".xlsm", ".vcf", ".vcard")


@gc_paused()
def open_source(
    path: str | Path,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    limits: ReadLimits | None = None,
) -> SourceFile:
    """Read a CSV/TXT, XLSX or vCard file; anything else is refused with a clear message.

    A file beyond one of ``limits`` (default: the application's, ``limits.LIMITS``) is
    refused as soon as the limit is met.
    """
    if limits is None:
        limits = read_limits.LIMITS  # looked up at call time, so tests may set smaller ones
    file = Path(path)
    if not file.is_file():
        raise DomainError(
            say(IMPORT, "The file {file} does not exist.").format(file=file), code="cannot_open"
        )
    suffix = file.suffix.lower()
    try:
        with file.open("rb") as handle:
            head = handle.read(512)
    except OSError as exc:
        raise DomainError(
            say(IMPORT, "The file cannot be opened: {why}.").format(why=exc.strerror or exc),
            code="cannot_open",
        ) from exc
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise DomainError(
            say(
                IMPORT,
                "This is an old Excel 97-2003 file (.xls): open it in Excel or "
                "LibreOffice and save it as .xlsx or CSV first.",
            ),
            code="xls",
        )
    if suffix in (".xlsx", ".xlsm") or head.startswith(b"PK\x03\x04"):
        return read_xlsx(file, limits=limits)
    if suffix in (".vcf", ".vcard") or b"BEGIN:VCARD" in head.upper():
        return read_vcard(file, limits)
    if suffix in (".csv", ".txt", ".tsv", ""):
        source = read_csv(file, encoding=encoding, delimiter=delimiter, limits=limits)
        # Google and Outlook exports: phones and e-mails by their labels (contact_exports).
        sheets = [rearrange(sheet) for sheet in source.sheets]
        return replace(source, sheets=sheets)
    raise DomainError(
        say(
            IMPORT,
            "Files of type '{suffix}' cannot be imported: use CSV, TXT, XLSX or vCard (.vcf).",
        ).format(suffix=suffix),
        code="unsupported_file",
    )

"""Failures to write a user's file (PDF, export, report, calendar, backup) as sentences.

On Windows a file open in Acrobat or Excel cannot be replaced: ``PermissionError``
(errno 13, winerror 32 "sharing violation" or 33 "lock violation"). A raw
"[Errno 13] Permission denied" tells the user nothing; every place that writes a file the
user chose goes through ``writing_file`` so the message says what to do.
"""

from __future__ import annotations

import errno
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from desktop_crm.domain.errors import DomainError
from desktop_crm.domain.wording import PRINTING, say

_LOCKED_ERRNOS = frozenset({errno.EACCES, errno.EPERM, errno.EROFS, errno.ETXTBSY})
_LOCKED_WINERRORS = frozenset({5, 32, 33})  # access denied, sharing and lock violations


class FileWriteError(DomainError):
    """A file the user asked for could not be written; ``message`` says what to do."""

    code = "file_write"


def file_write_error(exc: OSError, path: str | Path | Any = None) -> FileWriteError:
    """The user-facing error for ``exc`` raised while writing ``path``."""
    if isinstance(path, str | Path):
        where: str | None = str(path)
    else:  # a stream, or nothing: name the file the error is about, if the error does
        where = str(exc.filename) if exc.filename is not None else None
    named = where or "the file"
    if isinstance(exc, IsADirectoryError) or exc.errno == errno.EISDIR:
        text = (
            say(PRINTING, "{where} is a folder: choose a file name and try again.")
            if where
            else say(PRINTING, "The file is a folder: choose a file name and try again.")
        )
        return FileWriteError(text.format(where=where), code="file_is_folder", path=named)
    if (
        isinstance(exc, PermissionError)
        or exc.errno in _LOCKED_ERRNOS
        or getattr(exc, "winerror", None) in _LOCKED_WINERRORS
    ):
        text = (
            say(
                PRINTING,
                "The file {where} is open in another program (or read-only): close it "
                "and try again.",
            )
            if where
            else say(
                PRINTING,
                "The file is open in another program (or read-only): close it and try again.",
            )
        )
        return FileWriteError(text.format(where=where), code="file_locked", path=named)
    if exc.errno == errno.ENOSPC:
        text = (
            say(
                PRINTING,
                "The disk is full: {where} could not be written. Free some space and try again.",
            )
            if where
            else say(
                PRINTING,
                "The disk is full: the file could not be written. Free some space and try again.",
            )
        )
        return FileWriteError(text.format(where=where), code="disk_full", path=named)
    if isinstance(exc, FileNotFoundError):
        text = (
            say(PRINTING, "The folder of {where} does not exist: choose another place.")
            if where
            else say(PRINTING, "The folder of the file does not exist: choose another place.")
        )
        return FileWriteError(text.format(where=where), code="file_folder_missing", path=named)
    reason = exc.strerror or str(exc)
    text = (
        say(PRINTING, "Could not write {where}: {reason}.")
        if where
        else say(PRINTING, "Could not write the file: {reason}.")
    )
    return FileWriteError(text.format(where=where, reason=reason), path=named)


def _about(exc: OSError, names: set[str]) -> bool:
    """True when ``exc`` concerns one of ``names`` (or no file in particular): a logo that
    cannot be read while printing is not a target that cannot be written."""
    files = [f for f in (exc.filename, exc.filename2) if f is not None]
    return not files or any(str(f) in names for f in files)


@contextmanager
def writing_file(path: str | Path | Any, *companions: str | Path) -> Iterator[None]:
    """Turn an ``OSError`` about ``path`` (or its ``companions``, such as the temporary
    file it is written through) raised in the block into a ``FileWriteError`` naming
    ``path``. ``path`` may also be an open binary stream."""
    names = {str(p) for p in (path, *companions) if isinstance(p, str | Path)}
    try:
        yield
    except OSError as exc:
        if not _about(exc, names):
            raise
        raise file_write_error(exc, path) from exc

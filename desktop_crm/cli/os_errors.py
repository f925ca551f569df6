"""A file error that reached the command line (a file it was told to read or write) as one
sentence in its language: what happened to which file, and what to do.

The system's own words ("No such file or directory") are English whatever the locale; the
common cases get a sentence of ours, the rare ones keep the system's words in brackets.
"""

from __future__ import annotations

import errno
from pathlib import Path

from desktop_crm.cli.labels import say
from desktop_crm.domain.errors import DomainError


def os_error_sentence(exc: OSError) -> str:
    """The sentence for ``exc`` (``exc.filename`` named when the error knows it)."""
    where = str(exc.filename) if exc.filename not in (None, "") else None
    number = exc.errno
    if number == errno.ENOENT or isinstance(exc, FileNotFoundError):
        if where:
            return say(
                f"{where} does not exist: check the name and the folder, then try again.",
                f"{where} n'existe pas : vérifiez le nom et le dossier, puis réessayez.",
            )
        return say(
            "A file or folder does not exist: check the names given, then try again.",
            "Un fichier ou un dossier n'existe pas : vérifiez les noms donnés, puis réessayez.",
        )
    if number == errno.EISDIR or isinstance(exc, IsADirectoryError):
        return say(
            f"{where or 'This'} is a folder: give the name of a file instead.",
            f"{where or 'Ceci'} est un dossier : indiquez plutôt le nom d'un fichier.",
        )
    if number == errno.ENOTDIR or isinstance(exc, NotADirectoryError):
        return say(
            f"{where or 'The path'}: part of this path is a file, not a folder; check the path.",
            f"{where or 'Le chemin'} : une partie de ce chemin est un fichier, pas un dossier ; "
            "vérifiez le chemin.",
        )
    if number in (errno.EACCES, errno.EPERM) or isinstance(exc, PermissionError):
        return say(
            f"You may not open {where or 'this file'}: check its permissions, or choose "
            "another file.",
            f"Vous n'avez pas le droit d'ouvrir {where or 'ce fichier'} : vérifiez ses "
            "autorisations, ou choisissez un autre fichier.",
        )
    if number == errno.ENOSPC:
        return say(
            "The disk is full: nothing more was written. Free some space and try again.",
            "Le disque est plein : rien de plus n'a été écrit. Libérez de la place et réessayez.",
        )
    if number == errno.EROFS:
        return say(
            f"{where or 'This place'} is on a read-only disk: choose another place.",
            f"{where or 'Cet emplacement'} est sur un disque en lecture seule : choisissez un "
            "autre emplacement.",
        )
    if number == errno.ENAMETOOLONG:
        return say(
            "The file name is too long: choose a shorter name or folder.",
            "Le nom du fichier est trop long : choisissez un nom ou un dossier plus court.",
        )
    detail = exc.strerror or str(exc)
    return say(
        f"{where or 'A file'} could not be used ({detail}): check it, then try again.",
        f"{where or 'Un fichier'} n'a pas pu être utilisé ({detail}) : vérifiez-le, puis "
        "réessayez.",
    )


def not_a_folder(path: str | Path | None) -> None:
    """Refuse an output ``path`` that is an existing folder (before the format is guessed from
    a name that has no extension, which would blame the format)."""
    if path is not None and Path(path).is_dir():
        raise DomainError(
            os_error_sentence(IsADirectoryError(errno.EISDIR, "", str(path))),
            code="file_is_folder",  # status 1, as when the writing itself finds the folder
        )

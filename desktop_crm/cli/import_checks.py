"""The ``import`` options checked before the file is read, with a sentence in the command
line's language: a delimiter of one character, an encoding Python knows, a saved mapping that
is a JSON object (the import itself would stop on a Python error about them)."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

from desktop_crm.cli.labels import say
from desktop_crm.cli.os_errors import os_error_sentence
from desktop_crm.domain.errors import DomainError

TAB_NAMES = frozenset({"\\t", "tab", "tabulation"})


def delimiter(text: str | None) -> str | None:
    """The CSV delimiter: one character (``tab`` or ``\\t`` for a tabulation)."""
    if text is None:
        return None
    if text.strip().lower() in TAB_NAMES:
        return "\t"
    if len(text) != 1:
        raise DomainError(
            say(
                f"--delimiter takes one character, not '{text}': for example ';' or ',' "
                "(or 'tab'); leave it out to let the import detect it.",
                f"--delimiter attend un seul caractère, pas « {text} » : par exemple ';' ou "
                "',' (ou 'tab') ; omettez-le pour que l'import le détecte.",
            ),
            code="invalid",
        )
    return text


def encoding(name: str | None) -> str | None:
    """The text encoding, if Python knows it."""
    if name is None:
        return None
    try:
        codecs.lookup(name)
    except LookupError:
        raise DomainError(
            say(
                f"Unknown text encoding '{name}': use for example utf-8, cp1252 (Windows) or "
                "latin-1; leave --encoding out to let the import detect it.",
                f"Encodage de texte inconnu « {name} » : utilisez par exemple utf-8, cp1252 "
                "(Windows) ou latin-1 ; omettez --encoding pour que l'import le détecte.",
            ),
            code="invalid",
        ) from None
    return name


def mapping_file(path: str | None) -> str | None:
    """A saved mapping: a file holding a JSON object (``None`` or "auto" pass through)."""
    if path is None or path == "auto":
        return path
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        if exc.filename is None:
            exc.filename = path
        raise DomainError(os_error_sentence(exc), code="invalid") from None
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        data = None
    if not isinstance(data, dict):
        raise DomainError(
            say(
                f"{path} is not a saved mapping (a JSON file saved by the import window): "
                "choose another file, or leave --mapping out to match the columns by their "
                "headers.",
                f"{path} n'est pas une correspondance enregistrée (un fichier JSON enregistré "
                "par la fenêtre d'import) : choisissez un autre fichier, ou omettez --mapping "
                "pour associer les colonnes d'après leurs en-têtes.",
            ),
            code="invalid",
        )
    return path

"""The printing options checked on the command line, with a sentence in its language: the
first free label of the chosen sheet, the printer offsets, the logo picture (the layout's own
checks speak English, and a file that is not a picture stopped on the picture library's
words)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop_crm.cli.labels import say
from desktop_crm.cli.numbers import between
from desktop_crm.cli.os_errors import os_error_sentence
from desktop_crm.domain.errors import DomainError
from desktop_crm.printing.labels import MAX_OFFSET_MM

# --offset-x / --offset-y: what the layout accepts, said at parse time.
offset_mm = between(-MAX_OFFSET_MM, MAX_OFFSET_MM, whole=False)


def first_label(start: int, sheet: Any) -> None:
    """``--start`` must name a label of the sheet (1 to its labels per page)."""
    if not 1 <= start <= sheet.per_page:
        raise DomainError(
            say(
                f"--start {start}: a {sheet.code} sheet has labels 1 to {sheet.per_page}; "
                "give the number of the first free label.",
                f"--start {start} : une planche {sheet.code} a les étiquettes 1 à "
                f"{sheet.per_page} ; donnez le numéro de la première étiquette libre.",
            ),
            code="invalid",
        )


def logo(path: Path | None) -> None:
    """``--logo`` must be a picture the PDF can hold (PNG, JPEG, GIF…)."""
    if path is None:
        return
    if not path.is_file():
        error = IsADirectoryError if path.is_dir() else FileNotFoundError
        raise DomainError(os_error_sentence(error(0, "", str(path))), code="invalid")
    try:
        from PIL import Image

        with Image.open(path) as picture:
            picture.verify()
    except OSError as exc:
        if isinstance(exc, PermissionError):
            raise DomainError(os_error_sentence(exc), code="invalid") from None
        raise DomainError(
            say(
                f"{path} is not a picture: give a PNG or JPEG file for --logo.",
                f"{path} n'est pas une image : donnez un fichier PNG ou JPEG pour --logo.",
            ),
            code="invalid",
        ) from None
    except Exception:  # the picture library's other complaints about a damaged file
        raise DomainError(
            say(
                f"{path} is a damaged picture: give another PNG or JPEG file for --logo.",
                f"{path} est une image abîmée : donnez un autre fichier PNG ou JPEG pour --logo.",
            ),
            code="invalid",
        ) from None


def sheet_count(text: str) -> int:
    """``--count`` of sender labels: at least one, at most a thousand."""
    return int(between(1, 1000)(text))

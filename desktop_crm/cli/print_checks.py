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


def chosen_parts(sheets: list[Any], parts: list[str] | None, path: Path) -> list[Any]:
    """The sheets of a gLabels file ``--part`` names (by code, "Avery L7163", or by part
    number alone, "L7163"); every sheet without ``--part``. A part the file does not hold is
    refused with the file's parts: it was dropped silently ("0 sheet(s) imported")."""
    if not parts:
        return sheets

    def names(sheet: Any) -> set[str]:
        return {sheet.code.casefold(), sheet.code.split(" ", 1)[-1].casefold()}

    unknown = [p for p in parts if not any(p.strip().casefold() in names(s) for s in sheets)]
    if unknown:
        shown = ", ".join(f"'{p}'" for p in unknown)
        shown_fr = ", ".join(f"« {p} »" for p in unknown)
        held = ", ".join(s.code for s in sheets[:20]) + (", …" if len(sheets) > 20 else "")
        raise DomainError(
            say(
                f"--part {shown}: {path} holds no sheet of that name; its sheets: "
                + (held or "none that can be imported")
                + ". Nothing was imported.",
                f"--part {shown_fr} : {path} ne contient aucune planche de ce nom ; ses "
                "planches : "
                + (held or "aucune qui puisse être importée")
                + ". Rien n'a été importé.",
            ),
            code="not_found",
        )
    wanted = {p.strip().casefold() for p in parts}
    return [s for s in sheets if names(s) & wanted]

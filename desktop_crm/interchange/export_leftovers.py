"""The columns of a Google, Outlook or LinkedIn export that no field takes, kept in the note.

Outlook writes ninety columns (middle name, spouse, children, initials, billing
information…), Google its nickname, name suffix and photo, LinkedIn the date of the
connection: none has a field here, and a column no header alias maps was left out without a
word. Each such value now goes to the "Other details" column (imported into the note,
labelled with its header) and the row's remarks name the columns. Left out: Outlook's
defaults ("0/0/00", "Normal", "False", "Unspecified"), e-mail types (SMTP) and values that
only repeat what the row's fields already hold (a display name, "File as").

Only recognised exports get here (``contact_exports.rearrange``): a plain CSV is untouched.
"""

from __future__ import annotations

from desktop_crm.domain.text import fold
from desktop_crm.interchange.headers import auto_map, header_key
from desktop_crm.interchange.table import Sheet

OTHER_DETAILS = "Other details"
REMARKS = "Import remarks"
_INTRO = "Other details from the file:"
# Outlook's values for "nothing said".
_NOISE_VALUES = frozenset(
    fold(v)
    for v in (
        "0/0/00",
        "00/00/0000",
        "0/0/0000",
        "Normal",
        "Normale",
        "Faux",
        "False",
        "Non spécifié",
        "Unspecified",
    )
)
_NOISE_HEADERS = frozenset(
    header_key(h)
    for h in (
        "E-mail Type",
        "E-mail 2 Type",
        "E-mail 3 Type",
        "Type de messagerie",
        "Type de messagerie 2",
        "Type de messagerie 3",
        "Priority",
        "Priorité",
        "Sensitivity",
        "Sensibilité",
        "Private",
        "Privé",
    )
)
_EDGES = "()<>[]{},;:\"'"
_LINKEDIN = frozenset(
    ("first name", "last name", "url", "email address", "company", "position", "connected on")
)
_LINKEDIN_SCAN = 10  # its header comes after a few "Notes:" lines


def _words(text: str) -> set[str]:
    return {w.strip(_EDGES).casefold() for w in text.split()} - {""}


def keep_leftovers(rows: list[list[str]], header_row: int = 0) -> list[list[str]]:
    """``rows`` (with the Other details and Import remarks columns) where each value of a
    column no field takes is added to Other details and named in the remarks."""
    header = rows[header_row]
    other, remarks = header.index(OTHER_DETAILS), header.index(REMARKS)
    mapped = auto_map(header)
    left = [
        i
        for i, name in enumerate(header)
        if i not in mapped and name.strip() and header_key(name) not in _NOISE_HEADERS
    ]
    if not left:
        return rows
    known_columns = [i for i in mapped if i not in (other, remarks)]
    for cells in rows[header_row + 1 :]:
        if len(cells) != len(header):
            continue
        found = [
            (header[i].strip(), cells[i].strip())
            for i in left
            if i < len(cells) and cells[i].strip() and fold(cells[i]) not in _NOISE_VALUES
        ]
        if not found:
            continue
        known: set[str] = set()
        for i in known_columns:
            if i < len(cells) and cells[i]:
                known |= _words(cells[i])
        kept = [(name, value) for name, value in found if not _words(value) <= known]
        if not kept:
            continue
        lines = "\n".join(f"{name}: {value}" for name, value in kept)
        cells[other] = f"{cells[other]}\n{lines}" if cells[other] else f"{_INTRO}\n{lines}"
        said = (
            f"{len(kept)} {'column' if len(kept) == 1 else 'columns'} without a field of "
            f"their own in the note ({', '.join(name for name, _value in kept)})"
        )
        done = cells[remarks].rstrip(".")
        cells[remarks] = f"{done}; {said}." if done else f"File: {said}."
    return rows


def linkedin(sheet: Sheet) -> Sheet | None:
    """LinkedIn's Connections.csv (after its "Notes:" lines) with its date of connection
    kept; None for any other sheet."""
    index = next(
        (
            n
            for n, row in enumerate(sheet.rows[:_LINKEDIN_SCAN])
            if len(row) >= len(_LINKEDIN) and {header_key(c) for c in row} >= _LINKEDIN
        ),
        None,
    )
    if index is None:
        return None
    width = len(sheet.rows[index])
    rows = [list(row) for row in sheet.rows[:index]]
    rows.append([*sheet.rows[index], OTHER_DETAILS, REMARKS])
    for row in sheet.rows[index + 1 :]:
        # (a row longer than the header is left as it is: its extra cells stay where they are)
        rows.append([*row, *[""] * (width - len(row)), "", ""] if len(row) <= width else list(row))
    return Sheet(sheet.name, keep_leftovers(rows, index))

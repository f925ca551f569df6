"""The columns of a Google, Outlook or LinkedIn export that no field takes, kept in the note.

Outlook writes ninety columns (middle name, spouse, children, initials, billing
information…), Google its nickname, name suffix and photo, LinkedIn the date of the
connection: none has a field here, and a column no header alias maps was left out without a
word. Each such value now goes to the "Other details" column (imported into the note,
labelled with its header) and the row's remarks name the columns. Left out: Outlook's
defaults ("0/0/00", "Normal", "False", "Unspecified"), e-mail types (SMTP) and values that
only repeat what the row's fields already hold (a display name, "File as").

Only recognised exports get here: ``contact_exports.rearrange`` marks their sheet
(``Sheet.leftovers``) and the import service runs ``keep_leftovers`` once the mapping is
known, so a column the user maps by hand in the import window (or that a custom field takes
by its name) fills its field and is not copied into the note as well. A plain CSV is
untouched.
"""

from __future__ import annotations

from collections.abc import Collection

from desktop_crm.domain.text import fold
from desktop_crm.interchange import note_words as words
from desktop_crm.interchange.headers import auto_map, header_key
from desktop_crm.interchange.table import Sheet
from desktop_crm.interchange.vcard_extras import iso_day_text

OTHER_DETAILS = "Other details"
REMARKS = "Import remarks"
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


def leftover_columns(header: list[str], taken: Collection[int] = ()) -> list[int]:
    """The columns of ``header`` (a recognised export's, with its Other details and Import
    remarks columns) whose values ``keep_leftovers`` copies into Other details: neither a
    header alias nor ``taken`` (the columns the mapping fills) gives them a field. Empty for
    any other header row."""
    if OTHER_DETAILS not in header or REMARKS not in header:
        return []
    mapped = auto_map(header)
    return [
        i
        for i, name in enumerate(header)
        if i not in mapped
        and i not in taken
        and name.strip()
        and header_key(name) not in _NOISE_HEADERS
    ]


def keep_leftovers(
    rows: list[list[str]], header_row: int = 0, taken: Collection[int] = ()
) -> list[list[str]]:
    """``rows`` (with the Other details and Import remarks columns) where each value of a
    column no field takes (neither by its header nor in ``taken``, the columns the import's
    mapping fills) is added to Other details and named in the remarks. The rows given are
    not changed: a row that gains a line is a new list."""
    header = rows[header_row] if header_row < len(rows) else []
    left = leftover_columns(header, taken)
    if not left:
        return rows  # (nothing left, or another header row chosen in the import window)
    other, remarks = header.index(OTHER_DETAILS), header.index(REMARKS)
    mapped = auto_map(header)
    known_columns = [i for i in {*mapped, *taken} if i not in (other, remarks)]
    done_rows = rows[: header_row + 1]
    for cells in rows[header_row + 1 :]:
        done_rows.append(cells)
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
        lines = [words.line(name, iso_day_text(value)) for name, value in kept]
        cells = done_rows[-1] = list(cells)
        cells[other] = "\n".join([cells[other] or words.intro_file(), *lines])
        said = words.columns_in_note([name for name, _value in kept])
        done = cells[remarks].rstrip(".")
        cells[remarks] = f"{done}{words.separator()}{said}." if done else words.file_remarks([said])
    return done_rows


def linkedin(sheet: Sheet) -> Sheet | None:
    """LinkedIn's Connections.csv (after its "Notes:" lines) with the two columns where its
    date of connection is kept (``keep_leftovers``); None for any other sheet."""
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
    return Sheet(sheet.name, rows, leftovers=True)

"""The sentences a rule of the domain says to the user, in the window's language.

The domain writes English templates (``say(IMPORT, "The file {file} does not exist.")``, then
``.format(file=...)``: the fields are filled after translation). The window installs Qt's
translation here (``ui/i18n.install``) so that a refusal raised on the database thread already
reads French when the operation runner shows it; the command line installs the same French,
read from the catalogue without Qt (``cli/catalogue.py``). The sources are listed in
``resources/translations/dynamic_strings.py`` under the context each call names, as the
problem codes (``FieldProblems``) and the sending oracle's reasons (``Exclusion``) are;
``tests/unit/test_wording_catalogue.py`` fails for a template without its French.
"""

from __future__ import annotations

from collections.abc import Callable

Translate = Callable[[str, str], str]


def _english(_context: str, text: str) -> str:
    return text


_translate: Translate = _english


def set_translator(translate: Translate | None) -> None:
    """Use ``translate(context, english)`` from now on (None: English again)."""
    global _translate
    _translate = translate or _english


def current() -> Translate:
    """The translation in use (to put it back after a command line run, a test…)."""
    return _translate


def say(context: str, english: str) -> str:
    """``english`` in the user's language (English when no window installed a translation)."""
    return _translate(context, english)


# The context of the storage's sentences (a file that is not a database, a damaged or
# too-new one, a full disk, a lost connection…), said where the database is opened or used.
STORAGE = "StorageErrors"

# The import's refusals: the file readers (``interchange``: a wrong, damaged or too large
# file) and the import service (mapping, empty file, undo).
IMPORT = "ImportErrors"
# The lines the import readers add to a contact's note ("Phone (mobile): …", "Birthday (no
# year): 15/04"; ``interchange/note_words.py``); their report remarks are said in IMPORT.
IMPORT_NOTES = "ImportNotes"
# The duplicates' refusals: merging, undoing a merge, marking a pair as not duplicates.
MERGE = "MergeErrors"
# The thousands separator of the numbers said in these sentences ("," in English).
NUMBERS = "Numbers"


def count(number: int) -> str:
    """``number`` with the language's thousands separator: 2,000,000 / 2 000 000."""
    return f"{number:,}".replace(",", say(NUMBERS, ","))


# The other refusals a user can meet, one context per area.
# The group query's syntax and references ("Unknown field 'x' at 3").
QUERY = "QueryErrors"
# A saved query told in words (``domain/query_words.py``: "last reach more than 6 months ago").
QUERY_WORDS = "QueryWords"
# The groups: missing group, membership through a subgroup, a group including itself.
GROUP = "GroupErrors"
# Backup, restore and recovery of the database file.
BACKUP = "BackupErrors"
# The team: database logins, users, roles, reassigning, amounts a role does not see.
TEAM = "TeamErrors"
# Contacts, companies, notes, calls, activities and their series, custom fields.
RECORD = "RecordErrors"
# Opportunities, sales processes and stages, products.
OPPORTUNITY = "OpportunityErrors"
# Campaigns, their sends and responses, phoning sessions, the mail server and templates.
CAMPAIGN = "CampaignErrors"
# Consent, erasure, retention and the personal data export.
PRIVACY = "PrivacyErrors"
# Reports, exports and analyses (formats, columns, periods).
REPORT = "ReportErrors"
# Printing (label sheets, envelopes, gLabels templates) and writing any output file.
PRINTING = "PrintErrors"
# "Contact 'X' (#3) was changed by someone else…", one template per kind of record.
CONFLICT = "ConflictErrors"

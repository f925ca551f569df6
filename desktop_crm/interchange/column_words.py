"""The vCard reader's column names as the user reads them (the import wizard's labels).

The reader fills its rows under English headers (``vcard.VCARD_COLUMNS``); a refusal naming
one of them ("the Last name of card 3 is too long") says it in the user's language. Said
only when a refusal is built, never at import time.
"""

from __future__ import annotations

from desktop_crm.domain.wording import IMPORT, say


def column_word(column: str) -> str:
    """``column`` (a header of ``VCARD_COLUMNS``) in the user's language."""
    words = {
        "Civility": say(IMPORT, "Civility"),
        "First name": say(IMPORT, "First name"),
        "Last name": say(IMPORT, "Last name"),
        "Company": say(IMPORT, "Company"),
        "Department": say(IMPORT, "Department"),
        "Job title": say(IMPORT, "Job title"),
        "E-mail": say(IMPORT, "E-mail"),
        "E-mail 2": say(IMPORT, "E-mail 2"),
        "Business phone": say(IMPORT, "Business phone"),
        "Extension": say(IMPORT, "Extension"),
        "Mobile phone": say(IMPORT, "Mobile phone"),
        "Home phone": say(IMPORT, "Home phone"),
        "Business fax": say(IMPORT, "Business fax"),
        "Street": say(IMPORT, "Street"),
        "Street 2": say(IMPORT, "Street 2"),
        "Street 3": say(IMPORT, "Street 3"),
        "City": say(IMPORT, "City"),
        "Cedex": say(IMPORT, "Cedex"),
        "Postcode": say(IMPORT, "Postcode"),
        "Country": say(IMPORT, "Country"),
        "Home street": say(IMPORT, "Home street"),
        "Home street 2": say(IMPORT, "Home street 2"),
        "Home postal code": say(IMPORT, "Home postal code"),
        "Home city": say(IMPORT, "Home city"),
        "Home country": say(IMPORT, "Home country"),
        "Website": say(IMPORT, "Website"),
        "Birthday": say(IMPORT, "Birthday"),
        "Groups": say(IMPORT, "Groups"),
        "Kind": say(IMPORT, "Kind"),
        "Import remarks": say(IMPORT, "Import remarks"),
        "Notes": say(IMPORT, "Notes"),
    }
    return words.get(column, column)

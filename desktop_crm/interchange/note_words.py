"""What the import readers write into a contact's note and into the import report, in the
user's language.

The vCard reader (``vcard``, ``vcard_extras``) and the export readers (``contact_exports``,
``export_leftovers``) keep what has no field of its own in the note, one labelled line per
value ("Phone (mobile): …", "Birthday (no year): 15/04"), and say in the row's remarks what
went where ("3 phones (2 in phone fields, 1 in the note)"). Those words are the
application's, so they follow the user's language like its refusals
(``domain.wording.say``: the window's translation, the command line's catalogue): note
lines in the ``IMPORT_NOTES`` context, remarks in ``IMPORT``. Labels and values read from
the file (a header, an Apple or Google label, the value itself) are the user's data: they
are format fields, never translated.
"""

from __future__ import annotations

from desktop_crm.domain.wording import IMPORT, IMPORT_NOTES, say

# -- note lines ------------------------------------------------------------------------------


def kind(word: str) -> str:
    """A kind the reader names itself ("mobile", "home", "other", "spouse"…), translated;
    anything else (a label read from the file) as it is."""
    words = {
        "fax": say(IMPORT_NOTES, "fax"),
        "home fax": say(IMPORT_NOTES, "home fax"),
        "pager": say(IMPORT_NOTES, "pager"),
        "mobile": say(IMPORT_NOTES, "mobile"),
        "home": say(IMPORT_NOTES, "home"),
        "work": say(IMPORT_NOTES, "work"),
        "main": say(IMPORT_NOTES, "main"),
        "other": say(IMPORT_NOTES, "other"),
        "no label": say(IMPORT_NOTES, "no label"),
        # Apple's built-in labels (vcard_placing._APPLE_KINDS) that name no field.
        "school": say(IMPORT_NOTES, "school"),
        "home page": say(IMPORT_NOTES, "home page"),
        # Android's relations and events (vcard_extras).
        "assistant": say(IMPORT_NOTES, "assistant"),
        "brother": say(IMPORT_NOTES, "brother"),
        "child": say(IMPORT_NOTES, "child"),
        "domestic partner": say(IMPORT_NOTES, "domestic partner"),
        "father": say(IMPORT_NOTES, "father"),
        "friend": say(IMPORT_NOTES, "friend"),
        "manager": say(IMPORT_NOTES, "manager"),
        "mother": say(IMPORT_NOTES, "mother"),
        "parent": say(IMPORT_NOTES, "parent"),
        "partner": say(IMPORT_NOTES, "partner"),
        "referred by": say(IMPORT_NOTES, "referred by"),
        "relative": say(IMPORT_NOTES, "relative"),
        "sister": say(IMPORT_NOTES, "sister"),
        "spouse": say(IMPORT_NOTES, "spouse"),
        "anniversary": say(IMPORT_NOTES, "anniversary"),
        "birthday": say(IMPORT_NOTES, "birthday"),
    }
    return words.get(word, word)


def title(english: str) -> str:
    """The label of a vCard property kept in the note (``vcard_extras.NOTE_PROPERTIES``)."""
    titles = {
        "Nickname": say(IMPORT_NOTES, "Nickname"),
        "Role": say(IMPORT_NOTES, "Role"),
        "Instant messaging": say(IMPORT_NOTES, "Instant messaging"),
        "Social profile": say(IMPORT_NOTES, "Social profile"),
        "Anniversary": say(IMPORT_NOTES, "Anniversary"),
        "Related": say(IMPORT_NOTES, "Related"),
        "Date": say(IMPORT_NOTES, "Date"),
        "Related (spouse)": say(IMPORT_NOTES, "Related (spouse)"),
        "Related (manager)": say(IMPORT_NOTES, "Related (manager)"),
        "Related (assistant)": say(IMPORT_NOTES, "Related (assistant)"),
        "Related (child)": say(IMPORT_NOTES, "Related (child)"),
        "Phonetic first name": say(IMPORT_NOTES, "Phonetic first name"),
        "Phonetic middle name": say(IMPORT_NOTES, "Phonetic middle name"),
        "Phonetic last name": say(IMPORT_NOTES, "Phonetic last name"),
        "Phonetic company": say(IMPORT_NOTES, "Phonetic company"),
        "Address label": say(IMPORT_NOTES, "Address label"),
        "Location": say(IMPORT_NOTES, "Location"),
    }
    return titles.get(english, english)


def intro_file() -> str:
    """The first line of what an export's row adds to the note."""
    return say(IMPORT_NOTES, "Other details from the file:")


def intro_vcard() -> str:
    """The first line of what a card adds to the note."""
    return say(IMPORT_NOTES, "Other details from the vCard:")


def line(label: str, value: str) -> str:
    """'label: value' (a header or a label from the file, or a title of ours)."""
    return say(IMPORT_NOTES, "{label}: {value}").format(label=label, value=value)


def labelled(name: str, label: str, value: str) -> str:
    """'name (label): value' (a title of ours with the file's label)."""
    return say(IMPORT_NOTES, "{name} ({label}): {value}").format(
        name=name, label=label, value=value
    )


def phone(label: str, value: str) -> str:
    return say(IMPORT_NOTES, "Phone ({label}): {value}").format(label=label, value=value)


def extension(number: str, ext: str) -> str:
    """A phone number with its extension, in the note."""
    return say(IMPORT_NOTES, "{number} ext. {ext}").format(number=number, ext=ext)


def email(label: str, value: str) -> str:
    return say(IMPORT_NOTES, "E-mail ({label}): {value}").format(label=label, value=value)


def in_field(column: str, label: str, value: str) -> str:
    """'E-mail 2 (Comptabilité): compta@x.fr', 'Address (Entrepôt): 12 rue X, 69002 Lyon':
    a value that did get a field (``column``, a reader's column: "E-mail", "E-mail 2",
    "Mobile phone", "Address", "Home address"…) with a label of its own, which no field
    holds."""
    fields = {
        "E-mail": say(IMPORT_NOTES, "E-mail"),
        "E-mail 2": say(IMPORT_NOTES, "E-mail 2"),
        "Business phone": say(IMPORT_NOTES, "Business phone"),
        "Mobile phone": say(IMPORT_NOTES, "Mobile phone"),
        "Home phone": say(IMPORT_NOTES, "Home phone"),
        "Business fax": say(IMPORT_NOTES, "Business fax"),
        "Address": say(IMPORT_NOTES, "Address"),
        "Home address": say(IMPORT_NOTES, "Home address"),
    }
    return labelled(fields.get(column, column), label, value)


def address(label: str, value: str) -> str:
    return say(IMPORT_NOTES, "Address ({label}): {value}").format(label=label, value=value)


def region(value: str, *, home: bool) -> str:
    """The region of the address (or of the home address): it has no field."""
    if home:
        return say(IMPORT_NOTES, "Region (home address): {value}").format(value=value)
    return say(IMPORT_NOTES, "Region (address): {value}").format(value=value)


def website(value: str, label: str = "") -> str:
    if label:
        return say(IMPORT_NOTES, "Web site ({label}): {value}").format(label=label, value=value)
    return say(IMPORT_NOTES, "Web site: {value}").format(value=value)


def related(label: str, value: str) -> str:
    return say(IMPORT_NOTES, "Related ({label}): {value}").format(label=label, value=value)


def date(label: str, value: str) -> str:
    return say(IMPORT_NOTES, "Date ({label}): {value}").format(label=label, value=value)


def messaging(service: str, value: str) -> str:
    return say(IMPORT_NOTES, "Instant messaging ({service}): {value}").format(
        service=service, value=value
    )


def custom_field(value: str) -> str:
    """A Google custom field without a label."""
    return say(IMPORT_NOTES, "Custom field: {value}").format(value=value)


def birthday_no_year(day: str) -> str:
    return say(IMPORT_NOTES, "Birthday (no year): {day}").format(day=day)


def birthday(value: str) -> str:
    """A birthday that is no whole date (a year alone, a text)."""
    return say(IMPORT_NOTES, "Birthday: {value}").format(value=value)


def name_suffix(value: str) -> str:
    return say(IMPORT_NOTES, "Name suffix: {value}").format(value=value)


def nickname(value: str) -> str:
    return say(IMPORT_NOTES, "Nickname: {value}").format(value=value)


def second_company(value: str) -> str:
    """A card's second ORG (the first fills the company)."""
    return say(IMPORT_NOTES, "Company: {value}").format(value=value)


def second_job_title(value: str) -> str:
    """A card's second TITLE (the first fills the job title)."""
    return say(IMPORT_NOTES, "Job title: {value}").format(value=value)


# -- remarks of the import report ------------------------------------------------------------


def separator() -> str:
    """Between two remarks: '; ' (French: ' ; ')."""
    return say(IMPORT, "; ")


def vcard_remarks(parts: list[str]) -> str:
    """The remarks of a card: 'vCard: …; ….'"""
    return say(IMPORT, "vCard: {remarks}.").format(remarks=separator().join(parts))


def file_remarks(parts: list[str]) -> str:
    """The remarks of an export's row: 'File: …; ….'"""
    return say(IMPORT, "File: {remarks}.").format(remarks=separator().join(parts))


def phones_placed(total: int, extra: int) -> str:
    """How many phones went into the phone fields and how many into the note."""
    if total == 1:
        return say(IMPORT, "1 phone (in the note)")
    return say(IMPORT, "{count} phones ({placed} in phone fields, {extra} in the note)").format(
        count=total, placed=total - extra, extra=extra
    )


def emails_placed(total: int) -> str:
    """More than two e-mails: two in the e-mail fields, the rest in the note."""
    return say(IMPORT, "{count} e-mails (2 in e-mail fields, {extra} in the note)").format(
        count=total, extra=total - 2
    )


def labels_in_note(labels: list[str]) -> str:
    """Labels of the file's own ("Comptabilité") on values that did get a field: the note
    keeps each with its value. Each label is said once (two addresses of one " ::: " cell
    share their label)."""
    unique = list(dict.fromkeys(labels))
    listed = ", ".join(unique)
    if len(unique) == 1:
        return say(IMPORT, "1 label in the note ({labels})").format(labels=listed)
    return say(IMPORT, "{count} labels in the note ({labels})").format(
        count=len(unique), labels=listed
    )


def addresses_placed(total: int, placed: int) -> str:
    """Addresses of an export: how many went into the address fields, how many the note."""
    if total == 1:
        return say(IMPORT, "1 address (in the note)")
    return say(
        IMPORT, "{count} addresses ({placed} in address fields, {extra} in the note)"
    ).format(count=total, placed=placed, extra=total - placed)


def card_addresses_placed(total: int, *, work: bool, home: bool) -> str:
    """Addresses of a card: the address, the home address, the rest in the note."""
    extra = total - work - home
    if not extra:
        return say(IMPORT, "2 addresses (1 in the address, 1 in the home address)")
    if work and home:
        return say(
            IMPORT,
            "{count} addresses (1 in the address, 1 in the home address, {extra} in the note)",
        ).format(count=total, extra=extra)
    if home:
        return say(IMPORT, "{count} addresses (1 in the home address, {extra} in the note)").format(
            count=total, extra=extra
        )
    return say(IMPORT, "{count} addresses (1 in the address, {extra} in the note)").format(
        count=total, extra=extra
    )


def websites_placed(total: int) -> str:
    """More than one web site: the first in the field, the rest in the note."""
    return say(IMPORT, "{count} web sites (1 in the web site, {extra} in the note)").format(
        count=total, extra=total - 1
    )


def not_imported(what: str) -> str:
    """A picture, sound or key of a card, which a note cannot hold."""
    said = {
        "photo": say(IMPORT, "photo not imported"),
        "logo": say(IMPORT, "logo not imported"),
        "sound": say(IMPORT, "sound not imported"),
        "key": say(IMPORT, "key not imported"),
    }
    return said.get(what) or say(IMPORT, "{name} not imported").format(name=what)


def not_utf8_card() -> str:
    return say(
        IMPORT,
        "This card is not valid UTF-8: it was read as Windows-1252; check its accented letters.",
    )


def values_in_note(number: int) -> str:
    """Outlook values whose field was already taken (a second business phone…)."""
    if number == 1:
        return say(IMPORT, "1 value without a field of its own in the note")
    return say(IMPORT, "{count} values without a field of their own in the note").format(
        count=number
    )


def columns_in_note(names: list[str]) -> str:
    """Columns of an export that no field takes, kept in the note."""
    listed = ", ".join(names)
    if len(names) == 1:
        return say(IMPORT, "1 column without a field of its own in the note ({names})").format(
            names=listed
        )
    return say(IMPORT, "{count} columns without a field of their own in the note ({names})").format(
        count=len(names), names=listed
    )


def cards_not_utf8(bad: int, cards: int) -> str:
    """The file's note when some cards were read as Windows-1252."""
    if bad == 1:
        return say(
            IMPORT,
            "1 of {cards} cards is not valid UTF-8 and was read as Windows-1252; "
            "the report names it.",
        ).format(cards=cards)
    return say(
        IMPORT,
        "{bad} of {cards} cards are not valid UTF-8 and were read as Windows-1252; "
        "the report names them.",
    ).format(bad=bad, cards=cards)

"""vCard properties without a field of their own (``interchange.vcard`` reads the rest).

Nothing a card holds vanishes: a nickname, a related name, an anniversary, an instant
messaging address, Android's X-ANDROID-CUSTOM lines and any property this reader does not
know go to the contact's note, each with its label; what cannot go there (a photo, a
sound, a key) is named in the card's remarks as not imported. Only technical properties
(version, product, revision, identifiers, Outlook's form design) are left out.
"""

from __future__ import annotations

import binascii
import datetime as dt
import re
from collections.abc import Mapping, Sequence

from desktop_crm.domain.custom_fields import parse_date
from desktop_crm.domain.phones import check_phone, is_mobile
from desktop_crm.interchange import note_words as words

# Text properties worth keeping in the note, with the label they get there (in the user's
# language: ``note_words.title``).
NOTE_PROPERTIES = {
    "NICKNAME": "Nickname",
    "ROLE": "Role",
    "IMPP": "Instant messaging",
    "X-SOCIALPROFILE": "Social profile",
    "ANNIVERSARY": "Anniversary",
    "X-ANNIVERSARY": "Anniversary",
    "X-MS-ANNIVERSARY": "Anniversary",
    "X-EVOLUTION-ANNIVERSARY": "Anniversary",
    "RELATED": "Related",
    "X-ABRELATEDNAMES": "Related",
    "X-ABDATE": "Date",
    "X-EVOLUTION-SPOUSE": "Related (spouse)",
    "X-MS-SPOUSE": "Related (spouse)",
    "X-SPOUSE": "Related (spouse)",
    "X-MS-MANAGER": "Related (manager)",
    "X-MANAGER": "Related (manager)",
    "X-MS-ASSISTANT": "Related (assistant)",
    "X-ASSISTANT": "Related (assistant)",
    "X-MS-CHILD": "Related (child)",
    "X-PHONETIC-FIRST-NAME": "Phonetic first name",
    "X-PHONETIC-MIDDLE-NAME": "Phonetic middle name",
    "X-PHONETIC-LAST-NAME": "Phonetic last name",
    "X-PHONETIC-ORG": "Phonetic company",
    "LABEL": "Address label",
    "GEO": "Location",
}
# Instant messaging properties of older programs (Android, Apple, Evolution, Kontact).
IM_PROPERTIES = {
    "X-SKYPE-USERNAME": "Skype",
    "X-SKYPE": "Skype",
    "X-AIM": "AIM",
    "X-ICQ": "ICQ",
    "X-JABBER": "Jabber",
    "X-MSN": "MSN",
    "X-MS-IMADDRESS": "IM",
    "X-YAHOO": "Yahoo",
    "X-GOOGLE-TALK": "Google Talk",
    "X-GTALK": "Google Talk",
    "X-QQ": "QQ",
    "X-TWITTER": "Twitter",
    "X-SIP": "SIP",
    "X-GADUGADU": "Gadu-Gadu",
}
# What cannot be kept in a note: named in the remarks as not imported.
BINARY_PROPERTIES = {
    "PHOTO": "photo",
    "LOGO": "logo",
    "SOUND": "sound",
    "KEY": "key",
    "X-MS-CARDPICTURE": "photo",
}
# Technical properties: they say nothing about the person.
TECHNICAL = frozenset(
    {
        "VERSION",
        "PRODID",
        "REV",
        "UID",
        "X-ABUID",
        "X-ABADR",
        "X-ABLABEL",
        "SORT-STRING",
        "CLASS",
        "MAILER",
        "NAME",
        "PROFILE",
        "SOURCE",
        "TZ",
        "X-ABSHOWAS",
        "X-ADDRESSBOOKSERVER-KIND",
        "X-MS-OL-DEFAULT-POSTAL-ADDRESS",
        "X-MS-OL-DESIGN",
        "X-MOZILLA-HTML",
        "X-EVOLUTION-FILE-AS",
        "X-EVOLUTION-BLOG-URL",
        "X-EVOLUTION-LIST",
        "X-WAB-GENDER",
        "X-ACCOUNT",
        "X-IMAGETYPE",
        "X-IMAGEHASH",
        "X-ABCROP-RECTANGLE",
        "X-ADDRESSING-GRAMMAR",
        "X-SHARED-PHOTO-DISPLAY-PREF",
        "X-ACTIVITY-ALERT",
    }
)
# Android's relation and event kinds (ContactsContract.CommonDataKinds), by number.
_ANDROID_RELATIONS = {
    "1": "assistant",
    "2": "brother",
    "3": "child",
    "4": "domestic partner",
    "5": "father",
    "6": "friend",
    "7": "manager",
    "8": "mother",
    "9": "parent",
    "10": "partner",
    "11": "referred by",
    "12": "relative",
    "13": "sister",
    "14": "spouse",
}
_ANDROID_EVENTS = {"1": "anniversary", "2": "other", "3": "birthday"}
_ANDROID_PREFIX = "vnd.android.cursor.item/"
_YEARLESS = re.compile(r"^--(\d{2})-?(\d{2})$")
# A French mobile number as people type it: 06 12 34 56 78, +33 7 12 34 56 78, 0033 6…
_FRENCH_MOBILE = re.compile(r"^(?:0|\+33|0033)[67]\d{8}$")
_PHONE_PUNCTUATION = re.compile(r"[\s.\-/()]+")
_NUMBERS = re.compile(r"\d+")
# 2000-06-10, 20000610, either with a time after it ("T000000Z").
_FULL_DATE = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})(?:$|T)")
# Apple writes a birthday without a year with this year (and X-APPLE-OMIT-YEAR).
_APPLE_NO_YEAR = "1604"


def no_year(value: str, params: Mapping[str, str]) -> str | None:
    """'15/04' for a date without a year (--0415, --04-15, Apple's 1604-04-15), else None."""
    text = value.strip()
    found = _YEARLESS.match(text[:7])
    if found:
        return f"{found.group(2)}/{found.group(1)}"
    year = params.get("X-APPLE-OMIT-YEAR", _APPLE_NO_YEAR)
    if len(text) >= 10 and text[:4] == year and text[4] == "-" and text[7] == "-":
        return f"{text[8:10]}/{text[5:7]}"
    return None


def date_text(value: str, params: Mapping[str, str]) -> str:
    """A date for the note as the team reads it: 10/06/2000 from 2000-06-10, from Outlook's
    20000610 or from 2000-06-10T00:00:00Z; '15/04' without a year; anything else as written.

    The note is data, not the interface: it is written once, in the French order, whatever
    the language of the window that imported it (the team is French)."""
    text = value.strip()
    day = no_year(text, params)
    if day:
        return day
    found = _FULL_DATE.match(text)
    if found and 1 <= int(found.group(2)) <= 12 and 1 <= int(found.group(3)) <= 31:
        return f"{found.group(3)}/{found.group(2)}/{found.group(1)}"
    return text


def birthday(value: str, params: Mapping[str, str]) -> tuple[str, str | None]:
    """(the Birthday column, a line for the note) of a BDAY: a whole date goes to the field
    (ISO, 19800415 as 1980-04-15); a day without a year ("--0517", Apple's 1604-05-17), a
    year alone (vCard 4's "1975") or a text ("vers 1975") to the note, never lost."""
    text = value.strip()
    day = no_year(text, params)
    if day:
        return "", words.birthday_no_year(day)
    found = _FULL_DATE.match(text)
    if found:
        try:
            return dt.date(*map(int, found.groups())).isoformat(), None
        except ValueError:
            pass  # "1980-02-30": kept as written, in the note
    elif len(_NUMBERS.findall(text)) >= 3:  # "17/05/1980", "1980-5-7"
        whole = _whole_day(text)
        if whole is not None:  # (ISO: what the checks read, whatever the text was)
            return whole.isoformat(), None
    # A year alone, a text, a date no reader takes ("5/17/1980", "Le 17/05/1980"): the note
    # has it whole (cutting it for the field lost it when the checks then refused it).
    return ("", words.birthday(text)) if text else ("", None)


_YEAR_FIRST = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")


def _whole_day(text: str) -> dt.date | None:
    """The day of "17/05/1980" (French order, a time after it left out), "1980-5-7" or
    "1980/05/07"; None for anything else or a day that does not exist."""
    found = _YEAR_FIRST.match(text)
    try:
        if found:
            return dt.date(*map(int, found.groups()))
        return parse_date(text)
    except ValueError:
        return None


def _android(parts: Sequence[str]) -> str | None:
    """X-ANDROID-CUSTOM:vnd.android.cursor.item/<kind>;<data1>;<data2>;<data3>;... as a line."""
    kind = parts[0].strip()
    if kind.startswith(_ANDROID_PREFIX):
        kind = kind[len(_ANDROID_PREFIX) :]
    data = [*parts[1:], "", "", ""]
    value, code, custom = data[0].strip(), data[1].strip(), data[2].strip()
    if not value:
        return None
    if kind == "nickname":
        return words.nickname(value)
    if kind == "relation":
        return words.related(custom or words.kind(_ANDROID_RELATIONS.get(code, "other")), value)
    if kind == "contact_event":
        what = custom or words.kind(_ANDROID_EVENTS.get(code, "other"))
        return words.date(what, date_text(value, {}))
    rest = [p.strip() for p in data if p.strip() and p.strip() != code]
    return words.line(kind.replace("_", " ").capitalize(), " ".join(rest))


def _humane(name: str) -> str:
    """X-EVOLUTION-VIDEO-URL -> 'Evolution video url' (a property nobody told us about)."""
    words = name.removeprefix("X-").replace("-", " ").replace("_", " ").strip()
    return words.capitalize() or name


def extra_line(
    name: str,
    params: Mapping[str, str],
    text: str,
    parts: Sequence[str],
    label: str,
    *,
    has_address: bool,
) -> tuple[str | None, str | None]:
    """(line for the note, what was not imported) for a property without a field.

    ``text``: the unescaped value; ``parts``: the value split on ';' (structured values);
    ``label``: its Apple label or vCard 2.1 X- type; ``has_address``: the card has an ADR
    (Outlook's LABEL then repeats it).
    """
    if name in TECHNICAL or name.startswith(("X-DESKTOP-CRM-", "X-APPLE-", "X-ADDRESSBOOKSERVER-")):
        return None, None
    if name in BINARY_PROPERTIES or params.get("ENCODING", "").upper() in ("B", "BASE64"):
        return None, BINARY_PROPERTIES.get(name, name.casefold())
    if name == "X-ANDROID-CUSTOM":
        return _android(parts), None
    if name == "LABEL" and has_address:
        return None, None
    value = text.strip()
    if ";" in value:
        value = " ".join(p for p in (q.strip() for q in parts) if p)
    if not value:
        return None, None
    if name in IM_PROPERTIES:
        return words.messaging(IM_PROPERTIES[name], value), None
    known = NOTE_PROPERTIES.get(name)
    title = words.title(known) if known else _humane(name)
    if name in ("X-ABDATE", "ANNIVERSARY", "X-ANNIVERSARY", "X-MS-ANNIVERSARY"):
        value = date_text(value, params)
    if not label and name == "IMPP":
        label = params.get("X-SERVICE-TYPE", "")
    return (words.labelled(title, label, value) if label else words.line(title, value)), None


def android_label(piece: str) -> str:
    """The label of Android's custom type "X-CUSTOM(CHARSET=UTF-8,ENCODING=QUOTED-PRINTABLE,
    =4C=69=67=6E=65)" ("Ligne"): the last item, quoted-printable decoded when it says so."""
    items = piece[piece.find("(") + 1 :].removesuffix(")").split(",")
    label = items[-1].strip()
    options = {i.partition("=")[0].strip().upper(): i.partition("=")[2] for i in items[:-1]}
    if options.get("ENCODING", "").strip().upper() in ("QUOTED-PRINTABLE", "QP"):
        data = binascii.a2b_qp(label.encode("latin-1", errors="replace"))
        for codec in (options.get("CHARSET", "").strip() or "utf-8", "cp1252"):
            try:
                return data.decode(codec).strip()
            except (LookupError, UnicodeDecodeError):
                continue
    return label


def french_mobile(number: str) -> bool:
    """Whether a phone without a kind or label is a French mobile (06/07): it then goes to
    the mobile field rather than the business one."""
    digits = _PHONE_PUNCTUATION.sub("", number.replace("(0)", ""))
    return _FRENCH_MOBILE.match(digits) is not None


def mobile_number(number: str) -> bool:
    """Whether a phone that does not say which phone it is (no kind, no label, "Other") is a
    mobile, French or foreign: it then takes the mobile field when that field is free.

    A French number by its digits (06/07, +33 6/7); a foreign one ("+44 7400 123456",
    "0049 151 23456789", "+32 470 12 34 56", "+41 79 123 45 67") when phonenumbers gives it
    the type MOBILE. Its FIXED_LINE_OR_MOBILE (the United States, Canada…: no telling) is
    no mobile, nor a number phonenumbers finds invalid (the British drama number +44 7700
    900123 has no type): such numbers stay where a phone without a kind goes. The country
    code may be in brackets ("(+41) 79 123 45 67", "(0041) 79…"). A national
    number (0…) is French: if not 06/07, no mobile, without asking phonenumbers. A French
    06/07 that cannot exist ("07 00 00 00 00") is no mobile either: it goes where a phone
    without a kind goes, as a foreign number that cannot exist does, and the checks say so.
    """
    if french_mobile(number):
        return check_phone(_PHONE_PUNCTUATION.sub("", number.replace("(0)", ""))).ok
    # "(+41) 79 123 45 67": the country code in brackets.
    text = re.sub(r"^\(\s*(\+|00)(\d{1,3})\s*\)", r"\1\2", number.strip())
    if not text.startswith(("+", "00")):
        return False
    return is_mobile(check_phone(text).e164)


_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def iso_day_text(value: str) -> str:
    """A value of an export's column kept in the note: an ISO day (Google's "Birthday"
    column left unmapped: 1984-03-09) as the team reads it (09/03/1984); anything else, a
    customer number of 8 digits included, as written."""
    found = _ISO_DAY.match(value)
    return f"{found.group(3)}/{found.group(2)}/{found.group(1)}" if found else value

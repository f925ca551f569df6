"""Phone numbers: parsed as French by default, stored as E.164, shown in national format."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import phonenumbers


def _lib() -> ModuleType:
    """phonenumbers, imported on first use (~50 ms: French numbers are shown without it, and
    the start-up's first screen should not wait for it)."""
    import phonenumbers

    return phonenumbers


DEFAULT_REGION = "FR"


@dataclass(frozen=True)
class PhoneCheck:
    """Result of checking one typed phone number.

    ``e164`` is set when the number is valid; ``code`` names the problem otherwise
    (``phone_too_short``, ``phone_too_long``, ``phone_invalid``, ``phone_not_a_number``).
    """

    raw: str
    e164: str | None
    national: str | None
    code: str | None = None
    message: str | None = None

    @property
    def ok(self) -> bool:
        return self.code is None


_CANNOT_EXIST = ("phone_invalid", "This phone number cannot exist.")
# A French number is 0 + 9 digits ("04 37 23 69 60"), +33 and the same 9 digits abroad.
_FR_NATIONAL_DIGITS = 9


def _plural(count: int) -> str:
    return f"{count} digit" if count == 1 else f"{count} digits"


def _problem(number: phonenumbers.PhoneNumber) -> tuple[str, str]:
    """(code, sentence) for a parsed number that is not valid, with its length when wrong.

    French numbers are judged on their length first ("04.37.23.69.6" is too short, 9
    digits, not impossible); other countries follow ``phonenumbers``' verdict.
    """
    phonenumbers = _lib()
    national = phonenumbers.national_significant_number(number)
    if number.country_code == 33:
        # Too short a number keeps its trunk 0 as an "Italian leading zero": leave it out.
        national = str(number.national_number)
        typed = len(national) + 1  # as written in France, with the leading 0
        if len(national) < _FR_NATIONAL_DIGITS:
            return "phone_too_short", (
                f"The phone number is too short ({_plural(typed)}; a French number has 10)."
            )
        if len(national) > _FR_NATIONAL_DIGITS:
            return "phone_too_long", (
                f"The phone number is too long ({_plural(typed)}; a French number has 10)."
            )
        return _CANNOT_EXIST
    reason = phonenumbers.is_possible_number_with_reason(number)
    after = f"{_plural(len(national))} after +{number.country_code}"
    ValidationResult = phonenumbers.ValidationResult
    if reason == ValidationResult.TOO_SHORT:
        return "phone_too_short", f"The phone number is too short ({after})."
    if reason == ValidationResult.TOO_LONG:
        return "phone_too_long", f"The phone number is too long ({after})."
    if reason == ValidationResult.INVALID_COUNTRY_CODE:
        return "phone_invalid", f"Unknown country calling code +{number.country_code}."
    if reason == ValidationResult.INVALID_LENGTH:
        return "phone_invalid", f"The phone number has a wrong length ({after})."
    return _CANNOT_EXIST


@lru_cache(maxsize=65536)
def check_phone(raw: str, region: str = DEFAULT_REGION) -> PhoneCheck:
    """Parse a number typed in any usual way (06.32.65.98.45, +33 6..., 0033 6...)."""
    phonenumbers = _lib()
    text = raw.strip()
    if text.startswith("00"):
        text = "+" + text[2:]
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return PhoneCheck(raw, None, None, "phone_not_a_number", "This is not a phone number.")
    if not phonenumbers.is_valid_number(number):
        return PhoneCheck(raw, None, None, *_problem(number))
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return PhoneCheck(raw, e164, format_phone(e164, region))


def format_phone(e164: str | None, home_region: str = DEFAULT_REGION) -> str:
    """Show a stored number: national format at home ("06 32 65 98 45"), international abroad.

    French numbers take a fast path (string slicing, ~0.3 µs instead of ~60 µs through
    ``phonenumbers``): the contact list formats two phones per row, 256 rows per page, and a
    million numbers defeat any cache. The slicing equals phonenumbers' NATIONAL format for
    every +33 number of 9 digits not starting with 0 or 8 (checked by a property test);
    the rest (special 08 numbers, wrong lengths, other countries) goes through phonenumbers.
    """
    if not e164:
        return ""
    if (
        home_region == "FR"
        and len(e164) == 12
        and e164.startswith("+33")
        and e164[3] in _FR_SLICED_FIRST_DIGITS
        and e164[4:].isdigit()
        and e164.isascii()
    ):
        n = e164
        return f"0{n[3]} {n[4:6]} {n[6:8]} {n[8:10]} {n[10:12]}"
    return _format_phone_library(e164, home_region)


# First digits after +33 whose national format is "0X XX XX XX XX" (08 numbers are "0 8XX…").
_FR_SLICED_FIRST_DIGITS = frozenset("12345679")


@lru_cache(maxsize=65536)
def _format_phone_library(e164: str, home_region: str = DEFAULT_REGION) -> str:
    """``format_phone`` through phonenumbers (numbers the fast path does not cover)."""
    phonenumbers = _lib()
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    if phonenumbers.region_code_for_number(number) == home_region:
        return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL))
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL))


def phone_digits(e164: str | None, home_region: str = DEFAULT_REGION) -> str:
    """Digits of the national form, for prefix lookups ("0612" finds +33 6 12...)."""
    if not e164:
        return ""
    # Fast path for French numbers (bulk imports call this for every row).
    if home_region == "FR" and e164.startswith("+33") and len(e164) == 12 and e164[1:].isdigit():
        return "0" + e164[3:]
    return "".join(ch for ch in format_phone(e164, home_region) if ch.isdigit())


def is_mobile(e164: str | None) -> bool:
    """Is this stored number a mobile (06/07 in France, +33 6/7; any country's mobiles)?"""
    if not e164:
        return False
    if e164.startswith("+33"):
        return len(e164) == 12 and e164[3] in "67"
    phonenumbers = _lib()
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return False
    return bool(phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.MOBILE)


def tel_uri(e164: str, scheme: str = "tel") -> str:
    """A click-to-dial URL (``tel:+33632659845``, ``callto:``, ``sip:``)."""
    return f"{scheme}:{e164}"

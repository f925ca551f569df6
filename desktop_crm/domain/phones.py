"""Phone numbers: parsed as French by default, stored as E.164, shown in national format."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat, ValidationResult

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


_REASONS = {
    ValidationResult.TOO_SHORT: ("phone_too_short", "The phone number is too short."),
    ValidationResult.TOO_LONG: ("phone_too_long", "The phone number is too long."),
    ValidationResult.INVALID_COUNTRY_CODE: ("phone_invalid", "Unknown country calling code."),
    ValidationResult.INVALID_LENGTH: ("phone_invalid", "The phone number has a wrong length."),
}


@lru_cache(maxsize=65536)
def check_phone(raw: str, region: str = DEFAULT_REGION) -> PhoneCheck:
    """Parse a number typed in any usual way (06.32.65.98.45, +33 6..., 0033 6...)."""
    text = raw.strip()
    if text.startswith("00"):
        text = "+" + text[2:]
    try:
        number = phonenumbers.parse(text, region)
    except NumberParseException:
        return PhoneCheck(raw, None, None, "phone_not_a_number", "This is not a phone number.")
    if not phonenumbers.is_valid_number(number):
        reason = phonenumbers.is_possible_number_with_reason(number)
        code, message = _REASONS.get(reason, ("phone_invalid", "This phone number cannot exist."))
        return PhoneCheck(raw, None, None, code, message)
    e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    return PhoneCheck(raw, e164, format_phone(e164, region))


@lru_cache(maxsize=65536)
def format_phone(e164: str | None, home_region: str = DEFAULT_REGION) -> str:
    """Show a stored number: national format at home ("06 32 65 98 45"), international abroad."""
    if not e164:
        return ""
    try:
        number = phonenumbers.parse(e164, None)
    except NumberParseException:
        return e164
    if phonenumbers.region_code_for_number(number) == home_region:
        return phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)


def phone_digits(e164: str | None, home_region: str = DEFAULT_REGION) -> str:
    """Digits of the national form, for prefix lookups ("0612" finds +33 6 12...)."""
    if not e164:
        return ""
    # Fast path for French numbers (bulk imports call this for every row).
    if home_region == "FR" and e164.startswith("+33") and len(e164) == 12 and e164[1:].isdigit():
        return "0" + e164[3:]
    return "".join(ch for ch in format_phone(e164, home_region) if ch.isdigit())


def tel_uri(e164: str, scheme: str = "tel") -> str:
    """A click-to-dial URL (``tel:+33632659845``, ``callto:``, ``sip:``)."""
    return f"{scheme}:{e164}"

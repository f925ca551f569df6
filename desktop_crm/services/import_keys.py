"""Fast per-row work for big imports: French phone check and contact lookup keys.

Validating a phone with ``phonenumbers`` costs two parses (~35 us) per number; at 100,000
rows that alone would take seconds. French numbers are 9 national digits whose validity
depends only on their first digits (the FR metadata patterns look at 2 to 5 of them), so the
verdict is cached per 5-digit prefix and a typical number is checked in ~2 us. Anything that
is not plainly French goes through the full ``check_phone``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

import phonenumbers

from desktop_crm.domain.emails import check_email
from desktop_crm.domain.phones import check_phone, phone_digits
from desktop_crm.domain.text import fold
from desktop_crm.services.contacts import KEY_SOURCES

_SEPARATORS = re.compile(r"[\s.\-/]+")


@lru_cache(maxsize=4096)
def _french_prefix_valid(number: str) -> bool:
    """Whether French numbers starting with number[:5] are valid (cached by the caller)."""
    return bool(phonenumbers.is_valid_number(phonenumbers.parse("+33" + number, None)))


_prefix_verdicts: dict[str, bool] = {}


def french_e164(text: str) -> str | None:
    """E.164 for a plainly French number (06.32.65.98.45, +33 6..., 0033 6..., or 632659845
    from a spreadsheet that dropped the 0); None when the full check is needed."""
    compact = _SEPARATORS.sub("", text)
    if compact.startswith("+33"):
        national = compact[3:]
    elif compact.startswith("0033"):
        national = compact[4:]
    elif compact.startswith("0"):
        national = compact[1:]
    elif len(compact) == 9:
        national = compact
    else:
        return None
    if len(national) != 9 or not national.isdigit() or national[0] == "0":
        return None
    prefix = national[:5]
    verdict = _prefix_verdicts.get(prefix)
    if verdict is None:
        verdict = _prefix_verdicts[prefix] = _french_prefix_valid(national)
    return "+33" + national if verdict else None


@lru_cache(maxsize=131072)
def fast_check_phone(text: str) -> tuple[str | None, str | None, str | None]:
    """(e164, problem code, message) for a typed phone number, parsed as French by default."""
    e164 = french_e164(text)
    if e164 is not None:
        return e164, None, None
    phone = check_phone(text)
    if phone.ok:
        return phone.e164, None, None
    return None, phone.code or "phone_invalid", phone.message or "Invalid phone number."


def _phone_key(value: Any) -> str:
    text = str(value or "")
    if text.startswith("+33") and len(text) == 12:
        return "0" + text[3:]  # what phone_digits gives for a French number, without parsing
    return phone_digits(text) if text.startswith("+") else ""


# Names, companies and cities repeat a lot in a file: fold each distinct text once.
_fold = lru_cache(maxsize=262144)(fold)
_TEXT_KEYS = tuple(KEY_SOURCES.items())


def contact_keys(values: Mapping[str, Any]) -> dict[str, str]:
    """The same keys as ``services.contacts.lookup_keys`` (a test keeps them equal), computed
    with cached folding and without parsing phones again."""
    keys = {key: _fold(values.get(source))[:254] for key, source in _TEXT_KEYS}
    keys["phone_key"] = _phone_key(values.get("phone_business"))
    keys["mobile_key"] = _phone_key(values.get("phone_mobile"))
    return keys


# A plain ASCII local part ("jean.dupont", "j_d+salon"): email-validator accepts these as is.
_PLAIN_LOCAL = re.compile(r"[A-Za-z0-9_%+\-]+(?:\.[A-Za-z0-9_%+\-]+)*")


@lru_cache(maxsize=131072)
def fast_check_email(text: str) -> tuple[str | None, str | None, str | None, str | None]:
    """(normalised, problem code, message, suggestion), as ``check_email`` gives them.

    The domain verdict (syntax, special-use names, typo suggestion) is cached per domain by
    checking a stand-in address, so a typical row skips the full validator.
    """
    local, sep, domain = text.strip().rpartition("@")
    if sep and len(local) <= 64 and _PLAIN_LOCAL.fullmatch(local):
        probe = check_email("x@" + domain)
        if probe.ok and probe.normalised is not None:
            normalised = local + "@" + probe.normalised.rpartition("@")[2]
            suggestion = None
            if probe.suggestion:
                suggestion = local + "@" + probe.suggestion.rpartition("@")[2]
            if len(normalised) <= 254:
                return normalised, None, None, suggestion
    full = check_email(text)
    return full.normalised, full.code, full.message, full.suggestion

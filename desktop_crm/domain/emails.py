"""E-mail addresses: syntax check, normalised storage and "did you mean" hints for typos."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from email_validator import EmailNotValidError, validate_email
from rapidfuzz.distance import Levenshtein

# Domains French users type every day; a typo close to one of them gets a suggestion.
COMMON_DOMAINS: tuple[str, ...] = (
    "gmail.com",
    "yahoo.fr",
    "yahoo.com",
    "hotmail.fr",
    "hotmail.com",
    "outlook.fr",
    "outlook.com",
    "live.fr",
    "live.com",
    "orange.fr",
    "wanadoo.fr",
    "free.fr",
    "sfr.fr",
    "laposte.net",
    "neuf.fr",
    "bbox.fr",
    "numericable.fr",
    "aol.com",
    "icloud.com",
    "me.com",
    "gmx.fr",
    "msn.com",
    "protonmail.com",
    "proton.me",
    "club-internet.fr",
)
COMMON_TLDS: tuple[str, ...] = ("fr", "com", "net", "org", "eu", "be", "ch", "de", "io", "info")


@dataclass(frozen=True)
class EmailCheck:
    """Result of checking one typed e-mail address.

    ``normalised`` is set when the syntax is valid; ``suggestion`` proposes a likely
    intended address ("martin@yahho.fr" -> "martin@yahoo.fr"). It is never applied silently.
    """

    raw: str
    normalised: str | None
    code: str | None = None
    message: str | None = None
    suggestion: str | None = None

    @property
    def ok(self) -> bool:
        return self.code is None


def _suggest_domain(domain: str) -> str | None:
    if domain in COMMON_DOMAINS:
        return None
    best: tuple[int, str] | None = None
    # Short domains allow one edit only, so "gmx.de" is not "corrected" into "gmx.fr".
    cutoff = 1 if len(domain) < 9 else 2
    for known in COMMON_DOMAINS:
        distance = Levenshtein.distance(domain, known, score_cutoff=cutoff)
        if distance <= cutoff and (best is None or distance < best[0]):
            best = (distance, known)
    if best is not None:
        return best[1]
    name, _, tld = domain.rpartition(".")
    if name and tld not in COMMON_TLDS:
        for known_tld in COMMON_TLDS:
            if Levenshtein.distance(tld, known_tld, score_cutoff=1) <= 1 or (
                tld.startswith(known_tld) and len(tld) == len(known_tld) + 1
            ):
                return f"{name}.{known_tld}"
    return None


@lru_cache(maxsize=65536)
def check_email(raw: str) -> EmailCheck:
    """Check syntax (no DNS look-up) and propose a correction for common domain typos."""
    text = raw.strip()
    if not text:
        return EmailCheck(raw, None, "email_empty", "The e-mail address is empty.")
    try:
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError as exc:
        suggestion = None
        if "@" in text:
            local, _, domain = text.rpartition("@")
            fixed = _suggest_domain(domain.lower())
            suggestion = f"{local}@{fixed}" if fixed else None
        return EmailCheck(raw, None, "email_invalid", str(exc), suggestion)
    normalised = email_for_storage(result.normalized) or result.normalized
    local, _, domain = normalised.rpartition("@")
    fixed = _suggest_domain(domain)
    suggestion = f"{local}@{fixed}" if fixed else None
    if suggestion:
        return EmailCheck(raw, normalised, None, None, suggestion)
    return EmailCheck(raw, normalised)


def email_for_storage(raw: str | None) -> str | None:
    """The form an address is stored in: trimmed, domain lower-cased, local part as typed
    (it may be case-sensitive on the receiving server); ``None`` when empty."""
    if not raw or not raw.strip():
        return None
    local, sep, domain = raw.strip().rpartition("@")
    return f"{local}@{domain.lower()}" if sep else raw.strip()


def email_match_key(raw: str | None) -> str:
    """The form two addresses are compared in: trimmed and case-folded whole, since in
    practice no mailbox differs from another by case alone; ``""`` when empty."""
    return (raw or "").strip().casefold()

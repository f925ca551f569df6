"""E-mail addresses: syntax check, normalised storage and "did you mean" hints for typos."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from desktop_crm.domain.text import fold as _fold

# Domains French users type every day; a typo close to one of them gets a suggestion.
COMMON_DOMAINS: tuple[str, ...] = (
    "gmail.com",
    "googlemail.com",
    "ymail.com",
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
_COMMON_SET = frozenset(COMMON_DOMAINS)
# (name, top-level domain) of each provider, for slips that keep a real top-level domain.
_PROVIDERS: tuple[tuple[str, str], ...] = tuple(
    (d.rpartition(".")[0], d.rpartition(".")[2]) for d in COMMON_DOMAINS
)


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


@lru_cache(maxsize=1)
def iana_tlds() -> frozenset[str]:
    """The public top-level domains (IANA root zone list shipped in ``iana_tlds.json``)."""
    data = json.loads(resources.files(__package__).joinpath("iana_tlds.json").read_text("utf-8"))
    return frozenset(data["tlds"])


def _near(typed: str, known: str) -> bool:
    """Is ``typed`` one slip away from ``known``?

    Names of five letters or more allow one edit (two from eight letters: "hotmial" is a
    swap, "gmial" too); shorter names only a swap or a doubled / dropped letter, so "free"
    does not claim "tree" nor "sfr" claim "sft".
    """
    if typed == known:
        return False
    from rapidfuzz.distance import OSA  # on the first check, not at start-up

    longest = max(len(typed), len(known))
    if longest >= 5:
        limit = 2 if min(len(typed), len(known)) >= 8 else 1
        return OSA.distance(typed, known, score_cutoff=limit) <= limit
    if len(typed) == len(known):
        return OSA.distance(typed, known, score_cutoff=1) <= 1 and sorted(typed) == sorted(known)
    shorter, longer = sorted((typed, known), key=len)
    return len(longer) == len(shorter) + 1 and any(
        longer[:i] + longer[i + 1 :] == shorter
        and longer[i] in longer[max(0, i - 1) : i] + longer[i + 1 : i + 2]
        for i in range(len(longer))
    )


def _suggest_domain(domain: str) -> str | None:
    """A likely intended domain, or ``None`` when ``domain`` may well be what was meant.

    Two cases only: the top-level domain does not exist (``orange.frr``, ``gmail.con``,
    ``wanadoo.ff``), or the name is a slip of a known provider under that provider's own
    top-level domain (``gmial.com``, ``hotmial.fr``). A real top-level domain is never
    replaced by another (``.ca``, ``.re``, ``outlook.be`` are left alone).
    """
    if domain in _COMMON_SET:
        return None
    name, dot, tld = domain.rpartition(".")
    if not dot or not name or not tld.isascii():
        return None
    if tld in iana_tlds():
        for known_name, known_tld in _PROVIDERS:
            if known_tld == tld and _near(name, known_name):
                return f"{known_name}.{known_tld}"
        return None
    # Unknown top-level domain: a provider one or two slips away, else the nearest TLD.
    from rapidfuzz.distance import OSA

    best: tuple[int, str] | None = None
    for known in COMMON_DOMAINS:
        distance = OSA.distance(domain, known, score_cutoff=2)
        if distance <= 2 and (best is None or distance < best[0]):
            best = (distance, known)
    if best is not None:
        return best[1]
    for known_tld in COMMON_TLDS:
        if OSA.distance(tld, known_tld, score_cutoff=1) <= 1 or (
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
    # email-validator compiles its patterns at import (~15 ms): loaded when first needed.
    from email_validator import EmailNotValidError, validate_email

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


# A public top-level domain put after an address's own domain to check the rest of its
# syntax when that domain is a company network's (see ``check_network_email``).
_STAND_IN_TLD = "example"


def check_network_email(raw: str) -> EmailCheck:
    """``check_email``, also accepting the addresses of a company network: a special-use
    domain (``alice@societe.local``, Active Directory or Exchange style) or a domain
    without a dot (``alice@intranet``). email-validator refuses both, since no one outside
    can write to them, and has no option for the first (its list of special-use names is
    module-wide). So the domain is checked with a public top-level domain after it, which
    keeps every other rule (characters, label lengths, IDNA). For a team member's own
    address; a contact's address stays ``check_email``'s."""
    check = check_email(raw)
    if check.normalised is not None or check.suggestion or "@" not in raw:
        return check
    from email_validator import EmailNotValidError, validate_email

    local, _, domain = raw.strip().rpartition("@")
    try:
        result = validate_email(f"{local}@{domain}.{_STAND_IN_TLD}", check_deliverability=False)
    except EmailNotValidError:
        return check
    normalised = result.normalized.removesuffix(f".{_STAND_IN_TLD}")
    return EmailCheck(raw, email_for_storage(normalised) or normalised)


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


# The part before the "@" of the addresses a company gives to a role or a service, not to
# a person (letters only, accents and case aside: "service.client", "contact2" are too).
# Colleagues share them: a shared "contact@" says nothing of who the person is.
ROLE_LOCAL_PARTS = frozenset(
    {
        "accueil",
        "admin",
        "administratif",
        "administration",
        "agence",
        "atelier",
        "bonjour",
        "boutique",
        "bureau",
        "cabinet",
        "comm",
        "commande",
        "commandes",
        "commercial",
        "commerciale",
        "communication",
        "compta",
        "comptabilite",
        "contact",
        "contacts",
        "courrier",
        "devis",
        "direction",
        "equipe",
        "etude",
        "export",
        "facturation",
        "factures",
        "gestion",
        "hello",
        "hotline",
        "info",
        "infos",
        "information",
        "informations",
        "juridique",
        "legal",
        "logistique",
        "magasin",
        "mail",
        "mairie",
        "marketing",
        "noreply",
        "nepasrepondre",
        "office",
        "paie",
        "presse",
        "reception",
        "recrutement",
        "rh",
        "sales",
        "sav",
        "secretariat",
        "service",
        "serviceclient",
        "serviceclients",
        "shop",
        "standard",
        "support",
        "team",
        "technique",
        "vente",
        "ventes",
        "webmaster",
    }
)


@lru_cache(maxsize=65536)
def is_role_address(address: str | None) -> bool:
    """Whether an e-mail address is a role's or a service's ("contact@acme.fr",
    "Service.Client@acme.fr", "info2@acme.fr"), not a person's."""
    local = (address or "").partition("@")[0].partition("+")[0]
    if local.isalpha() and local.isascii():  # (fast path: "contact", "marc")
        return local.lower() in ROLE_LOCAL_PARTS
    return "".join(ch for ch in _fold(local) if ch.isalpha()) in ROLE_LOCAL_PARTS

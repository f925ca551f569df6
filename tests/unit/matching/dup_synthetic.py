"""Generated contacts with injected duplicates and known truth (tests and benchmark)."""

from __future__ import annotations

import random
from collections.abc import Iterator

from desktop_crm.services.demo.data import LAST_NAMES
from desktop_crm.services.demo.duplicates import vary_contact, without_accents

FIRST = (
    "Jean",
    "Marie",
    "Pierre",
    "Françoise",
    "Michel",
    "Hélène",
    "André",
    "Cécile",
    "Philippe",
    "Nathalie",
    "Stéphane",
    "Valérie",
    "Sébastien",
    "Isabelle",
    "Jérôme",
    "Sophie",
    "Frédéric",
    "Céline",
    "Thierry",
    "Aurélie",
    "Benoît",
    "Élodie",
    "Gaël",
    "Joël",
    "Anaïs",
    "Noël",
    "Agnès",
    "Rémi",
    "Léa",
    "Théo",
    "Chloé",
    "Zoé",
    "Loïc",
    "Maëlle",
    "Jérémie",
    "Clément",
    "Mathéo",
    "Inès",
    "Raphaël",
    "Gaëtan",
)
# The first 150 demo surnames: enough variety, and one list to maintain.
LAST = LAST_NAMES[:150]
WORDS = (
    "Dupont",
    "Alpha",
    "Atlantique",
    "Bretagne",
    "Provence",
    "Nord",
    "Conseil",
    "Bâtiment",
    "Transports",
    "Informatique",
    "Boulangerie",
    "Garage",
    "Immobilier",
    "Services",
    "Hôtel",
    "Pharmacie",
    "Électricité",
    "Menuiserie",
    "Distribution",
    "Logistique",
    "Béton",
    "Voyages",
    "Optique",
    "Imprimerie",
    "Plomberie",
    "Jardins",
    "Énergie",
)
FORMS = ("SARL", "SAS", "SA", "EURL", "Ets", "Société", "SASU", "")
DOMAINS = ("orange.fr", "free.fr", "gmail.com", "wanadoo.fr", "laposte.net", "sfr.fr")


def _company(rng: random.Random) -> str:
    name = f"{rng.choice(WORDS)} {rng.choice(LAST)}"
    if rng.random() < 0.3:
        name = f"{rng.choice(LAST)} & {rng.choice(('Fils', 'Associés', 'Frères'))}"
    form = rng.choice(FORMS)
    return f"{form} {name}".strip() if rng.random() < 0.5 else f"{name} {form}".strip()


def _ascii(text: str) -> str:
    return without_accents(text)


def base_record(i: int, rng: random.Random) -> dict[str, object]:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    mobile = f"+336{rng.randrange(10_000_000, 99_999_999)}"
    local = f"{_ascii(first).lower()}.{_ascii(last).lower().replace(' ', '')}{i}"
    email = f"{local}@{rng.choice(DOMAINS)}"
    return {
        "id": i,
        "first_name": first,
        "last_name": last,
        "company_name": _company(rng),
        "phone_business": None,
        "phone_mobile": mobile,
        "phone_home": None,
        "email": email if rng.random() < 0.8 else None,
        "email2": None,
        "postcode": f"{rng.randrange(1, 96):02d}{rng.randrange(0, 1000):03d}",
        "city": "Ville",
        "address1": f"{rng.randrange(1, 200)} rue {rng.choice(LAST)}",
    }


def duplicate_of(record: dict[str, object], new_id: int, rng: random.Random) -> dict[str, object]:
    """A copy with one to three of the usual differences (phones typed another way too)."""
    dup = vary_contact(dict(record), rng)
    dup["id"] = new_id
    return dup


def generate(
    n: int, dup_rate: float = 0.05, seed: int = 6
) -> tuple[list[dict[str, object]], set[tuple[int, int]]]:
    """``n`` records of which about ``dup_rate`` are duplicates; returns (records, true pairs)."""
    records, truth = [], set()
    copies: dict[int, list[int]] = {}
    for rec, pair in stream(n, dup_rate, seed):
        records.append(rec)
        if pair:
            original, new = pair
            # Two copies of one person are duplicates of each other too.
            for other in (original, *copies.get(original, [])):
                truth.add((other, new))
            copies.setdefault(original, []).append(new)
    return records, truth


def stream(
    n: int, dup_rate: float = 0.05, seed: int = 6
) -> Iterator[tuple[dict[str, object], tuple[int, int] | None]]:
    """Yield (record, true pair or None) without holding the data set (for 1M records)."""
    rng = random.Random(seed)
    recent: list[dict[str, object]] = []
    for i in range(1, n + 1):
        if recent and rng.random() < dup_rate:
            original = rng.choice(recent)
            yield duplicate_of(original, i, rng), (int(original["id"]), i)  # type: ignore[call-overload]
        else:
            rec = base_record(i, rng)
            recent.append(rec)
            if len(recent) > 5000:
                recent.pop(rng.randrange(len(recent)))
            yield rec, None

"""Generated contacts with injected duplicates and known truth (tests and benchmark)."""

from __future__ import annotations

import random
from collections.abc import Iterator

from desktop_crm.services.demo_duplicates import vary_contact, without_accents

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
LAST = (
    "Martin",
    "Bernard",
    "Dubois",
    "Thomas",
    "Robert",
    "Richard",
    "Petit",
    "Durand",
    "Leroy",
    "Moreau",
    "Simon",
    "Laurent",
    "Lefèvre",
    "Michel",
    "Garcia",
    "David",
    "Bertrand",
    "Roux",
    "Vincent",
    "Fournier",
    "Morel",
    "Girard",
    "André",
    "Lefebvre",
    "Mercier",
    "Dupont",
    "Lambert",
    "Bonnet",
    "François",
    "Martinez",
    "Legrand",
    "Garnier",
    "Faure",
    "Rousseau",
    "Blanc",
    "Guérin",
    "Muller",
    "Henry",
    "Roussel",
    "Nicolas",
    "Perrin",
    "Morin",
    "Mathieu",
    "Clément",
    "Gauthier",
    "Dumont",
    "Lopez",
    "Fontaine",
    "Chevalier",
    "Robin",
    "Masson",
    "Sanchez",
    "Gérard",
    "Nguyen",
    "Boyer",
    "Denis",
    "Lemaire",
    "Duval",
    "Joly",
    "Gautier",
    "Roger",
    "Roche",
    "Roy",
    "Noël",
    "Meyer",
    "Lucas",
    "Meunier",
    "Jean",
    "Pérez",
    "Marchand",
    "Dufour",
    "Blanchard",
    "Marie",
    "Barbier",
    "Brun",
    "Dumas",
    "Brunet",
    "Schmitt",
    "Leroux",
    "Colin",
    "Fernandez",
    "Pierre",
    "Renard",
    "Arnaud",
    "Rolland",
    "Caron",
    "Aubert",
    "Giraud",
    "Leclerc",
    "Vidal",
    "Bourgeois",
    "Renaud",
    "Lemoine",
    "Picard",
    "Gaillard",
    "Philippe",
    "Leclercq",
    "Lacroix",
    "Fabre",
    "Dupuis",
    "Olivier",
    "Rodriguez",
    "Da Silva",
    "Hubert",
    "Louis",
    "Charles",
    "Guillot",
    "Rivière",
    "Le Gall",
    "Guillaume",
    "Adam",
    "Rey",
    "Moulin",
    "Gonzalez",
    "Berger",
    "Lecomte",
    "Menard",
    "Fleury",
    "Deschamps",
    "Carpentier",
    "Julien",
    "Benoît",
    "Paris",
    "Maillard",
    "Marchal",
    "Aubry",
    "Vasseur",
    "Le Roux",
    "Renault",
    "Jacquet",
    "Collet",
    "Prévost",
    "Poirier",
    "Charpentier",
    "Royer",
    "Huet",
    "Baron",
    "Dupuy",
    "Pons",
    "Paul",
    "Laine",
    "Carré",
    "Breton",
    "Rémy",
    "Schneider",
    "Perrot",
    "Guyot",
    "Barré",
    "Marty",
    "Cousin",
)
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

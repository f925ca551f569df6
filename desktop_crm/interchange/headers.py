"""Column headers in French and English (Outlook FR/EN, Google Contacts, ACT!) -> fields."""

from __future__ import annotations

import re

from desktop_crm.domain.text import fold

NOTE_TARGET = "note"
HISTORY_TARGET = "history"

# Field -> header spellings seen in real files. Compared after fold() and punctuation removal,
# so "E-mail", "Email" and "e mail" are one alias.
ALIASES: dict[str, tuple[str, ...]] = {
    "civility": (
        "civilite",
        "titre",
        "title",
        "name prefix",
        "prefix",
        "civility",
        "salutation courtoisie",
        "mr mme",
    ),
    "first_name": ("prenom", "first name", "firstname", "given name", "prenom contact"),
    "last_name": (
        "nom",
        "last name",
        "lastname",
        "surname",
        "family name",
        "nom de famille",
        "nom contact",
        "contact",
    ),
    "salutation": ("formule d appel", "formule de politesse", "salutation", "cher"),
    "job_title": (
        "fonction",
        "job title",
        "poste",
        "organization title",
        "organization 1 title",
        "titre du poste",
        "position",
    ),
    "department": (
        "service",
        "department",
        "departement service",
        "organization department",
        "organization 1 department",
    ),
    "company_name": (
        "societe",
        "entreprise",
        "company",
        "organisation",
        "organization",
        "organization name",
        "organization 1 name",
        "raison sociale",
        "etablissement",
        "company name",
        "nom de la societe",
        "compagnie",
    ),
    "phone_business": (
        "telephone",
        "tel",
        "telephone professionnel",
        "business phone",
        "phone",
        "telephone bureau",
        "tel bureau",
        "tel pro",
        "work phone",
        "phone 1 value",
        "telephone fixe",
        "tel fixe",
        "numero de telephone",
        "phone number",
    ),
    "phone_ext": ("poste tel", "extension", "ext"),
    "phone_mobile": (
        "mobile",
        "portable",
        "tel mobile",
        "telephone mobile",
        "mobile phone",
        "cell",
        "cell phone",
        "gsm",
        "tel portable",
        "telephone portable",
        "phone 2 value",
    ),
    "phone_home": ("telephone personnel", "home phone", "tel domicile", "telephone domicile"),
    "phone_fax": (
        "fax",
        "telecopie",
        "telecopie professionnelle",
        "business fax",
        "telecopie bureau",
    ),
    "email": (
        "e mail",
        "email",
        "courriel",
        "adresse e mail",
        "adresse de messagerie",
        "e mail address",
        "email address",
        "e mail 1 value",
        "mail",
        "adresse mail",
        "adresse email",
        "mel",
    ),
    "email2": (
        "e mail 2",
        "email 2",
        "adresse de messagerie 2",
        "e mail 2 address",
        "e mail 2 value",
        "courriel 2",
    ),
    "website": (
        "site web",
        "site internet",
        "web page",
        "website",
        "site",
        "url",
        "page web",
        "website 1 value",
        "web",
    ),
    "address1": (
        "adresse",
        "adresse 1",
        "rue",
        "rue bureau",
        "business street",
        "address",
        "address 1",
        "street",
        "address 1 street",
        "adresse ligne 1",
        "voie",
        "adresse postale",
        "rue professionnelle",
    ),
    "address2": (
        "adresse 2",
        "rue bureau 2",
        "business street 2",
        "address 2",
        "street 2",
        "adresse ligne 2",
        "complement d adresse",
        "complement adresse",
    ),
    "address3": (
        "adresse 3",
        "rue bureau 3",
        "business street 3",
        "address 3",
        "adresse ligne 3",
        "lieu dit",
    ),
    "postcode": (
        "code postal",
        "cp",
        "postcode",
        "postal code",
        "zip",
        "zip code",
        "code postal bureau",
        "business postal code",
        "address 1 postal code",
    ),
    "city": (
        "ville",
        "city",
        "localite",
        "commune",
        "ville bureau",
        "business city",
        "address 1 city",
    ),
    "cedex": ("cedex",),
    "country": (
        "pays",
        "country",
        "pays region bureau",
        "business country region",
        "business country",
        "address 1 country",
        "pays region",
    ),
    "home_address1": ("rue domicile", "home street", "adresse personnelle"),
    "home_postcode": ("code postal domicile", "home postal code"),
    "home_city": ("ville domicile", "home city"),
    "home_country": ("pays region domicile", "home country region", "home country"),
    "status": ("statut", "status", "type de contact", "categorie", "categories", "labels"),
    "industry": ("activite", "secteur", "secteur d activite", "industry", "naf"),
    "company_size": ("taille", "effectif", "company size", "nombre de salaries"),
    "referred_by": ("recommande par", "referred by", "source", "origine", "provenance"),
    "birthday": ("anniversaire", "date de naissance", "birthday", "birth date"),
    "contract_end": ("fin de contrat", "date fin contrat", "contract end"),
    NOTE_TARGET: (
        "notes",
        "remarques",
        "commentaires",
        "commentaire",
        "note",
        "comments",
        "comment",
        "observations",
    ),
    HISTORY_TARGET: (
        "commentaires et interets",
        "historique",
        "history",
        "interets",
        "compte rendu",
    ),
}

_PUNCT = re.compile(r"[^0-9a-z]+")


def header_key(text: str) -> str:
    """Compare headers without accents, case or punctuation ("Tél. mobile" -> "tel mobile")."""
    return _PUNCT.sub(" ", fold(text)).strip()


_INDEX: dict[str, str] = {
    header_key(alias): field for field, aliases in ALIASES.items() for alias in aliases
}


def guess_field(header: str) -> str | None:
    """The field a header most likely fills, or None."""
    key = header_key(header)
    if not key:
        return None
    if key in _INDEX:
        return _INDEX[key]
    # "Tél. mobile (pro)", "E-mail (bureau)": retry without a trailing parenthesis.
    short = header_key(re.sub(r"\(.*?\)", " ", header))
    return _INDEX.get(short)


def auto_map(headers: list[str]) -> dict[int, list[str]]:
    """Column index -> target fields for every recognised header; a field is used once."""
    mapping: dict[int, list[str]] = {}
    used: set[str] = set()
    for index, header in enumerate(headers):
        field = guess_field(header)
        if field is None:
            continue
        # Several address or note columns may fill one field; other fields are taken once.
        if field in used and field not in (NOTE_TARGET, HISTORY_TARGET):
            continue
        used.add(field)
        mapping[index] = [field]
    return mapping

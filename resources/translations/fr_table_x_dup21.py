"""French for the duplicate reasons, the all-evidence mode and the undo confirmation
(issue 18 point 8, issue 21)."""

from __future__ import annotations

_DUPLICATES = {
    "name": "nom",
    "names": "noms",
    "first name": "prénom",
    "first names": "prénoms",
    "last name": "nom de famille",
    "last names": "noms de famille",
    "company": "société",
    "companies": "sociétés",
    "phone": "téléphone",
    "phones": "téléphones",
    "e-mail": "e-mail",
    "e-mails": "e-mails",
    "city": "ville",
    "cities": "villes",
    "postcode": "code postal",
    "postcodes": "codes postaux",
    "address": "adresse",
    "addresses": "adresses",
    "SIREN": "SIREN",
    "SIRENs": "SIREN",
    "date of birth": "date de naissance",
    "dates of birth": "dates de naissance",
    "different names": "noms différents",
    "different first names": "prénoms différents",
    "different last names": "noms de famille différents",
    "different companies": "sociétés différentes",
    "different phones": "téléphones différents",
    "different e-mails": "e-mails différents",
    "different cities": "villes différentes",
    "different postcodes": "codes postaux différents",
    "different addresses": "adresses différentes",
    "different SIRENs": "SIREN différents",
    "different dates of birth": "dates de naissance différentes",
    "different %1": "%1 différents",
    "same %1 (proposed on its own)": "même %1 (suffit à proposer la paire)",
    "same %1": "même %1",
    "same %1 once accents, case and punctuation are ignored": (
        "même %1 aux accents, majuscules et ponctuation près"
    ),
    "same %1 without the legal form": "même %1 sans la forme juridique",
    "first and last names swapped": "prénom et nom inversés",
    "first and last names swapped, very close (%3 %)": (
        "prénom et nom inversés, très proches (%3 %)"
    ),
    "%2 sound alike": "%2 qui se prononcent pareil",
    "%2 very close (%3 %)": "%2 très proches (%3 %)",
    "%2 close (%3 %)": "%2 proches (%3 %)",
    "%2 loosely alike (%3 %)": "%2 assez proches (%3 %)",
    "%2 very close (typo)": "%2 très proches (faute de frappe)",
    "%1 abbreviated": "%1 abrégé",
    "%1 differs by one digit": "%1 différent d'un chiffre",
    "same département, %1 differs": "même département, %1 différent",
    "%1 with day and month swapped": "%1 avec jour et mois inversés",
    "%2 close (one part differs)": "%2 proches (une partie diffère)",
    "%2 close": "%2 proches",
    "%2 very close": "%2 très proches",
    "%2 loosely alike": "%2 assez proches",
    "%1: '%2'": "%1 : « %2 »",
    "%1: '%2' / '%3'": "%1 : « %2 » / « %3 »",
    " and ": " et ",
    "Merge %1 undone: %2 are separate records again; %3 moved or changed rows were put back.": (
        "Fusion %1 annulée : %2 sont à nouveau des fiches distinctes ; %3 lignes déplacées "
        "ou modifiées ont été remises en place."
    ),
}

FR_BY_CONTEXT = {("Duplicates", source): french for source, french in _DUPLICATES.items()}

FR = {
    "#%1, to keep": "#%1, à garder",
    "Suggested record to keep: #%1 (the most complete, then the most recently active)": (
        "Fiche à garder suggérée : #%1 (la plus complète, puis la plus récemment active)"
    ),
    "Compare every field both records fill (recommended)": (
        "Comparer tous les champs remplis sur les deux fiches (recommandé)"
    ),
    "Names, address, postcode, date of birth, phones, e-mails and company, each weighted by "
    "what agreeing on it means in this database; finds duplicates with typos, swapped names or "
    "missing values.": (
        "Noms, adresse, code postal, date de naissance, téléphones, e-mails et société, chacun "
        "pesé selon ce que son accord signifie dans cette base ; trouve les doublons malgré les "
        "fautes de frappe, les noms inversés ou les valeurs manquantes."
    ),
    "Compare up to three chosen fields": "Comparer jusqu'à trois champs choisis",
    "Compare": "Comparer",
    "Compare every field, or choose up to three fields and how to compare each one.": (
        "Comparez tous les champs, ou choisissez jusqu'à trois champs et la façon de comparer "
        "chacun."
    ),
}

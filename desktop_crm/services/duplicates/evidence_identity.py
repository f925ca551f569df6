"""Two people, not one: the pairs of the all-evidence scan whose identifying details say
they are different people, however alike their names or workplace.

The learned weights cannot always tell.  In a base where namesakes or colleagues outnumber
the real duplicates, expectation-maximisation learns "same name" (or "same company and
address") as the duplicates' mark, and different phones, e-mails and towns as nearly
harmless: the demo database's 3,090 contacts gave 421 groups for 90 planted copies.  So
two rules are stated plainly, each with a reason the review shows first:

- **namesakes** (:data:`NAMESAKE`): nothing identifying shared and at least
  :data:`CONFLICTS` identifying details different.  "Jean Martin" at Assurances Moreau in
  Lille and "Jean Martin" at Menuiserie Girard in Nantes, with different e-mails and
  phones, are two people: France has thousands of Jean Martin.  Not when the last name
  is rare in the base (borne by at most :data:`RARE` contacts): two "Gaëlle Kervella",
  a work card and a web form, are more likely one person (the weights decide);
- **two people at one place** (:data:`TWO_PEOPLE`): names not both alike (one differs,
  or is only loosely alike: "Catherine Brun" and "Béatrice Bernard"; an initial or a
  part of a compound first name with the same last name is alike: "J." / "Jacques",
  "J.-P." / "Jean-Pierre", "Marie" / "Marie-Christine", and so is a short form:
  "Manu" / "Emmanuel"; two names of ``domain.first_names`` are not, "Jean" / "Jeanne",
  and their e-mails alike only through the last name differ), no personal identifier shared
  (the same e-mail, mobile or date of birth: a shared landline is the switchboard, and
  colleagues' direct lines one digit apart are consecutive numbers — but the same first
  name on the same direct line, borne by at most :data:`DIRECT` contacts, is a married
  name: "Marie Dupont", now "Marie Lefort") and two of them different — or one, at the
  same company, or none at the same company when the first names differ (colleagues
  reached through the switchboard have no own number to differ by).  Colleagues share a
  company and its address, family members a home address: neither is identity.  A
  switchboard (a landline borne by more than :data:`DIRECT` contacts) and a role's e-mail
  ("contact@") are no shared identifier: the comparison counts them neither way.

Identifying details *shared*: the same (or one-digit-off) phone, the same e-mail, the same
(or nearly) date of birth — the personal identifiers — and the same or nearly the same
street address in the same place (not with another postcode and another town), the same
company (legal form, accents and case aside; "Menuiserie Roux & Fils" and "Énergies Roux
& Fils" are only alike, which counts neither way).  *Different*: a different e-mail,
phone, street address, date of birth, company, or a postcode in another département (the
town when a postcode is missing).  E-mails only alike ("jean.martin@orange.fr" and
"jean.martin@free.fr") count neither way: they mostly repeat the names.  A missing value
counts neither way; the same town alone is not identifying (thousands live in Lyon).

Such pairs' scores are capped at :data:`CAP`, below the default threshold (85): lowering
the threshold to the cap shows them again, with the reason first (someone who changed
jobs and town looks exactly like a namesake).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from desktop_crm.domain.first_names import same_first_name as same_first_name
from desktop_crm.services.duplicates.evidence_weights import FIELDS

if TYPE_CHECKING:
    from desktop_crm.services.duplicates.evidence import Compared
    from desktop_crm.services.duplicates.evidence_columns import Columns

CAP = 60
CONFLICTS = 2
# A last name borne by at most this many contacts of the base is rare (see _rare_last_name).
RARE = 3
# A phone borne by at most this many contacts is a direct line, not a switchboard.
DIRECT = 2
# The verdicts (0: no rule applies), and the reason code each one shows.
NAMESAKE = 1
TWO_PEOPLE = 2
REASON_CODES = {NAMESAKE: "namesake", TWO_PEOPLE: "two_people"}

_F = {name: i for i, name in enumerate(FIELDS)}
# Field -> the lowest agreement level that is shared identifying evidence.
_PERSONAL = {"phone": 1, "email": 2, "birthday": 2}
_PLACE = {"address": 2, "company": 2}
_MOBILE = ("+336", "+337")  # (as ``Columns.mobile`` tells them)
_CONFLICTING = ("address", "birthday", "phone", "email", "company", "postcode", "city")


def verdicts(compared: Compared, c: Columns) -> np.ndarray:
    """Per pair: :data:`NAMESAKE`, :data:`TWO_PEOPLE` or 0 (see the module's docstring)."""
    lv = compared.levels
    personal = np.zeros(len(lv), dtype=bool)
    personal_conflicts = np.zeros(len(lv), dtype=np.int8)
    for name, level in _PERSONAL.items():
        personal |= lv[:, _F[name]] >= level
        personal_conflicts += lv[:, _F[name]] == 0
    # "3 rue de la Gare" in La Rochelle and in Montreuil are two addresses.
    place = ((lv[:, _F["address"]] >= _PLACE["address"]) & ~in_another_town(compared, c)) | (
        lv[:, _F["company"]] >= _PLACE["company"]
    )
    conflicts = np.zeros(len(lv), dtype=np.int8)
    for name in _CONFLICTING:
        conflicts += lv[:, _F[name]] == 0
    out = np.zeros(len(lv), dtype=np.int8)
    namesakes = ~personal & ~place & (conflicts >= CONFLICTS)
    out[namesakes & ~_rare_last_name(compared, c)] = NAMESAKE
    out[_two_people(compared, c, personal_conflicts) & (out == 0)] = TWO_PEOPLE
    return out


def in_another_town(compared: Compared, c: Columns, rows: Any = slice(None)) -> np.ndarray:
    """Per pair (of ``rows``): the records are in another town — different postcodes and
    different towns (the town is compared only when a postcode is missing; a typo in the
    postcode keeps the town, and the other way round: Nantes 44000 and Orléans 45000 are
    one digit apart)."""
    lv = compared.levels[rows]
    city_a, city_b = c.city_code[compared.ia[rows]], c.city_code[compared.ib[rows]]
    other_town = (city_a != city_b) & (city_a != 0) & (city_b != 0)
    out: np.ndarray = (lv[..., _F["city"]] == 0) | ((lv[..., _F["postcode"]] < 3) & other_town)
    return out


def _rare_last_name(compared: Compared, c: Columns) -> np.ndarray:
    """Pairs whose last name (either spelling) is borne by at most :data:`RARE` contacts of
    the base: two "Kervella" with nothing else in common are more likely one person's
    work and private records than namesakes (the weights decide)."""
    held = np.bincount(c.last_code, minlength=len(c.names))  # (one code space: names)
    la = c.last_code[compared.ia]
    lb = np.where(compared.swapped, c.first_code[compared.ib], c.last_code[compared.ib])
    holders = held[la] + np.where(lb != la, held[lb], 0)
    rare: np.ndarray = (la != 0) & (holders <= RARE)
    return rare


def _two_people(compared: Compared, c: Columns, personal_conflicts: np.ndarray) -> np.ndarray:
    """Names not both alike, no personal identifier shared and enough of them different."""
    lv = compared.levels
    # Names alike: exact, a typo, the same sound (level 2+; a missing name neither way).
    first, last = lv[:, _F["first_name"]], lv[:, _F["last_name"]]
    names_alike = ((first >= 2) | (first < 0)) & ((last >= 2) | (last < 0))
    # Colleagues: one personal identifier different is enough; elsewhere two are needed
    # (a copy typed again with its phone or date of birth wrong keeps the others).
    company = lv[:, _F["company"]] >= _PLACE["company"]
    # With first names that differ, e-mails only alike ("stephane.nedelec@" and
    # "stephanie.nedelec@") differ: what they share is the last name.
    echo = (first == 0) & (lv[:, _F["email"]] == 1)
    personal_conflicts = personal_conflicts + echo
    apart = (personal_conflicts >= 2) | ((personal_conflicts >= 1) & company)
    # Colleagues reached through the switchboard (or with no number at all) have no
    # personal detail to differ by: at one company, first names that differ are enough
    # ("Marie Morin" / "Anne Morel"; a part of a compound is rescued below).
    apart |= company & (first == 0)
    # With names that differ, a phone one digit off is no identity: colleagues' direct
    # lines are often consecutive numbers.
    exact = (lv[:, _F["email"]] >= 2) | (lv[:, _F["birthday"]] >= 2)
    two = ~exact & ~names_alike & apart
    phone = lv[:, _F["phone"]]
    shortened = (last >= 2) & ((first == 0) | (first == 1))
    for k in np.flatnonzero(two & ((phone >= 2) | shortened)).tolist():
        ia, ib = int(compared.ia[k]), int(compared.ib[k])
        shared = _shared(c, ia, ib) if phone[k] >= 2 else set()
        if any(n.startswith(_MOBILE) for n in shared) or (
            first[k] == 3 and direct_lines(c, shared)
        ):
            # A shared landline is the switchboard, unless it is a direct line and the
            # first names are the same: "Marie Dupont", married, now "Marie Lefort".
            two[k] = False
        elif shortened[k]:
            b_first = c.last[ib] if compared.swapped[k] else c.first[ib]
            two[k] = not same_first_name(str(c.first[ia]), str(b_first))
    return two


def _shared(c: Columns, a: int, b: int) -> set[str]:
    numbers_a = c.phones.get(a) or (c.phone[a],)
    numbers_b = c.phones.get(b) or (c.phone[b],)
    return set(numbers_a) & set(numbers_b) - {""}


def direct_lines(c: Columns, numbers: set[str]) -> set[str]:
    """The numbers borne by at most :data:`DIRECT` contacts of the base: a person's own
    line (the pair's two records), not a switchboard (shared by the company's contacts)."""
    held = c.phone_holders() if numbers else {}
    return {n for n in numbers if held.get(n, 0) <= DIRECT}


def cap_scores(scores: np.ndarray, verdict: np.ndarray) -> np.ndarray:
    """Scores with the pairs a rule applies to capped at :data:`CAP`."""
    out: np.ndarray = np.where(verdict != 0, np.minimum(scores, CAP), scores)
    return out

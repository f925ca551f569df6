"""Namesakes in the all-evidence duplicate scan: two records whose names agree, but which
share nothing that identifies a person and disagree on several such things.

"Jean Martin" at Assurances Moreau in Lille and "Jean Martin" at Menuiserie Girard in
Nantes, with different e-mails and phones, are two people: France has thousands of Jean
Martin.  The learned weights cannot always tell (in a base where namesakes outnumber the
real duplicates, expectation-maximisation learns "same name" as the duplicates' mark and
different phones, companies and towns as nearly harmless), so the rule is stated plainly:

- *shared* identifying evidence: the same (or one-digit-off) phone, the same e-mail, the
  same or nearly the same street address in the same place (not in another département
  and another town), the same (or nearly
  the same) date of birth, the same or a close company.  E-mails that are only alike
  ("jean.martin@orange.fr", "jean.martin@free.fr", "christophe.le-gall76@hotmail.fr" and
  "...38@hotmail.fr") count neither way: they mostly repeat the names;
- *conflicting* evidence: a different e-mail, phone, street address, date of birth,
  company, or a postcode in another département (the town when a postcode is missing).

A pair with no shared evidence and at least :data:`CONFLICTS` conflicts is a namesake: its
score is capped at :data:`NAMESAKE_CAP`, below the default threshold (85) and the wizard's
usual choices, with a reason saying why.  Lowering the threshold to the cap shows them
again (someone who changed jobs and town looks exactly like this).  A missing value counts
neither way; the same town alone is not identifying (thousands live in Lyon).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from desktop_crm.services.duplicates.evidence_weights import FIELDS

if TYPE_CHECKING:
    from desktop_crm.services.duplicates.evidence import Compared
    from desktop_crm.services.duplicates.evidence_columns import Columns

NAMESAKE_CAP = 60
CONFLICTS = 2

_F = {name: i for i, name in enumerate(FIELDS)}
# Field -> the lowest agreement level that is shared identifying evidence.
_SHARED_FROM = {"address": 2, "birthday": 2, "phone": 1, "email": 2, "company": 1}
_CONFLICTING = ("address", "birthday", "phone", "email", "company", "postcode", "city")


def namesakes(compared: Compared, c: Columns) -> np.ndarray:
    """True for the pairs that are namesakes (see the module's docstring)."""
    lv = compared.levels
    # Another town: the postcodes in other départements and the towns different (the
    # town is compared only when a postcode is missing: a postcode typo keeps the town).
    city_a, city_b = c.city_code[compared.ia], c.city_code[compared.ib]
    other_town = (city_a != city_b) & (city_a != 0) & (city_b != 0)
    elsewhere = (lv[:, _F["city"]] == 0) | ((lv[:, _F["postcode"]] == 0) & other_town)
    shared = np.zeros(len(lv), dtype=bool)
    for name, level in _SHARED_FROM.items():
        agree = lv[:, _F[name]] >= level
        if name == "address":
            # "3 rue de la Gare" in La Rochelle and in Montreuil are two addresses.
            agree &= ~elsewhere
        shared |= agree
    conflicts = np.zeros(len(lv), dtype=np.int8)
    for name in _CONFLICTING:
        conflicts += lv[:, _F[name]] == 0
    out: np.ndarray = ~shared & (conflicts >= CONFLICTS)
    return out


def cap_namesakes(scores: np.ndarray, namesake: np.ndarray) -> np.ndarray:
    """Scores with the namesakes' capped at :data:`NAMESAKE_CAP`."""
    out: np.ndarray = np.where(namesake, np.minimum(scores, NAMESAKE_CAP), scores)
    return out

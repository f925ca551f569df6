"""A company's switchboard on every colleague's card makes no duplicates in the "fields"
scan nor in the merge dialog's explanation of one pair (``get_pair``), on SQLite and
PostgreSQL: before, "Marie Martin" and "Marie Morin" reached 85 ("same phone")."""

from __future__ import annotations

from desktop_crm.domain.matching import How, default_settings
from desktop_crm.services.duplicates.scan import get_pair, scan
from desktop_crm.storage.uow import Database
from tests.integration.test_duplicates_namesakes import _insert

SWITCHBOARD = "04 72 10 20 30"


def _colleague(first: str, last: str, phone: str = SWITCHBOARD) -> dict[str, str]:
    return {
        "first_name": first,
        "last_name": last,
        "company_name": "Transports Girard",
        "phone_business": phone,
        "address1": "5 rue Pasteur",
        "postcode": "69003",
        "city": "Lyon",
    }


def test_a_switchboard_makes_no_duplicates(db: Database) -> None:
    names = [("Marie", "Martin"), ("Marie", "Morin"), ("Paul", "Girard"), ("Anne", "Morel")]
    ids = _insert(db, [_colleague(f, n) for f, n in names])
    # One person twice on her own direct line: still the same phone.
    own = _insert(db, [_colleague("Hugo", "Lemoine", "04 72 10 20 42")] * 2)
    with db.uow(write=False) as uow:
        found = {(p.a, p.b) for p in scan(uow, default_settings()).pairs}
        martin = get_pair(uow, ids[0], ids[1])
        lemoine = get_pair(uow, *own)
    assert (ids[0], ids[1]) not in found
    assert tuple(own) in found
    phone = {r.field: r for r in martin.parts}["phone"]
    assert (phone.how, phone.code) == (How.SWITCHBOARD, "switchboard")
    assert martin.score < 85
    assert {r.field: r.code for r in lemoine.parts}["phone"] != "switchboard"

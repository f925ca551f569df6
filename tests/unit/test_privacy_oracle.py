"""The sending oracle's rule, table-driven: B2C/B2B × channel × consent status × flags."""

from __future__ import annotations

import pytest

from desktop_crm.domain.contacts import ContactView
from desktop_crm.services.privacy.oracle import decide

B2C = ContactView(
    id=1,
    version=1,
    last_name="Durand",
    email="marie.durand@gmail.com",
    phone_mobile="+33612345678",
    phone_home="+33145678901",
    address1="3 rue des Lilas",
    postcode="69003",
    city="Lyon",
)
B2B = ContactView(
    id=2,
    version=1,
    last_name="Petit",
    company_name="ACME SAS",
    email="l.petit@acme.fr",
    phone_business="+33478000000",
    phone_mobile="+33698765432",
    address1="1 avenue Foch",
    postcode="75016",
    city="Paris",
)
# A private address at a company's contact: the B2C e-mail rules apply.
B2B_PRIVATE_MAIL = ContactView(**{**B2B.__dict__, "id": 3, "email": "lpetit@orange.fr"})

OK, NO = True, False
CASES = [
    # contact, channel, status, suppressed, allowed, reason
    (B2C, "email", "unknown", NO, NO, "no_consent"),
    (B2C, "email", "opt_in", NO, OK, "opt_in"),
    (B2C, "email", "soft_opt_in", NO, OK, "soft_opt_in"),
    (B2C, "email", "opt_out", NO, NO, "opted_out"),
    (B2C, "email", "opt_in", OK, NO, "suppressed"),
    (B2B, "email", "unknown", NO, OK, "b2b_no_objection"),
    (B2B, "email", "opt_in", NO, OK, "opt_in"),
    (B2B, "email", "opt_out", NO, NO, "opted_out"),
    (B2B, "email", "unknown", OK, NO, "suppressed"),
    (B2B_PRIVATE_MAIL, "email", "unknown", NO, NO, "no_consent"),
    (B2C, "sms", "unknown", NO, NO, "no_consent"),
    (B2C, "sms", "opt_in", NO, OK, "opt_in"),
    (B2C, "sms", "soft_opt_in", NO, OK, "soft_opt_in"),
    (B2C, "sms", "opt_out", NO, NO, "opted_out"),
    (B2B, "sms", "unknown", NO, OK, "b2b_no_objection"),
    (B2B, "sms", "opt_out", NO, NO, "opted_out"),
    (B2B, "sms", "opt_in", OK, NO, "suppressed"),
    (B2C, "phone", "unknown", NO, OK, "no_objection"),
    (B2C, "phone", "opt_in", NO, OK, "opt_in"),
    (B2C, "phone", "opt_out", NO, NO, "opted_out"),
    (B2C, "phone", "opt_in", OK, NO, "suppressed"),
    (B2B, "phone", "unknown", NO, OK, "no_objection"),
    (B2B, "phone", "opt_out", NO, NO, "opted_out"),
    (B2C, "post", "unknown", NO, OK, "no_objection"),
    (B2C, "post", "opt_out", NO, NO, "opted_out"),
    (B2B, "post", "unknown", NO, OK, "no_objection"),
    (B2B, "post", "soft_opt_in", NO, OK, "soft_opt_in"),
    (B2B, "post", "opt_out", NO, NO, "opted_out"),
]


@pytest.mark.parametrize(("contact", "channel", "status", "suppressed", "allowed", "reason"), CASES)
def test_oracle_table(
    contact: ContactView,
    channel: str,
    status: str,
    suppressed: bool,
    allowed: bool,
    reason: str,
) -> None:
    decision = decide(contact, channel, status, suppressed)
    assert (decision.allowed, decision.reason) == (allowed, reason)
    assert decision.status == status


FLAGS = [
    ("email", {"do_not_email": True}, "do_not_email"),
    ("email", {"email_invalid": True}, "email_invalid"),
    ("email", {"email": "pas-une-adresse"}, "email_malformed"),
    ("email", {"email": None}, "no_email"),
    ("phone", {"do_not_call": True}, "do_not_call"),
    ("phone", {"phone_business": None, "phone_mobile": None, "phone_home": None}, "no_phone"),
    ("sms", {"phone_mobile": None}, "no_mobile"),
    ("post", {"do_not_mail": True}, "do_not_mail"),
    ("post", {"npai": True}, "npai"),
    ("post", {"address1": None}, "no_address"),
]


@pytest.mark.parametrize(("channel", "change", "reason"), FLAGS)
@pytest.mark.parametrize("base", [B2C, B2B])
def test_flags_refuse_even_with_opt_in(
    base: ContactView, channel: str, change: dict[str, object], reason: str
) -> None:
    contact = ContactView(**{**base.__dict__, **change})
    decision = decide(contact, channel, "opt_in")
    assert (decision.allowed, decision.reason) == (False, reason)


@pytest.mark.parametrize("channel", ["email", "phone", "sms", "post"])
def test_erased_contacts_are_never_contacted(channel: str) -> None:
    contact = ContactView(**{**B2B.__dict__, "id_status": "erased"})
    assert decide(contact, channel, "opt_in").reason == "erased"


def test_b2b_needs_a_company_and_a_work_address() -> None:
    assert decide(B2B, "email").b2b is True
    assert decide(B2C, "email").b2b is False
    assert decide(B2B_PRIVATE_MAIL, "email").b2b is False
    assert decide(B2B, "phone").b2b is True

"""The e-mail reasons the duplicate review says since e-mails are compared by their parts
before the "@" (``domain.matching_emails``): a role's address shared by colleagues, the
same name at another domain, in the window's French and English."""

from __future__ import annotations

from desktop_crm.domain.matching import How, Reason
from desktop_crm.ui.duplicates.texts import reason_label


def test_the_email_reasons_in_the_window_language(language: str) -> None:
    role = Reason(
        "email", "contact@acme.fr", "contact@acme.fr", 0, How.ROLE, code="role_address"
    )
    domain = Reason(
        "email",
        "jean.dupont@orange.fr",
        "jean.dupont@free.fr",
        90,
        How.OTHER_DOMAIN,
        code="other_domain",
    )
    expected = {
        "fr": (
            "e-mail générique (contact@, info@…), pas celui d'une personne : « contact@acme.fr »",
            "même e-mail avant l'@, sur un autre domaine : "
            "« jean.dupont@orange.fr » / « jean.dupont@free.fr »",
        ),
        "en": (
            "generic e-mail (contact@, info@…), not a person's: 'contact@acme.fr'",
            "same e-mail before the @, at another domain: "
            "'jean.dupont@orange.fr' / 'jean.dupont@free.fr'",
        ),
    }[language]
    assert (reason_label(role), reason_label(domain)) == expected

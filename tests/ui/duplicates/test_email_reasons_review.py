"""The e-mail and phone reasons the duplicate review says since e-mails are compared by
their parts before the "@" and switchboards are told from a person's line
(``domain.matching_channels``): a role's address shared by colleagues, the same name at
another domain, a switchboard, and names once a title or a birth name is set aside, in the
window's French and English."""

from __future__ import annotations

from desktop_crm.domain.matching import How, Reason
from desktop_crm.ui.duplicates.texts import reason_label


def test_the_email_reasons_in_the_window_language(language: str) -> None:
    role = Reason("email", "contact@acme.fr", "contact@acme.fr", 0, How.ROLE, code="role_address")
    domain = Reason(
        "email",
        "jean.dupont@orange.fr",
        "jean.dupont@free.fr",
        90,
        How.OTHER_DOMAIN,
        code="other_domain",
    )
    board = Reason(
        "phone", "04 72 00 00 00", "04 72 00 00 00", 0, How.SWITCHBOARD, code="switchboard"
    )
    titled = Reason(
        "name", "Sylvie Barbier", "Mme Sylvie Barbier", 100, How.NORMALISED, code="name_in_use"
    )
    expected = {
        "fr": (
            "e-mail générique (contact@, info@…), pas celui d'une personne : « contact@acme.fr »",
            "même e-mail avant l'@, sur un autre domaine : "
            "« jean.dupont@orange.fr » / « jean.dupont@free.fr »",
            "téléphone d'un standard (partagé par plusieurs contacts), pas celui d'une personne"
            " : « 04 72 00 00 00 »",
            "même nom, civilité (Mme, M.) ou nom de naissance (née…) mis à part : "
            "« Sylvie Barbier » / « Mme Sylvie Barbier »",
        ),
        "en": (
            "generic e-mail (contact@, info@…), not a person's: 'contact@acme.fr'",
            "same e-mail before the @, at another domain: "
            "'jean.dupont@orange.fr' / 'jean.dupont@free.fr'",
            "phone of a switchboard (shared by several contacts), not a person's: '04 72 00 00 00'",
            "same name once a title (Mme, M.) or a birth name (née…) is set aside: "
            "'Sylvie Barbier' / 'Mme Sylvie Barbier'",
        ),
    }[language]
    said = tuple(reason_label(r) for r in (role, domain, board, titled))
    assert said == expected

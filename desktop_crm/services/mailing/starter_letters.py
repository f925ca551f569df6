"""Three French letter templates every new database starts with.

Written for Desktop CRM (a small sales team writing to its contacts): after a trade show,
a prospecting letter, a contract renewal. The letter adds the date, the address in the
envelope window, the salutation ("Madame Dupont,"), the closing and the signature itself, so
the bodies hold only the text, and use no field that may be empty (no "au  ou à ." when the
sender's phone is not filled in). They are seeded once per database: a template the user
renamed or deleted does not come back when the database is opened again.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from desktop_crm.printing.letters import DEFAULT_CLOSING, LetterSettings
from desktop_crm.services.mailing.settings import TemplateView, save_template
from desktop_crm.storage.models import AppSetting, DocumentTemplate
from desktop_crm.storage.uow import UnitOfWork

SEEDED_KEY = "mailing.starter_letters_seeded"


@dataclass(frozen=True)
class StarterLetter:
    name: str
    subject: str
    paragraphs: tuple[str, ...]
    ps: str = ""

    def body_html(self) -> str:
        return "".join(f"<p>{text}</p>" for text in self.paragraphs)


STARTER_LETTERS: tuple[StarterLetter, ...] = (
    StarterLetter(
        "Suite à notre rencontre sur un salon",
        "Suite à notre échange sur le salon",
        (
            "Merci d'être venu nous rencontrer sur notre stand. Ce fut un plaisir "
            "d'échanger avec vous sur vos projets et sur la façon dont nous pourrions "
            "y contribuer.",
            "Comme convenu, vous trouverez ci-joint notre documentation ainsi que les "
            "conditions réservées aux visiteurs du salon, valables jusqu'à la fin du mois.",
            "Je me permettrai de vous appeler dans les prochains jours pour convenir d'un "
            "rendez-vous, à votre convenance, dans vos locaux ou par visioconférence.",
            "D'ici là, je reste à votre disposition pour toute question.",
        ),
    ),
    StarterLetter(
        "Lettre de prospection",
        "Présentation de nos services",
        (
            "Nous accompagnons depuis plusieurs années des entreprises de votre secteur "
            "et je souhaitais vous présenter brièvement ce que nous pourrions vous apporter.",
            "Nos clients nous confient principalement trois attentes : gagner du temps "
            "au quotidien, maîtriser leurs coûts et disposer d'un interlocuteur unique, "
            "joignable et réactif.",
            "Je serais heureux de vous rencontrer une vingtaine de minutes pour mieux "
            "comprendre vos besoins et voir ensemble si une collaboration a du sens.",
            "Je vous contacterai prochainement par téléphone pour en convenir.",
        ),
        ps="Une documentation détaillée vous sera envoyée sur simple demande.",
    ),
    StarterLetter(
        "Renouvellement de contrat",
        "Renouvellement de votre contrat",
        (
            "Votre contrat arrive prochainement à son terme et je tenais à vous remercier "
            "de la confiance que vous nous accordez.",
            "Afin d'assurer la continuité de nos services, nous vous proposons de le "
            "renouveler dans les mêmes conditions. Si vos besoins ont évolué, c'est "
            "aussi l'occasion d'ajuster ensemble le contenu de notre accompagnement.",
            "Je vous propose d'en parler lors d'un court entretien : il vous suffit de "
            "répondre à ce courrier ou de m'appeler pour fixer le moment qui vous convient.",
        ),
    ),
)


def seed_starter_letters(uow: UnitOfWork) -> int:
    """Add the starter letters the first time a database is set up; returns how many.

    A marker in ``app_setting`` remembers that it was done (re-opening adds nothing, a
    deleted template stays deleted); a template of the same name is never replaced.
    """
    session = uow.session
    if session.get(AppSetting, SEEDED_KEY) is not None:
        return 0
    existing = set(
        session.scalars(select(DocumentTemplate.name).where(DocumentTemplate.kind == "letter"))
    )
    added = 0
    for letter in STARTER_LETTERS:
        if letter.name in existing:
            continue
        settings = LetterSettings(subject=letter.subject, closing=DEFAULT_CLOSING, ps=letter.ps)
        save_template(
            uow,
            TemplateView(
                None,
                "letter",
                letter.name,
                body_html=letter.body_html(),
                settings=settings.to_dict(),
            ),
        )
        added += 1
    session.add(AppSetting(key=SEEDED_KEY, value="1"))
    session.flush()
    return added

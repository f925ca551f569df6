"""Ready-made series shipped with every new database (the chains of the domain documents)."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_crm.domain.constants import ActivityType, Priority
from desktop_crm.domain.series import StepTemplate


@dataclass(frozen=True)
class ReadySeries:
    """A series template and its optional automatic trigger."""

    name: str
    description: str
    steps: tuple[StepTemplate, ...]
    shift_on_late: bool = False
    trigger_kind: str | None = None
    trigger_field: str | None = None
    trigger_days_before: int | None = None


_CALL, _EMAIL, _LETTER = ActivityType.CALL, ActivityType.EMAIL, ActivityType.LETTER
_HIGH, _MEDIUM_HIGH, _MEDIUM = Priority.HIGH, Priority.MEDIUM_HIGH, Priority.MEDIUM

LOYALTY_CHAIN = ReadySeries(
    name="Fidélisation après achat",
    description="Chaîne de fidélisation après un achat : remerciement, facture et offre, "
    "service complémentaire, relance téléphonique, newsletter, puis offres "
    "haut de gamme, produit complémentaire et renouvellement. Démarre quand une "
    "opportunité est gagnée.",
    steps=(
        StepTemplate(0, _EMAIL, "E-mail de remerciement", _MEDIUM_HIGH, 10),
        StepTemplate(
            1, _LETTER, "Courrier avec la facture et une offre promotionnelle", _MEDIUM_HIGH, 15
        ),
        StepTemplate(7, _EMAIL, "E-mail service complémentaire (offre limitée)", _MEDIUM, 10),
        StepTemplate(15, _CALL, "Relance téléphonique de satisfaction", _HIGH, 15),
        StepTemplate(30, _EMAIL, "Envoi de la newsletter", _MEDIUM, 5),
        StepTemplate(90, _LETTER, "Offre haut de gamme par courrier", _MEDIUM, 15),
        StepTemplate(120, _CALL, "Produit complémentaire par téléphone", _MEDIUM_HIGH, 15),
        StepTemplate(330, _EMAIL, "Proposition de renouvellement", _HIGH, 10),
    ),
    shift_on_late=True,
    trigger_kind="opportunity_won",
)

MAILING_FOLLOW_UP = ReadySeries(
    name="Relance J+7 après mailing",
    description="Relance téléphonique sept jours après l'envoi d'un mailing (date d'envoi = "
    "date d'ancrage).",
    steps=(StepTemplate(7, _CALL, "Relance téléphonique suite au mailing", _HIGH, 10),),
)

CONTRACT_RENEWAL = ReadySeries(
    name="Renouvellement de contrat",
    description="Courrier de renouvellement un mois avant la fin du contrat, puis appel. "
    "Démarre 45 jours avant la date de fin de contrat du contact.",
    steps=(
        StepTemplate(-30, _LETTER, "Courrier de renouvellement du contrat", _HIGH, 15),
        StepTemplate(-15, _CALL, "Appel de suivi du renouvellement", _HIGH, 15),
    ),
    trigger_kind="date_field",
    trigger_field="contract_end",
    trigger_days_before=45,
)

READY_SERIES: tuple[ReadySeries, ...] = (LOYALTY_CHAIN, MAILING_FOLLOW_UP, CONTRACT_RENEWAL)

"""French for the acceptance fixes where issues 14, 15 and 16 meet."""

from __future__ import annotations

_HOME_EN = "Your role does not see amounts: the pipeline is not shown."
_HOME_FR = "Votre rôle ne voit pas les montants : le pipeline n'est pas affiché."
_RETENTION_EN = (
    "Prospects (status empty, Suspect or Prospect, never bought) with no inbound "
    "contact — collection, call reached or received, meeting held, click in an "
    "e-mail, answer to a campaign — for the period below. The CNIL advises deleting them "
    "after 3 years. Clients and former clients are never listed here."
)
_RETENTION_FR = (
    "Prospects (statut vide, Suspect ou Prospect, sans aucun achat) sans contact entrant — "
    "collecte, appel joint ou reçu, rendez-vous tenu, clic dans un e-mail, réponse à une "
    "campagne — depuis la durée ci-dessous. La CNIL recommande de les supprimer après 3 ans. "
    "Les clients et anciens clients n'apparaissent jamais ici."
)

FR = {_HOME_EN: _HOME_FR, _RETENTION_EN: _RETENTION_FR}
FR_BY_CONTEXT = {
    ("HomeView", _HOME_EN): _HOME_FR,
    ("Privacy", _RETENTION_EN): _RETENTION_FR,
}

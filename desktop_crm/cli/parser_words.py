"""argparse's own words ("usage:", "error:", "the following arguments are required…") and the
list of commands in the command line's language (``cli/labels.py``: French under a French
locale).

argparse looks its messages up with ``gettext`` each time it says one (through the names
``_`` and ``ngettext`` of its module): :func:`install_parser_language` points them at the
small French table below, or back at ``gettext`` for English, before the parser is built.
"""

from __future__ import annotations

import argparse
import gettext
from typing import Any

# argparse's messages (Python 3.11-3.13) -> French.
ARGPARSE_FR: dict[str, str] = {
    "usage: ": "utilisation : ",
    "%(prog)s: error: %(message)s\n": "%(prog)s : erreur : %(message)s\n",
    "positional arguments": "arguments positionnels",
    "options": "options",
    "optional arguments": "options",
    "show this help message and exit": "afficher cette aide et quitter",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s : %(message)s",
    "the following arguments are required: %s": "arguments obligatoires manquants : %s",
    "unrecognized arguments: %s": "arguments non reconnus : %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "choix invalide : %(value)r (choisissez parmi %(choices)s)"
    ),
    "invalid %(type)s value: %(value)r": "valeur invalide (%(type)s attendu) : %(value)r",
    "expected one argument": "une valeur attendue",
    "expected at most one argument": "une valeur au plus attendue",
    "expected at least one argument": "au moins une valeur attendue",
    "not allowed with argument %s": "interdit avec l'argument %s",
    "ignored explicit argument %r": "valeur %r ignorée",
    "one of the arguments %s is required": "l'un des arguments %s est obligatoire",
    "ambiguous option: %(option)s could match %(matches)s": (
        "option ambiguë : %(option)s peut désigner %(matches)s"
    ),
    "unexpected option string: %s": "option inattendue : %s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "commande inconnue %(parser_name)r (choix : %(choices)s)"
    ),
    "can't open '%(filename)s': %(error)s": "impossible d'ouvrir « %(filename)s » : %(error)s",
}
ARGPARSE_PLURALS_FR: dict[str, tuple[str, str]] = {
    "expected %s argument": ("%s valeur attendue", "%s valeurs attendues"),
}

# The top-level commands' one-line help, by command name.
COMMANDS_FR: dict[str, str] = {
    "analyse": "analyses de ciblage : ABC (20/80), quartiles, quadrants de rentabilité, P-R, "
    "élasticité, maturité, RFM, clients inactifs",
    "sales": "historique des ventes : import, annulation, lots",
    "calendar": "export de l'agenda (iCalendar .ics)",
    "campaigns": "campagnes : liste, détail, création, retour sur investissement",
    "referrals": "qui a recommandé qui : filleuls, clients et chiffre d'affaires par parrain",
    "init": "créer une base (ou en ouvrir une) et la mettre à jour",
    "db": "maintenance de la base (mise à jour, vérification, récupération)",
    "demo": "remplir une base avec des données de démonstration françaises",
    "backup": "faire une copie cohérente d'une base SQLite en service",
    "restore": "remplacer le contenu de la base par une sauvegarde (le contenu actuel est "
    "d'abord mis de côté)",
    "duplicates": "lister les doublons probables de contacts (ou de sociétés) avec leur "
    "score et leurs raisons",
    "not-duplicate": "retenir que deux fiches ne sont pas des doublons",
    "merge": "fusionner des fiches dans la première (les lignes liées suivent ; annulable)",
    "unmerge": "annuler exactement une fusion",
    "merges": "lister les fusions (les plus récentes d'abord)",
    "demo-duplicates": "ajouter des copies ressemblantes de quelques contacts et sociétés "
    "(pour essayer l'assistant des doublons sur la démo)",
    "email": "envoyer un modèle d'e-mail fusionné à une recherche, une sélection ou un "
    "groupe (règles de consentement appliquées), ou enregistrer des brouillons .eml",
    "email-bounced": "marquer les adresses revenues en erreur : leurs contacts passent en "
    "« e-mail invalide »",
    "export": "exporter des contacts (tous, ou une recherche) en XLSX, CSV ou vCard",
    "fields": "champs personnalisés des contacts et des sociétés",
    "groups": "groupes de contacts : statiques et dynamiques",
    "import": "importer des contacts d'un fichier CSV/TXT, XLSX ou vCard (vérifiés, "
    "doublons repérés, en une seule transaction)",
    "import-undo": "annuler un import : contacts créés supprimés, contacts mis à jour restaurés",
    "import-list": "lister les derniers imports",
    "opportunities": "opportunités : liste, analyse gagnées/perdues",
    "pipeline": "l'entonnoir : opportunités ouvertes par étape d'un processus",
    "forecast": "opportunités ouvertes par mois de clôture prévue",
    "labels": "imprimer des étiquettes d'adresse (PDF) pour une recherche, une sélection ou "
    "un groupe",
    "envelopes": "imprimer des enveloppes (PDF, paysage) avec l'expéditeur et l'adresse",
    "letters": "imprimer des lettres fusionnées (PDF) à partir d'un modèle enregistré",
    "sheets": "lister les planches d'étiquettes et les formats d'enveloppe connus",
    "privacy": "RGPD : export des données d'une personne, effacement, conservation, "
    "registre des traitements",
    "report": "écrire un rapport (liste de contacts, activité par utilisateur, pipeline…) en "
    "PDF ou XLSX ; --list montre les rapports.",
    "series": "séries d'activités (chaînes de fidélisation, J+7…)",
    "tasks": "lister les activités (appels, rendez-vous, tâches…) de la liste des tâches",
    "users": "l'équipe : utilisateurs, rôles et comptes de connexion à la base",
    "team": "partager une base PostgreSQL avec l'équipe",
    "whoami": "qui vous êtes sur cette base, et votre rôle",
    "audit": "qui a créé, modifié et supprimé quoi",
    "reassign": "donner les fiches d'un utilisateur à un autre",
}


def _french(message: str) -> str:
    return ARGPARSE_FR.get(message, message)


def _french_plural(singular: str, plural: str, n: int) -> str:
    forms = ARGPARSE_PLURALS_FR.get(singular)
    if forms is None:
        return singular if n == 1 else plural
    return forms[0] if n <= 1 else forms[1]  # French: 0 and 1 are singular


def install_parser_language(language: str) -> None:
    """argparse speaks ``language`` ("fr" or "en") from now on in this process."""
    french = language == "fr"
    setattr(argparse, "_", _french if french else gettext.gettext)  # noqa: B010
    setattr(argparse, "ngettext", _french_plural if french else gettext.ngettext)  # noqa: B010


class CommandsAction(argparse._SubParsersAction):  # type: ignore[type-arg]
    """The top-level subcommands, whose one-line help follows the command line's language."""

    def add_parser(self, name: str, **kwargs: Any) -> Any:
        from desktop_crm.cli.labels import cli_language

        if cli_language() == "fr" and name in COMMANDS_FR:
            english = kwargs.get("help")
            kwargs["help"] = COMMANDS_FR[name]
            if kwargs.get("description") in (None, english):
                kwargs["description"] = COMMANDS_FR[name]
        return super().add_parser(name, **kwargs)

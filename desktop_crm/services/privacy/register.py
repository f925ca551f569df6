"""The processing register entry (RGPD art. 30) for the company's file: what the app stores,
why, on which legal basis, for how long and for whom; printable as a PDF page."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from desktop_crm.domain.clock import SystemClock
from desktop_crm.domain.files import writing_file
from desktop_crm.domain.reports import pick
from desktop_crm.printing.privacy_pdf import Block, Paper, Section, write_paper
from desktop_crm.services.privacy.retention import retention_months
from desktop_crm.storage.models import Company, Contact, ErasureRecord, Suppression
from desktop_crm.storage.uow import UnitOfWork


@dataclass(frozen=True)
class RegisterFigures:
    contacts: int
    companies: int
    suppressed: int
    erasures: int
    retention_months: int


def register_figures(uow: UnitOfWork) -> RegisterFigures:
    def count(model: type) -> int:
        return int(uow.session.scalar(select(func.count()).select_from(model)) or 0)

    return RegisterFigures(
        count(Contact),
        count(Company),
        count(Suppression),
        count(ErasureRecord),
        retention_months(uow),
    )


def register_paper(figures: RegisterFigures, language: str = "en") -> Paper:
    """The register entry as a document in ``language`` ("fr" or "en")."""

    def t(en: str, fr: str) -> str:
        return pick(language, en, fr)

    months = figures.retention_months
    entries = (
        Block(
            t("Controller", "Responsable du traitement"),
            (
                (
                    t("Company", "Société"),
                    t(
                        "(to complete: name, address, SIREN)",
                        "(à compléter : raison sociale, adresse, SIREN)",
                    ),
                ),
                (
                    t("Contact for data requests", "Contact pour les demandes"),
                    t("(to complete: name, e-mail)", "(à compléter : nom, e-mail)"),
                ),
                (
                    t("Data protection officer", "Délégué à la protection des données"),
                    t("(if any)", "(le cas échéant)"),
                ),
            ),
        ),
        Block(
            t("Purposes", "Finalités"),
            (
                (
                    "1",
                    t(
                        "Management of customers and prospects: contact details, history of "
                        "calls, meetings, letters and e-mails, notes, follow-ups.",
                        "Gestion des clients et des prospects : coordonnées, historique des "
                        "appels, rendez-vous, courriers et e-mails, notes, relances.",
                    ),
                ),
                (
                    "2",
                    t(
                        "Commercial prospecting by post, e-mail, SMS and phone; campaigns and "
                        "their results.",
                        "Prospection commerciale par courrier, e-mail, SMS et téléphone ; "
                        "campagnes et leurs résultats.",
                    ),
                ),
                (
                    "3",
                    t(
                        "Sales follow-up: opportunities, quotes, purchase history and "
                        "analyses (RFM, ABC).",
                        "Suivi commercial : opportunités, devis, historique d'achats et "
                        "analyses (RFM, ABC).",
                    ),
                ),
            ),
        ),
        Block(
            t("Legal bases", "Bases légales"),
            (
                (
                    t("Customers", "Clients"),
                    t(
                        "Contract and legitimate interest (art. 6.1 b, f).",
                        "Contrat et intérêt légitime (art. 6.1 b, f).",
                    ),
                ),
                (
                    t("B2B prospects", "Prospects professionnels"),
                    t(
                        "Legitimate interest; the person is informed and may object at any time.",
                        "Intérêt légitime ; la personne est informée et peut s'y opposer à "
                        "tout moment.",
                    ),
                ),
                (
                    t("Consumers by e-mail/SMS", "Particuliers par e-mail/SMS"),
                    t(
                        "Prior consent (CPCE L.34-5), kept with its date, source and proof.",
                        "Consentement préalable (CPCE L.34-5), conservé avec sa date, sa source et "
                        "sa preuve.",
                    ),
                ),
                (
                    t("Accounting records", "Pièces comptables"),
                    t("Legal obligation (art. 6.1 c).", "Obligation légale (art. 6.1 c)."),
                ),
            ),
        ),
        Block(
            t("People and data concerned", "Personnes et données concernées"),
            (
                (
                    t("People", "Personnes"),
                    t(
                        "Customers, prospects, contacts at companies, partners and suppliers.",
                        "Clients, prospects, interlocuteurs des "
                        "entreprises, partenaires et fournisseurs.",
                    ),
                ),
                (
                    t("Data", "Données"),
                    t(
                        "Identity, job, professional and personal contact details, addresses; "
                        "commercial relationship (history, notes, activities, opportunities, "
                        "purchases); consent and objections per channel; import and merge logs.",
                        "Identité, fonction, coordonnées professionnelles et personnelles, "
                        "adresses ; relation commerciale (historique, notes, activités, "
                        "opportunités, achats) ; consentements et oppositions par canal ; journaux "
                        "d'import et de fusion.",
                    ),
                ),
                (
                    t("Sensitive data", "Données sensibles"),
                    t(
                        "None: do not record any in notes.",
                        "Aucune : n'en saisissez pas dans les notes.",
                    ),
                ),
            ),
        ),
        Block(
            t("Retention periods", "Durées de conservation"),
            (
                (
                    t("Prospects", "Prospects"),
                    t(
                        f"{months} months from collection or the last inbound contact (setting), "
                        "then erased (Privacy › Data retention).",
                        f"{months} mois après la collecte ou le dernier contact entrant "
                        "(réglage), puis effacement (Confidentialité › Conservation des données).",
                    ),
                ),
                (
                    t("Customers", "Clients"),
                    t(
                        "3 years after the end of the business relationship.",
                        "3 ans après la fin de la relation commerciale.",
                    ),
                ),
                (
                    t("Invoices and accounting", "Factures et comptabilité"),
                    t("10 years, in intermediate archive.", "10 ans, en archive intermédiaire."),
                ),
                (
                    t("Suppression list", "Liste d'opposition"),
                    t(
                        "Salted hashes only, kept as long as the objection must be honoured.",
                        "Empreintes salées uniquement, conservées tant que l'opposition doit être "
                        "respectée.",
                    ),
                ),
                (
                    t("Backups", "Sauvegardes"),
                    t(
                        "Until they are replaced; a backup older than an erasure still holds the "
                        "person's data.",
                        "Jusqu'à leur remplacement ; une sauvegarde antérieure à un effacement "
                        "contient encore les données de la personne.",
                    ),
                ),
            ),
        ),
        Block(
            t("Recipients", "Destinataires"),
            (
                (
                    t("Internal", "Internes"),
                    t(
                        "The sales team using this database.",
                        "L'équipe commerciale qui utilise cette base.",
                    ),
                ),
                (
                    t("Processors", "Sous-traitants"),
                    t(
                        "(to complete: e-mail sending service, server host, backup service)",
                        "(à compléter : service d'envoi d'e-mails, hébergeur, sauvegarde)",
                    ),
                ),
                (
                    t("Outside the EU", "Hors UE"),
                    t(
                        "None by the application itself.",
                        "Aucun transfert par l'application elle-même.",
                    ),
                ),
            ),
        ),
        Block(
            t("Rights of the people", "Droits des personnes"),
            (
                (
                    t("Access, portability", "Accès, portabilité"),
                    t(
                        "Privacy › Export this contact's data (JSON and PDF).",
                        "Confidentialité › Exporter les données de ce contact (JSON et PDF).",
                    ),
                ),
                (
                    t("Erasure", "Effacement"),
                    t(
                        "Privacy › Erase this contact (no undo; an anonymous record is kept).",
                        "Confidentialité › Effacer ce contact (irréversible ; une trace "
                        "anonyme est conservée).",
                    ),
                ),
                (
                    t("Objection", "Opposition"),
                    t(
                        "Consent per channel; objections go on the suppression list.",
                        "Consentement par canal ; les oppositions vont sur la liste d'opposition.",
                    ),
                ),
                (
                    t("Time limit", "Délai"),
                    t(
                        "One month from the request (art. 12.3).",
                        "Un mois à compter de la demande (art. 12.3).",
                    ),
                ),
            ),
        ),
        Block(
            t("Security", "Sécurité"),
            (
                (
                    "",
                    t(
                        "Database on the office computer (SQLite) or a PostgreSQL server "
                        "(TLS); backups before every upgrade; per-user accounts on the server.",
                        "Base sur le poste (SQLite) ou sur un serveur PostgreSQL (TLS) ; "
                        "sauvegarde avant chaque mise à jour ; comptes individuels sur le "
                        "serveur.",
                    ),
                ),
            ),
        ),
        Block(
            t("Figures today", "Chiffres à ce jour"),
            (
                (t("Contacts", "Contacts"), str(figures.contacts)),
                (t("Companies", "Sociétés"), str(figures.companies)),
                (
                    t("Addresses on the suppression list", "Adresses sur la liste d'opposition"),
                    str(figures.suppressed),
                ),
                (t("Erasures recorded", "Effacements enregistrés"), str(figures.erasures)),
            ),
        ),
    )
    today = SystemClock().now().date()  # the business day (Paris), not the UTC one
    return Paper(
        title=t("Record of processing activities", "Registre des traitements"),
        subtitle=t(
            f"Customer and prospect management · Desktop CRM · {today.isoformat()}",
            f"Gestion des clients et des prospects · Desktop CRM · {today:%d/%m/%Y}",
        ),
        sections=(Section(t("Processing entry", "Fiche de traitement"), blocks=entries),),
        footer=t(
            "Complete the parts in brackets and keep this page in the company's GDPR file.",
            "Complétez les parties entre parenthèses et conservez cette page dans le dossier "
            "RGPD de l'entreprise.",
        ),
    )


def write_register(uow: UnitOfWork, path: str | Path, language: str = "en") -> str:
    """Write the register page to ``path`` (PDF), whole or not at all."""
    from desktop_crm.services.privacy.export import temporary_beside

    target = Path(path)
    paper = register_paper(register_figures(uow), language)
    with writing_file(target):
        if target.is_dir():
            raise IsADirectoryError(21, "Is a directory", str(target))
        temporary = temporary_beside(target)
    try:
        with writing_file(target, temporary):
            write_paper(paper, temporary)
            os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)
    return str(target)

"""Contact reports: the contact list of a population, and one contact's card with history."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from desktop_crm.domain.errors import NotFoundError
from desktop_crm.domain.phones import format_phone
from desktop_crm.domain.progress import TaskControl
from desktop_crm.domain.reports import Column, Figure, ReportDocument, ReportParams, Table, pick
from desktop_crm.services.reports.labels import activity_label, history_label, person, status_label
from desktop_crm.services.reports.population import ReportInputError, population, wall
from desktop_crm.services.users.amounts import readable
from desktop_crm.storage.models import Activity, Contact, History, Opportunity, SalesStage, User
from desktop_crm.storage.uow import UnitOfWork


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def contact_list(
    uow: UnitOfWork, params: ReportParams, control: TaskControl | None = None
) -> ReportDocument:
    """Name, company, phones, e-mail, city and status of every contact of the population."""
    lang = params.language
    pop = population(uow, params)
    query = (
        select(
            Contact.last_name,
            Contact.first_name,
            Contact.company_name,
            Contact.phone_business,
            Contact.phone_mobile,
            Contact.email,
            Contact.postcode,
            Contact.city,
            Contact.status,
            Contact.last_reach,
        )
        .where(pop.condition(Contact.id))
        .order_by(Contact.last_name_key, Contact.first_name_key, Contact.id)
    )
    rows = []
    for i, r in enumerate(uow.session.execute(query.execution_options(yield_per=5000))):
        if control is not None and i % 5000 == 0:
            control.check()
        rows.append(
            (
                person(r.last_name, r.first_name),
                r.company_name or "",
                format_phone(r.phone_business),
                format_phone(r.phone_mobile),
                r.email or "",
                " ".join(p for p in (r.postcode or "", r.city or "") if p),
                r.status or "",
                r.last_reach.date() if r.last_reach else None,
            )
        )
    columns = (
        Column("name", pick(lang, "Name", "Nom"), width=1.6),
        Column("company", pick(lang, "Company", "Société"), width=1.6),
        Column("phone", pick(lang, "Phone", "Téléphone"), width=1.1),
        Column("mobile", pick(lang, "Mobile", "Portable"), width=1.1),
        Column("email", pick(lang, "E-mail", "E-mail"), width=1.8),
        Column("city", pick(lang, "City", "Ville"), width=1.3),
        Column("status", pick(lang, "Status", "Statut"), width=0.8),
        Column("last_reach", pick(lang, "Last reach", "Dernier contact"), "date", 0.9),
    )
    return ReportDocument(
        name="contacts",
        title=pick(lang, "Contact list", "Liste des contacts"),
        population=pop.text,
        generated_at=_now(),
        figures=(Figure(pick(lang, "Contacts", "Contacts"), len(rows), "int"),),
        tables=(Table(None, columns, tuple(rows)),),
    )


_CARD_FIELDS = (
    ("civility", "Civility", "Civilité"),
    ("job_title", "Job title", "Fonction"),
    ("company_name", "Company", "Société"),
    ("phone_business", "Phone", "Téléphone"),
    ("phone_mobile", "Mobile", "Portable"),
    ("email", "E-mail", "E-mail"),
    ("address1", "Address", "Adresse"),
    ("address2", "Address (2)", "Adresse (2)"),
    ("postcode", "Postcode", "Code postal"),
    ("city", "City", "Ville"),
    ("country", "Country", "Pays"),
    ("status", "Status", "Statut"),
    ("industry", "Industry", "Secteur"),
    ("referred_by", "Referred by", "Recommandé par"),
)


def contact_detail(
    uow: UnitOfWork, params: ReportParams, control: TaskControl | None = None
) -> ReportDocument:
    """One contact's card, open activities, opportunities and whole history."""
    lang = params.language
    if params.contact_id is None:
        raise ReportInputError(
            pick(
                lang,
                "This report is about one contact: give its number (--contact ID).",
                "Ce rapport porte sur un contact : indiquez son numéro (--contact ID).",
            )
        )
    contact = uow.session.get(Contact, params.contact_id)
    if contact is None:
        raise NotFoundError(f"There is no contact number {params.contact_id}.")
    name = person(contact.last_name, contact.first_name) or f"#{contact.id}"
    card_rows = []
    for key, en, fr in _CARD_FIELDS:
        value = getattr(contact, key)
        if key.startswith("phone"):
            value = format_phone(value)
        if value:
            card_rows.append((pick(lang, en, fr), str(value)))
    card = Table(
        pick(lang, "Card", "Fiche"),
        (
            Column("field", pick(lang, "Field", "Champ"), width=1.0),
            Column("value", pick(lang, "Value", "Valeur"), width=3.0),
        ),
        tuple(card_rows),
    )
    users = {uid: n for uid, n in uow.session.execute(select(User.id, User.display_name))}
    activities = uow.session.execute(
        select(Activity.start_at, Activity.type, Activity.regarding, Activity.scheduled_for_id)
        .where(Activity.contact_id == contact.id, Activity.cleared.is_(False))
        .order_by(Activity.start_at)
    ).all()
    activity_table = Table(
        pick(lang, "Open activities", "Activités à faire"),
        (
            Column("when", pick(lang, "When", "Quand"), "datetime", 1.35),
            Column("type", pick(lang, "Type", "Type"), width=0.8),
            Column("regarding", pick(lang, "Regarding", "Objet"), width=2.5),
            Column("user", pick(lang, "For", "Pour"), width=1.0),
        ),
        tuple(
            (
                a.start_at,
                activity_label(a.type, lang),
                a.regarding or "",
                users.get(a.scheduled_for_id or 0, ""),
            )
            for a in activities
        ),
    )
    # A role that may not see amounts (Restricted) gets the column empty, not a refusal.
    amount = readable(uow, Opportunity.amount)
    opportunities = uow.session.execute(
        select(
            Opportunity.name,
            SalesStage.name,
            Opportunity.status,
            amount,
            Opportunity.expected_close,
        )
        .outerjoin(SalesStage, SalesStage.id == Opportunity.stage_id)
        .where(Opportunity.contact_id == contact.id)
        .order_by(Opportunity.expected_close, Opportunity.id)
    ).all()
    opportunity_table = Table(
        pick(lang, "Opportunities", "Opportunités"),
        (
            Column("name", pick(lang, "Opportunity", "Opportunité"), width=2.0),
            Column("stage", pick(lang, "Stage", "Étape"), width=1.2),
            Column("status", pick(lang, "Status", "Statut"), width=0.8),
            Column("amount", pick(lang, "Amount", "Montant"), "money", 1.0),
            Column("close", pick(lang, "Expected close", "Clôture prévue"), "date", 1.0),
        ),
        tuple((o[0], o[1] or "", status_label(o[2], lang), o[3], o[4]) for o in opportunities),
    )
    history = uow.session.execute(
        select(
            History.occurred_at, History.type, History.user_id, History.regarding, History.result
        )
        .where(History.contact_id == contact.id)
        .order_by(History.occurred_at.desc(), History.id.desc())
    ).all()
    history_table = Table(
        pick(lang, "History", "Historique"),
        (
            Column("when", pick(lang, "Date", "Date"), "datetime", 1.35),
            Column("type", pick(lang, "Type", "Type"), width=1.1),
            Column("user", pick(lang, "User", "Utilisateur"), width=1.0),
            Column("regarding", pick(lang, "Regarding", "Objet"), width=2.4),
            Column("result", pick(lang, "Result", "Résultat"), width=1.0),
        ),
        tuple(
            (
                wall(h.occurred_at),
                history_label(h.type, lang),
                users.get(h.user_id or 0, ""),
                h.regarding or "",
                h.result or "",
            )
            for h in history
        ),
    )
    opp_count = uow.session.scalar(
        select(func.count()).select_from(Opportunity).where(Opportunity.contact_id == contact.id)
    )
    return ReportDocument(
        name="contact-detail",
        title=pick(lang, f"Contact: {name}", f"Contact : {name}"),
        population=name,
        generated_at=_now(),
        figures=(
            Figure(pick(lang, "History entries", "Entrées d'historique"), len(history), "int"),
            Figure(pick(lang, "Open activities", "Activités à faire"), len(activities), "int"),
            Figure(pick(lang, "Opportunities", "Opportunités"), int(opp_count or 0), "int"),
        ),
        tables=(card, activity_table, opportunity_table, history_table),
    )

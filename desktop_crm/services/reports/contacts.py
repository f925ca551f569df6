"""Contact reports: the contact list of a population, and one contact's card with history."""

from __future__ import annotations

from sqlalchemy import func, select

from desktop_crm.domain.errors import NotFoundError
from desktop_crm.domain.phones import format_phone
from desktop_crm.domain.progress import TaskControl
from desktop_crm.domain.reports import Figure, ReportDocument, ReportParams, pick
from desktop_crm.domain.wording import REPORT, say
from desktop_crm.services.reports.history_words import history_result, history_subject
from desktop_crm.services.reports.labels import activity_label, history_label, person, status_label
from desktop_crm.services.reports.population import ReportInputError, population, wall
from desktop_crm.services.reports.tables import ColumnSpec, common, report_time, table
from desktop_crm.services.users.amounts import readable
from desktop_crm.storage.models import Activity, Contact, History, Opportunity, SalesStage, User
from desktop_crm.storage.uow import UnitOfWork


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
    columns: tuple[ColumnSpec, ...] = (
        ("name", "Name", "Nom", "text", 1.6),
        common("company", 1.6),
        ("phone", "Phone", "Téléphone", "text", 1.1),
        ("mobile", "Mobile", "Portable", "text", 1.1),
        ("email", "E-mail", "E-mail", "text", 1.8),
        ("city", "City", "Ville", "text", 1.3),
        ("status", "Status", "Statut", "text", 0.8),
        ("last_reach", "Last reach", "Dernier contact", "date", 0.9),
    )
    return ReportDocument(
        name="contacts",
        title=pick(lang, "Contact list", "Liste des contacts"),
        population=pop.text,
        generated_at=report_time(),
        figures=(Figure(pick(lang, "Contacts", "Contacts"), len(rows), "int"),),
        tables=(table(lang, None, columns, rows),),
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
        raise NotFoundError(
            say(REPORT, "There is no contact number {contact_id}.").format(
                contact_id=params.contact_id
            )
        )
    name = person(contact.last_name, contact.first_name) or f"#{contact.id}"
    card_rows = []
    for key, en, fr in _CARD_FIELDS:
        value = getattr(contact, key)
        if key.startswith("phone"):
            value = format_phone(value)
        if value:
            card_rows.append((pick(lang, en, fr), str(value)))
    card = table(
        lang,
        ("Card", "Fiche"),
        (("field", "Field", "Champ", "text", 1.0), ("value", "Value", "Valeur", "text", 3.0)),
        card_rows,
    )
    users = {uid: n for uid, n in uow.session.execute(select(User.id, User.display_name))}
    activities = uow.session.execute(
        select(Activity.start_at, Activity.type, Activity.regarding, Activity.scheduled_for_id)
        .where(Activity.contact_id == contact.id, Activity.cleared.is_(False))
        .order_by(Activity.start_at)
    ).all()
    activity_table = table(
        lang,
        ("Open activities", "Activités à faire"),
        (common("when", 1.35), common("type", 0.8), common("regarding", 2.5), common("for")),
        (
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
    opportunity_table = table(
        lang,
        ("Opportunities", "Opportunités"),
        (
            ("name", "Opportunity", "Opportunité", "text", 2.0),
            ("stage", "Stage", "Étape", "text", 1.2),
            ("status", "Status", "Statut", "text", 0.8),
            ("amount", "Amount", "Montant", "money", 1.0),
            ("close", "Expected close", "Clôture prévue", "date", 1.0),
        ),
        ((o[0], o[1] or "", status_label(o[2], lang), o[3], o[4]) for o in opportunities),
    )
    history = uow.session.execute(
        select(
            History.occurred_at,
            History.type,
            History.user_id,
            History.regarding,
            History.result,
            History.field_name,
            History.old_value,
            History.new_value,
            History.opportunity_id,
        )
        .where(History.contact_id == contact.id)
        .order_by(History.occurred_at.desc(), History.id.desc())
    ).all()
    known = {key: (en, fr) for key, en, fr in _CARD_FIELDS}
    history_table = table(
        lang,
        ("History", "Historique"),
        (
            common("date", 1.35),
            common("type", 1.1),
            common("user"),
            common("regarding", 2.4),
            common("result"),
        ),
        (
            (
                wall(h.occurred_at),
                history_label(h.type, lang),
                users.get(h.user_id or 0, ""),
                history_subject(
                    h.regarding,
                    None if h.opportunity_id else h.field_name,  # (an opportunity's: as said)
                    h.old_value,
                    h.new_value,
                    lang,
                    known,
                ),
                history_result(h.result, lang),
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
        generated_at=report_time(),
        figures=(
            Figure(pick(lang, "History entries", "Entrées d'historique"), len(history), "int"),
            Figure(pick(lang, "Open activities", "Activités à faire"), len(activities), "int"),
            Figure(pick(lang, "Opportunities", "Opportunités"), int(opp_count or 0), "int"),
        ),
        tables=(card, activity_table, opportunity_table, history_table),
    )

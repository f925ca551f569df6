"""Reproducible French demo data: companies, contacts, history, notes, activities,
opportunities in every stage, three years of sales, campaigns and groups."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, cast

import phonenumbers
from sqlalchemy import Table, func, select, text, update

from desktop_crm.domain.alarms import alarm_ring_at_row
from desktop_crm.domain.clock import FixedClock
from desktop_crm.domain.constants import CALL_HISTORY_TYPES, ActivityType, HistoryType
from desktop_crm.domain.text import fold
from desktop_crm.services.activities.series import run_triggers
from desktop_crm.services.contacts.records import bulk_insert_contacts
from desktop_crm.services.demo import data as words
from desktop_crm.services.demo.campaigns import demo_campaigns, demo_referrals
from desktop_crm.services.demo.days import drawn_working_day
from desktop_crm.services.demo.opportunities import demo_opportunities
from desktop_crm.services.demo.targeting import demo_targeting
from desktop_crm.storage.bulk import bulk_insert
from desktop_crm.storage.models import (
    Activity,
    Base,
    Campaign,
    Company,
    Consent,
    ConsentEntry,
    Contact,
    Group,
    GroupMember,
    History,
    Note,
    Opportunity,
    Sale,
    utcnow,
)
from desktop_crm.storage.uow import UnitOfWork

CHUNK = 5000
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class DemoSummary:
    """How many rows of each kind the demo generator wrote."""

    companies: int
    contacts: int
    history: int
    notes: int
    activities: int
    opportunities: int
    sales: int
    campaigns: int
    groups: int

    def as_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


class _Gen:
    def __init__(self, seed: int, today: dt.date) -> None:
        self.rng = random.Random(seed)
        # The working days drawn for weekend dates (``drawn_working_day``): its own draws,
        # so that everything else the seed gives stays the same.
        self.days_rng = random.Random(f"{seed}-working-days")
        self.today = today

    def phone(self, prefix_digit: str, mobile: bool = False) -> str:
        while True:
            if mobile:
                head = self.rng.choice(("6", "7"))
                body = f"{self.rng.randint(30, 89) if head == '7' else self.rng.randint(10, 99)}"
                body += f"{self.rng.randint(0, 999999):06d}"
            else:
                head = prefix_digit
                body = f"{self.rng.randint(10, 99)}{self.rng.randint(0, 999999):06d}"
            e164 = f"+33{head}{body}"
            if phonenumbers.is_valid_number(phonenumbers.parse(e164)):
                return e164

    def street(self) -> str:
        return (
            f"{self.rng.randint(1, 180)} {self.rng.choice(words.STREET_TYPES)} "
            f"{self.rng.choice(words.STREET_NAMES)}"
        )

    def when(self, days_back: int, days_forward: int = 0) -> dt.datetime:
        """A working day's time (8:00 to 18:45) within the range around today."""
        first = self.today - dt.timedelta(days=days_back)
        last = self.today + dt.timedelta(days=days_forward)
        day = drawn_working_day(
            self.today + dt.timedelta(days=self.rng.randint(-days_back, days_forward)),
            first,
            last,
            self.today,
            self.days_rng,
        )
        return dt.datetime.combine(
            day, dt.time(self.rng.randint(8, 18), self.rng.choice((0, 15, 30, 45)))
        )


def system_dates_from_history(uow: UnitOfWork, first_contact: int) -> None:
    """Set the demo contacts' "last reached", "last attempt", "last meeting", "last letter"
    and "last e-mail" dates from their history, as logging each entry would have: the card,
    the lookups and the phoning campaign's targets then tell the same story."""
    from desktop_crm.services.activities.records import SYSTEM_DATES

    columns: dict[str, list[str]] = {}
    for kind, names in SYSTEM_DATES.items():
        for name in names:
            columns.setdefault(name, []).append(kind.value)
    values = {
        name: select(func.max(History.occurred_at))
        .where(History.contact_id == Contact.id, History.type.in_(kinds))
        .scalar_subquery()
        for name, kinds in columns.items()
    }
    uow.session.execute(update(Contact).where(Contact.id >= first_contact).values(values))


def _next_id(uow: UnitOfWork, model: type[Base]) -> int:
    column = model.__table__.c.id
    return int(uow.session.scalar(select(func.coalesce(func.max(column), 0))) or 0) + 1


def _insert(uow: UnitOfWork, model: type[Base], rows: list[dict[str, Any]]) -> int:
    if not rows:
        return 0
    keys = list(set().union(*rows))
    # Rows go past the session (executemany on SQLite): reported as changed in bulk.
    uow.note_bulk(model.__tablename__)
    return bulk_insert(uow.session, cast(Table, model.__table__), keys, rows)


def _fix_sequences(uow: UnitOfWork, models: list[type[Base]]) -> None:
    # Explicit ids bypass PostgreSQL sequences: move them past the rows we wrote.
    if uow.session.get_bind().dialect.name != "postgresql":
        return
    for model in models:
        name = model.__tablename__
        uow.session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                f"COALESCE((SELECT max(id) FROM {name}), 0) + 1, false)"
            )
        )


def generate_demo(
    uow: UnitOfWork,
    contacts: int,
    *,
    seed: int = 1,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Write ``contacts`` demo contacts and their related records (the caller commits)."""
    gen = _Gen(seed, today or dt.date.today())
    rng = gen.rng
    user_id = uow.user_id
    now = utcnow()
    steps = 8
    report = progress or (lambda _done, _total: None)

    first_company = _next_id(uow, Company)
    n_companies = max(1, contacts // 4)
    companies: list[dict[str, Any]] = []
    for i in range(n_companies):
        town, postcode, prefix = rng.choice(words.TOWNS)
        activity, industry = rng.choice(words.COMPANY_ACTIVITIES)
        legal = rng.choice(words.LEGAL_FORMS)
        stem = rng.choice(words.COMPANY_STEMS)
        name = " ".join(p for p in (legal, activity, stem) if p)
        if rng.random() < 0.15:
            name += " & Fils"
        siren = "".join(str(rng.randint(0, 9)) for _ in range(9))
        companies.append(
            {
                "id": first_company + i,
                "version": 1,
                "created_at": now,
                "edited_at": now,
                "name": name,
                "name_key": fold(name),
                "legal_form": legal or None,
                "siren": siren,
                "industry": industry,
                "company_size": rng.choice(("1-9", "10-49", "50-249", "250-999")),
                "status": rng.choice(("Prospect", "Client", "Client", "Suspect")),
                "phone": gen.phone(prefix),
                "address1": gen.street(),
                "postcode": postcode,
                "city": town,
                "country": "France",
                "website": f"www.{fold(stem).replace(' ', '')}-{fold(activity)}.fr",
                "record_manager_id": user_id,
                "parent_id": None,
            }
        )
    # A few divisions, so the company card has some.
    for row in companies[1 : max(2, n_companies // 50)]:
        row["parent_id"] = first_company
    _insert(uow, Company, companies)
    report(1, steps)

    first_contact = _next_id(uow, Contact)
    statuses = (
        "Prospect",
        "Prospect",
        "Client",
        "Client",
        "Suspect",
        "Ancien client",
        "Partenaire",
        "Fournisseur",
    )
    referrals = (
        "Salon",
        "Bouche à oreille",
        "Site web",
        "Annuaire",
        "Ami",
        "Campagne par e-mail",
        "Démarchage",
        "Événement/Séminaire",
    )

    def contact_rows() -> Iterator[dict[str, Any]]:
        for i in range(contacts):
            company = companies[rng.randrange(n_companies)]
            female = rng.random() < 0.5
            first = rng.choice(words.FIRST_NAMES_F if female else words.FIRST_NAMES_M)
            last = rng.choice(words.LAST_NAMES)
            domain = (company["website"] or "").removeprefix("www.")
            if rng.random() < 0.3:
                domain = rng.choice(words.FREE_MAIL)
            local = f"{fold(first)}.{fold(last)}".replace(" ", "-").replace("'", "")
            email = f"{local}{rng.randint(1, 99) if rng.random() < 0.3 else ''}@{domain}"
            prefix = next(t[2] for t in words.TOWNS if t[1] == company["postcode"])
            status = rng.choice(statuses)
            yield {
                "id": first_contact + i,
                "civility": "Mme" if female else "M.",
                "first_name": first,
                "last_name": last,
                "job_title": rng.choice(words.JOB_TITLES),
                "company_id": company["id"],
                "company_name": company["name"],
                "phone_business": gen.phone(prefix),
                "phone_mobile": gen.phone(prefix, mobile=True) if rng.random() < 0.7 else None,
                "email": email,
                "address1": company["address1"],
                "address2": rng.choice(words.COMPLEMENTS) if rng.random() < 0.1 else None,
                "postcode": company["postcode"],
                "city": company["city"],
                "country": "France",
                "status": status,
                "industry": company["industry"],
                "company_size": company["company_size"],
                "referred_by": rng.choice(referrals),
                "record_manager_id": user_id,
                "do_not_mail": rng.random() < 0.02,
                "npai": rng.random() < 0.01,
                "do_not_call": rng.random() < 0.02,
                "do_not_email": rng.random() < 0.02,
                "contract_end": (
                    gen.today + dt.timedelta(days=rng.randint(-60, 400))
                    if status == "Client" and rng.random() < 0.4
                    else None
                ),
                "created_at": gen.when(1000, 0),
                "edited_at": now,
                "last_reach": gen.when(200) if rng.random() < 0.5 else None,
                "last_attempt": gen.when(200) if rng.random() < 0.4 else None,
            }

    bulk_insert_contacts(uow, contact_rows())
    report(2, steps)
    contact_ids = range(first_contact, first_contact + contacts)
    contact_company = dict(
        zip(
            contact_ids,
            (
                r
                for r in uow.session.execute(
                    select(Contact.company_id)
                    .where(Contact.id >= first_contact)
                    .order_by(Contact.id)
                ).scalars()
            ),
            strict=False,
        )
    )

    history: list[dict[str, Any]] = []
    entry_types = (
        HistoryType.CALL_ATTEMPTED,
        HistoryType.CALL_REACHED,
        HistoryType.CALL_LEFT_MESSAGE,
        HistoryType.CALL_RECEIVED,
        HistoryType.MEETING_HELD,
        HistoryType.LETTER_SENT,
        HistoryType.EMAIL_SENT,
    )
    for cid in contact_ids:
        history.append(
            {
                "contact_id": cid,
                "company_id": contact_company.get(cid),
                "type": HistoryType.CONTACT_CREATED,
                "occurred_at": gen.when(1000),
                "regarding": "Contact created",
                "user_id": user_id,
                "private": False,
            }
        )
        for _ in range(rng.randint(0, 4)):
            kind = rng.choice(entry_types)
            seconds = rng.randint(30, 900)  # drawn for every entry: the same demo otherwise
            history.append(
                {
                    "contact_id": cid,
                    "company_id": contact_company.get(cid),
                    "type": kind,
                    "occurred_at": gen.when(700),
                    "regarding": rng.choice(words.CALL_SUBJECTS),
                    "details": None,
                    "duration_s": seconds if kind in CALL_HISTORY_TYPES else None,
                    "user_id": user_id,
                    "private": False,
                }
            )
    n_history = _insert(uow, History, history)
    report(3, steps)

    notes = [
        {
            "contact_id": cid,
            "text": rng.choice(words.NOTE_TEXTS),
            "user_id": user_id,
            "noted_at": gen.when(500),
            "created_at": now,
            "edited_at": now,
            "version": 1,
            "private": False,
        }
        for cid in contact_ids
        if rng.random() < 0.35
    ]
    n_notes = _insert(uow, Note, notes)

    activity_kinds = (
        ActivityType.CALL,
        ActivityType.CALL,
        ActivityType.MEETING,
        ActivityType.TODO,
        ActivityType.EMAIL,
        ActivityType.LETTER,
    )
    activities = []
    for cid in contact_ids:
        if rng.random() < 0.5:
            start_at = gen.when(20, 45)
            activities.append(
                {
                    "type": rng.choice(activity_kinds),
                    "regarding": rng.choice(words.CALL_SUBJECTS),
                    "start_at": start_at,
                    "timeless": False,
                    "duration_min": rng.choice((15, 30, 60)),
                    "priority": rng.randint(1, 5),
                    # Only future activities ring: no pile of alarms in a new demo database.
                    # (Drawn for every activity: the same seed and day give the same data
                    # whatever the hour the demo is made.)
                    "alarm_lead_min": _if_future(rng.choice((None, 15, 60)), start_at, now),
                    "alarm_dismissed": False,
                    "recurrence_interval": 1,
                    "scheduled_for_id": user_id,
                    "scheduled_by_id": user_id,
                    "contact_id": cid,
                    "company_id": contact_company.get(cid),
                    "private": False,
                    "cleared": start_at.date() < gen.today and rng.random() < 0.6,
                    "version": 1,
                    "created_at": now,
                    "edited_at": now,
                }
            )
    for row in activities:  # bulk rows bypass the ORM hook that keeps alarm_at
        row["alarm_at"] = alarm_ring_at_row(row)
    n_activities = _insert(uow, Activity, activities)
    report(4, steps)

    n_opps, n_won_sales = demo_opportunities(uow, rng, gen.today, contact_company, user_id, now)
    report(5, steps)

    sales = []
    families = ("Logiciels", "Matériel", "Services", "Formation", "Maintenance")
    for cid in contact_ids:
        if rng.random() < 0.25:
            for _ in range(rng.randint(1, 6)):
                amount = Decimal(rng.randrange(100, 20000, 10))
                sales.append(
                    {
                        "contact_id": cid,
                        "company_id": contact_company.get(cid),
                        "sold_on": gen.today - dt.timedelta(days=rng.randint(0, 3 * 365)),
                        "amount": amount,
                        "margin": (amount * Decimal("0.3")).quantize(Decimal("0.01")),
                        "product_family": rng.choice(families),
                    }
                )
    n_sales = _insert(uow, Sale, sales) + n_won_sales
    report(6, steps)

    n_campaigns = demo_campaigns(uow, rng, gen.today, contact_company, user_id, now)

    group_id = _next_id(uow, Group)
    groups: list[dict[str, Any]] = []
    group_members: list[dict[str, Any]] = []
    ids_by_name: dict[str, int] = {}
    for name, parent, query, size in words.GROUPS:
        if uow.session.scalar(select(Group.id).where(Group.name == name)):
            continue
        new_id = group_id + len(groups)
        ids_by_name[name] = new_id
        groups.append(
            {
                "id": new_id,
                "name": name,
                "parent_id": ids_by_name.get(parent) if parent else None,
                # Static and dynamic groups: the dynamic ones re-run their query when opened.
                "query_text": query,
                "include_subgroups": parent is None and name == "Salons",
                "version": 1,
                "created_at": now,
                "edited_at": now,
            }
        )
        wanted = max(1, contacts // 30) if size is None else size
        for contact_id in rng.sample(list(contact_ids), min(len(contact_ids), wanted)):
            group_members.append({"group_id": new_id, "contact_id": contact_id, "added_at": now})
    _insert(uow, Group, groups)
    _insert(uow, GroupMember, group_members)
    report(7, steps)

    consents = []
    for cid in contact_ids:
        if rng.random() < 0.3:
            consents.append(
                {
                    "contact_id": cid,
                    "channel": "email",
                    "status": rng.choice(("opt_in", "soft_opt_in", "opt_out")),
                    "recorded_at": gen.when(600),
                    "source": "Salon du commerce, Lyon",
                    "version": 1,
                }
            )
    _insert(uow, Consent, consents)
    # The consent ledger's first entries (the current rows above mirror them).
    entries = [
        {k: c[k] for k in ("contact_id", "channel", "status", "source")}
        | {"given_at": c["recorded_at"], "recorded_at": c["recorded_at"]}
        | {"basis": {"opt_in": "consent", "soft_opt_in": "contract"}.get(str(c["status"]))}
        for c in consents
    ]
    _insert(uow, ConsentEntry, entries)
    _demo_user_fields(uow, rng, gen.today, first_contact)
    n_sales += demo_targeting(uow, rng.random(), gen.today, first_company, user_id)
    demo_referrals(uow, rng, gen.today, list(contact_ids), contact_company)
    from desktop_crm.services.demo.team import demo_team

    n_activities += demo_team(uow, rng.random(), gen.today)  # a named person, two colleagues
    _fix_sequences(uow, [Company, Contact, Opportunity, Campaign, Group])
    # The automatic series, as if each had started when its trigger happened: opening the
    # demo then starts nothing, and no backlog of past steps lands on today.
    run_triggers(
        uow, clock=None if today is None else FixedClock(dt.datetime.combine(gen.today, dt.time(8)))
    )
    system_dates_from_history(uow, first_contact)  # last: every history entry is written
    report(steps, steps)
    return DemoSummary(
        n_companies,
        contacts,
        n_history,
        n_notes,
        n_activities,
        n_opps,
        n_sales,
        n_campaigns,
        len(groups),
    )


# --- user-defined fields -----------------------------------------------------------------


def _demo_user_fields(
    uow: UnitOfWork, rng: random.Random, today: dt.date, first_contact: int
) -> None:
    """Two user fields with values: the clients' maintenance contract end (a series can
    watch it) and the potential "P" of the sales plan (1 to 5), in bulk."""
    from desktop_crm.services.fields import bulk_set_values, custom_fields, define_field

    existing = {spec.name: spec for spec in custom_fields(uow, "contact")}
    if "fin_contrat_maintenance" not in existing:
        define_field(
            uow, "contact", "fin_contrat_maintenance", "date", "Fin de contrat de maintenance"
        )
    if "potentiel" not in existing:
        define_field(uow, "contact", "potentiel", "number", "Potentiel (P)")
    rows: list[tuple[int, dict[str, Any]]] = []
    for contact_id, status in uow.session.execute(
        select(Contact.id, Contact.status).where(Contact.id >= first_contact).order_by(Contact.id)
    ):
        values: dict[str, Any] = {}
        if status == "Client" and rng.random() < 0.6:
            values["fin_contrat_maintenance"] = today + dt.timedelta(days=rng.randint(-30, 365))
        if status in ("Client", "Prospect") and rng.random() < 0.7:
            values["potentiel"] = Decimal(rng.randint(1, 5))
        if values:
            rows.append((contact_id, values))
    bulk_set_values(uow, "contact", rows, fresh=True)


def _if_future(lead: int | None, start_at: dt.datetime, now: dt.datetime) -> int | None:
    """An alarm's lead for an activity still to come, none for one already past."""
    return lead if start_at > now else None

"""A demo team: the person's identity and two colleagues, each with a busy week of activities.

So that the calendar's side-by-side view, the user filters and the administration dialog
have something to show, and no demo letter is signed with the operating system's login.
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import select

from desktop_crm.domain.constants import ActivityType
from desktop_crm.services.demo.data import CALL_SUBJECTS
from desktop_crm.services.demo.days import is_working_day
from desktop_crm.storage.models import Activity, Contact, User
from desktop_crm.storage.uow import UnitOfWork

ME = {
    "display_name": "Sophie Marchand",
    "initials": "SM",
    "title": "Responsable commerciale",
    "phone": "+33478621540",
    "email": "sophie.marchand@lumiere-conseil.fr",
    "signature": "Sophie Marchand\nResponsable commerciale",
    "team": "Ventes Rhône",
}
COMPANY = {
    "company": "Lumière Conseil SARL",
    "address_lines": ["14 quai Saint-Antoine", "69002 LYON"],
    "footer": "SARL au capital de 20 000 € - RCS Lyon 512 345 678 - SIRET 512 345 678 00021",
    "country": "FR",
}
COLLEAGUES = (
    ("lucas.bernard", "Lucas Bernard", "LB", "Chargé d'affaires", "+33478621541"),
    ("claire.dubois", "Claire Dubois", "CD", "Assistante commerciale", "+33478621542"),
)
_KINDS = (ActivityType.CALL, ActivityType.CALL, ActivityType.MEETING, ActivityType.TODO)


def demo_team(uow: UnitOfWork, seed: float, today: dt.date) -> int:
    """Name the current person (if unnamed), add the colleagues, plan their week.

    Returns how many activities were written. Idempotent for the users (found by login).
    """
    from desktop_crm.services.mailing.settings import load_sender, save_sender

    session = uow.session
    rng = random.Random(seed)
    me = session.get(User, uow.user_id) if uow.user_id is not None else None
    if me is not None and (not me.initials or not me.display_name):
        for key, value in ME.items():
            setattr(me, key, value)
        sender = load_sender(uow)
        save_sender(
            uow,
            sender.__class__(
                name=ME["display_name"],
                title=ME["title"],
                email=ME["email"],
                phone="04 78 62 15 40",
                company=str(COMPANY["company"]),
                address_lines=tuple(COMPANY["address_lines"]),
                footer=str(COMPANY["footer"]),
                country="FR",
            ),
        )
    team: list[int] = [me.id] if me is not None else []
    for login, name, initials, title, phone in COLLEAGUES:
        user = session.scalar(select(User).where(User.login == login))
        if user is None:
            user = User(
                login=login,
                display_name=name,
                initials=initials,
                title=title,
                phone=phone,
                email=f"{login}@lumiere-conseil.fr",
                team="Ventes Rhône",
                role="standard",
                active=True,
            )
            session.add(user)
            session.flush()
        team.append(user.id)
    contacts = list(session.scalars(select(Contact.id).order_by(Contact.id).limit(400)))
    if not contacts:
        return 0
    monday = today - dt.timedelta(days=today.weekday())
    written = 0
    for user_id in team:
        for offset in range(12):  # this week and the next one's first days
            day = monday + dt.timedelta(days=offset)
            if not is_working_day(day):
                continue
            hour = 8 + rng.randint(0, 1)
            for _ in range(rng.randint(4, 6)):
                kind = rng.choice(_KINDS)
                minutes = 60 if kind == ActivityType.MEETING else rng.choice((15, 30, 45))
                start = dt.datetime.combine(day, dt.time(hour, rng.choice((0, 30))))
                session.add(
                    Activity(
                        type=str(kind),
                        regarding=rng.choice(CALL_SUBJECTS),
                        start_at=start,
                        duration_min=minutes,
                        priority=rng.randint(1, 5),
                        scheduled_for_id=user_id,
                        scheduled_by_id=team[0],
                        contact_id=rng.choice(contacts),
                        cleared=day < today,
                    )
                )
                written += 1
                hour = min(18, start.hour + rng.randint(0, 2))  # some overlap
    session.flush()
    return written

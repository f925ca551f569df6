"""Make a demo database look like a busy salesperson's fortnight (screen review, session 10).

    cp /tmp/screens7/crm.sqlite /tmp/screens10/crm.sqlite      # never the original
    PYTHONPATH=$PWD python docs/screens10/seed_busy.py /tmp/screens10/crm.sqlite

Writes through the app's own services, one ``Database.run`` per step: for the current week
and the next, ~30 activities a day for the logged-in user (calls, to-dos, meetings of 15 min
to 3 h, overlapping meetings, all-day entries, a few overdue and a few done), 240 more
opportunities across the stages, one contact with 500 history entries and long notes, a
company with a very long name and a long French address. Running it twice does nothing the
second time (a marker in ``app_setting``).
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from desktop_crm.domain.constants import HistoryType
from desktop_crm.domain.opportunities import OpportunityInput
from desktop_crm.services.activities.records import (
    ActivityInput,
    ClearInput,
    clear_activity,
    schedule_activity,
)
from desktop_crm.services.contacts.calls import CallInput, log_call
from desktop_crm.services.contacts.companies import get_company, update_company
from desktop_crm.services.contacts.notes import add_note
from desktop_crm.services.contacts.records import get_contact, update_contact
from desktop_crm.services.opportunities.records import create_opportunity
from desktop_crm.services.setup import open_database
from desktop_crm.storage.location import resolve_database
from desktop_crm.storage.models import AppSetting, Contact, SalesStage

MARK = "screens10.seeded"
LONG_COMPANY = (
    "Société Coopérative d'Intérêt Collectif des Établissements Lumière-Saint-Exupéry et Associés"
)
RNG = random.Random(10)
SUBJECTS = (
    "Relance du devis n° 2026-1187 envoyé la semaine dernière",
    "Premier contact",
    "Suivi de commande",
    "Présentation de la nouvelle gamme de luminaires LED",
    "Point trimestriel",
    "Rappeler pour le rendez-vous",
    "Négociation des conditions de paiement à 60 jours fin de mois",
    "Démonstration sur site",
)
LONG_NOTE = (
    "Entretien très long avec le directeur des achats : il souhaite revoir l'ensemble de "
    "l'éclairage de ses trois entrepôts de la région lyonnaise (Vénissieux, Corbas et "
    "Saint-Priest) avant la fin du premier trimestre. Budget annoncé : entre 45 000 et "
    "60 000 € HT, avec une préférence pour un paiement échelonné. Concurrent en place : "
    "Lumitech, dont le contrat de maintenance se termine en mars. Points à préparer pour le "
    "prochain rendez-vous : étude d'éclairement, bilan énergétique, proposition de "
    "financement, références clients dans la logistique. "
)


def _ids(uow: Any, limit: int) -> list[int]:
    return list(uow.session.scalars(select(Contact.id).order_by(Contact.id).limit(limit)))


def activities(uow: Any) -> None:
    ids = _ids(uow, 600)
    today = dt.date.today()
    monday = today - dt.timedelta(days=today.weekday())
    for offset in range(14):
        day = monday + dt.timedelta(days=offset)
        if day.weekday() >= 5:
            continue
        # three meetings that overlap each other around 10:00 and two at 14:00
        for hour, minute, length in ((10, 0, 90), (10, 30, 60), (11, 0, 45), (14, 0, 120)):
            schedule_activity(
                uow,
                ActivityInput(
                    type="meeting",
                    start_at=dt.datetime.combine(day, dt.time(hour, minute)),
                    duration_min=length,
                    contact_ids=(RNG.choice(ids),),
                    regarding=RNG.choice(SUBJECTS),
                ),
            )
        schedule_activity(
            uow,
            ActivityInput(
                type="meeting",
                start_at=dt.datetime.combine(day, dt.time(14, 15)),
                duration_min=180,
                contact_ids=(RNG.choice(ids), RNG.choice(ids)),
                regarding="Salon professionnel Lumière & Habitat – stand B12",
            ),
        )
        for _ in range(2):  # all-day entries
            schedule_activity(
                uow,
                ActivityInput(
                    type=RNG.choice(("todo", "letter", "email")),
                    start_at=dt.datetime.combine(day, dt.time(0, 0)),
                    timeless=True,
                    contact_ids=(RNG.choice(ids),),
                    regarding=RNG.choice(SUBJECTS),
                ),
            )
        for n in range(6):  # short calls all day long
            schedule_activity(
                uow,
                ActivityInput(
                    type="call",
                    start_at=dt.datetime.combine(day, dt.time(8 + n * 2, 15)),
                    duration_min=15,
                    contact_ids=(RNG.choice(ids),),
                    regarding=RNG.choice(SUBJECTS),
                    priority=RNG.choice((1, 2, 3)),
                ),
            )
    done = 0
    for n in range(8):  # today's first calls are done, a few older ones overdue
        act = schedule_activity(
            uow,
            ActivityInput(
                type="call",
                start_at=dt.datetime.combine(today, dt.time(8, 0)) + dt.timedelta(minutes=5 * n),
                duration_min=5,
                contact_ids=(ids[n],),
                regarding="Appel de courtoisie",
            ),
        )
        if n < 5:
            clear_activity(uow, act.id, ClearInput(result="call_reached"))
            done += 1
    for n in range(6):
        schedule_activity(
            uow,
            ActivityInput(
                type="todo",
                start_at=dt.datetime.combine(today - dt.timedelta(days=1 + n), dt.time(9)),
                contact_ids=(ids[300 + n],),
                regarding="Envoyer la documentation (en retard)",
                priority=3,
            ),
        )


def opportunities(uow: Any) -> None:
    ids = _ids(uow, 1500)
    stages = list(uow.session.scalars(select(SalesStage.id).order_by(SalesStage.id)))
    today = dt.date.today()
    for n in range(240):
        create_opportunity(
            uow,
            OpportunityInput(
                name=RNG.choice(
                    (
                        "Rénovation éclairage entrepôt",
                        "Contrat de maintenance annuel des installations",
                        "Luminaires bureaux",
                        "Étude d'éclairement et remplacement complet du parc LED – site principal",
                    )
                ),
                contact_id=RNG.choice(ids),
                stage_id=stages[n % len(stages)],
                amount=Decimal(RNG.randrange(800, 180_000)),
                expected_close=today + dt.timedelta(days=RNG.randrange(-20, 200)),
            ),
        )


def busy_contact(uow: Any) -> int:
    contact_id = _ids(uow, 1)[0]
    view = get_contact(uow, contact_id)
    results = (
        HistoryType.CALL_REACHED,
        HistoryType.CALL_ATTEMPTED,
        HistoryType.CALL_LEFT_MESSAGE,
        HistoryType.CALL_RECEIVED,
    )
    start = dt.datetime.now() - dt.timedelta(days=700)
    for n in range(470):
        result = results[n % len(results)]
        log_call(
            uow,
            CallInput(
                contact_id=contact_id,
                result=result,
                occurred_at=start + dt.timedelta(hours=35 * n),
                outgoing=result != HistoryType.CALL_RECEIVED,
                duration_s=RNG.randrange(0, 1800),
                regarding=RNG.choice(SUBJECTS),
                details=LONG_NOTE if n % 7 == 0 else None,
            ),
        )
    for n in range(30):
        add_note(uow, LONG_NOTE * (1 + n % 3), contact_id=contact_id)
    changes = {
        "address1": "Zone d'activités économiques des Grandes Terres – Bâtiment C, porte 4",
        "address2": "Résidence Les Jardins de la Cité Internationale, 3e étage gauche",
        "address3": "Lieu-dit La Croix-Rousse Haute",
        "postcode": "69290",
        "city": "Saint-Genis-les-Ollières-sur-Yzeron",
        "job_title": "Directeur des achats et des services généraux, région Auvergne-Rhône-Alpes",
        "company_name": LONG_COMPANY,
    }
    update_contact(uow, contact_id, view.version, changes)
    return contact_id


def long_company(uow: Any, contact_id: int) -> None:
    row = uow.session.get(Contact, contact_id)
    if row.company_id is None:
        return
    company = get_company(uow, row.company_id)
    update_company(
        uow,
        company.id,
        company.version,
        {
            "name": LONG_COMPANY,
            "address1": "Zone d'activités économiques des Grandes Terres – Bâtiment C",
            "postcode": "69290",
            "city": "Saint-Genis-les-Ollières-sur-Yzeron",
        },
    )


def main(path: str) -> None:
    opened = open_database(resolve_database(path))
    db = opened.db

    def seeded(uow: Any) -> bool:
        return uow.session.get(AppSetting, MARK) is not None

    if db.run(seeded).value:
        print("already seeded")
        return
    db.run(activities)
    db.run(opportunities)
    contact_id = db.run(busy_contact).value
    db.run(long_company, contact_id)

    def mark(uow: Any) -> None:
        uow.session.add(AppSetting(key=MARK, value="1"))

    db.run(mark)
    print(f"seeded; busy contact #{contact_id}")
    db.dispose()


if __name__ == "__main__":
    main(sys.argv[1])

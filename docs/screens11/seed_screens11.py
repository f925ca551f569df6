"""Add what the session 11 screens need to a demo database (screen review).

    desktop-crm demo --contacts 500 --seed 11 --duplicates 10 --db /tmp/screens11/crm.sqlite
    PYTHONPATH=$PWD python docs/screens11/seed_screens11.py /tmp/screens11/crm.sqlite

Through the app's own services: open opportunities in the default process a new database
gets ("Processus de vente standard") and in a second process with a long name, open ones
whose expected close is already past (the salesperson never moved it), and look-alike
contacts that score below 100 (a shared name only, a shared phone...). Running it twice does
nothing the second time (a marker in ``app_setting``).
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from decimal import Decimal

from sqlalchemy import select

from desktop_crm.domain.opportunities import OpportunityInput
from desktop_crm.services.contacts.records import create_contact
from desktop_crm.services.opportunities.processes import create_process
from desktop_crm.services.opportunities.records import create_opportunity
from desktop_crm.services.setup import open_database
from desktop_crm.storage.location import resolve_database
from desktop_crm.storage.models import AppSetting, Contact, SalesProcess, SalesStage

MARK = "screens11.seeded"
LONG_PROCESS = "Processus de renouvellement des contrats de maintenance"
RNG = random.Random(11)
DEALS = (
    "Renouvellement maintenance Premium",
    "Extension de garantie — parc copieurs",
    "Contrat de télémaintenance",
    "Audit du parc informatique",
    "Migration messagerie",
    "Sauvegarde externalisée",
)
LOOK_ALIKES = (  # (first, last, company, phone, city): a second "same" person, less sure
    ("Julien", "Faure", "Transports Faure et Fils", "0478112233", "Lyon"),
    ("Claire", "Bonnet", "Bonnet Conseil", "0491223344", "Marseille"),
    ("Thomas", "Girard", "Girard Menuiserie", "0556334455", "Bordeaux"),
)


def main(path: str) -> None:
    db = open_database(resolve_database(path)).db
    with db.uow(write=False) as uow:
        if uow.session.get(AppSetting, MARK) is not None:
            print("already seeded")
            return
        contacts = list(uow.session.scalars(select(Contact.id).order_by(Contact.id).limit(60)))
        standard = uow.session.scalar(
            select(SalesProcess.id).where(SalesProcess.name == "Processus de vente standard")
        )
        stages = list(
            uow.session.scalars(
                select(SalesStage.id).where(SalesStage.process_id == standard)
                .order_by(SalesStage.position)
            )
        )
    long_process = db.run(
        create_process,
        LONG_PROCESS,
        [("Échéance proche", 50, 60), ("Devis envoyé", 70, 30), ("Accord de principe", 90, 15)],
    ).value
    today = dt.date.today()
    made = 0
    for n in range(14):  # the standard process, closing in the coming months
        db.run(
            create_opportunity,
            OpportunityInput(
                name=f"{RNG.choice(DEALS)} — {2027 + n % 2}",
                contact_id=RNG.choice(contacts),
                process_id=standard,
                stage_id=RNG.choice(stages[:-2] or stages),
                amount=Decimal(RNG.randrange(1500, 30000)),
                expected_close=today + dt.timedelta(days=RNG.randrange(10, 200)),
            ),
        )
        made += 1
    for n in range(8):  # the long-named process
        db.run(
            create_opportunity,
            OpportunityInput(
                name=f"Renouvellement contrat n° {2026_100 + n}",
                contact_id=RNG.choice(contacts),
                process_id=long_process.id,
                stage_id=RNG.choice(long_process.stages).id,
                amount=Decimal(RNG.randrange(900, 9000)),
                expected_close=today + dt.timedelta(days=RNG.randrange(5, 120)),
            ),
        )
        made += 1
    for days_ago in (3, 12, 25, 47, 80, 140):  # open, expected close already past
        db.run(
            create_opportunity,
            OpportunityInput(
                name=f"{RNG.choice(DEALS)} (relance)",
                contact_id=RNG.choice(contacts),
                process_id=RNG.choice((standard, long_process.id)),
                amount=Decimal(RNG.randrange(2000, 20000)),
                expected_close=today - dt.timedelta(days=days_ago),
            ),
        )
        made += 1
    for first, last, company, phone, city in LOOK_ALIKES:
        db.run(
            create_contact,
            {"first_name": first, "last_name": last, "company_name": company,
             "phone_business": phone, "city": city},
        )
        db.run(
            create_contact,
            {"first_name": first[0] + ".", "last_name": last, "company_name": company + " SARL",
             "city": city},
        )
    with db.uow() as uow:
        uow.session.add(AppSetting(key=MARK, value="1"))
        uow.commit()
    print(f"{made} opportunities, {2 * len(LOOK_ALIKES)} look-alike contacts")


if __name__ == "__main__":
    main(sys.argv[1])

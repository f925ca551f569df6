"""Printing benchmark: 10,000 L7163 labels and 1,000 one-page letters.

Run: python benchmarks/bench_printing.py [--labels 10000] [--letters 1000] [--repeat 3]

Each figure is pages per second as a ratio to bare reportlab drawing the same text at the
same positions in the same run, bare and ours alternated run by run (median and p95,
with the load average). Targets: labels >= 0.5, letters >= 0.6. Our side includes the French address
formatting, the page model and shrink-to-fit; the baseline only calls drawString. A third
figure runs the whole labels service on SQLite (selection, exclusions, history entries).
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from alternating import compare  # noqa: E402
from reportlab.lib.utils import simpleSplit  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from desktop_crm.domain.contacts import ContactView  # noqa: E402
from desktop_crm.printing.fields import Sender, address_block, merge_values  # noqa: E402
from desktop_crm.printing.labels import LabelOptions, layout_labels  # noqa: E402
from desktop_crm.printing.layout import mm_to_pt  # noqa: E402
from desktop_crm.printing.letters import (  # noqa: E402
    LetterInput,
    LetterSettings,
    LetterTemplate,
    write_letters,
)
from desktop_crm.printing.pdf import write_pages  # noqa: E402
from desktop_crm.printing.sheets import find_sheet  # noqa: E402

BODY = (
    "Suite à notre rencontre au salon, nous avons le plaisir de vous adresser notre "
    "documentation. Notre offre couvre la gestion des contacts, le suivi des opportunités et "
    "les campagnes de fidélisation. Nous vous proposons une démonstration dans vos locaux à "
    "la date de votre choix. {{first_name}}, n'hésitez pas à nous appeler."
)
SENDER = Sender(
    name="Paul Martin",
    company="ACME SAS",
    address_lines=("3 rue de la Paix", "75002 PARIS"),
    footer="ACME SAS - RCS Paris 123 456 789",
)


def contacts(n: int, seed: int = 7) -> list[ContactView]:
    rng = random.Random(seed)
    first = ["Hélène", "Jean", "Loïc", "Chloé", "Éric", "Anaïs", "François", "Zoé"]
    last = ["Lefèvre", "Dupont", "Martin", "Garnier", "Rousseau", "Chevalier", "Bélanger"]
    streets = [
        "rue de la République",
        "avenue du Général-de-Gaulle",
        "boulevard Voltaire",
        "chemin des Vignes",
        "place de l'Église",
        "allée des Marronniers",
    ]
    towns = [
        ("Lyon", "69003"),
        ("Paris", "75011"),
        ("Nantes", "44000"),
        ("Saint-Étienne", "42000"),
        ("Lille", "59000"),
    ]
    out = []
    for i in range(n):
        town, postcode = rng.choice(towns)
        out.append(
            ContactView(
                id=i + 1,
                version=1,
                civility=rng.choice(["M.", "Mme"]),
                first_name=rng.choice(first),
                last_name=rng.choice(last),
                company_name=rng.choice([None, "SARL Dupont & Fils", "Boulangerie Garnier"]),
                address1=f"{rng.randint(1, 200)} {rng.choice(streets)}",
                address2=rng.choice([None, None, "Bâtiment B", "BP 12"]),
                postcode=postcode,
                city=town,
            )
        )
    return out


def alternated(repeat: int, bare: Callable[[], int], ours: Callable[[], int]) -> dict[str, Any]:
    """Bare and ours run by run (alternating keeps the shared machine's drift out of the
    ratio): median and p95 of each, the pages each made, and the load average."""
    pages: dict[str, int] = {}

    def counted(name: str, fn: Callable[[], int]) -> Callable[[], None]:
        def run() -> None:
            pages[name] = fn()

        return run

    figures = compare(repeat, counted("bare", bare), counted("ours", ours))
    return {**figures, "pages": pages, "load": os.getloadavg()}


def report(title: str, figures: dict[str, Any], target: float) -> None:
    """Print pages per second of each side and the ratio ours / bare (higher is better)."""
    bare, ours = figures["sqlite3"], figures["desktop_crm"]
    n, n2 = figures["pages"]["bare"], figures["pages"]["ours"]
    load = ", ".join(f"{v:.2f}" for v in figures["load"])
    print(f"{title} ({n2} pages); load average {load} (shared machine)")
    for label, side, pages in (("bare reportlab", bare, n), ("desktop_crm   ", ours, n2)):
        print(
            f"  {label} : median {side['median_ms'] / 1000:6.2f} s, p95 "
            f"{side['p95_ms'] / 1000:6.2f} s  {pages / side['median_ms'] * 1000:8.0f} pages/s"
        )
    ratio = (n2 / ours["median_ms"]) / (n / bare["median_ms"])
    ratio_p95 = (n2 / ours["p95_ms"]) / (n / bare["p95_ms"])
    print(
        f"  ratio (pages/s, ours / bare) median {ratio:.2f}, p95 {ratio_p95:.2f} "
        f"(target >= {target}) {'OK' if ratio >= target else 'BELOW TARGET'}"
    )


def bench_labels(people: list[ContactView], repeat: int) -> None:
    sheet = find_sheet("L7163")

    def ours() -> int:
        blocks = [address_block(c).lines for c in people]
        return write_pages(layout_labels(blocks, sheet, LabelOptions()), io.BytesIO())

    # The baseline draws exactly the strings our layout placed, at the same coordinates.
    pages = list(layout_labels([address_block(c).lines for c in people], sheet))
    height = mm_to_pt(sheet.page_size[1])

    def bare() -> int:
        canvas = Canvas(
            io.BytesIO(),
            pagesize=(mm_to_pt(sheet.page_size[0]), height),
            pageCompression=1,
            invariant=True,
        )
        for page in pages:
            for box in page.boxes:
                canvas.setFont(box.font, box.size)
                for line in box.lines:
                    canvas.drawString(mm_to_pt(line.x), height - mm_to_pt(line.baseline), line.text)
            canvas.showPage()
        canvas.save()
        return len(pages)

    figures = alternated(repeat, bare, ours)
    assert figures["pages"]["bare"] == figures["pages"]["ours"]
    report(f"Labels L7163: {len(people):,} labels", figures, 0.5)


def bench_letters(people: list[ContactView], repeat: int) -> None:
    today = dt.date(2026, 11, 23)
    template = LetterTemplate(
        "bench",
        body_text=BODY,
        settings=LetterSettings(place="Paris", subject="Votre visite", footer=SENDER.footer),
    )
    inputs = [LetterInput(address_block(c).lines, merge_values(c, SENDER, today)) for c in people]

    def ours() -> int:
        with tempfile.TemporaryDirectory() as folder:
            return write_letters(
                inputs, template, Path(folder) / "l.pdf", header_lines=SENDER.block_lines
            ).pages

    def bare() -> int:
        width, height = mm_to_pt(210), mm_to_pt(297)
        canvas = Canvas(io.BytesIO(), pagesize=(width, height), pageCompression=1, invariant=True)
        left, body_width = mm_to_pt(25), width - mm_to_pt(45)
        for item in inputs:
            y = height - mm_to_pt(15)
            canvas.setFont("Helvetica-Bold", 11)
            canvas.drawString(left, y, SENDER.company)
            canvas.setFont("Helvetica", 8.5)
            for line in SENDER.address_lines:
                y -= 10.5
                canvas.drawString(left, y, line)
            canvas.setFont("Helvetica", 10.5)
            y = height - mm_to_pt(55)
            for line in item.address_lines:
                y -= 13.65
                canvas.drawString(mm_to_pt(110), y, line)
            y = height - mm_to_pt(96)
            canvas.drawRightString(width - mm_to_pt(20), y, f"Paris, le {item.values['today']}")
            y -= 24
            canvas.setFont("Helvetica-Bold", 10.5)
            canvas.drawString(left, y, "Objet : Votre visite")
            canvas.setFont("Helvetica", 10.5)
            y -= 22
            canvas.drawString(left, y, item.values["salutation"])
            text = BODY.replace("{{first_name}}", item.values["first_name"])
            for line in simpleSplit(text, "Helvetica", 10.5, body_width):
                y -= 13.65
                canvas.drawString(left, y, line)
            y -= 20
            canvas.drawString(
                left,
                y,
                "Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.",
            )
            canvas.drawString(left + mm_to_pt(85), y - 36, SENDER.name)
            canvas.setFont("Helvetica", 7.5)
            canvas.drawCentredString(width / 2, mm_to_pt(12), SENDER.footer)
            canvas.showPage()
        canvas.save()
        return len(inputs)

    report(f"Letters: {len(people):,} one-page letters", alternated(repeat, bare, ours), 0.6)


def bench_service(count: int) -> None:
    from desktop_crm.services.contacts.records import bulk_insert_contacts
    from desktop_crm.services.mailing.postal import print_labels
    from desktop_crm.services.mailing.recipients import Selection
    from desktop_crm.services.setup import open_database
    from desktop_crm.storage.location import resolve_database

    with tempfile.TemporaryDirectory() as folder:
        db = open_database(resolve_database(str(Path(folder) / "b.sqlite")), create=True).db
        fields = (
            "civility",
            "first_name",
            "last_name",
            "company_name",
            "address1",
            "address2",
            "postcode",
            "city",
        )
        with db.uow() as uow:
            bulk_insert_contacts(uow, [{f: getattr(c, f) for f in fields} for c in contacts(count)])
            uow.commit()
        start = time.perf_counter()
        with db.uow() as uow:
            run = print_labels(uow, Selection(), find_sheet("L7163"), Path(folder) / "l.pdf")
            uow.commit()
        elapsed = time.perf_counter() - start
        db.dispose()
    print(
        f"Labels service on SQLite (query, exclusions, PDF, {run.history_entries:,} history "
        f"entries and Last Letter): {elapsed:.2f} s, {run.pages / elapsed:.0f} pages/s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labels", type=int, default=10_000)
    parser.add_argument("--letters", type=int, default=1_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--no-service", action="store_true")
    args = parser.parse_args()
    bench_labels(contacts(args.labels), args.repeat)
    bench_letters(contacts(args.letters), args.repeat)
    if not args.no_service:
        bench_service(args.labels)
    print("Pages per second: higher is better; ratio = ours / bare reportlab, same run.")
    print(f"{args.repeat} alternated runs each (after one warm-up), median and p95.")


if __name__ == "__main__":
    main()

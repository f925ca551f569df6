"""Printed geometry read back from the PDFs: every label's text inside its own cell, envelope
addresses inside their area or window, the letter's address inside the window."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from desktop_crm.domain.contacts import ContactView
from desktop_crm.printing.envelopes import (
    SENDER_AREA,
    EnvelopeOptions,
    envelope_catalogue,
    layout_envelopes,
)
from desktop_crm.printing.fields import Sender, address_block, merge_values
from desktop_crm.printing.labels import LabelOptions, count_pages, label_cell, layout_labels
from desktop_crm.printing.letters import LetterInput, LetterSettings, LetterTemplate, write_letters
from desktop_crm.printing.pdf import write_pages
from desktop_crm.printing.sheets import Rect, catalogue
from tests.unit.printing.pdftext import Word, page_sizes_mm, words_by_page

TOL = 0.05  # mm: rounding in the PDF text extraction


def _blocks(count: int) -> list[tuple[str, ...]]:
    """Addresses that differ per label; some long enough to need shrinking."""
    out = []
    for i in range(count):
        street = f"{i + 1} RUE DU {'TRES ' * (i % 4)}LONG CHEMIN"
        out.append(
            (f"Mme Label{i:03d} Lefèvre", f"Bâtiment B{i:03d}", street, f"{69000 + i:05d} LYON")
        )
    return out


def _assert_within(words: list[Word], rect: Rect) -> None:
    for word in words:
        box = word.box
        assert box.x >= rect.x - TOL and box.right <= rect.right + TOL, (word, rect)
        assert box.y >= rect.y - TOL and box.bottom <= rect.bottom + TOL, (word, rect)


def _owner(word: Word, cells: list[Rect]) -> int:
    x, y = word.centre
    hits = [i for i, c in enumerate(cells) if c.x <= x <= c.right and c.y <= y <= c.bottom]
    assert len(hits) == 1, f"{word} is in cells {hits}"
    return hits[0]


@pytest.mark.parametrize("sheet", catalogue(), ids=lambda s: s.code)
@pytest.mark.parametrize(
    "options",
    [LabelOptions(), LabelOptions(start=2, offset_x=0.8, offset_y=-0.6)],
    ids=["plain", "start2-offset"],
)
def test_each_label_lies_inside_its_cell(sheet, options: LabelOptions, tmp_path: Path) -> None:
    count = sheet.per_page + 3  # spills onto a second sheet
    blocks = _blocks(count)
    target = tmp_path / "labels.pdf"
    pages = write_pages(layout_labels(blocks, sheet, options), target)
    assert pages == count_pages(count, sheet, options.start) == 2
    width, height = sheet.page_size
    assert all(abs(w - width) < 0.1 and abs(h - height) < 0.1 for w, h in page_sizes_mm(target))
    cells = [label_cell(sheet, i, options) for i in range(sheet.per_page)]
    expected: dict[tuple[int, int], tuple[str, ...]] = {}
    for n, block in enumerate(blocks):
        slot = n + options.start - 1
        expected[divmod(slot, sheet.per_page)] = block
    for page_no, words in enumerate(words_by_page(target)):
        found: dict[int, list[Word]] = {}
        for word in words:
            found.setdefault(_owner(word, cells), []).append(word)
        for index, cell_words in found.items():
            _assert_within(cell_words, cells[index])
            text = " ".join(w.text for w in cell_words)
            assert text == " ".join(expected[(page_no, index)]), (page_no, index)
        assert {k[1] for k in expected if k[0] == page_no} == set(found)


def test_start_at_label_n_leaves_the_first_cells_empty(tmp_path: Path) -> None:
    sheet = next(s for s in catalogue() if s.code == "L7163")
    target = tmp_path / "l.pdf"
    write_pages(layout_labels(_blocks(3), sheet, LabelOptions(start=6)), target)
    cells = [sheet.cell(i) for i in range(sheet.per_page)]
    used = {_owner(w, cells) for w in words_by_page(target)[0]}
    assert used == {5, 6, 7}


def test_text_is_shrunk_to_fit_a_small_label() -> None:
    sheet = replace(next(s for s in catalogue() if s.code == "L7160"), height=20.0, pitch_y=20.0)
    long_block = (
        "Société Nationale des Chemins de Fer Français",
        "Direction régionale",
        "Service du courrier",
        "12 BOULEVARD DU GENERAL LECLERC",
        "75014 PARIS",
    )
    page = next(layout_labels([long_block], sheet))
    box = page.boxes[0]
    assert box.shrunk and box.size < 10


def test_one_line_too_long_for_any_size_is_cut_not_the_whole_label_shrunk(
    tmp_path: Path,
) -> None:
    """A 128-character department made the whole address 5 pt and still left the label; it
    is now cut at the label's edge ("…") and the other lines keep their size."""
    sheet = next(s for s in catalogue() if s.code == "L7163")
    service = "Service " + "des achats et de l'approvisionnement " * 4
    block = ("SARL Dupont", service[:128], "M. Jean Dupont", "12 RUE DES LILAS", "44000 NANTES")
    page = next(layout_labels([block], sheet))
    box = page.boxes[0]
    assert box.size == 10.0 and not box.shrunk  # sized by the other lines
    printed = [line.text for line in box.lines]
    assert printed[0] == block[0] and printed[2:] == list(block[2:])
    assert printed[1].endswith("…") and service.startswith(printed[1][:-1].rstrip())
    target = tmp_path / "l.pdf"
    write_pages([page], target)
    cell = label_cell(sheet, 0, LabelOptions())
    _assert_within(words_by_page(target)[0], cell)


@pytest.mark.parametrize("envelope", envelope_catalogue(), ids=lambda e: e.code)
@pytest.mark.parametrize("window", [False, True], ids=["plain", "window"])
def test_envelope_address_lies_in_its_area(envelope, window: bool, tmp_path: Path) -> None:
    options = EnvelopeOptions(
        use_window=window, sender_lines=("ACME SAS", "3 rue de la Paix", "75002 PARIS")
    )
    target = tmp_path / "env.pdf"
    block = ("SARL Dupont", "M. Jean Dupont", "12 RUE DES LILAS", "44000 NANTES")
    write_pages(layout_envelopes([block], envelope, options), target)
    [(width, height)] = page_sizes_mm(target)
    assert (round(width, 1), round(height, 1)) == (
        round(envelope.width, 1),
        round(envelope.height, 1),
    )
    assert width > height  # landscape, as printers feed envelopes
    [words] = words_by_page(target)
    area = envelope.window if window else envelope.recipient
    address = [w for w in words if w.centre[1] > SENDER_AREA.bottom]
    sender = [w for w in words if w.centre[1] <= SENDER_AREA.bottom]
    assert " ".join(w.text for w in address) == " ".join(block)
    assert " ".join(w.text for w in sender) == "ACME SAS 3 rue de la Paix 75002 PARIS"
    _assert_within(address, area)
    _assert_within(sender, SENDER_AREA)


def test_window_position_is_a_template_setting(tmp_path: Path) -> None:
    dl = next(e for e in envelope_catalogue() if e.code == "DL")
    left_window = Rect(20.0, 55.0, 100.0, 40.0)  # a Swiss-style window on the left
    target = tmp_path / "env.pdf"
    write_pages(
        layout_envelopes(
            [("M. Hans Muster", "BAHNHOFSTRASSE 1", "8001 ZURICH")],
            dl,
            EnvelopeOptions(use_window=True, window=left_window),
        ),
        target,
    )
    [words] = words_by_page(target)
    assert words and all(w.box.right < 120 for w in words)
    _assert_within(words, left_window)


def test_letter_address_sits_in_the_window(tmp_path: Path) -> None:
    contact = ContactView(
        id=1,
        version=1,
        civility="M.",
        first_name="Jean",
        last_name="Dupont",
        company_name="SARL Dupont",
        address1="12 rue des Lilas",
        postcode="44000",
        city="Nantes",
    )
    block = address_block(contact)
    values = merge_values(contact, Sender(name="Paul Martin"), dt.date(2026, 11, 23))
    settings = LetterSettings(window_x=105.0, window_y=50.0)
    target = tmp_path / "letter.pdf"
    write_letters(
        [LetterInput(block.lines, values)],
        LetterTemplate("t", body_text="Corps de la lettre.", settings=settings),
        target,
        header_lines=("ACME SAS", "3 rue de la Paix"),
    )
    [words] = words_by_page(target)
    address = [w for w in words if settings.window.y - 2 <= w.centre[1] <= settings.window.bottom]
    assert " ".join(w.text for w in address) == " ".join(block.lines)
    _assert_within(address, settings.window)


def test_large_letter_runs_are_built_in_chunks_and_joined(tmp_path: Path) -> None:
    people = [
        ContactView(
            id=i,
            version=1,
            civility="Mme",
            first_name=f"Prénom{i}",
            last_name=f"Nom{i}",
            address1=f"{i} rue A",
            postcode="75001",
            city="Paris",
        )
        for i in range(1, 6)
    ]
    inputs = [
        LetterInput(address_block(c).lines, merge_values(c, Sender(), dt.date.today()))
        for c in people
    ]
    done: list[int] = []
    target = tmp_path / "letters.pdf"
    run = write_letters(
        inputs,
        LetterTemplate("t", body_text="Bonjour {{prenom}}."),
        target,
        chunk=2,
        progress=done.append,
    )
    assert (run.pages, run.letters, done) == (5, 5, [2, 4, 5])
    pages = words_by_page(target)
    assert [
        " ".join(w.text for w in page).count(f"Prénom{i + 1}") for i, page in enumerate(pages)
    ] == [2] * 5  # address and "Bonjour Prénom1."
    assert list(tmp_path.iterdir()) == [target]  # the chunk files are gone


def test_a_long_letter_flows_on_and_the_next_one_starts_on_a_fresh_first_page(
    tmp_path: Path,
) -> None:
    people = [
        ContactView(
            id=i,
            version=1,
            civility="M.",
            first_name="Jean",
            last_name=f"Durand{i}",
            address1="1 rue A",
            postcode="75001",
            city="Paris",
        )
        for i in (1, 2)
    ]
    inputs = [
        LetterInput(address_block(c).lines, merge_values(c, Sender(), dt.date.today()))
        for c in people
    ]
    body = "\n\n".join(f"Paragraphe {n} : " + "texte de la lettre " * 30 for n in range(12))
    settings = LetterSettings()
    target = tmp_path / "long.pdf"
    run = write_letters(inputs, LetterTemplate("t", body_text=body, settings=settings), target)
    pages = words_by_page(target)
    assert run.pages == len(pages) and run.pages % 2 == 0 and run.pages >= 4
    second_start = run.pages // 2
    for index, name in ((0, "DURAND1"), (second_start, "DURAND2")):
        window = [
            w
            for w in pages[index]
            if w.centre[1] <= settings.window.bottom and w.centre[0] >= settings.window.x
        ]
        assert name in " ".join(w.text for w in window).upper()
        _assert_within(window, settings.window)
    for page in pages:
        assert all(
            w.box.bottom <= 297 - settings.margin_bottom + 1 for w in page if w.text != ""
        )  # the body never runs into the footer area


def test_a_card_without_a_name_prints_no_lone_civility() -> None:
    # "M." alone on the first line of a label and a letter's window (found by hand on an
    # imported "Société Sans Nom" card): the company's name comes first.
    nameless = ContactView(
        id=2,
        version=1,
        civility="M.",
        company_name="Société Sans Nom",
        address1="3 rue Neuve",
        postcode="69002",
        city="Lyon",
    )
    assert address_block(nameless).lines[0] == "Société Sans Nom"
    assert not any(line.strip() in ("M.", "M") for line in address_block(nameless).lines)
    named = ContactView(id=3, version=1, civility="M.", last_name="Roy", city="Lyon")
    assert address_block(named).lines[0] == "M. Roy"

"""``desktop-crm analyse --save-group`` keeps the analysis's settings: the saved group holds
the contacts of the clients the analysis showed, also with ``--kinds``,
``--potential-field``, ``--a``/``--b`` and ``--months`` (real SQLite file)."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from desktop_crm.cli import main
from desktop_crm.domain.errors import DomainError
from desktop_crm.domain.query import format_query, parse
from desktop_crm.services.analytics.figures import Period
from desktop_crm.services.analytics.run import AnalysisSpec, client_contacts, run_analysis
from desktop_crm.services.fields import define_field, set_values
from desktop_crm.services.groups.groups import find_group, member_ids
from desktop_crm.storage.uow import Database, UnitOfWork
from tests.integration.test_analytics_service import _setup

Y2025 = Period.year(2025)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _with_second_potential(uow: UnitOfWork) -> dict[str, int]:
    ids = _setup(uow)
    define_field(uow, "company", "potentiel_2", "number", "Potentiel bis")
    set_values(uow, "company", ids["Glouton"], {"potentiel_2": "50000"})
    uow.session.flush()
    return ids


def _saved_and_shown(
    db: Database, capsys: pytest.CaptureFixture[str], url: str, name: str, *argv: str
) -> tuple[set[int], set[int], str]:
    """(members of the saved group, contacts of the rows the analysis showed, its query)."""
    code, out, err = _run(capsys, "analyse", *argv, "--save-group", name, "--json", "--db", url)
    assert code == 0, err
    data = json.loads(out)
    shown = {(row["kind"], row["id"]) for row in data["rows"]}
    with db.uow() as uow:
        group = find_group(uow, name)
        members = set(member_ids(uow, group.id))
        from desktop_crm.services.analytics.figures import contacts_of_clients

        contacts = set(contacts_of_clients(uow, iter(shown)))
        return members, contacts, group.query_text or ""


@pytest.mark.parametrize(
    ("argv", "default_argv", "saved"),
    [
        (
            ("quadrants", "--period", "2025", "--class", "Squelettes", "--kinds", "meeting_held"),
            ("quadrants", "--period", "2025", "--class", "Squelettes"),
            'kinds ("meeting_held")',
        ),
        (
            ("pr", "--period", "2025", "--class", "room", "--potential-field", "potentiel_2"),
            ("pr", "--period", "2025", "--class", "room"),
            'potential "potentiel_2"',
        ),
        (
            ("abc", "--period", "2025", "--class", "A", "--a", "40", "--b", "60"),
            ("abc", "--period", "2025", "--class", "A"),
            "thresholds 40 60",
        ),
    ],
)
def test_saved_group_holds_what_the_analysis_showed(
    sqlite_db: Database,
    sqlite_url: str,
    capsys: pytest.CaptureFixture[str],
    argv: tuple[str, ...],
    default_argv: tuple[str, ...],
    saved: str,
) -> None:
    sqlite_db.run(_with_second_potential)
    members, shown, query = _saved_and_shown(sqlite_db, capsys, sqlite_url, "Avec", *argv)
    assert saved in query
    assert members == shown and members
    # The option changes the result: without it the class holds other clients.
    plain, plain_shown, plain_query = _saved_and_shown(
        sqlite_db, capsys, sqlite_url, "Sans", *default_argv
    )
    assert plain == plain_shown and plain != members
    assert saved not in plain_query


def test_inactive_months_are_kept(sqlite_db: Database) -> None:
    ids = sqlite_db.run(_setup).value
    spec = AnalysisSpec("inactive", Y2025, inactive_months=12)
    from desktop_crm.services.analytics.groups import save_analysis_group

    group = sqlite_db.run(save_analysis_group, "Inactifs 12 mois", spec, "inactive").value
    with sqlite_db.uow() as uow:
        result = run_analysis(uow, spec)
        expected = set(client_contacts(uow, result, "inactive"))
        default = set(
            client_contacts(uow, run_analysis(uow, AnalysisSpec("inactive", Y2025)), "inactive")
        )
        assert (group.query_text or "").endswith(" months 12")
        assert set(member_ids(uow, group.id)) == expected != default
    assert ids


def test_settings_round_trip_and_refusals() -> None:
    text = (
        'analysis abc = "A" period 2025 among group "X" kinds ("call_reached", "meeting_held")'
        ' potential "p2" thresholds 70.5 90 months 3'
    )
    node = parse(text)
    assert node.kinds == ("call_reached", "meeting_held")  # type: ignore[union-attr]
    assert node.thresholds == (Decimal("70.5"), Decimal(90))  # type: ignore[union-attr]
    assert format_query(node) == text
    # Any order reads the same; the canonical text puts them in one order.
    other = parse('analysis abc = "A" period 2025 months 3 potential "p2"')
    assert format_query(other) == 'analysis abc = "A" period 2025 potential "p2" months 3'
    assert parse('analysis rfm = "Champions" period 2025').kinds is None  # type: ignore[union-attr]
    assert parse(f'{text} and city = "Lyon"') is not None
    assert dt.date(2025, 1, 1) == node.start  # type: ignore[union-attr]
    for bad in (
        'analysis abc = "A" period 2025 kinds ("nope")',
        'analysis abc = "A" period 2025 kinds "call_reached"',
        'analysis abc = "A" period 2025 thresholds 90 80',
        'analysis abc = "A" period 2025 thresholds 0 80',
        'analysis abc = "A" period 2025 months 0',
        'analysis abc = "A" period 2025 months 2 months 3',
    ):
        with pytest.raises(DomainError):
            parse(bad)


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", ("Class “Inactive”", "the year 2025", "inactive after 12 months")),
        ("fr", ("Classe « Inactif »", "Clients inactifs", "l'année 2025", "inactif après 12 mois")),
    ],
)
def test_the_group_says_which_analysis_in_the_users_language(
    sqlite_db: Database, language: str, words: tuple[str, ...]
) -> None:
    """The saved group's description names the analysis and its settings in the words of
    the Groups view, in the user's language (it was French only, without the settings)."""
    from desktop_crm.cli.catalogue import CatalogueTranslator
    from desktop_crm.domain import wording
    from desktop_crm.services.analytics.groups import save_analysis_group

    sqlite_db.run(_setup)
    spec = AnalysisSpec("inactive", Y2025, inactive_months=12)
    previous = wording.current()
    wording.set_translator(CatalogueTranslator(language=lambda: language))
    try:
        group = sqlite_db.run(save_analysis_group, "Inactifs", spec, "inactive").value
    finally:
        wording.set_translator(previous)
    for word in words:
        assert word in (group.description or ""), group.description

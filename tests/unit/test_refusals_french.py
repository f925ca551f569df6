"""Review 20's English leftovers inside French refusals: each sentence is French throughout."""

from __future__ import annotations

import errno
from collections.abc import Iterator

import pytest

from desktop_crm.cli.catalogue import FRENCH, CatalogueTranslator
from desktop_crm.domain import wording
from desktop_crm.domain.errors import NotFoundError
from desktop_crm.storage.uow import Database


@pytest.fixture
def french() -> Iterator[None]:
    previous = wording.current()
    wording.set_translator(CatalogueTranslator(FRENCH, lambda: "fr"))
    try:
        yield
    finally:
        wording.set_translator(previous)


def test_no_campaign_yet_is_french_in_find_campaign(french: None, sqlite_db: Database) -> None:
    from desktop_crm.services.campaigns.sends import find_campaign

    with pytest.raises(NotFoundError) as caught:
        sqlite_db.run(find_campaign, "Salon")
    assert caught.value.message == (
        "Il n'y a pas de campagne nommée « Salon » (campagnes : aucune pour l'instant)."
    )


def test_no_campaign_yet_is_french_in_campaign_id_by_name(
    french: None, sqlite_db: Database
) -> None:
    from desktop_crm.services.campaigns.records import campaign_id_by_name

    with pytest.raises(NotFoundError) as caught:
        sqlite_db.run(campaign_id_by_name, "Salon")
    assert "Campagnes connues : aucune pour l'instant." in caught.value.message


def test_no_campaign_yet_in_english(sqlite_db: Database) -> None:
    from desktop_crm.services.campaigns.sends import find_campaign

    with pytest.raises(NotFoundError) as caught:
        sqlite_db.run(find_campaign, "Salon")
    assert caught.value.message == (
        "There is no campaign called 'Salon' (campaigns: no campaign yet)."
    )


@pytest.mark.parametrize(
    "exc",
    [
        OSError(errno.ENOSPC, "No space left on device"),
        OSError(errno.EISDIR, "Is a directory"),
        PermissionError(errno.EACCES, "Permission denied"),
        FileNotFoundError(errno.ENOENT, "No such file"),
        OSError(errno.EIO, "Input/output error"),
    ],
)
def test_an_unnamed_file_is_french(french: None, exc: OSError) -> None:
    from desktop_crm.domain.files import file_write_error

    error = file_write_error(exc, None)
    assert "the file" not in error.message, error.message
    assert "fichier" in error.message, error.message


def test_vcard_value_too_long_names_the_value_in_french(french: None) -> None:
    from dataclasses import replace

    from desktop_crm.domain.errors import DomainError
    from desktop_crm.interchange.limits import LIMITS
    from desktop_crm.interchange.vcard import VCARD_COLUMNS, _checked

    for column in VCARD_COLUMNS:
        row = [""] * len(VCARD_COLUMNS)
        row[VCARD_COLUMNS.index(column)] = "x" * 50
        with pytest.raises(DomainError) as caught:
            _checked(row, 3, 12, replace(LIMITS, max_field_chars=10))
        if column not in {"Cedex", "E-mail", "E-mail 2", "Notes"}:  # the same in French
            assert column not in caught.value.message, caught.value.message


def test_vcard_value_too_long_last_name(french: None) -> None:
    from dataclasses import replace

    from desktop_crm.domain.errors import DomainError
    from desktop_crm.interchange.limits import LIMITS
    from desktop_crm.interchange.vcard import VCARD_COLUMNS, _checked

    row = [""] * len(VCARD_COLUMNS)
    row[VCARD_COLUMNS.index("Last name")] = "x" * 50
    with pytest.raises(DomainError) as caught:
        _checked(row, 3, 12, replace(LIMITS, max_field_chars=10))
    assert "« Nom »" in caught.value.message, caught.value.message


@pytest.mark.parametrize(
    ("text", "english", "french"),
    [
        (
            'analysis abc = "A" from 2026-01-01 2026-02-01',
            "Unexpected '2026-02-01' at 36: expected 'to'",
            "« 2026-02-01 » inattendu en position 36 : attendu « to »",
        ),
        ('(city = "Lyon"', "Expected ')' at the end (15)", "Attendu « ) » à la fin (position 15)"),
    ],
)
def test_the_query_keywords_expected_are_quoted_in_french(
    text: str, english: str, french: str
) -> None:
    from desktop_crm.domain import query as q

    with pytest.raises(q.QueryError) as caught:
        q.parse(text, q.contact_fields())
    assert caught.value.message == english
    previous = wording.current()
    wording.set_translator(CatalogueTranslator(FRENCH, lambda: "fr"))
    try:
        with pytest.raises(q.QueryError) as caught:
            q.parse(text, q.contact_fields())
    finally:
        wording.set_translator(previous)
    assert caught.value.message == french


@pytest.mark.parametrize(
    ("table", "english", "french"),
    [
        ("contact", "There is no contact #99999 you can see.", "Vous ne voyez aucun contact"),
        ("company", "There is no company #99999 you can see.", "Vous ne voyez aucune société"),
        (
            "contact_group",
            "There is no contact group #99999 you can see.",
            "Vous ne voyez aucun groupe de contacts",
        ),
        ("opportunity", "There is no opportunity #99999 you can see.", "Vous ne voyez aucune opp"),
        ("activity", "There is no activity #99999 you can see.", "Vous ne voyez aucune activité"),
        ("note", "There is no note #99999 you can see.", "Vous ne voyez aucune note"),
        ("history", "There is no history #99999 you can see.", "Vous ne voyez aucune entrée"),
    ],
)
def test_a_record_you_cannot_see_is_named_with_its_gender(
    sqlite_db: Database, table: str, english: str, french: str
) -> None:
    from desktop_crm.services.users.records import _load

    with pytest.raises(NotFoundError) as caught:
        sqlite_db.run(_load, table, 99999)
    assert caught.value.message == english
    previous = wording.current()
    wording.set_translator(CatalogueTranslator(FRENCH, lambda: "fr"))
    try:
        with pytest.raises(NotFoundError) as caught:
            sqlite_db.run(_load, table, 99999)
    finally:
        wording.set_translator(previous)
    assert caught.value.message.startswith(french), caught.value.message
    assert caught.value.message.endswith(" n° 99999."), caught.value.message
    assert "fiche" not in caught.value.message


def test_a_custom_field_on_an_unknown_record_kind_quotes_both_words(french: None) -> None:
    from desktop_crm.domain.errors import DomainError
    from desktop_crm.services.fields.definitions import _check_record

    with pytest.raises(DomainError) as caught:
        _check_record("deal")
    assert caught.value.message == "« deal » n'est ni « contact » ni « company »."

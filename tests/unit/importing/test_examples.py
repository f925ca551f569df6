"""Examples of a column as the import stores them (``services.importing.examples``)."""

from __future__ import annotations

from desktop_crm.interchange.table import Sheet
from desktop_crm.services.importing.examples import as_imported, column_examples, french_date
from desktop_crm.services.importing.model import ImportMapping


def test_values_as_the_checks_read_them() -> None:
    assert as_imported("postcode", "6000") == "06000"  # Excel's number, its zero back
    assert as_imported("postcode", "1000", "Belgique") == "1000"  # not French: as typed
    assert as_imported("phone_mobile", "612345678") == "06 12 34 56 78"
    assert as_imported("birthday", "1980-12-01") == "01/12/1980"
    assert as_imported("birthday", "46349") == "23/11/2026"  # an Excel serial number
    assert as_imported("birthday", "demain") == "demain"  # refused: shown as typed
    assert as_imported("city", "Lyon Cedex 3") == "Lyon CEDEX 3"
    assert as_imported("note", "2026-12-01") == "2026-12-01"  # a note keeps the text
    assert french_date("2026-12-02 14:30") == "02/12/2026 14:30"
    assert french_date("2026-12-1") == "2026-12-1"


def test_a_row_country_decides_the_postcode() -> None:
    rows = [["CP", "Pays"], ["6000", "France"], ["1000", "Belgique"]]
    mapping = ImportMapping(columns={0: ["postcode"], 1: ["country"]})
    examples = column_examples(Sheet("s", rows), mapping, 2)
    assert examples.values == [["06000", "1000"], ["France", "Belgique"]]
    assert examples.to_details == frozenset()


def test_user_fields_read_as_the_import_reads_them() -> None:
    import datetime as dt

    from desktop_crm.domain.custom_fields import CustomFieldSpec, CustomKind
    from desktop_crm.services.importing.custom import check_custom

    visit = CustomFieldSpec(1, "contact", "visite", "Visite", CustomKind.DATE)
    size = CustomFieldSpec(2, "contact", "surface", "Surface", CustomKind.NUMBER)
    # An Excel date left as a plain number is a date, as in a standard date field.
    assert check_custom([visit], {"custom:visite": "46349"}) == (
        {"visite": dt.date(2026, 11, 23)},
        [],
    )
    # A year typed alone is no date (it was stored as 16/07/1905 without a word).
    values, problems = check_custom([visit], {"custom:visite": "2024"})
    assert values == {} and [p.field for p in problems] == ["visite"]
    assert as_imported("custom:visite", "46349", spec=visit) == "23/11/2026"
    assert as_imported("custom:visite", "2026-12-01", spec=visit) == "01/12/2026"
    assert as_imported("custom:visite", "bientôt", spec=visit) == "bientôt"
    assert as_imported("custom:surface", "12.5", spec=size) == "12,5"
    rows = [["Visite"], ["2026-12-01"], ["46350"]]
    mapping = ImportMapping(columns={0: ["custom:visite"]})
    shown = column_examples(Sheet("s", rows), mapping, 1, [visit]).values
    assert shown == [["01/12/2026", "24/11/2026"]]

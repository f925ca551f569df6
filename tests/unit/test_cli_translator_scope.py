"""The command line's French is installed for the command it runs, not for the process.

An in-process ``main([...])`` (the tests run many) used to leave its translator in
``domain.wording``: on a French machine every later sentence of the process followed the
environment's language, and the tests depended on their order.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_crm.cli import main
from desktop_crm.domain import query as q
from desktop_crm.domain import wording


@pytest.fixture
def french_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LC_ALL", "LC_MESSAGES", "DESKTOP_CRM_LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")


def test_a_command_line_run_puts_the_previous_translation_back(french_machine: None) -> None:
    before = wording.current()
    with pytest.raises(SystemExit):
        main(["--version"])
    assert wording.current() is before
    assert wording.say(wording.QUERY, "a value") == "a value"


def test_a_later_query_error_stays_english_after_a_run(french_machine: None) -> None:
    """The reviewer's order-dependent run, in one test: CLI first, then a domain sentence."""
    with pytest.raises(SystemExit):
        main(["--version"])
    with pytest.raises(q.QueryError) as caught:
        q.parse('citty = "Lyon"', q.contact_fields())
    assert caught.value.message.startswith("Unknown field 'citty'"), caught.value.message


def test_a_failing_command_puts_it_back_too(french_machine: None, tmp_path: Path) -> None:
    before = wording.current()
    assert main(["unmerge", "7", "--db", str(tmp_path / "missing" / "x.sqlite")]) != 0
    assert wording.current() is before

"""The command line's last resort: every fault still ends in a sentence, never a traceback."""

from __future__ import annotations

import pytest

from desktop_crm import cli
from desktop_crm.services import maintenance


@pytest.mark.parametrize(
    ("fault", "expected"),
    [
        (MemoryError(), "ran out of memory"),
        (KeyError("x"), "internal fault (KeyError"),
    ],
)
def test_an_unforeseen_fault_is_a_sentence(
    sqlite_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    fault: BaseException,
    expected: str,
) -> None:
    def broken(_db: object) -> None:
        raise fault

    monkeypatch.setattr(maintenance, "check_database", broken)
    assert cli.main(["db", "check", "--db", sqlite_url]) == 1
    err = capsys.readouterr().err
    assert expected in err and "nothing more was written" in err
    assert "Traceback" not in err and "unexpected error" not in err

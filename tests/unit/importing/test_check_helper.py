"""The check helper: a big file's rows checked by this process and a helper process.

Real processes (spawned as the import spawns them); the rows are small so that the tests
are quick, with the thresholds lowered.
"""

from __future__ import annotations

import csv
import os
import signal
import time
from concurrent.futures import wait
from pathlib import Path

import pytest

import desktop_crm.services.importing.check_helper as helping
import desktop_crm.services.importing.service as importing
from desktop_crm.services.importing.check_helper import CheckHelper, check_helper, check_shared
from desktop_crm.services.importing.chunk_checks import check_chunk

READY_WITHIN = 120.0  # seconds: a spawned Python on a loaded 2-core machine


def _raws(count: int) -> list[dict[str, str]]:
    return [
        {
            "last_name": f"Nom{i}",
            "first_name": "Zoé" if i % 3 else "",
            "email": f"p{i}@gmial.com" if i % 7 == 0 else f"p{i}@orange.fr",
            "phone_mobile": "0612" if i % 11 == 0 else f"06 12 34 {i % 100:02d} 78",
            "postcode": "6000" if i % 5 == 0 else "69002",
            "city": "Lyon",
        }
        for i in range(count)
    ]


def _chunks(raws: list[dict[str, str]], size: int) -> list[list[dict[str, str]]]:
    return [raws[i : i + size] for i in range(0, len(raws), size)]


def _serial(chunks: list[list[dict[str, str]]]) -> list[object]:
    return [checked for chunk in chunks for checked in check_chunk(chunk)]


class Stop(Exception):
    pass


def _waiting_for(helper: CheckHelper, seen: list[tuple[int, int]]):  # type: ignore[no-untyped-def]
    """A progress callback that, after this process's first chunk, waits until the helper
    has checked the chunks it was given: so that the helper surely takes part, whatever
    the machine's load (without it, this process may check everything first)."""

    def progress(done: int, total: int) -> None:
        if not seen:
            assert helper.submitted, "the ready helper was given no chunk"
            wait(helper.submitted, timeout=READY_WITHIN)
        seen.append((done, total))

    return progress


def test_the_helper_checks_chunks_and_the_rows_are_the_same_in_the_same_order() -> None:
    chunks = _chunks(_raws(3000), 100)
    helper = CheckHelper(1)
    try:
        assert helper.wait_ready(READY_WITHIN)
        seen: list[tuple[int, int]] = []
        shared = check_shared(chunks, helper, 3000, _waiting_for(helper, seen), None, Stop)
    finally:
        helper.close()
    assert shared == _serial(chunks)
    assert helper.chunks_checked > 0  # (the helper took part: the test is about sharing)
    assert seen[-1] == (3000, 3000)
    assert [d for d, _t in seen] == sorted(d for d, _t in seen)


def test_a_helper_not_ready_yet_is_not_waited_for() -> None:
    chunks = _chunks(_raws(40), 10)
    helper = CheckHelper(1)  # (just spawned: its start takes far longer than these rows)
    try:
        shared = check_shared(chunks, helper, 40, None, None, Stop)
    finally:
        helper.close()
    assert shared == _serial(chunks)
    assert not helper.submitted  # nothing given, nothing waited for


def _kill(helper: CheckHelper) -> None:
    for pid in list(helper._pool._processes or {}):  # type: ignore[union-attr]
        os.kill(pid, signal.SIGKILL)


def test_a_helper_that_died_before_is_given_nothing() -> None:
    chunks = _chunks(_raws(300), 10)
    helper = CheckHelper(1)
    try:
        assert helper.wait_ready(READY_WITHIN)
        _kill(helper)
        # (once the pool knows its process is gone, it refuses work)
        deadline = time.monotonic() + READY_WITHIN
        while helper.submit(chunks[0]) is not None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert helper.broken and not helper.ready()
        shared = check_shared(chunks, helper, 300, None, None, Stop)
    finally:
        helper.close()
    assert shared == _serial(chunks)
    assert helper.chunks_checked == 0


def test_a_helper_that_dies_during_the_checks_leaves_its_chunks_to_this_process() -> None:
    chunks = _chunks(_raws(3000), 100)
    helper = CheckHelper(1)

    def kill_after_first_chunk(done: int, total: int) -> None:
        if helper.submitted and not helper.broken:
            _kill(helper)
            wait(helper.submitted, timeout=READY_WITHIN)  # (they fail: the pool is broken)

    try:
        assert helper.wait_ready(READY_WITHIN)
        shared = check_shared(chunks, helper, 3000, kill_after_first_chunk, None, Stop)
    finally:
        helper.close()
    assert shared == _serial(chunks)
    assert helper.broken and helper.submitted


def test_cancel_stops_the_helper_and_says_so() -> None:
    chunks = _chunks(_raws(300), 10)
    calls = []
    helper = CheckHelper(1)
    try:
        assert helper.wait_ready(READY_WITHIN)
        with pytest.raises(Stop):
            check_shared(chunks, helper, 300, None, lambda: not calls.append(1), Stop)
    finally:
        helper.close()
    assert len(calls) == 1  # cancelled after the first chunk
    assert helper.submit(chunks[0]) is None  # (closed)


def test_the_helper_is_started_only_for_big_work(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(helping, "helper_count", lambda: 1)
    with check_helper(rows=helping.HELPER_FROM_ROWS - 1) as small:
        assert small is None
    with check_helper(size=helping.HELPER_FROM_BYTES - 1) as small_file:
        assert small_file is None
    with check_helper(size=helping.HELPER_FROM_BYTES) as big:
        assert isinstance(big, CheckHelper)
    monkeypatch.setattr(helping, "helper_count", lambda: 0)  # one core
    with check_helper(rows=10**6) as none:
        assert none is None


def test_check_all_with_a_helper_gives_the_serial_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    raws = _raws(3000)
    monkeypatch.setattr(importing, "CHECK_CHUNK", 100)
    monkeypatch.setattr(importing, "HELPER_FROM_ROWS", 1)
    helper = CheckHelper(1)
    try:
        assert helper.wait_ready(READY_WITHIN)
        shared = importing._check_all(raws, _waiting_for(helper, []), None, helper)
    finally:
        helper.close()
    assert helper.chunks_checked > 0
    # (checked alone after: the same values warm this process's caches, which would leave
    # the helper nothing to do if done first)
    assert shared == importing._check_all(raws, None, None)


def test_an_import_from_a_big_file_is_the_same_with_the_helper(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The command line's pipeline starts the helper before reading a big file; the
    contacts written are the same as without it."""
    from desktop_crm.services.setup import open_database
    from desktop_crm.storage.location import resolve_database
    from tests.integration.import_helpers import dump, run_import

    path = tmp_path / "salon.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter=";")
        writer.writerow(["Nom", "Prénom", "E-mail", "Mobile", "Code postal", "Ville"])
        for raw in _raws(400):
            writer.writerow(
                [
                    raw["last_name"],
                    raw["first_name"],
                    raw["email"],
                    raw["phone_mobile"],
                    raw["postcode"],
                    raw["city"],
                ]
            )
    monkeypatch.setattr(importing, "CHECK_CHUNK", 20)
    dumps = []
    for helped in (False, True):
        monkeypatch.setattr(helping, "helper_count", lambda helped=helped: int(helped))
        monkeypatch.setattr(helping, "HELPER_FROM_BYTES", 1)
        monkeypatch.setattr(importing, "HELPER_FROM_ROWS", 1)
        db = open_database(resolve_database(str(tmp_path / f"crm{helped}.sqlite")), create=True).db
        try:
            report = run_import(db, path)
            assert report.created == 400
            dumps.append(dump(db))
        finally:
            db.dispose()
    without, with_helper = dumps
    assert len(with_helper["contact"]) == 400
    # (the rows but their creation and edit times, which differ by the run)
    drop_times = [
        tuple(v for v in row if not hasattr(v, "isoformat")) for row in without["contact"]
    ]
    assert [
        tuple(v for v in row if not hasattr(v, "isoformat")) for row in with_helper["contact"]
    ] == drop_times


@pytest.mark.skipif(not hasattr(os, "sched_setaffinity"), reason="no CPU affinity here")
def test_a_process_pinned_to_one_core_starts_no_helper() -> None:
    assert helping.MIN_CORES >= 2  # (two cores: measured no faster; see the module)
    import subprocess
    import sys

    code = (
        "import os; os.sched_setaffinity(0, {min(os.sched_getaffinity(0))}); "
        "from desktop_crm.services.importing.check_helper import helper_count; "
        "print(helper_count())"
    )
    out = subprocess.run(  # (one core, and below MIN_CORES either way)
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip() == "0"


def test_helpers_by_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    for cores, helpers in ((1, 0), (2, 0), (3, 2), (4, 3), (16, 3)):
        monkeypatch.setattr(
            os, "sched_getaffinity", lambda _pid, n=cores: set(range(n)), raising=False
        )
        assert helping.helper_count() == helpers

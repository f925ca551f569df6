"""All contacts of a large file start with a provisional count (the id span, no count(*)),
on both backends; a page read by position past the real end brings the exact count. And the
OS cache warm-up of a local SQLite file: never a server database, never a file too big for
the memory, stopped at close."""

from __future__ import annotations

import io
import os
import threading
from pathlib import Path

import pytest

from desktop_crm.services.contacts import list_data, lookup
from desktop_crm.services.contacts.records import bulk_insert_contacts, delete_contact
from desktop_crm.storage import cache_warm
from desktop_crm.storage.cache_warm import CacheWarmer, worth_warming
from desktop_crm.storage.uow import Database


def _holed(db: Database) -> list[int]:
    """60 contacts, every other one deleted but the first and last: 31 left, span 60."""
    with db.uow() as uow:
        bulk_insert_contacts(uow, [{"last_name": f"Nom{i:02d}"} for i in range(60)])
        uow.commit()
    with db.uow(write=False) as uow:
        ids = sorted(lookup.lookup_ids(uow, ""))
    with db.uow() as uow:
        for contact_id in ids[1:-1:2]:
            delete_contact(uow, contact_id)
        uow.commit()
    with db.uow(write=False) as uow:
        return list(lookup.lookup_ids(uow, ""))


def test_all_contacts_start_with_the_id_span_then_pages_tell_the_end(db: Database) -> None:
    kept = _holed(db)
    assert len(kept) == 31
    with db.uow(write=False) as uow:
        span = lookup.estimate_contacts(uow)
        start = list_data.start_lookup(uow, "", "last_name", False, 10, 8)
        small = list_data.start_lookup(uow, "", "last_name", False, 100, 8)
        # Read by position: a short page tells the end; a page past it counts.
        middle = list_data.fetch_page(uow, None, "", "last_name", False, 8, 8)
        short = list_data.fetch_page(uow, None, "", "last_name", False, 24, 8)
        past = list_data.fetch_page(uow, None, "", "last_name", False, 40, 8)
    assert span == 60 > len(kept)
    assert not start.exact and start.total == span and not start.complete
    assert list(start.ids) == kept[:8] and set(start.first_rows) == set(kept[:8])
    # Under the staging threshold the count is cheap: exact.
    assert small.exact and small.total == len(kept)
    assert middle.end is None and list(middle.ids) == kept[8:16]
    assert short.end == len(kept) and list(short.ids) == kept[24:]
    assert past.end == len(kept) and past.ids == ()


def test_an_empty_or_one_page_file_is_exact(sqlite_db: Database) -> None:
    with sqlite_db.uow(write=False) as uow:
        assert lookup.estimate_contacts(uow) == 0
        empty = list_data.start_lookup(uow, "", "last_name", False, 0, 8)
    assert empty.exact and empty.total == 0 and empty.complete
    with sqlite_db.uow() as uow:
        bulk_insert_contacts(uow, [{"last_name": "Seul"}])
        uow.commit()
    with sqlite_db.uow(write=False) as uow:
        one = list_data.start_lookup(uow, "", "last_name", False, 0, 8)
    assert one.exact and one.total == 1 and one.complete


def test_the_warm_up_reads_a_local_file_and_stops_at_close(sqlite_db: Database) -> None:
    assert sqlite_db.warm_file_cache()
    warmer = sqlite_db.cache_warmer
    assert isinstance(warmer, CacheWarmer)
    assert not sqlite_db.warm_file_cache()  # once per database
    assert warmer.finished.wait(10)
    assert warmer.chunks_done >= 1
    sqlite_db.dispose()
    assert not warmer.is_running()


def test_close_stops_the_warm_up_between_chunks(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "big.sqlite"
    path.write_bytes(b"\0" * (1 << 20))
    monkeypatch.setattr(cache_warm, "CHUNK", 4096)  # 256 chunks
    warmer = CacheWarmer(path)
    warmer.stop()  # closed before it ran: not one chunk read
    assert warmer.start()
    assert warmer.finished.wait(10)
    assert warmer.chunks_done == 0
    again = CacheWarmer(path)
    assert again.start()
    again.stop()
    assert not again.is_running() and again.finished.is_set()


@pytest.mark.postgres
def test_no_warm_up_on_a_server_database(pg_url: str) -> None:
    database = Database(pg_url)
    try:
        assert not database.warm_file_cache()
        assert database.cache_warmer is None
    finally:
        database.dispose()


def test_no_warm_up_for_a_file_too_big_for_the_memory(
    sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cache_warm, "MEMORY_SHARE", 1e-12)  # any file is too big
    assert not sqlite_db.warm_file_cache()
    assert not sqlite_db.cache_warmer.is_running()


def test_a_file_is_warmed_when_it_takes_at_most_a_quarter_of_the_free_memory() -> None:
    assert worth_warming(250, 1000) and not worth_warming(300, 1000)
    assert not worth_warming(0, 1000)
    assert worth_warming(1 << 20, None) and not worth_warming(1 << 30, None)


class _SlowFile(io.FileIO):
    """A real file on a slow disk: the read under way when close asks the warm-up to stop
    takes 2 s more (longer than the 1 s close used to wait)."""

    def __init__(self, path: Path, reading: threading.Event, stop: threading.Event) -> None:
        super().__init__(path, "rb")
        self.reading = reading
        self.stop = stop
        self.sizes: list[int] = []

    def read(self, size: int = -1) -> bytes:  # type: ignore[override]
        self.sizes.append(size)
        if not self.reading.is_set():
            self.reading.set()
            if self.stop.wait(10):  # close came during this read
                threading.Event().wait(2)
        return super().read(size)


def test_close_waits_for_the_read_under_way_and_closes_the_file(
    sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without posix_fadvise (Windows, macOS) the file is read by 1 MB chunks; close waits
    for the chunk under way, so the file is closed when ``dispose()`` returns (on Windows an
    open handle makes a restore replacing the file fail), and no warm-up starts after."""
    with sqlite_db.uow() as uow:
        bulk_insert_contacts(uow, [{"last_name": f"Nom{i:04d}"} for i in range(500)])
        uow.commit()
    monkeypatch.delattr(os, "posix_fadvise", raising=False)
    # Windows: the file read through a handle of its own (elsewhere a descriptor kept open
    # for the life of the process is read instead: see ``storage.held_files``).
    monkeypatch.setattr(cache_warm, "kept_descriptor", lambda _path: None)
    monkeypatch.setattr(cache_warm, "READ_CHUNK", 4096)  # several chunks in this small file
    opened: list[_SlowFile] = []
    reading = threading.Event()
    stop = threading.Event()  # the warmer's own stop event, once it exists

    def slow_open(path: Path, _mode: str, buffering: int = -1) -> _SlowFile:
        opened.append(_SlowFile(path, reading, stop))
        return opened[-1]

    monkeypatch.setattr(cache_warm, "open", slow_open, raising=False)
    assert sqlite_db.warm_file_cache()
    warmer = sqlite_db.cache_warmer
    chunks = warmer.path.stat().st_size // 4096
    assert chunks > 3
    monkeypatch.setattr(warmer, "_stop", stop)
    assert reading.wait(10)  # the first chunk is being read: it ends only after close came
    sqlite_db.dispose()
    assert not warmer.is_running() and warmer.finished.is_set()
    assert len(opened) == 1 and opened[0].closed
    assert warmer.chunks_done < chunks  # stopped between two chunks
    assert all(size == 4096 for file in opened for size in file.sizes)
    assert not sqlite_db.warm_file_cache()  # disposed: no new warm-up
    assert sqlite_db.cache_warmer is warmer


def test_without_fadvise_the_file_is_read_by_small_chunks() -> None:
    assert cache_warm.READ_CHUNK <= 1 << 20 <= cache_warm.CHUNK

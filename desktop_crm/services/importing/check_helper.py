"""Checking a big file's rows on two cores: this process and a helper process.

Checking is pure Python (phones, e-mails, names, lookup keys), ~10 us a row: 1 s for
100,000 rows on one core while the other one idles. A helper process takes chunks from the
end of the file while this process checks from the start, until they meet.

The helper is started as the import starts (before the file is read, on the command line)
and is given work only once it says it is ready (its imports take ~0.5 s). Until then, and
whenever the other core is busy, this process simply checks on: the chunks the helper has
not finished when this process reaches them are checked here too, so the helper can make
an import faster but is never waited for. A helper that fails or dies changes nothing but
the time. The rows are the same in the same order wherever they were checked
(``check_chunk`` either way; a test compares both).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from multiprocessing import get_context
from typing import Any

from desktop_crm.domain.errors import FieldProblem
from desktop_crm.services.importing.chunk_checks import check_chunk

Checked = tuple[dict[str, Any], list[FieldProblem], tuple[str, ...]]
Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]

# Below this many rows the helper's start (a process, ~0.5 s of the other core) does not pay.
HELPER_FROM_ROWS = 20_000
# A file this big holds about that many rows (100 bytes a row or less): worth starting the
# helper before it is read.
HELPER_FROM_BYTES = 2_000_000
# Chunks a helper process holds at once: one at work, one waiting (so that it never idles).
HELD_PER_PROCESS = 2
# Helper processes at most (4 cores and more: this process and three helpers).
MAX_HELPERS = 3
# Measured on 2 cores (session 9, 100,000 rows, idle machine, 3 alternated runs): the checks
# took 0.83 s with one helper against 0.91 s alone, but the whole import was no faster
# (4.92-5.23 s against 4.90-5.16 s): the helper checks a chunk in ~90 ms against ~50 ms here
# (pickling both ways), and this process pays ~15 ms for each. So from 3 cores only, where
# this process keeps a core of its own.
MIN_CORES = 3


Packed = list[tuple[Any, list[FieldProblem] | None, tuple[str, ...]]]


def _check_packed(chunk: list[dict[str, str]]) -> Packed:
    """Run in a helper: ``check_chunk``, each row's values sent back as their changes from
    the row as read (the phones and e-mails normalised, usually), which this process has:
    half the bytes to pickle, send and unpickle. A row whose values are not the row's own
    fields in the same order (checked alone, a field dropped) is sent whole."""
    packed: Packed = []
    append = packed.append
    for raw, (values, problems, keys) in zip(chunk, check_chunk(chunk), strict=True):
        if values.keys() == raw.keys() and list(values) == list(raw):
            changes = tuple((k, v) for k, v in values.items() if v is not raw[k] and v != raw[k])
            append((changes, problems or None, keys))
        else:
            append((values, problems or None, keys))
    return packed


def _unpack(chunk: list[dict[str, str]], packed: Packed) -> list[Checked]:
    """``_check_packed``'s rows as ``check_chunk`` gives them (a test compares both)."""
    rows: list[Checked] = []
    append = rows.append
    for raw, (values, problems, keys) in zip(chunk, packed, strict=True):
        if type(values) is tuple:
            changes = values
            values = dict(raw)
            if changes:
                values.update(changes)
        append((values, problems or [], keys))
    return rows


def _ready() -> bool:
    """Run in a helper: returns once its imports (``check_chunk``'s modules) are done."""
    return True


def helper_count() -> int:
    """How many helper processes this machine's cores take: the cores this process may run
    on, where the system says (a container, a pinned process), but one; none below
    ``MIN_CORES``."""
    affinity = getattr(os, "sched_getaffinity", None)
    cores = len(affinity(0)) if affinity is not None else os.cpu_count() or 1
    return 0 if cores < MIN_CORES else min(MAX_HELPERS, cores - 1)


class CheckHelper:
    """Helper processes, started at once, ready some time later (see the module)."""

    def __init__(self, processes: int) -> None:
        self._pool: ProcessPoolExecutor | None = ProcessPoolExecutor(
            processes, mp_context=get_context("spawn")
        )
        self.capacity = processes * HELD_PER_PROCESS
        self.broken = False  # a helper process died or failed: no more chunks are given
        self.chunks_checked = 0  # how many chunks the helper's results were taken for
        self.submitted: list[Future[Packed]] = []  # every chunk given, in order
        try:
            self._pings = [self._pool.submit(_ready) for _ in range(processes)]
        except BaseException:
            self.close()
            raise

    def ready(self) -> bool:
        """Whether a helper process has its imports done (it then takes chunks at once)
        and none has died or failed since."""
        return not self.broken and any(
            ping.done() and not ping.cancelled() and ping.exception() is None
            for ping in self._pings
        )

    def wait_ready(self, timeout: float) -> bool:
        """Wait until ``ready`` (tests, to be sure the helper takes part), at most ``timeout``."""
        try:
            self._pings[0].result(timeout)
        except Exception:
            return False
        return self.ready()

    def submit(self, chunk: list[dict[str, str]]) -> Future[Packed] | None:
        """Give ``chunk`` to the helper; None when it can take no more (closed, or a helper
        process died: the pool refuses work from then on)."""
        if self._pool is None or self.broken:
            return None
        try:
            future = self._pool.submit(_check_packed, chunk)
        except (BrokenProcessPool, RuntimeError):
            self.broken = True
            return None
        self.submitted.append(future)
        return future

    def close(self) -> None:
        """Stop the helper processes without waiting for them (they finish the chunk they
        are on, whose result nobody reads, and exit)."""
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None


@contextmanager
def check_helper(rows: int | None = None, size: int | None = None) -> Iterator[CheckHelper | None]:
    """A helper for checking ``rows`` rows or a file of ``size`` bytes, when it pays (else
    None), closed at the end of the block."""
    processes = helper_count()
    wanted = (rows is not None and rows >= HELPER_FROM_ROWS) or (
        size is not None and size >= HELPER_FROM_BYTES
    )
    helper = None
    if processes and wanted:
        try:
            helper = CheckHelper(processes)
        except (OSError, RuntimeError):  # (no process to be had: the checks run here alone)
            helper = None
    if helper is None:
        yield None
        return
    try:
        yield helper
    finally:
        helper.close()


def file_size(path: str) -> int | None:
    """The size of the file at ``path`` (None when it cannot be read: the reader says why)."""
    try:
        return os.path.getsize(path)
    except OSError:
        return None


def check_shared(
    chunks: Sequence[list[dict[str, str]]],
    helper: CheckHelper,
    total: int,
    progress: Progress | None,
    cancelled: CancelCheck | None,
    on_cancel: Callable[[], Exception],
) -> list[Checked]:
    """``check_chunk`` of every chunk, in order: this process from the first chunk on, the
    helper (once ready) from the last one back, until they meet (see the module)."""
    results: list[list[Checked] | None] = [None] * len(chunks)
    held: dict[int, Future[Packed]] = {}
    front, back = 0, len(chunks)  # this process takes chunks[front]; the helper chunks[back-1]
    done = 0

    def take(index: int, result: list[Checked]) -> None:
        nonlocal done
        results[index] = result
        done += len(chunks[index])

    def collect() -> None:
        for index, future in list(held.items()):
            if future.done():
                del held[index]
                if future.cancelled() or future.exception() is not None:
                    helper.broken = True  # (it died or failed: its chunks are checked here)
                    take(index, check_chunk(chunks[index]))
                else:
                    take(index, _unpack(chunks[index], future.result()))
                    helper.chunks_checked += 1

    while front < back:
        if helper.ready():
            while len(held) < helper.capacity and back - 1 > front:
                future = helper.submit(chunks[back - 1])
                if future is None:
                    break
                back -= 1
                held[back] = future
        take(front, check_chunk(chunks[front]))
        front += 1
        collect()
        if progress:
            progress(done, total)
        if cancelled and cancelled():
            helper.close()
            raise on_cancel()
    # The chunks the helper still holds: the last given (waiting, not started) first.
    for index in sorted(held):
        collect()
        if results[index] is None:
            del held[index]
            take(index, check_chunk(chunks[index]))
    if progress:
        progress(done, total)
    checked: list[Checked] = []
    for result in results:
        if result is None:  # (cannot happen: every chunk is taken above)
            raise RuntimeError("a chunk of rows was not checked")
        checked.extend(result)
    return checked

"""Helpers for work on hundreds of thousands of rows at once (imports, big reads)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector (as a ``with`` block or a decorator).

    Reading, preparing and writing an import creates a few million small objects (cells,
    values, keys, the index of the contacts on file) that reference counting frees; meanwhile
    the collector's full passes re-scan all of them again and again, a third of the import's
    time on 100,000 rows. Collection resumes, as it was, when the block ends.
    """
    global _paused
    enabled = gc.isenabled()
    gc.disable()
    _paused += 1
    try:
        yield
    finally:
        _paused -= 1
        if enabled:
            gc.enable()


_paused = 0  # how many ``gc_paused`` blocks are running (on any thread)


def gc_is_paused() -> bool:
    """Whether some bulk work asked for no collection now (see ``gc_paused``)."""
    return _paused > 0

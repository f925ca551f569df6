"""Warming the operating system's file cache of an embedded database in the background.

On a cold cache (the first start after a reboot, or after other disk-heavy work) every page
of the contact list is read from scattered places of the file: 256 rows are up to 256 random
disk reads (13 ms a page at 1M contacts here, against 2 ms warm). Reading the whole file
ahead once is far cheaper (a 545 MB file: ~1 s at this disk's 560 MB/s): on Linux by asking
the kernel to read ahead (``posix_fadvise(WILLNEED)``: no Python work, no data copied),
elsewhere by reading the file in 1 MB chunks on a low-priority daemon thread. Only a local
SQLite file smaller than a share of the available memory is warmed (never a server
database); ``stop()`` (at close) ends it between two chunks and waits until the file is
closed: on Windows an open handle would make a restore or move replacing the file fail, so
the chunk read is kept small enough for that wait to stay short.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
from pathlib import Path

from desktop_crm.storage.held_files import kept_descriptor

log = logging.getLogger(__name__)

# Read-ahead asked of the kernel per call (posix_fadvise: queued, returns at once).
CHUNK = 8 << 20
# Bytes read per call where there is no posix_fadvise (Windows, macOS): ``stop()`` waits for
# the read under way, a few milliseconds even on a slow disk.
READ_CHUNK = 1 << 20
# A file is warmed when it takes at most this share of the available memory.
MEMORY_SHARE = 0.25
# Where the available memory cannot be told: files up to this size.
UNKNOWN_MEMORY_LIMIT = 256 << 20


def available_memory() -> int | None:
    """Bytes of memory available without swapping, when the system tells (Linux, macOS)."""
    try:
        meminfo = Path("/proc/meminfo").read_text()
    except OSError:
        meminfo = ""
    for line in meminfo.splitlines():
        if line.startswith("MemAvailable:"):
            return int(line.split()[1]) * 1024
    try:
        return int(os.sysconf("SC_AVPHYS_PAGES")) * int(os.sysconf("SC_PAGE_SIZE"))
    except (AttributeError, OSError, ValueError):
        return None


def worth_warming(size: int, available: int | None) -> bool:
    """Whether a file of ``size`` bytes should be read into the cache."""
    if size <= 0:
        return False
    if available is None:
        return size <= UNKNOWN_MEMORY_LIMIT
    return size <= available * MEMORY_SHARE


class CacheWarmer:
    """Reads one file into the OS cache on a daemon thread; ``stop()`` ends it early."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.chunks_done = 0
        self.finished = threading.Event()

    def start(self) -> bool:
        """Start warming when the file is worth it (see ``worth_warming``); False otherwise."""
        try:
            size = self.path.stat().st_size
        except OSError:
            return False
        if not worth_warming(size, available_memory()):
            log.info("not warming %s (%d bytes): too big for the memory available", self.path, size)
            return False
        self._thread = threading.Thread(
            target=self._run, args=(size,), name="db-cache-warm", daemon=True
        )
        self._thread.start()
        return True

    def stop(self) -> None:
        """End the warm-up and wait until its file is closed (one chunk's read at most)."""
        self._stop.set()
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join()

    def is_running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _run(self, size: int) -> None:
        try:
            _lower_priority()
            # (Never an ``open``/``close`` of the database file here: closing a descriptor
            # would drop this process's SQLite locks on it; see ``held_files``.)
            fd = kept_descriptor(self.path)
            advise = getattr(os, "posix_fadvise", None)
            if fd is None:  # Windows: a handle of its own is harmless to close
                with open(self.path, "rb", buffering=0) as file:
                    for offset in range(0, size, READ_CHUNK):
                        if self._stop.is_set():
                            return
                        file.seek(offset)
                        file.read(READ_CHUNK)
                        self.chunks_done += 1
                return
            chunk = CHUNK if advise is not None else READ_CHUNK
            for offset in range(0, size, chunk):
                if self._stop.is_set():
                    return
                if advise is not None:
                    # Asynchronous read-ahead: returns once the reads are queued.
                    advise(fd, offset, chunk, os.POSIX_FADV_WILLNEED)
                else:
                    os.pread(fd, chunk, offset)
                self.chunks_done += 1
        except OSError as exc:  # a file moved or unreadable: nothing to warm, nothing wrong
            log.info("cache warm-up of %s stopped: %s", self.path, exc)
        finally:
            self.finished.set()


def _lower_priority() -> None:
    """This thread's CPU (and, under the BFQ/CFQ disk schedulers, I/O) priority at its
    lowest, so the warm-up yields to the application's own reads."""
    if not sys.platform.startswith("linux"):
        return  # elsewhere the id given to setpriority would be a process's, not a thread's
    with contextlib.suppress(OSError):
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 19)  # this thread only

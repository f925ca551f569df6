"""Reading a database file's bytes without unlocking it for the rest of the process.

On Linux and macOS a process's locks on a file (POSIX advisory locks, the ones SQLite takes)
all go as soon as it closes *any* descriptor of that file, even one SQLite never saw. A plain
``open``/``close`` of the database file while a connection of this process has it open (the
first page's reader at start-up, the window's own connections) leaves them all unlocked, and
SQLite cannot know it: another program's connection that closes (a backup from the command
line, the ``sqlite3`` tool, a second window) then believes it is the last one, copies the WAL
into the file and deletes it, and this process goes on writing saved contacts into a deleted
file, lost at the next crash and invisible to everyone else until then.

So a descriptor opened here to read a database file (its header, the cache warm-up) is kept
open for the life of the process, one per file (a file replaced by another is another inode:
one more), and read with ``pread``. On Windows closing a handle releases only that handle's
own locks: a plain read there.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

_KEPT_OPEN: dict[tuple[int, int], int] = {}  # (device, inode) -> descriptor, never closed
_LOCK = threading.Lock()


def kept_descriptor(path: Path) -> int | None:
    """A read-only descriptor of ``path`` that nobody closes (None on Windows, where a
    plain open and close is harmless). Raises ``OSError`` as ``open`` does."""
    if os.name == "nt":
        return None
    status = os.stat(path)
    key = (status.st_dev, status.st_ino)
    with _LOCK:
        fd = _KEPT_OPEN.get(key)
        if fd is not None:
            return fd
        opened = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
        found = os.fstat(opened)
        if (found.st_dev, found.st_ino) != key:
            # Replaced between the two calls: this descriptor is the new file's, and no
            # lock of ours can be on a file we have not opened yet.
            _KEPT_OPEN[(found.st_dev, found.st_ino)] = opened
            return opened
        _KEPT_OPEN[key] = opened
        return opened


def read_head(path: Path, count: int) -> bytes:
    """The first ``count`` bytes of ``path`` (fewer for a shorter file), read without
    closing a descriptor of it in this process (see the module's docstring)."""
    fd = kept_descriptor(path)
    if fd is None:
        with path.open("rb") as handle:
            return handle.read(count)
    return os.pread(fd, count, 0)

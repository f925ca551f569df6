"""Entry point of the windowed program (``desktop-crm-gui``): open the window, nothing else.

The Start-menu shortcut, the desktop entry and the bundle's windowed executable run this.
A windowed Windows program has no console: ``sys.stdout``/``sys.stderr`` are None, so they
are pointed at the null device before anything may print. Optional argument: the database
(path or URL), as ``desktop-crm --db``.
"""

from __future__ import annotations

import os
import sys


def main() -> int:
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
    from desktop_crm.app import main as open_window

    args = [a for a in sys.argv[1:] if not a.startswith("-psn_")]  # macOS Finder adds one
    if args[:1] == ["--db"]:
        args = args[1:]
    return open_window(args[0] if args else None)


if __name__ == "__main__":
    if getattr(sys, "frozen", False):
        # A bundled program started as an import's check helper runs the helper, not the
        # window (PyInstaller's multiprocessing support).
        import multiprocessing

        multiprocessing.freeze_support()
    sys.exit(main())

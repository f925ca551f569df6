"""``python -m desktop_crm``: same as the ``desktop-crm`` command."""

import multiprocessing
import sys

if __name__ == "__main__":
    # A bundled program started as an import's check helper runs the helper, not the
    # command (PyInstaller's multiprocessing support; no effect when run from Python),
    # before the command's own imports, which the helper does not need.
    multiprocessing.freeze_support()
    from desktop_crm.cli import main

    sys.exit(main())

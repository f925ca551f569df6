"""``python -m desktop_crm``: same as the ``desktop-crm`` command."""

import sys

if __name__ == "__main__":
    if getattr(sys, "frozen", False):
        # A bundled program started as an import's check helper runs the helper, not the
        # command (PyInstaller's multiprocessing support), before the command's imports.
        import multiprocessing

        multiprocessing.freeze_support()
    from desktop_crm.cli import main

    sys.exit(main())

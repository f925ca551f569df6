"""Where the program's own files are, from the source tree, a bundle or an installed wheel.

The source tree and the PyInstaller bundle keep them in ``resources/`` next to the package;
a wheel installs them inside it (``setup.py`` maps ``resources/icons`` to
``desktop_crm/icons`` and ``resources/translations`` to ``desktop_crm/translations``).
Qt-free: the window (the ``.qm``) and the command line (the ``.ts``) look here alike.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent


def translations_folder(package: Path = PACKAGE) -> Path:
    """The folder of ``desktop_crm_fr.ts`` (and of the ``.qm`` built from it)."""
    installed = package / "translations"
    if (installed / "desktop_crm_fr.ts").exists():
        return installed
    return package.parent / "resources" / "translations"

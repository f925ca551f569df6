"""Packaging hook: ship the top-level ``migrations/`` inside the package.

Everything else is in ``pyproject.toml``. The Alembic scripts stay at the top of the
repository (where Alembic users look for them, and where the source tree and the
PyInstaller spec use them), and the wheel installs them as ``desktop_crm/migrations`` so
that ``pip install .`` gives a program whose ``init`` and ``db upgrade`` find them, without
a symlink (Windows) or a copy made at build time. ``pyproject.toml`` cannot map a folder
to a sub-package while also discovering packages, hence these few lines.
"""

from setuptools import find_namespace_packages, setup

setup(
    packages=[
        *find_namespace_packages(include=["desktop_crm", "desktop_crm.*"]),
        "desktop_crm.migrations",
        "desktop_crm.migrations.versions",
        "desktop_crm.icons",
        "desktop_crm.translations",
    ],
    # The icon (window, taskbar, tray) travels the same way, from resources/icons, and the
    # French catalogue (the .ts the command line reads, the .qm built from it for the window)
    # from resources/translations (desktop_crm/locations.py finds either place).
    package_dir={
        "desktop_crm.migrations": "migrations",
        "desktop_crm.icons": "resources/icons",
        "desktop_crm.translations": "resources/translations",
    },
)

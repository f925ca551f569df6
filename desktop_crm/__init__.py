"""desktop_crm: an open-source desktop contact manager for small sales teams.

This module must stay importable with the standard library alone: the bootstrap
script (``python -m desktop_crm.bootstrap``) runs before any dependency exists.
"""

__version__ = "0.1.0"
APP_NAME = "desktop-crm"
APP_DISPLAY_NAME = "Desktop CRM"
ORG_NAME = "desktop-crm"

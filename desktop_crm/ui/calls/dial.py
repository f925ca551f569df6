"""Click-to-dial and mailto: open the configured ``tel:``/``callto:``/``sip:`` handler."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QDesktopServices

from desktop_crm.domain.phones import tel_uri

DIAL_SCHEMES = ("tel", "callto", "sip", "none")
SETTING_KEY = "calls/dial_scheme"


def dial_scheme(settings: QSettings | None) -> str:
    value = str(settings.value(SETTING_KEY, "tel")) if settings is not None else "tel"
    return value if value in DIAL_SCHEMES else "tel"


def dial_url(e164: str, scheme: str) -> QUrl | None:
    """The URL handed to the softphone ("none": the user dials by hand)."""
    if scheme == "none" or not e164:
        return None
    return QUrl(tel_uri(e164, scheme))


def dial(e164: str, settings: QSettings | None) -> bool:
    """Ask the desktop to open the softphone; False if nothing handles the scheme."""
    url = dial_url(e164, dial_scheme(settings))
    return QDesktopServices.openUrl(url) if url is not None else False


def open_mail(address: str) -> bool:
    return QDesktopServices.openUrl(QUrl(f"mailto:{address}"))

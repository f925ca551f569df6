"""Words of the consent ledger in the user's language: channels, statuses, lawful bases."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def channel_name(code: str) -> str:
    return {
        "email": translate("Consent", "E-mail"),
        "phone": translate("Consent", "Phone"),
        "sms": translate("Consent", "SMS"),
        "post": translate("Consent", "Post"),
    }.get(code, code)


def channel_names(codes: Iterable[str]) -> str:
    return ", ".join(channel_name(c) for c in codes)


def status_name(code: str) -> str:
    return {
        "unknown": translate("Consent", "Unknown"),
        "opt_in": translate("Consent", "Opt-in"),
        "soft_opt_in": translate("Consent", "Soft opt-in (customer)"),
        "opt_out": translate("Consent", "Objection"),
    }.get(code, code)


def basis_name(code: str | None) -> str:
    if not code:
        return ""
    return {
        "consent": translate("Consent", "Consent"),
        "legitimate_interest": translate("Consent", "Legitimate interest"),
        "contract": translate("Consent", "Contract"),
        "legal_obligation": translate("Consent", "Legal obligation"),
    }.get(code, code)

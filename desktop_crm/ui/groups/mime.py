"""Drag-and-drop payloads: contact ids from the contact list, a group id from the tree."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QByteArray, QMimeData

CONTACT_IDS_MIME = "application/x-desktop-crm-contact-ids"
GROUP_ID_MIME = "application/x-desktop-crm-group-id"


def contact_ids_mime(contact_ids: Iterable[int]) -> QMimeData:
    data = QMimeData()
    data.setData(CONTACT_IDS_MIME, QByteArray(",".join(str(int(i)) for i in contact_ids).encode()))
    return data


def contact_ids_of(data: QMimeData) -> list[int]:
    if not data.hasFormat(CONTACT_IDS_MIME):
        return []
    raw = bytes(data.data(CONTACT_IDS_MIME).data()).decode("ascii", "ignore")
    return [int(part) for part in raw.split(",") if part.strip().isdigit()]


def group_id_mime(group_id: int) -> QMimeData:
    data = QMimeData()
    data.setData(GROUP_ID_MIME, QByteArray(str(int(group_id)).encode()))
    return data


def group_id_of(data: QMimeData) -> int | None:
    if not data.hasFormat(GROUP_ID_MIME):
        return None
    raw = bytes(data.data(GROUP_ID_MIME).data()).decode("ascii", "ignore").strip()
    return int(raw) if raw.isdigit() else None

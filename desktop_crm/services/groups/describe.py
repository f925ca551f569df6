"""A group's saved query in words for the screens and the command line (plain strings).

``domain/query_words.py`` writes the sentence; here the user-defined contact fields lend
their labels, read once per call."""

from __future__ import annotations

from desktop_crm.domain.query_words import describe_query
from desktop_crm.services.groups.query import available_fields
from desktop_crm.storage.uow import UnitOfWork


def query_labels(uow: UnitOfWork) -> dict[str, str]:
    """The user-defined contact fields' labels by name (the catalogue's come from the card)."""
    return {
        name: info.label
        for name, info in available_fields(uow).items()
        if info.custom_id is not None
    }


def query_words(uow: UnitOfWork, text: str | None) -> str:
    """``text`` in words in the user's language ("" for a static group)."""
    return describe_query(text, query_labels(uow)) if text else ""

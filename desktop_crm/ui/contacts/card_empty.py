"""The sentences the contact and company cards' tabs show when their table is empty.

Each says what is missing and which button adds it (``EmptyNote``: shown only once the tab's
rows have been read, hidden as soon as one row comes).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication

from desktop_crm.ui.common.empty_note import EmptyNote

if TYPE_CHECKING:
    from desktop_crm.ui.contacts.card import ContactCard
    from desktop_crm.ui.contacts.card_tabs import HistoryTab, NotesTab


def add_history_and_notes_notes(history: HistoryTab, notes: NotesTab) -> None:
    """The History and Notes tabs (a contact's and a company's)."""
    EmptyNote(
        history.view,
        QCoreApplication.translate(
            "CardEmptyNotes",
            "No history entry to show. Calls, letters, e-mails and changes are written here "
            "as they happen; the filters above may hide some.",
        ),
    )
    EmptyNote(
        notes.view,
        QCoreApplication.translate("CardEmptyNotes", "No note yet. “Add a note…” writes one."),
    )


def add_card_notes(card: ContactCard) -> None:
    """Every table tab of the contact card."""
    # (A mixin of the card declares its history tab as a plain widget.)
    add_history_and_notes_notes(cast("HistoryTab", card.history_tab), card.notes_tab)
    EmptyNote(
        card.activities_tab.view,
        QCoreApplication.translate(
            "CardEmptyNotes", "No activity to do for this contact. “Schedule…” plans one."
        ),
    )
    EmptyNote(
        card.opportunities_tab.view,
        QCoreApplication.translate(
            "CardEmptyNotes", "No opportunity for this contact. “New opportunity…” creates one."
        ),
    )
    EmptyNote(
        card.groups_tab.view,
        QCoreApplication.translate(
            "CardEmptyNotes", "This contact is in no group. “Add to a group…” puts it in one."
        ),
    )

"""The contact card's actions: delete (naming what goes with the contact), click-to-dial,
call logging with its follow-up notice, campaign response and pick-list editing. Mixed into
``ContactCard`` (``card.py``), whose attributes it uses."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QTabWidget, QWidget

from desktop_crm.domain.constants import DEFAULT_PICKLISTS
from desktop_crm.domain.contacts import ContactView
from desktop_crm.domain.phones import format_phone
from desktop_crm.ui.calls.dial import dial
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.lazy_services import lazy_service
from desktop_crm.ui.common.operations import Operations
from desktop_crm.ui.common.picklist_dialog import PickListDialog
from desktop_crm.ui.contacts.card_activities import ActivitiesTab
from desktop_crm.ui.contacts.card_form import ContactForm
from desktop_crm.ui.contacts.card_saving import contact_label

if TYPE_CHECKING:  # imported on the database thread when run (ui/common/lazy_services.py)
    from desktop_crm.services.contacts import calls, picklists
    from desktop_crm.services.contacts import records as contacts
else:
    calls = lazy_service("desktop_crm.services.contacts.calls")
    picklists = lazy_service("desktop_crm.services.contacts.picklists")
    contacts = lazy_service("desktop_crm.services.contacts.records")

# Called "translate" so that pyside6-lupdate finds every literal below (context ContactCard,
# as when these methods were written in the card itself).
translate = QCoreApplication.translate


if TYPE_CHECKING:  # a mixin of ContactCard, a QWidget
    _Widget = QWidget
else:
    _Widget = object


class ContactCardActions(_Widget):
    """Delete, dial, log a call, campaign response, edit a pick list."""

    # Set by ContactCard.__init__ (and its signals).
    context: AppContext
    ops: Operations
    settings: Any
    form: ContactForm
    contact: ContactView | None
    tabs: QTabWidget
    history_tab: QWidget
    activities_tab: ActivitiesTab
    follow_up_notice: QLabel
    confirm: Any
    ask_call: Any
    deleted: Any
    call_logged: Any
    message: Any

    def _show(self, view: ContactView | None) -> None:
        raise NotImplementedError  # ContactCard's

    # -- delete -------------------------------------------------------------------------------

    def delete(self) -> bool:
        """Ask (naming what goes with the contact), then delete; False with no contact shown."""
        if self.contact is None:
            return False
        contact = self.contact
        self.ops.read(
            contacts.related_counts,
            contact.id,
            on_done=lambda counts: self._on_related_counted(contact, counts),
        )
        return True

    def _on_related_counted(self, contact: ContactView, counts: contacts.RelatedCounts) -> None:
        if self.contact is None or self.contact.id != contact.id:
            return
        text = translate(
            "ContactCard",
            "Delete {0}?\n\nThis also deletes {1} history entries, {2} notes, {3} activities, "
            "and removes the contact from {4} groups and {5} campaigns. Opportunities ({6}) "
            "and sales ({7}) are kept without the contact.",
        ).format(
            contact_label(contact),
            counts.history,
            counts.notes,
            counts.activities,
            counts.groups,
            counts.campaigns,
            counts.opportunities,
            counts.sales,
        )
        if not self.confirm(translate("ContactCard", "Delete contact"), text):
            return
        self.ops.run(
            contacts.delete_contact,
            contact.id,
            contact.version,
            on_done=lambda _none: self._on_deleted(contact.id),
            initiator=self,
        )

    def _on_deleted(self, contact_id: int) -> None:
        if self.contact is not None and self.contact.id == contact_id:
            self._show(None)
        self.message.emit(translate("ContactCard", "Contact deleted."))
        self.deleted.emit(contact_id)

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- calls, pick lists ------------------------------------------------------------------------

    def dial(self, e164: str) -> None:
        dial(e164, self.settings)
        self.log_call(e164)

    def _ask_campaign_response(self) -> None:
        from desktop_crm.ui.phoning.response_dialog import ask_response

        ask_response(self.context, self.contact.id if self.contact else None, self)

    def log_call(self, phone: str | None = None) -> bool:
        """Open the call dialog for the contact shown; False when no contact is shown."""
        if self.contact is None:
            return False
        contact = self.contact
        self.ops.read(
            picklists.picklist_values,
            "regarding",
            on_done=lambda regarding: self._ask_call(contact, regarding, phone),
        )
        return True

    def _ask_call(self, contact: ContactView, regarding: list[str], phone: str | None) -> None:
        call = self.ask_call(
            contact.id,
            contact_label(contact),
            regarding,
            format_phone(phone) if phone else None,
        )
        if call is None:
            return
        # The history tab, Last Reach and the list row follow from the change notice.
        self.ops.run(
            calls.log_call,
            call,
            on_done=lambda logged: self._on_call_logged(contact.id, logged, call.follow_up),
            initiator=self,
        )

    def _on_call_logged(
        self,
        contact_id: int,
        logged: calls.CallLogged | None = None,
        follow_up: calls.FollowUp | None = None,
    ) -> None:
        shown = self.contact is not None and self.contact.id == contact_id
        if shown:
            self.tabs.setCurrentWidget(self.history_tab)
        if shown and logged is not None and logged.activity_id and follow_up is not None:
            when = follow_up.start_at.strftime(
                "%d/%m/%Y" if follow_up.timeless else "%d/%m/%Y %H:%M"
            )
            self.follow_up_notice.setText(
                translate("ContactCard", "Call logged. Follow-up planned for %1.").replace(
                    "%1", when
                )
                + f' <a href="activity:{logged.activity_id}">'
                + translate("ContactCard", "Show the follow-up")
                + "</a>"
            )
            self.follow_up_notice.show()
            self.message.emit(
                translate("ContactCard", "Call logged. Follow-up planned for %1.").replace(
                    "%1", when
                )
            )
        else:
            self.message.emit(translate("ContactCard", "Call logged."))
        self.call_logged.emit(contact_id)

    def _on_follow_up_link_activated(self, link: str) -> None:
        self.show_follow_up(int(link.partition(":")[2]))

    def show_follow_up(self, activity_id: int) -> None:
        """Bring the Activities tab forward with this activity selected."""
        self.follow_up_notice.hide()
        self.tabs.setCurrentWidget(self.activities_tab)
        self.activities_tab.select_activity(activity_id)

    def _edit_picklist(self, key: str) -> list[str] | None:
        """Edit a pick list (read, dialog, save); the combos get the new values when saved."""
        self.ops.read(
            picklists.picklist_values, key, on_done=lambda values: self._ask_picklist(key, values)
        )
        return None

    def _ask_picklist(self, key: str, values: list[str]) -> None:
        label = DEFAULT_PICKLISTS.get(key, (key, ()))[0]
        edited = PickListDialog.edit(label, values, self)
        if edited is None:
            return
        self.ops.run(
            picklists.set_picklist_values,
            key,
            edited,
            on_done=lambda saved: self.form.set_picklists({key: saved}),
            initiator=self,
        )

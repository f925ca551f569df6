"""The phoning session: one contact at a time, keyboard first.

The caller reads the call sheet (name, company, numbers, last history, notes), dials with a
click or D, logs the call with one key per result (1–7), moves on with N or Space, passes a
contact with S, goes back with P. Contacts who must not be called are listed on the right
with the reason. The position is saved with every step, so the next session resumes there.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.changes import Changes
from desktop_crm.domain.clock import SystemClock
from desktop_crm.domain.errors import DomainError
from desktop_crm.services.phoning.outcomes import OUTCOMES, Outcome
from desktop_crm.services.phoning.session import (
    SKIP_DO_NOT_CALL,
    SKIP_ERASED,
    SKIP_NO_PHONE,
    SKIP_OPTED_OUT,
    SKIP_SUPPRESSED,
    CallSheet,
    SessionCallLogged,
    SessionPlan,
    SessionTarget,
    call_sheet,
    load_session,
    log_session_call,
    save_position,
)
from desktop_crm.ui.calls.dial import dial
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.layouts import nest
from desktop_crm.ui.common.simple_table import RowsModel
from desktop_crm.ui.contacts.card_tabs import history_label


def _t(text: str) -> str:
    return QCoreApplication.translate("PhoningSession", text)


def outcome_label(outcome: Outcome) -> str:
    return {
        "interested": _t("Reached – interested"),
        "meeting": _t("Meeting set"),
        "not_interested": _t("Not interested"),
        "no_answer": _t("No answer"),
        "call_back": _t("Call back"),
        "left_message": _t("Left a message"),
        "wrong_number": _t("Wrong number"),
    }.get(outcome.code, outcome.code)


def skip_label(reason: str) -> str:
    return {
        SKIP_DO_NOT_CALL: _t("Do not call"),
        SKIP_OPTED_OUT: _t("Opted out of phone calls"),
        SKIP_SUPPRESSED: _t("On the suppression list"),
        SKIP_NO_PHONE: _t("No phone number"),
        SKIP_ERASED: _t("Erased at their request (RGPD)"),
        "passed": _t("Passed (S)"),
    }.get(reason, reason)


def member_label(status: str) -> str:
    """A campaign member's status (the codes of the campaign services)."""
    return {
        "targeted": _t("targeted, not contacted yet"),
        "sent": _t("contacted, no answer yet"),
        "replied": _t("replied"),
        "interested": _t("interested"),
        "meeting": _t("meeting set"),
        "not_interested": _t("not interested"),
        "unsubscribed": _t("unsubscribed"),
    }.get(status, status)


def phone_kind_label(kind: str) -> str:
    return {
        "phone_business": _t("Business"),
        "phone_mobile": _t("Mobile"),
        "phone_home": _t("Home"),
    }.get(kind, kind)


# History types whose stored text only repeats the type ("Contact created").
_SELF_EXPLAINED = frozenset({"contact_created", "contact_imported", "contact_merged"})


def _date(value: dt.datetime | None) -> str:
    return value.strftime("%d/%m/%Y") if value is not None else "—"


class PhoningSession(QDialog):
    """A non-modal window going through ``target``'s contacts.

    ``plan`` is None until the database thread has answered; ``position`` is the index of
    the shown contact in ``plan.contact_ids`` (equal to the count once all were passed).
    """

    def __init__(
        self, ctx: AppContext, target: SessionTarget, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.target = target
        self.plan: SessionPlan | None = None
        self.position = 0
        self.sheet: CallSheet | None = None
        self.logged: list[tuple[int, str]] = []
        self.passed: list[tuple[int, str]] = []
        self._writing = False
        self.setWindowTitle(self.tr("Phoning session"))
        self.setObjectName("phoningSession")
        self.resize(1180, 720)

        self.title_label = QLabel(self.tr("Loading the contacts…"), self)
        self.title_label.setObjectName("sessionTitle")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title_label.setFont(font)
        self.progress_label = QLabel("", self)
        self.progress_label.setObjectName("sessionProgress")
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumWidth(260)
        top = QHBoxLayout()
        top.addWidget(self.title_label, 1)
        top.addWidget(self.progress_label)
        top.addWidget(self.progress_bar)

        # -- the call sheet -------------------------------------------------------------------
        self.name_label = QLabel(self)
        self.name_label.setObjectName("sheetName")
        big = self.name_label.font()
        big.setPointSizeF(big.pointSizeF() * 1.8)
        big.setBold(True)
        self.name_label.setFont(big)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.company_label = QLabel(self)
        self.company_label.setObjectName("sheetCompany")
        self.company_label.setWordWrap(True)
        self.phones_box = QVBoxLayout()
        self.phone_buttons: list[QPushButton] = []
        self.details_label = QLabel(self)
        self.details_label.setObjectName("sheetDetails")
        self.details_label.setWordWrap(True)
        self.history_label = QLabel(self)
        self.history_label.setObjectName("sheetHistory")
        self.history_label.setWordWrap(True)
        self.history_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.notes_label = QLabel(self)
        self.notes_label.setObjectName("sheetNotes")
        self.notes_label.setWordWrap(True)
        self.notes_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("callNote")
        self.note_edit.setPlaceholderText(
            self.tr("Note for this call (Tab to type, Enter to go back to the keys)")
        )
        self.note_edit.returnPressed.connect(self._leave_note)
        sheet_frame = QFrame(self)
        sheet_frame.setFrameShape(QFrame.Shape.StyledPanel)
        sheet = QVBoxLayout(sheet_frame)
        sheet.addWidget(self.name_label)
        sheet.addWidget(self.company_label)
        nest(sheet, self.phones_box)
        sheet.addWidget(self.details_label)
        history_title = QLabel(self.tr("<b>Last history</b>"), self)
        sheet.addWidget(history_title)
        sheet.addWidget(self.history_label)
        sheet.addWidget(QLabel(self.tr("<b>Notes</b>"), self))
        sheet.addWidget(self.notes_label)
        sheet.addStretch(1)
        sheet.addWidget(self.note_edit)

        # -- the keys ---------------------------------------------------------------------
        keys_frame = QFrame(self)
        keys_frame.setFrameShape(QFrame.Shape.StyledPanel)
        keys = QGridLayout(keys_frame)
        keys.addWidget(QLabel(self.tr("<b>Log the call with one key</b>"), self), 0, 0, 1, 2)
        self.outcome_buttons: dict[str, QPushButton] = {}
        row = 1
        for outcome in OUTCOMES:
            button = self._button(f"{outcome.key}  {outcome_label(outcome)}")
            button.setObjectName(f"outcome_{outcome.code}")
            button.clicked.connect(lambda _c=False, code=outcome.code: self.log(code))
            keys.addWidget(button, row, 0, 1, 2)
            self.outcome_buttons[outcome.code] = button
            row += 1
        self.next_button = self._button(self.tr("N / Space  Next"))
        self.next_button.clicked.connect(self.next_contact)
        self.skip_button = self._button(self.tr("S  Pass this contact"))
        self.skip_button.clicked.connect(self.skip_contact)
        self.back_button = self._button(self.tr("P  Previous"))
        self.back_button.clicked.connect(self.previous_contact)
        self.dial_button = self._button(self.tr("D  Dial"))
        self.dial_button.clicked.connect(self.dial_first)
        keys.addWidget(self.next_button, row, 0)
        keys.addWidget(self.skip_button, row, 1)
        keys.addWidget(self.back_button, row + 1, 0)
        keys.addWidget(self.dial_button, row + 1, 1)
        self.last_action = QLabel(self)
        self.last_action.setObjectName("lastAction")
        self.last_action.setWordWrap(True)
        keys.addWidget(self.last_action, row + 2, 0, 1, 2)

        self.skipped_model = RowsModel([self.tr("Contact"), self.tr("Left out because")], self)
        self.skipped_view = QTableView(self)
        self.skipped_view.setObjectName("skippedList")
        self.skipped_view.setModel(self.skipped_model)
        self.skipped_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.skipped_view.verticalHeader().setVisible(False)
        header = self.skipped_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.skipped_title = QLabel(self)
        right = QVBoxLayout()
        right.addWidget(keys_frame)
        right.addWidget(self.skipped_title)
        right.addWidget(self.skipped_view, 1)

        body = QHBoxLayout()
        body.addWidget(sheet_frame, 3)
        nest(body, right, 2)
        close = self._button(self.tr("Close"))
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(
            QLabel(
                self.tr("Keys: 1–7 log the call · N or Space next · S pass · P previous · D dial")
            )
        )
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        nest(layout, top)
        nest(layout, body, 1)
        nest(layout, bottom)

        for outcome in OUTCOMES:
            self._shortcut(outcome.key, lambda code=outcome.code: self.log(code))
        for key in ("N", "Space"):
            self._shortcut(key, self.next_contact)
        self._shortcut("S", self.skip_contact)
        self._shortcut("P", self.previous_contact)
        self._shortcut("D", self.dial_first)
        self._shortcut("Home", self.restart)
        self.ctx.ops.changed.connect(self._on_ops_changed)
        self._set_enabled(False)
        self.reload()

    # -- building blocks ------------------------------------------------------------------
    def _button(self, text: str) -> QPushButton:
        button = QPushButton(text, self)
        # Keys stay with the window: a focused button would take Space for itself.
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setAutoDefault(False)
        button.setStyleSheet("text-align: left; padding: 4px 8px;")
        return button

    def _shortcut(self, key: str, slot: object) -> None:
        shortcut = QShortcut(QKeySequence(key), self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(slot)  # type: ignore[arg-type]

    def _set_enabled(self, enabled: bool) -> None:
        for button in (*self.outcome_buttons.values(), self.skip_button, self.dial_button):
            button.setEnabled(enabled)
        self.next_button.setEnabled(enabled)

    # -- loading --------------------------------------------------------------------------
    def reload(self) -> None:
        self.ctx.ops.read(
            load_session, self.target, on_done=self._on_plan, on_error=self._on_load_error
        )

    def _on_load_error(self, exc: BaseException) -> None:
        message = exc.message if isinstance(exc, DomainError) else str(exc)
        self.title_label.setText(self.tr("This session cannot start"))
        self.name_label.setText("")
        self.company_label.setText(message)
        self.last_action.setText(message)
        self._set_enabled(False)

    def _on_plan(self, plan: SessionPlan) -> None:
        self.plan = plan
        self.position = plan.position
        self.title_label.setText(self.tr("Phoning: %1").replace("%1", plan.title))
        self.setWindowTitle(self.tr("Phoning session – %1").replace("%1", plan.title))
        self._fill_skipped()
        self.show_current()

    def _fill_skipped(self) -> None:
        assert self.plan is not None
        rows = [(k.name, skip_label(k.reason)) for k in self.plan.skipped]
        rows += [(name, skip_label("passed")) for _cid, name in self.passed]
        self.skipped_model.set_rows(rows)
        self.skipped_title.setText(self.tr("<b>Not called (%1)</b>").replace("%1", str(len(rows))))

    def current_id(self) -> int | None:
        if self.plan is None or not 0 <= self.position < self.plan.count:
            return None
        return self.plan.contact_ids[self.position]

    def _next_id(self) -> int | None:
        assert self.plan is not None
        index = self.position + 1
        return self.plan.contact_ids[index] if index < self.plan.count else None

    def show_current(self) -> None:
        """Show the progress and load the current contact's call sheet."""
        if self.plan is None:
            return
        count = self.plan.count
        shown = min(self.position + 1, count)
        self.progress_label.setText(f"{shown} / {count}")
        self.progress_bar.setRange(0, max(count, 1))
        self.progress_bar.setValue(min(self.position, count))
        contact_id = self.current_id()
        if contact_id is None:
            self.sheet = None
            self.name_label.setText(
                self.tr("Every contact of this session was called.")
                if count
                else self.tr("Nobody to call: every contact is left out.")
            )
            self.company_label.setText(self.tr("Press Home to start again from the first one."))
            self._show_phones(())
            for label in (self.details_label, self.history_label, self.notes_label):
                label.setText("")
            self._set_enabled(False)
            self.back_button.setEnabled(self.position > 0)
            return
        self._set_enabled(not self._writing)
        self.back_button.setEnabled(self.position > 0)
        self.ctx.ops.read(
            call_sheet,
            contact_id,
            self.plan.campaign_id,
            key=f"phoning-sheet-{id(self)}",
            on_done=self._on_sheet,
            on_error=self._on_sheet_error,
        )

    def _on_sheet_error(self, exc: BaseException) -> None:
        message = exc.message if isinstance(exc, DomainError) else str(exc)
        self.company_label.setText(message)

    def _on_sheet(self, sheet: CallSheet) -> None:
        if sheet.contact_id != self.current_id():
            return  # the caller moved on meanwhile
        self.sheet = sheet
        self.name_label.setText(sheet.name)
        parts = [p for p in (sheet.job_title, sheet.company, sheet.city) if p]
        self.company_label.setText(" · ".join(parts))
        self._show_phones(sheet.phones)
        details = []
        if sheet.email:
            details.append(self.tr("E-mail: %1").replace("%1", sheet.email))
        if sheet.status:
            details.append(self.tr("Status: %1").replace("%1", sheet.status))
        if sheet.member_status:
            details.append(
                self.tr("In this campaign: %1").replace("%1", member_label(sheet.member_status))
            )
        details.append(
            self.tr("Last reach: %1 · last attempt: %2")
            .replace("%1", _date(sheet.last_reach))
            .replace("%2", _date(sheet.last_attempt))
        )
        self.details_label.setText("\n".join(details))
        lines = [
            f"{_date(h.when)} — <b>{escape(history_label(h.kind))}</b>"
            + ("" if h.kind in _SELF_EXPLAINED else f" {escape(h.text[:120])}")
            for h in sheet.history
        ]
        self.history_label.setText("<br>".join(lines) or self.tr("No history yet."))
        notes = [f"{_date(n.when)} — {escape(n.text[:200])}" for n in sheet.notes]
        self.notes_label.setText("<br>".join(notes) or self.tr("No notes."))

    def _show_phones(self, phones: tuple[object, ...]) -> None:
        for button in self.phone_buttons:
            self.phones_box.removeWidget(button)
            button.deleteLater()
        self.phone_buttons = []
        for phone in phones:
            text = f"☎  {phone_kind_label(phone.kind)} : {phone.display}"  # type: ignore[attr-defined]
            if getattr(phone, "extension", None):
                text += self.tr(" ext. %1").replace("%1", str(phone.extension))  # type: ignore[attr-defined]
            button = self._button(text)
            button.setToolTip(self.tr("Dial this number"))
            button.clicked.connect(lambda _c=False, e=phone.e164: self.dial(e))  # type: ignore[attr-defined]
            self.phones_box.addWidget(button)
            self.phone_buttons.append(button)
        if not phones and self.current_id() is not None:
            label = QPushButton(self.tr("No phone number"), self)
            label.setEnabled(False)
            self.phones_box.addWidget(label)
            self.phone_buttons.append(label)

    # -- actions --------------------------------------------------------------------------
    def dial(self, e164: str) -> None:
        dial(e164, self.ctx.settings)
        self.last_action.setText(self.tr("Dialling %1…").replace("%1", e164))

    def dial_first(self) -> None:
        if self.sheet is not None and self.sheet.phones:
            self.dial(self.sheet.phones[0].e164)

    def log(self, code: str) -> None:
        """Log the shown contact's call with result ``code`` and move on."""
        contact_id = self.current_id()
        if self.plan is None or contact_id is None or self._writing:
            return
        outcome = next(o for o in OUTCOMES if o.code == code)
        name = self.sheet.name if self.sheet is not None else f"#{contact_id}"
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        self._writing = True
        self._set_enabled(False)
        self.ctx.ops.run(
            log_session_call,
            self.plan,
            contact_id,
            code,
            now,
            SystemClock().now().date(),
            self._next_id(),
            self.note_edit.text().strip() or None,
            on_done=lambda result: self._on_logged(result, contact_id, name, outcome),
            on_error=self._on_write_error,
            initiator=self,
        )

    def _on_logged(
        self, _result: SessionCallLogged, contact_id: int, name: str, outcome: Outcome
    ) -> None:
        self._writing = False
        self.logged.append((contact_id, outcome.code))
        self.note_edit.clear()
        self.last_action.setText(
            self.tr("Logged: %1 – %2").replace("%1", name).replace("%2", outcome_label(outcome))
        )
        self._move(self.position + 1, save=False)

    def _on_write_error(self, exc: BaseException) -> None:
        self._writing = False
        message = exc.message if isinstance(exc, DomainError) else str(exc)
        self.last_action.setText(message)
        self._set_enabled(self.current_id() is not None)

    def next_contact(self) -> None:
        if self.current_id() is not None and not self._writing:
            self._move(self.position + 1)

    def skip_contact(self) -> None:
        contact_id = self.current_id()
        if contact_id is None or self._writing:
            return
        name = self.sheet.name if self.sheet is not None else f"#{contact_id}"
        self.passed.append((contact_id, name))
        self._fill_skipped()
        self.last_action.setText(self.tr("Passed: %1").replace("%1", name))
        self._move(self.position + 1)

    def previous_contact(self) -> None:
        if self.plan is not None and self.position > 0 and not self._writing:
            self._move(self.position - 1)

    def restart(self) -> None:
        if self.plan is not None and self.plan.count and not self._writing:
            self._move(0)

    def _move(self, position: int, *, save: bool = True) -> None:
        assert self.plan is not None
        self.position = max(0, min(position, self.plan.count))
        self.sheet = None
        if save:
            self.ctx.ops.run(
                save_position,
                self.target,
                self.current_id(),
                on_error=self._on_write_error,
                initiator=self,
            )
        self.show_current()

    def _leave_note(self) -> None:
        self.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.note_edit.hasFocus():
            self.setFocus()  # Escape leaves the note; a second Escape closes the session
            return
        super().keyPressEvent(event)

    def _on_ops_changed(self, changes: Changes, initiator: object) -> None:
        contact_id = self.current_id()
        if (
            not self.isVisible()
            or initiator is self
            or contact_id is None
            or not changes.touches_contact(contact_id)
        ):
            return
        self.show_current()

    @classmethod
    def open_for(
        cls, ctx: AppContext, target: SessionTarget, parent: QWidget | None = None
    ) -> PhoningSession:
        """Open the session window (non-modal) and return it."""
        window = cls(ctx, target, parent)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()
        window.setFocus()
        return window

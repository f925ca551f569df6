"""Editors with checks while typing: e-mail with "did you mean" hints, phones formatted as
typed, dates typed the French way, and editable pick lists ("Edit list…")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import phonenumbers
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from desktop_crm.domain.emails import check_email
from desktop_crm.domain.phones import DEFAULT_REGION, check_phone, format_phone

EDIT_LIST_DATA = "__edit_list__"
_ERROR_STYLE = "QLineEdit { border: 1px solid #c0392b; }"


def set_problem(widget: QWidget, message: str | None) -> None:
    """Mark an editor as invalid (red border, tooltip) or clear the mark."""
    widget.setStyleSheet(_ERROR_STYLE if message else "")
    widget.setToolTip(message or "")
    widget.setProperty("problem", message or "")


def too_wide(editor: QLineEdit) -> bool:
    """Whether the editor's text is wider than the editor (then it is best shown from its
    start: Qt shows the end of a text just set, "surances Bernard")."""
    return editor.fontMetrics().horizontalAdvance(editor.text()) > editor.width() - 12


class StartInSight(QObject):
    """Keeps a long value read from its start when its editor narrows after it was set.

    A card loads a value, then its layout settles (the "Écrire" link beside the e-mail
    appears): the editor narrows and Qt keeps the end in sight ("ucas.duval@garnier-
    transports.fr"). On such a resize, an editor the user is not typing in goes back to
    its start."""

    def __init__(self, editors: list[QLineEdit], parent: QObject) -> None:
        super().__init__(parent)
        for editor in editors:
            editor.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Resize
            and isinstance(watched, QLineEdit)
            and not watched.hasFocus()
            and too_wide(watched)
        ):
            watched.setCursorPosition(0)
        return False


class HintLabel(QLabel):
    """A small line under an editor: an error, or "Did you mean …?" with a clickable fix.

    Signals: ``suggestion_accepted(str)``.
    """

    suggestion_accepted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setOpenExternalLinks(False)
        self.linkActivated.connect(self._on_link)
        self.suggestion: str | None = None
        self.hide()

    def show_message(self, message: str | None, suggestion: str | None = None) -> None:
        self.suggestion = suggestion
        if suggestion:
            text = QCoreApplication.translate("Fields", "Did you mean {0}?").format(
                f'<a href="fix">{suggestion}</a>'
            )
            self.setText(f'<span style="color:#b9770e">{text}</span>')
        elif message:
            self.setText(f'<span style="color:#c0392b">{message}</span>')
        else:
            self.clear()
        self.setVisible(bool(message or suggestion))

    def _on_link(self, _link: str) -> None:
        if self.suggestion:
            self.suggestion_accepted.emit(self.suggestion)


class EmailEdit(QLineEdit):
    """E-mail editor: checks syntax as you type and proposes a fix for common typos."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hint = HintLabel(parent)
        self.hint.suggestion_accepted.connect(self._accept)
        self.textChanged.connect(self.check)

    def check(self) -> bool:
        text = self.text().strip()
        if not text:
            set_problem(self, None)
            self.hint.show_message(None)
            return True
        result = check_email(text)
        message = (
            None
            if result.ok
            else QCoreApplication.translate("Fields", "This e-mail address is not valid.")
        )
        set_problem(self, message)
        self.hint.show_message(message, result.suggestion)
        return result.ok

    def _accept(self, suggestion: str) -> None:
        self.setText(suggestion)
        self.textEdited.emit(suggestion)


def format_as_typed(text: str, region: str = DEFAULT_REGION) -> str:
    """Format a phone number while it is typed ("0612" -> "06 12")."""
    formatter = phonenumbers.AsYouTypeFormatter(region)
    result = text
    for ch in text:
        if ch.isdigit() or ch == "+":
            result = formatter.input_digit(ch)
    return result


class PhoneEdit(QLineEdit):
    """Phone editor: French format as you type, stored E.164, shown in national format."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hint = HintLabel(parent)
        self.textEdited.connect(self._on_edited)
        self.textChanged.connect(self.check)

    def set_e164(self, value: str | None) -> None:
        self.setText(format_phone(value) if value else "")

    def _on_edited(self, text: str) -> None:
        # Only reformat when typing at the end: editing the middle must not jump the cursor.
        if self.cursorPosition() != len(text) or any(c.isalpha() for c in text):
            return
        formatted = format_as_typed(text)
        if formatted and formatted != text:
            self.blockSignals(True)
            self.setText(formatted)
            self.blockSignals(False)
            self.textChanged.emit(formatted)

    def check(self) -> bool:
        text = self.text().strip()
        if not text:
            set_problem(self, None)
            self.hint.show_message(None)
            return True
        result = check_phone(text)
        message = None
        if not result.ok:
            message = {
                "phone_too_short": QCoreApplication.translate(
                    "Fields", "The phone number is too short."
                ),
                "phone_too_long": QCoreApplication.translate(
                    "Fields", "The phone number is too long."
                ),
            }.get(
                result.code or "",
                QCoreApplication.translate("Fields", "This is not a valid phone number."),
            )
        set_problem(self, message)
        self.hint.show_message(message)
        return result.ok

    def e164(self) -> str | None:
        text = self.text().strip()
        if not text:
            return None
        result = check_phone(text)
        return result.e164 if result.ok else text


class DateEdit(QLineEdit):
    """A date typed as 23/11/2026 (or ISO); empty means no date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(QCoreApplication.translate("Fields", "dd/mm/yyyy"))
        self.textChanged.connect(self.check)

    def set_date(self, value: dt.date | None) -> None:
        self.setText(value.strftime("%d/%m/%Y") if value else "")

    def date(self) -> dt.date | str | None:
        """The date, None when empty, or the raw text when it is not a date."""
        text = self.text().strip()
        if not text:
            return None
        for fmt in ("%d/%m/%Y", "%d/%m/%y", "%Y-%m-%d", "%d.%m.%Y", "%d-%m-%Y"):
            try:
                return dt.datetime.strptime(text, fmt).date()
            except ValueError:
                continue
        return text

    def check(self) -> bool:
        ok = not isinstance(self.date(), str)
        set_problem(
            self,
            None if ok else QCoreApplication.translate("Fields", "Type a date such as 23/11/2026."),
        )
        return ok


class PickListCombo(QComboBox):
    """Editable drop-down fed by a pick list, ending with "Edit list…" as ACT! does.

    ``edit_list`` is called with the list key and must return the new values or None.
    """

    def __init__(
        self,
        key: str,
        edit_list: Callable[[str], list[str] | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.key = key
        self._edit_list = edit_list
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.activated.connect(self._on_activated)
        self._last_text = ""
        line = self.lineEdit()
        assert line is not None  # an editable combo has one
        self._start_in_sight = StartInSight([line], self)  # not "rt / Logistique"

    def set_values(self, values: list[str]) -> None:
        current = self.currentText()
        self.blockSignals(True)
        self.clear()
        self.addItem("")
        self.addItems(values)
        if self._edit_list is not None:
            self.insertSeparator(self.count())
            self.addItem(QCoreApplication.translate("Fields", "Edit list…"), EDIT_LIST_DATA)
        self.setCurrentText(current)
        self.blockSignals(False)

    def text(self) -> str:
        return self.currentText()

    def setText(self, value: str) -> None:
        self.setCurrentText(value)
        self._last_text = value
        line = self.lineEdit()
        if line is not None and not line.hasFocus() and too_wide(line):
            line.setCursorPosition(0)  # a long value reads from its start

    def _on_activated(self, index: int) -> None:
        if self.itemData(index) != EDIT_LIST_DATA:
            self._last_text = self.currentText()
            return
        self.setCurrentText(self._last_text)
        if self._edit_list is not None:
            values = self._edit_list(self.key)
            if values is not None:
                self.set_values(values)
                self.setCurrentText(self._last_text)

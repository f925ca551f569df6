"""The contact card's fields, grouped as users expect, with undo/redo and checks as you type."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtGui import QResizeEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.clock import utc_to_wall
from desktop_crm.domain.contacts import (
    DATE_FIELDS,
    EMAIL_FIELDS,
    FLAG_FIELDS,
    PHONE_FIELDS,
    ContactView,
)
from desktop_crm.domain.fields import FieldKind, Record, card_fields, catalogue, field
from desktop_crm.ui.common.fields import (
    DateEdit,
    EmailEdit,
    PhoneEdit,
    PickListCombo,
    StartInSight,
    set_problem,
    too_wide,
)
from desktop_crm.ui.common.layouts import nest
from desktop_crm.ui.contacts.dates import short

# Pick list field -> the pick list it offers (civility, status, origin, industry, size).
PICKLIST_FIELDS = {spec.name: spec.picklist for spec in catalogue() if spec.picklist}
SYSTEM_DATES = tuple(spec.name for spec in catalogue() if spec.kind is FieldKind.DATETIME)
# The boxes stack in independent columns. Two columns put the business address right under
# the identity, so that at 1400x860 it is above the fold; a wide card gets three columns.
COLUMNS_NARROW = (
    ("Identity", "Business address", "Status"),
    ("Phones", "E-mails", "Company", "Home address", "Flags"),
)
COLUMNS_WIDE = (
    ("Identity", "Company", "Status"),
    ("Phones", "E-mails", "Flags"),
    ("Business address", "Home address"),
)
WIDE_CARD_PX = 1000


def field_label(name: str, record: Record = "contact") -> str:
    """The translated card label of a contact or company field (the name if not a field).

    A name not in ``record``'s catalogue is looked up in the other one: conflicts and
    problems name fields of either kind.
    """
    for kind in (record, "company" if record == "contact" else "contact"):
        try:
            label = field(name, kind).label
        except KeyError:
            continue
        return QCoreApplication.translate("ContactCard", label)
    return name


class FieldEdit(QUndoCommand):
    """One change of one field; consecutive typing in the same field merges into one step."""

    def __init__(self, form: ContactForm, name: str, old: Any, new: Any) -> None:
        super().__init__(
            QCoreApplication.translate("ContactCard", "Edit {0}").format(field_label(name))
        )
        self.form = form
        self.name = name
        self.old = old
        self.new = new
        self._first = True

    def id(self) -> int:
        return 1000 + list(self.form.editors).index(self.name)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, FieldEdit) or other.name != self.name:
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        if self._first:  # the editor already shows the new value
            self._first = False
            return
        self.form.set_field(self.name, self.new)

    def undo(self) -> None:
        self.form.set_field(self.name, self.old)


class ContactForm(QWidget):
    """Grouped editors for every contact field; tracks edits on an undo stack.

    Signals: ``edited()`` whenever the user changes a value (or undoes/redoes one),
    ``phone_clicked(str)`` (E.164) and ``email_clicked(str)`` for click-to-dial and mailto.
    """

    edited = Signal()
    phone_clicked = Signal(str)
    email_clicked = Signal(str)

    def __init__(
        self,
        edit_list: Callable[[str], list[str] | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.editors: dict[str, QWidget] = {}
        self.links: dict[str, QLabel] = {}
        self.system_labels: dict[str, QLabel] = {}
        self._loading = False
        self._values: dict[str, Any] = {}
        grid = self._grid = QGridLayout(self)
        grid.setContentsMargins(4, 4, 4, 4)
        self._boxes: dict[str, QGroupBox] = {}
        self._box_fields: dict[str, tuple[str, ...]] = {}
        self._full_width: list[QWidget] = []
        self._wide: bool | None = None
        self._column_layouts: list[QVBoxLayout] = []
        for section, specs in card_fields():
            box = QGroupBox(QCoreApplication.translate("ContactCard", section.title), self)
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for spec in specs:
                name = spec.name
                editor = self._make_editor(name, edit_list, box)
                self.editors[name] = editor
                if name in FLAG_FIELDS:
                    form.addRow(editor)
                    continue
                hint = getattr(editor, "hint", None)
                if name in PHONE_FIELDS or name in EMAIL_FIELDS:
                    link = QLabel(box)
                    link.setOpenExternalLinks(False)
                    link.linkActivated.connect(self._on_link)
                    self.links[name] = link
                    row = QHBoxLayout()
                    row.addWidget(editor, 1)
                    row.addWidget(link)
                    column = QVBoxLayout()
                    nest(column, row)
                    if hint is not None:
                        column.addWidget(hint)
                    form.addRow(field_label(name), column)
                elif hint is not None:
                    column = QVBoxLayout()
                    column.addWidget(editor)
                    column.addWidget(hint)
                    form.addRow(field_label(name), column)
                else:
                    form.addRow(field_label(name), editor)
            self._boxes[section.key] = box
            self._box_fields[section.key] = tuple(spec.name for spec in specs)
        system = QGroupBox(QCoreApplication.translate("ContactCard", "System dates"), self)
        system_form = QFormLayout(system)
        for name in SYSTEM_DATES:
            label = QLabel("—", system)
            self.system_labels[name] = label
            system_form.addRow(field_label(name), label)
        self._system_box = system
        self._arrange(wide=False)
        for name in ("first_name", "last_name"):
            self.editors[name].setObjectName(f"field_{name}")
        lines = [e for e in self.editors.values() if isinstance(e, QLineEdit)]
        self._start_in_sight = StartInSight(lines, self)  # a long value keeps its start

    def add_full_width(self, widget: QWidget) -> None:
        """Add a box below the sections, across the whole card (user-defined fields)."""
        self._full_width.append(widget)
        self._arrange(self._wide or False, force=True)

    def is_wide(self) -> bool:
        return bool(self._wide)

    def _arrange(self, wide: bool, *, force: bool = False) -> None:
        """Stack the section boxes in two columns, or three on a wide card."""
        if wide == self._wide and not force:
            return
        self._wide = wide
        grid = self._grid
        for layout in self._column_layouts:
            for box in (*self._boxes.values(), self._system_box, *self._full_width):
                layout.removeWidget(box)
            grid.removeItem(layout)
            layout.deleteLater()
        for widget in (self._system_box, *self._full_width):
            grid.removeWidget(widget)
        self._column_layouts = []
        plan = COLUMNS_WIDE if wide else COLUMNS_NARROW
        for column, keys in enumerate(plan):
            layout = QVBoxLayout()
            for key in keys:
                if key in self._boxes:
                    layout.addWidget(self._boxes[key])
            layout.addStretch(1)
            nest(grid, layout, 0, column)
            self._column_layouts.append(layout)
        row = 1
        for widget in (self._system_box, *self._full_width):
            grid.addWidget(widget, row, 0, 1, len(plan))
            row += 1
        for index in range(grid.rowCount()):
            grid.setRowStretch(index, 0)
        grid.setRowStretch(row, 1)  # spare height below, not in the boxes
        for column in range(3):
            grid.setColumnStretch(column, 1 if column < len(plan) else 0)
        self._follow_arrangement(plan)

    def _follow_arrangement(self, plan: tuple[tuple[str, ...], ...]) -> None:
        """Tab goes down each column of boxes as they are arranged, then to the next column.

        In the order the editors were made (the sections' order), Tab went from the birthday
        to the company, in the other column, past the business address just below it.
        """
        order = [
            self.editors[name]
            for column in plan
            for key in column
            for name in self._box_fields.get(key, ())
        ]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(event.size().width() >= WIDE_CARD_PX)

    def _make_editor(
        self, name: str, edit_list: Callable[[str], list[str] | None] | None, parent: QWidget
    ) -> QWidget:
        editor: QWidget
        if name in PICKLIST_FIELDS:
            editor = PickListCombo(PICKLIST_FIELDS[name], edit_list, parent)
            editor.editTextChanged.connect(lambda _t, n=name: self._on_changed(n))
        elif name in PHONE_FIELDS:
            editor = PhoneEdit(parent)
            editor.textChanged.connect(lambda _t, n=name: self._on_changed(n))
        elif name in EMAIL_FIELDS:
            editor = EmailEdit(parent)
            editor.textChanged.connect(lambda _t, n=name: self._on_changed(n))
        elif name in DATE_FIELDS:
            editor = DateEdit(parent)
            editor.textChanged.connect(lambda _t, n=name: self._on_changed(n))
        elif name in FLAG_FIELDS:
            editor = QCheckBox(field_label(name), parent)
            editor.toggled.connect(lambda _on, n=name: self._on_changed(n))
        else:
            editor = QLineEdit(parent)
            editor.textChanged.connect(lambda _t, n=name: self._on_changed(n))
        # The storage column's length: phones take 32 characters and e-mails 254, as stored.
        max_length = field(name).max_length
        if max_length is not None:
            if isinstance(editor, QLineEdit):
                editor.setMaxLength(max_length)
            elif isinstance(editor, PickListCombo):
                line = editor.lineEdit()  # editable combos always have one
                if line is not None:
                    line.setMaxLength(max_length)
        editor.setObjectName(f"field_{name}")
        return editor

    # -- values ---------------------------------------------------------------------------

    def field_value(self, name: str) -> Any:
        """The value typed in an editor, in the form the contact service expects."""
        editor = self.editors[name]
        if isinstance(editor, PhoneEdit):
            return editor.e164()
        if isinstance(editor, DateEdit):
            value = editor.date()
            return value.isoformat() if isinstance(value, dt.date) else value
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, PickListCombo):
            return editor.currentText().strip() or None
        assert isinstance(editor, QLineEdit)
        return editor.text().strip() or None

    def set_field(self, name: str, value: Any) -> None:
        """Show a value without recording an undo step."""
        self._loading = True
        try:
            editor = self.editors[name]
            if isinstance(editor, PhoneEdit):
                editor.set_e164(value) if value and str(value).startswith("+") else editor.setText(
                    value or ""
                )
            elif isinstance(editor, DateEdit):
                if isinstance(value, dt.date):
                    editor.set_date(value)
                elif isinstance(value, str) and len(value) == 10 and value[4] == "-":
                    editor.set_date(dt.date.fromisoformat(value))
                else:
                    editor.setText(value or "")
            elif isinstance(editor, QCheckBox):
                editor.setChecked(bool(value))
            elif isinstance(editor, PickListCombo):
                editor.setText(value or "")
            else:
                assert isinstance(editor, QLineEdit)
                editor.setText(value or "")
            self._values[name] = self.field_value(name)
            self._update_link(name)
        finally:
            self._loading = False
        self.edited.emit()

    def values(self) -> dict[str, Any]:
        return {name: self.field_value(name) for name in self.editors}

    def load(self, contact: ContactView | None) -> None:
        """Show a contact (None: an empty card for a new contact); clears undo history."""
        self._loading = True
        try:
            for name in self.editors:
                self.set_field(name, getattr(contact, name) if contact else None)
                self._loading = True
                editor = self.editors[name]
                if isinstance(editor, QLineEdit) and too_wide(editor):
                    editor.setCursorPosition(0)  # a long value shows its start, not its end
            self.show_system_dates(contact)
        finally:
            self._loading = False
        self.undo_stack.clear()
        self.undo_stack.setClean()

    def show_system_dates(self, contact: ContactView | None) -> None:
        """Created, edited, last reach… on the business clock (Paris; stored in UTC)."""
        locale = QLocale()
        for name, label in self.system_labels.items():
            value = getattr(contact, name, None) if contact else None
            if isinstance(value, dt.datetime):
                value = utc_to_wall(value)
            label.setText(short(value, locale) if value else "—")

    def set_picklists(self, lists: dict[str, list[str]]) -> None:
        for editor in self.editors.values():
            if isinstance(editor, PickListCombo) and editor.key in lists:
                editor.set_values(lists[editor.key])

    def show_problems(self, problems: dict[str, str]) -> None:
        for name, editor in self.editors.items():
            if name in problems:
                set_problem(editor, problems[name])

    def check_all(self) -> bool:
        ok = True
        for editor in self.editors.values():
            check = getattr(editor, "check", None)
            if check is not None:
                ok = bool(check()) and ok
        return ok

    # -- events ---------------------------------------------------------------------------

    def _on_changed(self, name: str) -> None:
        self._update_link(name)
        if self._loading:
            return
        new = self.field_value(name)
        old = self._values.get(name)
        if new != old:
            self._values[name] = new
            self.undo_stack.push(FieldEdit(self, name, old, new))
        self.edited.emit()

    def _update_link(self, name: str) -> None:
        link = self.links.get(name)
        if link is None:
            return
        value = self.field_value(name)
        ok = bool(value) and not self.editors[name].property("problem")
        if name in PHONE_FIELDS:
            text = QCoreApplication.translate("ContactCard", "Call")
            link.setText(f'<a href="tel:{value}">{text}</a>' if ok else "")
        else:
            text = QCoreApplication.translate("ContactCard", "Write")
            link.setText(f'<a href="mailto:{value}">{text}</a>' if ok else "")

    def _on_link(self, href: str) -> None:
        scheme, _, target = href.partition(":")
        if scheme == "tel":
            self.phone_clicked.emit(target)
        else:
            self.email_clicked.emit(target)

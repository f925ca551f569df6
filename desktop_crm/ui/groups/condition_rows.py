"""The query builder's rows: a condition row, its value editors per kind, a nested AND/OR group."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.clock import SystemClock
from desktop_crm.domain.constants import Channel, ConsentStatus, HistoryType
from desktop_crm.domain.query import (
    RELATIVE,
    UNITS,
    And,
    Anniversary,
    Between,
    Compare,
    ConsentIs,
    HasHistory,
    HasOpenActivity,
    HasOpportunity,
    InGroup,
    InList,
    IsEmpty,
    LookupText,
    Node,
    Not,
    Or,
    Relative,
)
from desktop_crm.services.groups import query as group_query
from desktop_crm.ui.common.layouts import nest
from desktop_crm.ui.contacts.card_form import field_label
from desktop_crm.ui.contacts.card_tabs import channel_label, consent_label, history_label

if TYPE_CHECKING:
    from desktop_crm.ui.groups.query_builder import QueryBuilder

# Conditions that name no field: offered in the field list under these keys.
HISTORY, CONSENT = "@history", "@consent"
IN_GROUP, LOOKUP, OPEN_ACTIVITY, OPPORTUNITY = (
    "@in_group",
    "@lookup",
    "@open_activity",
    "@opportunity",
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("QueryBuilder", text)


def _business_today() -> QDate:
    """Today on the business clock (Paris), the day the group's conditions are counted on."""
    today = SystemClock().now().date()
    return QDate(today.year, today.month, today.day)


def operator_label(op: str) -> str:
    labels = {
        "=": _tr("equals"),
        "!=": _tr("differs from"),
        "<": _tr("before / less than"),
        "<=": _tr("up to"),
        ">": _tr("after / more than"),
        ">=": _tr("from"),
        "contains": _tr("contains"),
        "starts with": _tr("starts with"),
        "in": _tr("is one of"),
        "is empty": _tr("is empty"),
        "is not empty": _tr("is not empty"),
        "between": _tr("between"),
        "older than": _tr("older than"),
        "in the last": _tr("in the last"),
        "within next": _tr("within the next"),
        "anniversary within next": _tr("anniversary within the next"),
        "has history": _tr("has"),
        "has no history": _tr("has no"),
    }
    return labels.get(op, op)


def unit_label(unit: str) -> str:
    return {
        "days": _tr("days"),
        "weeks": _tr("weeks"),
        "months": _tr("months"),
        "years": _tr("years"),
    }.get(unit, unit)


@dataclass(frozen=True)
class FieldChoice:
    """A line of the field list: a catalogue or user-defined field, or a special condition."""

    key: str
    label: str
    kind: str
    operators: tuple[str, ...]
    choices: tuple[str, ...] = ()


def field_choices(fields: Sequence[group_query.QueryField]) -> list[FieldChoice]:
    out = [
        FieldChoice(
            f.name,
            f.label if f.user_defined else field_label(f.name),
            f.kind,
            tuple(f.operators),
            tuple(f.choices),
        )
        for f in fields
    ]
    out.sort(key=lambda c: c.label.casefold())
    out += [
        FieldChoice(IN_GROUP, _tr("Member of the group"), "special", ("in group",)),
        FieldChoice(LOOKUP, _tr("Found by the lookup"), "special", ("lookup",)),
        FieldChoice(OPEN_ACTIVITY, _tr("Has an open activity"), "special", ("has",)),
        FieldChoice(OPPORTUNITY, _tr("Has an opportunity (stage)"), "special", ("has",)),
        FieldChoice(HISTORY, _tr("History"), "special", ("has history", "has no history")),
        FieldChoice(CONSENT, _tr("Consent"), "special", ("consent",)),
    ]
    return out


class UnsupportedQuery(Exception):
    """A query the rows cannot show (``not`` before anything but history): edited as text."""


class ValueEditor(QWidget):
    """The value part of a row, suited to the field's kind and the operator."""

    edited = Signal()

    def __init__(
        self, choice: FieldChoice, op: str, groups: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.choice = choice
        self.op = op
        layout = self._layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.widgets: list[QWidget] = []
        kind = choice.kind
        if op in ("is empty", "is not empty") or choice.key == OPEN_ACTIVITY:
            pass
        elif choice.key == HISTORY:
            kinds = QComboBox(self)
            for member in HistoryType:
                kinds.addItem(history_label(member.value), member.value)
            self._add(kinds)
            self._add(QCheckBox(_tr("since"), self))
            since = QDateEdit(_business_today().addMonths(-6), self)
            since.setCalendarPopup(True)
            since.setDisplayFormat("dd/MM/yyyy")
            self._add(since)
        elif choice.key == CONSENT:
            channels = QComboBox(self)
            for channel in Channel:
                channels.addItem(channel_label(channel.value), channel.value)
            self._add(channels)
            statuses = QComboBox(self)
            for status in ConsentStatus:
                statuses.addItem(consent_label(status.value), status.value)
            self._add(statuses)
        elif choice.key == IN_GROUP:
            combo = QComboBox(self)
            combo.setEditable(True)
            combo.addItems(list(groups))
            self._add(combo)
        elif op in RELATIVE or op == "anniversary within next":
            spin = QSpinBox(self)
            spin.setRange(0, 366 if op == "anniversary within next" else 9999)
            spin.setValue(30 if op == "anniversary within next" else 6)
            self._add(spin)
            unit = QComboBox(self)
            for code in UNITS if op in RELATIVE else ("days",):
                unit.addItem(unit_label(code), code)
            if op in RELATIVE:
                unit.setCurrentIndex(UNITS.index("months"))
            self._add(unit)
        elif kind in ("date", "datetime"):
            for _n in range(2 if op == "between" else 1):
                edit = QDateEdit(_business_today(), self)
                edit.setCalendarPopup(True)
                edit.setDisplayFormat("dd/MM/yyyy")
                self._add(edit)
        elif kind == "bool":
            combo = QComboBox(self)
            combo.addItem(_tr("yes"), True)
            combo.addItem(_tr("no"), False)
            self._add(combo)
        elif choice.choices and op in ("=", "!="):
            combo = QComboBox(self)
            combo.setEditable(True)
            combo.addItems(list(choice.choices))
            self._add(combo)
        else:
            for _n in range(2 if op == "between" else 1):
                line = QLineEdit(self)
                if op == "in":
                    line.setPlaceholderText(_tr("values separated by commas"))
                self._add(line)
        layout.addStretch(0)

    def _add(self, widget: QWidget) -> None:
        self.widgets.append(widget)
        stretch = isinstance(widget, QLineEdit) or (
            isinstance(widget, QComboBox) and widget.isEditable()
        )
        self._layout.addWidget(widget, 1 if stretch else 0)
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(lambda _t: self.edited.emit())
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(lambda _i: self.edited.emit())
            if widget.isEditable():
                widget.editTextChanged.connect(lambda _t: self.edited.emit())
        elif isinstance(widget, QSpinBox):
            widget.valueChanged.connect(lambda _v: self.edited.emit())
        elif isinstance(widget, QDateEdit):
            widget.dateChanged.connect(lambda _d: self.edited.emit())
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(lambda _c: self.edited.emit())

    # -- reading and writing values ---------------------------------------------------------

    def _raw(self, widget: QWidget) -> Any:
        if isinstance(widget, QLineEdit):
            return widget.text().strip()
        if isinstance(widget, QComboBox):
            data = widget.currentData()
            return data if data is not None else widget.currentText().strip()
        if isinstance(widget, QSpinBox):
            return widget.value()
        if isinstance(widget, QDateEdit):
            return widget.date().toPython()
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        return None

    def _typed(self, raw: Any) -> Any:
        """The value as the query holds it, or None when incomplete."""
        if raw is None or raw == "":
            return None
        if self.choice.kind == "number":
            try:
                return Decimal(str(raw).replace(",", ".").replace(" ", ""))
            except InvalidOperation:
                return None
        return raw

    def values(self) -> list[Any]:
        return [self._typed(self._raw(w)) for w in self.widgets]

    def set_values(self, values: Sequence[Any]) -> None:
        for widget, value in zip(self.widgets, values, strict=False):
            widget.blockSignals(True)
            if isinstance(widget, QLineEdit):
                widget.setText(_plain(value))
            elif isinstance(widget, QComboBox):
                index = widget.findData(value)
                if index < 0:
                    index = widget.findText(str(value))
                if index >= 0:
                    widget.setCurrentIndex(index)
                elif widget.isEditable():
                    widget.setEditText(str(value))
            elif isinstance(widget, QSpinBox):
                widget.setValue(int(value))
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QDateEdit) and isinstance(value, dt.date):
                widget.setDate(QDate(value.year, value.month, value.day))
            widget.blockSignals(False)


def _plain(value: Any) -> str:
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, tuple):
        return ", ".join(_plain(v) for v in value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


class ConditionRow(QFrame):
    """One condition: field, operator, value; ``edited`` and ``remove_requested`` signals."""

    edited = Signal()
    remove_requested = Signal(object)

    def __init__(self, builder: QueryBuilder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.builder = builder
        self.setObjectName("conditionRow")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.field_combo = QComboBox(self)
        self.field_combo.setMinimumContentsLength(18)
        for choice in builder.choices:
            self.field_combo.addItem(choice.label, choice.key)
        self.op_combo = QComboBox(self)
        self.op_combo.setMinimumContentsLength(14)
        self.value_editor: ValueEditor | None = None
        remove = QPushButton("−", self)
        remove.setObjectName("removeCondition")
        remove.setToolTip(_tr("Remove this condition"))
        remove.setFixedWidth(28)
        remove.clicked.connect(lambda: self.remove_requested.emit(self))
        layout.addWidget(self.field_combo)
        layout.addWidget(self.op_combo)
        self._value_slot = QHBoxLayout()
        nest(layout, self._value_slot, 1)
        layout.addWidget(remove)
        self.field_combo.currentIndexChanged.connect(self._on_field_changed)
        self.op_combo.currentIndexChanged.connect(self._on_op_changed)
        self._on_field_changed()

    def choice(self) -> FieldChoice:
        return self.builder.choice(self.field_combo.currentData())

    def op(self) -> str:
        return str(self.op_combo.currentData() or "")

    def _on_field_changed(self, *_args: object) -> None:
        choice = self.choice()
        self.op_combo.blockSignals(True)
        self.op_combo.clear()
        if choice.kind != "special" or len(choice.operators) > 1:
            for op in choice.operators:
                self.op_combo.addItem(operator_label(op), op)
        else:
            self.op_combo.addItem("", choice.operators[0])
        self.op_combo.setVisible(choice.kind != "special" or len(choice.operators) > 1)
        self.op_combo.blockSignals(False)
        self._on_op_changed()

    def _on_op_changed(self, *_args: object) -> None:
        if self.value_editor is not None:
            self.value_editor.setParent(None)
            self.value_editor.deleteLater()
        self.value_editor = ValueEditor(self.choice(), self.op(), self.builder.group_paths, self)
        self.value_editor.edited.connect(self.edited)
        self._value_slot.addWidget(self.value_editor)
        self.edited.emit()

    def set_field(self, key: str, op: str | None = None) -> None:
        index = self.field_combo.findData(key)
        if index < 0:
            raise UnsupportedQuery(key)
        self.field_combo.setCurrentIndex(index)
        if op is not None:
            op_index = self.op_combo.findData(op)
            if op_index < 0:
                raise UnsupportedQuery(op)
            self.op_combo.setCurrentIndex(op_index)

    def node(self) -> Node | None:
        """The condition, or None while its value is incomplete."""
        choice, op = self.choice(), self.op()
        editor = self.value_editor
        values = editor.values() if editor is not None else []
        if choice.key == OPEN_ACTIVITY:
            return HasOpenActivity()
        if choice.key == HISTORY:
            since = values[2] if values[1] else None
            history = HasHistory(str(values[0]), since)
            return Not(history) if op == "has no history" else history
        if choice.key == CONSENT:
            return ConsentIs(str(values[0]), str(values[1]))
        if choice.key == OPPORTUNITY:
            return HasOpportunity(values[0] or None if values else None)
        if choice.key in (IN_GROUP, LOOKUP):
            if not values or values[0] is None:
                return None
            return InGroup(values[0]) if choice.key == IN_GROUP else LookupText(values[0])
        field = choice.key
        if op in ("is empty", "is not empty"):
            return IsEmpty(field, op == "is not empty")
        if op in RELATIVE:
            return Relative(field, op, int(values[0]), str(editor.widgets[1].currentData()))  # type: ignore[union-attr, attr-defined]
        if op == "anniversary within next":
            return Anniversary(field, int(values[0]))
        if any(v is None for v in values) or not values:
            return None
        if op == "between":
            return Between(field, values[0], values[1])
        if op == "in":
            parts = [p.strip() for p in str(editor.widgets[0].text()).split(",") if p.strip()]  # type: ignore[union-attr, attr-defined]
            typed = [editor._typed(p) for p in parts]  # type: ignore[union-attr]
            if not typed or any(v is None for v in typed):
                return None
            return InList(field, tuple(typed))
        return Compare(field, op, values[0])

    def set_node(self, node: Node) -> None:
        if isinstance(node, Not) and isinstance(node.item, HasHistory):
            self.set_field(HISTORY, "has no history")
            self._set_values([node.item.type, node.item.since is not None, node.item.since])
        elif isinstance(node, HasHistory):
            self.set_field(HISTORY, "has history")
            self._set_values([node.type, node.since is not None, node.since])
        elif isinstance(node, ConsentIs):
            self.set_field(CONSENT)
            self._set_values([node.channel, node.status])
        elif isinstance(node, HasOpenActivity):
            self.set_field(OPEN_ACTIVITY)
        elif isinstance(node, HasOpportunity):
            self.set_field(OPPORTUNITY)
            self._set_values([node.stage or ""])
        elif isinstance(node, InGroup):
            self.set_field(IN_GROUP)
            self._set_values([node.name])
        elif isinstance(node, LookupText):
            self.set_field(LOOKUP)
            self._set_values([node.text])
        elif isinstance(node, IsEmpty):
            self.set_field(node.field, "is not empty" if node.negated else "is empty")
        elif isinstance(node, Relative):
            self.set_field(node.field, node.op)
            self._set_values([node.amount, None])
            unit = self.value_editor.widgets[1]  # type: ignore[union-attr]
            assert isinstance(unit, QComboBox)
            unit.blockSignals(True)
            unit.setCurrentIndex(max(0, unit.findData(node.unit)))
            unit.blockSignals(False)
        elif isinstance(node, Anniversary):
            self.set_field(node.field, "anniversary within next")
            self._set_values([node.days])
        elif isinstance(node, Between):
            self.set_field(node.field, "between")
            self._set_values([node.low, node.high])
        elif isinstance(node, InList):
            self.set_field(node.field, "in")
            self._set_values([node.values])
        elif isinstance(node, Compare):
            self.set_field(node.field, node.op)
            self._set_values([node.value])
        else:
            raise UnsupportedQuery(type(node).__name__)

    def _set_values(self, values: Sequence[Any]) -> None:
        if self.value_editor is not None:
            self.value_editor.set_values(values)


class ConditionGroup(QFrame):
    """Conditions joined by AND or OR, holding rows and nested groups (parentheses)."""

    edited = Signal()
    remove_requested = Signal(object)

    def __init__(
        self, builder: QueryBuilder, parent: QWidget | None = None, *, root: bool = False
    ) -> None:
        super().__init__(parent)
        self.builder = builder
        self.setObjectName("conditionGroup")
        if not root:
            self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6 if not root else 0, 4, 4, 4)
        top = QHBoxLayout()
        self.join_combo = QComboBox(self)
        self.join_combo.addItem(_tr("All of these (AND)"), "and")
        self.join_combo.addItem(_tr("Any of these (OR)"), "or")
        self.join_combo.currentIndexChanged.connect(lambda _i: self.edited.emit())
        top.addWidget(QLabel(_tr("Match:"), self))
        top.addWidget(self.join_combo)
        top.addStretch(1)
        add_row = QPushButton(_tr("+ Condition"), self)
        add_row.setObjectName("addCondition")
        add_row.clicked.connect(lambda: self.add_row())
        add_group = QPushButton(_tr("+ ( Group )"), self)
        add_group.setObjectName("addGroup")
        add_group.clicked.connect(lambda: self.add_group())
        top.addWidget(add_row)
        top.addWidget(add_group)
        if not root:
            remove = QPushButton("−", self)
            remove.setFixedWidth(28)
            remove.setToolTip(_tr("Remove this group of conditions"))
            remove.clicked.connect(lambda: self.remove_requested.emit(self))
            top.addWidget(remove)
        nest(layout, top)
        self.items_layout = QVBoxLayout()
        nest(layout, self.items_layout)
        self.items: list[ConditionRow | ConditionGroup] = []

    def join(self) -> str:
        return str(self.join_combo.currentData())

    def add_row(self) -> ConditionRow:
        row = ConditionRow(self.builder, self)
        self._add(row)
        return row

    def add_group(self) -> ConditionGroup:
        group = ConditionGroup(self.builder, self)
        self._add(group)
        group.add_row()
        return group

    def _add(self, item: ConditionRow | ConditionGroup) -> None:
        item.edited.connect(self.edited)
        item.remove_requested.connect(self._remove)
        self.items.append(item)
        self.items_layout.addWidget(item)
        self.edited.emit()

    def _remove(self, item: ConditionRow | ConditionGroup) -> None:
        if item in self.items:
            self.items.remove(item)
            item.setParent(None)
            item.deleteLater()
            self.edited.emit()

    def clear(self) -> None:
        for item in self.items:
            item.setParent(None)
            item.deleteLater()
        self.items = []

    def node(self) -> Node | None:
        parts = [n for n in (item.node() for item in self.items) if n is not None]
        if not parts:
            return None
        if len(parts) == 1:
            return parts[0]
        return And(tuple(parts)) if self.join() == "and" else Or(tuple(parts))

    def set_node(self, node: Node) -> None:
        self.clear()
        items: tuple[Node, ...]
        if isinstance(node, And | Or):
            self.join_combo.setCurrentIndex(0 if isinstance(node, And) else 1)
            items = node.items
        else:
            items = (node,)
        for item in items:
            if isinstance(item, And | Or):
                group = ConditionGroup(self.builder, self)
                group.set_node(item)
                self._add(group)
            else:
                row = ConditionRow(self.builder, self)
                row.set_node(item)
                self._add(row)

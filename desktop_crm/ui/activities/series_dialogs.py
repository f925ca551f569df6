"""Activity series in the window: template editor, manager, apply dialog, progress on a card."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.changes import Changes
from desktop_crm.domain.clock import SystemClock
from desktop_crm.domain.constants import ActivityType, Priority
from desktop_crm.domain.custom_fields import CustomFieldSpec, CustomKind
from desktop_crm.domain.series import StepTemplate, label_offset
from desktop_crm.services.activities.series import (
    TRIGGER_DATE_FIELD,
    TRIGGER_OPPORTUNITY_WON,
    ApplyResult,
    SeriesInput,
    SeriesView,
    create_series,
    delete_series,
    list_series,
    update_series,
)
from desktop_crm.services.fields import custom_fields
from desktop_crm.ui.activities.feedback import warn_on_error, while_alive
from desktop_crm.ui.activities.labels import priority_label, type_label
from desktop_crm.ui.activities.series_progress import (  # the card's part, SQLAlchemy-free
    SeriesProgressWidget as SeriesProgressWidget,
)
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.form_rows import add_row
from desktop_crm.ui.common.layouts import nest

if TYPE_CHECKING:
    from desktop_crm.ui.groups.picker import GroupPicker
    from desktop_crm.ui.phoning.campaign_picker import CampaignPicker

Index = QModelIndex | QPersistentModelIndex


def _t(text: str) -> str:
    return QCoreApplication.translate("Activities", text)


class StepsModel(QAbstractTableModel):
    """The editable steps of a template: offset, type, regarding, priority, duration."""

    COLUMNS = ("offset", "type", "regarding", "priority", "duration")

    def __init__(self, steps: Sequence[StepTemplate], parent: Any = None) -> None:
        super().__init__(parent)
        self._steps = [dict(vars(s)) for s in steps]

    def steps(self) -> tuple[StepTemplate, ...]:
        return tuple(StepTemplate(**s) for s in self._steps)

    def add_step(self) -> None:
        last = self._steps[-1]["day_offset"] if self._steps else -1
        self.beginInsertRows(QModelIndex(), len(self._steps), len(self._steps))
        self._steps.append(dict(vars(StepTemplate(last + 1, ActivityType.CALL))))
        self.endInsertRows()

    def remove_step(self, row: int) -> None:
        if 0 <= row < len(self._steps):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._steps[row]
            self.endRemoveRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._steps)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (
            self.tr("Day (J+n)"),
            self.tr("Type"),
            self.tr("Regarding"),
            self.tr("Priority"),
            self.tr("Duration (min)"),
        )
        return names[section] if 0 <= section < len(names) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._steps):
            return None
        step = self._steps[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.EditRole:
            return {
                "offset": step["day_offset"],
                "type": step["type"],
                "regarding": step["regarding"] or "",
                "priority": step["priority"],
                "duration": step["duration_min"],
            }[column]
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == "offset":
            return label_offset(step["day_offset"])
        if column == "type":
            return type_label(step["type"])
        if column == "priority":
            return priority_label(step["priority"])
        if column == "duration":
            return str(step["duration_min"])
        return step["regarding"] or ""

    def setData(
        self,
        index: Index,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        key = {
            "offset": "day_offset",
            "type": "type",
            "regarding": "regarding",
            "priority": "priority",
            "duration": "duration_min",
        }[self.COLUMNS[index.column()]]
        if key in ("day_offset", "priority", "duration_min"):
            value = int(value)
        elif key == "regarding":
            value = str(value).strip() or None
        self._steps[index.row()][key] = value
        self.dataChanged.emit(index, index)
        return True


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box editor for a column with fixed choices (type, priority)."""

    def __init__(self, choices: Sequence[tuple[Any, str]], parent: Any = None) -> None:
        super().__init__(parent)
        self.choices = list(choices)

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> QWidget:
        combo = QComboBox(parent)
        for value, text in self.choices:
            combo.addItem(text, value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class SeriesEditorDialog(QDialog):
    """Name, description, shift-on-late option, automatic trigger and the steps."""

    def __init__(
        self,
        series: SeriesView | None,
        parent: QWidget | None = None,
        date_fields: Sequence[tuple[str, str]] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Activity series"))
        self.resize(720, 480)
        form = QFormLayout(self)
        self.name_edit = QLineEdit(series.name if series else "", self)
        form.addRow(self.tr("&Name:"), self.name_edit)
        self.description_edit = QPlainTextEdit(series.description or "" if series else "", self)
        self.description_edit.setFixedHeight(60)
        form.addRow(self.tr("&Description:"), self.description_edit)
        self.shift_check = QCheckBox(
            self.tr("When a step is cleared late, move the later steps by the same delay"), self
        )
        self.shift_check.setChecked(bool(series and series.shift_on_late))
        form.addRow("", self.shift_check)
        trigger = QHBoxLayout()
        self.trigger_combo = QComboBox(self)
        self.trigger_combo.addItem(self.tr("Applied by hand only"), None)
        self.trigger_combo.addItem(self.tr("When an opportunity is won"), TRIGGER_OPPORTUNITY_WON)
        self.trigger_combo.addItem(self.tr("Days before the contract end"), "contract_end")
        self.trigger_combo.addItem(self.tr("Days before the birthday"), "birthday")
        # User-defined date fields (Tools › Fields…): (name, label).
        for name, label in date_fields:
            self.trigger_combo.addItem(self.tr("Days before: {0}").format(label), name)
        self.days_spin = QSpinBox(self)
        self.days_spin.setRange(0, 366)
        self.days_spin.setSuffix(self.tr(" days before"))
        if series and series.trigger_kind == TRIGGER_DATE_FIELD:
            self.trigger_combo.setCurrentIndex(self.trigger_combo.findData(series.trigger_field))
            self.days_spin.setValue(series.trigger_days_before or 0)
        elif series and series.trigger_kind:
            self.trigger_combo.setCurrentIndex(self.trigger_combo.findData(series.trigger_kind))
        trigger.addWidget(self.trigger_combo, 1)
        trigger.addWidget(self.days_spin)
        add_row(form, self.tr("&Starts:"), trigger, self.trigger_combo)
        self.trigger_combo.currentIndexChanged.connect(self._update_enabled)
        self.steps_model = StepsModel(series.steps if series else (), self)
        self.steps_view = QTableView(self)
        self.steps_view.setModel(self.steps_model)
        self.steps_view.setItemDelegateForColumn(
            1, ChoiceDelegate([(str(k), type_label(k)) for k in ActivityType], self.steps_view)
        )
        self.steps_view.setItemDelegateForColumn(
            3, ChoiceDelegate([(int(p), priority_label(p)) for p in Priority], self.steps_view)
        )
        self.steps_view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.steps_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        form.addRow(self.steps_view)
        row_buttons = QHBoxLayout()
        add = QPushButton(self.tr("&Add step"), self)
        remove = QPushButton(self.tr("&Remove step"), self)
        add.clicked.connect(self.steps_model.add_step)
        remove.clicked.connect(
            lambda: self.steps_model.remove_step(self.steps_view.currentIndex().row())
        )
        row_buttons.addWidget(add)
        row_buttons.addWidget(remove)
        row_buttons.addStretch(1)
        form.addRow(row_buttons)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._active = series.active if series else True
        self._update_enabled()

    def _update_enabled(self) -> None:
        data = self.trigger_combo.currentData()
        self.days_spin.setEnabled(data not in (None, TRIGGER_OPPORTUNITY_WON))

    def value(self) -> SeriesInput:
        data = self.trigger_combo.currentData()
        dated = data not in (None, TRIGGER_OPPORTUNITY_WON)
        return SeriesInput(
            name=self.name_edit.text(),
            steps=self.steps_model.steps(),
            description=self.description_edit.toPlainText(),
            shift_on_late=self.shift_check.isChecked(),
            trigger_kind=TRIGGER_DATE_FIELD if dated else data,
            trigger_field=data if dated else None,
            trigger_days_before=self.days_spin.value() if dated else None,
            active=self._active,
        )

    @classmethod
    def edit(
        cls,
        series: SeriesView | None = None,
        parent: QWidget | None = None,
        date_fields: Sequence[tuple[str, str]] = (),
    ) -> SeriesInput | None:
        dialog = cls(series, parent, date_fields)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.value()


SERIES_KINDS = ("activity_series", "series_step")


class SeriesManagerDialog(QDialog):
    """The list of series templates with New, Edit and Delete.

    The list is read through the operation runner and read again when a change notice
    touches series templates (a save here, or anywhere else).

    Signals: ``reloaded()`` each time the list shows what is stored.
    """

    reloaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Activity series"))
        self.resize(520, 360)
        layout = QHBoxLayout(self)
        self.list_widget = QListWidget(self)
        layout.addWidget(self.list_widget, 1)
        buttons = QVBoxLayout()
        for text, slot in (
            (self.tr("&New…"), self._on_new_clicked),
            (self.tr("&Edit…"), self._on_edit_clicked),
            (self.tr("&Delete"), self._on_delete_clicked),
            (self.tr("Close"), self.accept),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        nest(layout, buttons)
        self.list_widget.itemDoubleClicked.connect(self._on_edit_clicked)
        self.series: list[SeriesView] = []
        self.date_fields: list[tuple[str, str]] = []
        context.ops.changed.connect(self._on_ops_changed)
        self.reload()
        context.ops.read(
            custom_fields,
            "contact",
            on_done=while_alive(self, self._on_fields_read),
        )

    def _on_fields_read(self, specs: tuple[CustomFieldSpec, ...]) -> None:
        self.date_fields = [(s.name, s.label) for s in specs if s.kind is CustomKind.DATE]

    def reload(self) -> None:
        self.context.ops.read(
            list_series, key=f"series-list-{id(self)}", on_done=while_alive(self, self._show)
        )

    def _show(self, series: list[SeriesView]) -> None:
        self.series = series
        self.list_widget.clear()
        for view in self.series:
            item = QListWidgetItem(f"{view.name}  ({view.summary})", self.list_widget)
            item.setData(Qt.ItemDataRole.UserRole, view.id)
        self.reloaded.emit()

    def _on_ops_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches(*SERIES_KINDS):
            self.reload()

    def _selected(self) -> SeriesView | None:
        item = self.list_widget.currentItem()
        if item is None:
            return None
        wanted = item.data(Qt.ItemDataRole.UserRole)
        return next((v for v in self.series if v.id == wanted), None)

    def _save(self, action: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        self.context.ops.run(
            action,
            *args,
            on_error=warn_on_error(self.context, self, self.tr("Activity series"), self.reload),
            initiator=self,
            **kwargs,
        )

    def _on_new_clicked(self) -> None:
        data = SeriesEditorDialog.edit(None, self, self.date_fields)
        if data is not None:
            self._save(create_series, data)

    def _on_edit_clicked(self) -> None:
        current = self._selected()
        if current is None:
            return
        data = SeriesEditorDialog.edit(current, self, self.date_fields)
        if data is not None:
            self._save(update_series, current.id, data, expected_version=current.version)

    def _on_delete_clicked(self) -> None:
        current = self._selected()
        if current is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Activity series"),
            self.tr("Delete the series '%1'? Activities already planned stay.").replace(
                "%1", current.name
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._save(delete_series, current.id)


class ApplySeriesDialog(QDialog):
    """Choose a series and its anchor date (J); shows the resulting step dates.

    With a ``context``, "Apply to" also offers a group instead of the selected contacts
    (its members are resolved when the series is planned).
    """

    def __init__(
        self,
        series: Sequence[SeriesView],
        contact_count: int,
        today: dt.date,
        parent: QWidget | None = None,
        *,
        context: AppContext | None = None,
        group_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Apply an activity series"))
        self.contact_count = contact_count
        form = QFormLayout(self)
        self.group_picker: GroupPicker | None = None
        self.campaign_picker: CampaignPicker | None = None
        if context is not None:
            none_text = (
                self.tr("The %n selected contact(s)", "", contact_count)
                if contact_count
                else self.tr("(choose a group)")
            )
            from desktop_crm.ui.groups.picker import GroupPicker  # with the dialog, not the card

            self.group_picker = GroupPicker(context, self, none_text=none_text, label="")
            self.group_picker.set_group(group_id)
            form.addRow(self.tr("Apply &to:"), self.group_picker)
            from desktop_crm.ui.phoning.campaign_picker import CampaignPicker

            self.campaign_picker = CampaignPicker(context, self, with_label=False)
            form.addRow(self.tr("C&ampaign:"), self.campaign_picker)
        else:
            form.addRow(QLabel(self.tr("%n contact(s) selected", "", contact_count), self))
        self.series_combo = QComboBox(self)
        for view in series:
            self.series_combo.addItem(view.name, view)
        form.addRow(self.tr("&Series:"), self.series_combo)
        self.anchor_edit = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.anchor_edit.setCalendarPopup(True)
        self.anchor_edit.setDisplayFormat("dd/MM/yyyy")
        form.addRow(self.tr("&Anchor date (J):"), self.anchor_edit)
        self.preview = QLabel(self)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(self.tr("Steps:"), self.preview)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.series_combo.currentIndexChanged.connect(self._update_preview)
        self.anchor_edit.dateChanged.connect(self._update_preview)
        if self.group_picker is not None:
            self.group_picker.group_changed.connect(self._update_ok)
        self._update_preview()
        self._update_ok()

    def _update_ok(self, *_args: object) -> None:
        """Something to apply to: selected contacts or a group."""
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.contact_count) or self.group_id() is not None)

    def _update_preview(self) -> None:
        view: SeriesView | None = self.series_combo.currentData()
        if view is None:
            self.preview.setText("")
            return
        anchor = self._anchor()
        lines = [
            f"{label_offset(s.day_offset):>6}  "
            f"{anchor + dt.timedelta(days=s.day_offset):%d/%m/%Y}  "
            f"{type_label(s.type)} – {s.regarding or ''}"
            for s in view.steps
        ]
        self.preview.setText("\n".join(lines))

    def _anchor(self) -> dt.date:
        # toPython() is typed object in PySide6's stubs; a QDate gives a date.
        return cast(dt.date, self.anchor_edit.date().toPython())

    def group_id(self) -> int | None:
        """The group chosen under "Apply to" (None: the selected contacts)."""
        return self.group_picker.group_id() if self.group_picker is not None else None

    def value(self) -> tuple[int, dt.date]:
        view: SeriesView = self.series_combo.currentData()
        return view.id, self._anchor()

    def target(self) -> SeriesTarget:
        series_id, anchor = self.value()
        campaign = self.campaign_picker.campaign_id() if self.campaign_picker else None
        return SeriesTarget(series_id, anchor, self.group_id(), campaign)

    @classmethod
    def ask(
        cls,
        series: Sequence[SeriesView],
        contact_count: int,
        *,
        today: dt.date | None = None,
        parent: QWidget | None = None,
        context: AppContext | None = None,
    ) -> SeriesTarget | None:
        """The chosen series, anchor date and group (None: the selected contacts), or None
        (also when there is no series)."""
        today = today or SystemClock().now().date()  # the business day (Paris)
        dialog = cls(series, contact_count, today, parent, context=context)
        if not series or dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.target()


class SeriesTarget(NamedTuple):
    """What "Apply an activity series" asked for."""

    series_id: int
    anchor: dt.date
    group_id: int | None = None
    campaign_id: int | None = None  # started for a campaign (targets and history)


def apply_series_to_contacts(
    context: AppContext,
    contact_ids: Sequence[int],
    *,
    parent: QWidget | None = None,
    on_done: Callable[[ApplyResult], None] | None = None,
) -> None:
    """Ask for a series, an anchor and the contacts (the selected ones or a group's members),
    then plan it as a long operation."""
    ids = list(contact_ids)

    def ask(series: list[SeriesView]) -> None:
        # Loaded when applying (the card shows a series' progress, it does not apply one).
        from desktop_crm.services.activities.batch import apply_series_with_progress
        from desktop_crm.services.campaigns.sends import apply_series_for_campaign
        from desktop_crm.services.groups.targets import apply_series_to_group

        answer = ApplySeriesDialog.ask(series, len(ids), parent=parent, context=context)
        if answer is None:
            return
        target = SeriesTarget(*answer)
        on_error = warn_on_error(context, parent, _t("Apply an activity series"))
        if target.campaign_id is not None:
            context.ops.run_long(
                apply_series_for_campaign,
                target.campaign_id,
                target.series_id,
                ids,
                target.group_id,
                target.anchor,
                title=_t("Planning the series…"),
                parent=parent,
                on_done=on_done,
                on_error=on_error,
                initiator=parent,
            )
            return
        if target.group_id is not None:
            context.ops.run_long(
                apply_series_to_group,
                target.series_id,
                target.group_id,
                target.anchor,
                title=_t("Planning the series…"),
                parent=parent,
                on_done=on_done,
                on_error=on_error,
                initiator=parent,
            )
            return
        context.ops.run_long(
            apply_series_with_progress,
            target.series_id,
            ids,
            target.anchor,
            title=_t("Planning the series…"),
            parent=parent,
            on_done=on_done,
            on_error=on_error,
            initiator=parent,
        )

    context.ops.read(list_series, on_done=ask)

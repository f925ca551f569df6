"""Table models of the import wizard: file preview, column mapping, checked rows, report."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from desktop_crm.domain.custom_fields import CustomFieldSpec
from desktop_crm.domain.phones import format_phone
from desktop_crm.interchange.column_words import column_word
from desktop_crm.interchange.export_leftovers import OTHER_DETAILS, REMARKS
from desktop_crm.interchange.table import Sheet
from desktop_crm.services.importing.examples import column_examples, french_date
from desktop_crm.services.importing.model import ImportMapping, PlannedRow, ReportRow, RowAction
from desktop_crm.ui.common.problems import problem_text
from desktop_crm.ui.importing.row_values import row_tooltip
from desktop_crm.ui.importing.texts import file_line_label, problem_line, report_reasons

Index = QModelIndex | QPersistentModelIndex
WARNING_BRUSH = QBrush(QColor(255, 236, 179))
ERROR_BRUSH = QBrush(QColor(255, 205, 210))
MATCH_BRUSH = QBrush(QColor(207, 226, 255))


def tr(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)


class PreviewModel(QAbstractTableModel):
    """The first rows of the sheet, with the header row in bold."""

    def __init__(self, rows: list[list[str]], header_row: int = 0, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows = rows
        self._width = max((len(r) for r in rows), default=0)
        self.header_row = header_row

    def set_header_row(self, row: int) -> None:
        self.header_row = row
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, max(self._width - 1, 0))
            )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._width

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            # A date as Excel shows it to a French user (a CSV's ISO date too).
            return french_date(row[index.column()]) if index.column() < len(row) else ""
        if role == Qt.ItemDataRole.FontRole and index.row() == self.header_row:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and index.row() < self.header_row:
            return QBrush(QColor(230, 230, 230))
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return _column_letter(section)


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


class MappingModel(QAbstractTableModel):
    """One line per file column: header, sample values, target field and a second target.

    The examples are the values as the import will store them with the current mapping
    (``services.importing.examples``): they follow each change of a column's field.
    """

    COLUMNS = ("Column", "Examples", "Contact field", "Also fill")
    EXAMPLE_CHARS = 40

    def __init__(
        self,
        headers: list[str],
        sheet: Sheet,
        mapping: ImportMapping,
        labels: dict[str, str],
        parent: Any = None,
        specs: Sequence[CustomFieldSpec] = (),
        *,
        vcard: bool = False,
    ) -> None:
        super().__init__(parent)
        self.vcard = vcard  # the columns are the vCard reader's (English names)
        self.headers = headers
        self.sheet = sheet
        self.mapping = mapping
        self.labels = labels
        self.specs = specs  # the contacts' user fields (a column may fill one)
        self.examples = column_examples(sheet, mapping, len(headers), specs)

    def sample(self, row: int) -> str:
        """A column's examples as shown ("a, b, c", each cut to ``EXAMPLE_CHARS``)."""
        values = self.examples.values[row]
        return ", ".join(v.replace("\n", " ")[: self.EXAMPLE_CHARS] for v in values)

    def header_text(self, row: int) -> str:
        """A file column's name; the names the readers give (a vCard's columns, an export's
        two added columns) in the user's language."""
        name = self.headers[row]
        if self.vcard:
            return column_word(name)
        if self.sheet.leftovers and name == OTHER_DETAILS:
            return tr("Other details")
        if self.sheet.leftovers and name == REMARKS:
            return tr("Import remarks")
        return name

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def target(self, row: int, slot: int) -> str:
        targets = self.mapping.columns.get(row, [])
        return targets[slot] if slot < len(targets) else ""

    def to_details(self, row: int) -> bool:
        """Whether the import copies this column (no field of its own) into Other details."""
        return row in self.examples.to_details and not self.target(row, 0)

    def _unmapped_text(self, row: int) -> str:
        details = self.examples.details_column
        if self.to_details(row) and details is not None:
            return tr("(copied into “%1”)").replace("%1", self.header_text(details))
        return tr("(do not import)")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == 0:
                return self.header_text(row)
            if column == 1:
                return self.sample(row)
            value = self.target(row, column - 2)
            if role == Qt.ItemDataRole.EditRole:
                return value
            return (
                self.labels.get(value, value)
                if value
                else self._unmapped_text(row)
                if column == 2
                else ""
            )
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return "\n".join(self.examples.values[row]) or None
        if role == Qt.ItemDataRole.ForegroundRole and column == 2 and not self.target(row, 0):
            return QBrush(QColor(130, 130, 130))
        return None

    def refresh_examples(self) -> None:
        """Examples again after a field change: a date, phone or postcode column now shows
        its values as that field stores them; an export's Other details gains or loses the
        column."""
        self.examples = column_examples(self.sheet, self.mapping, len(self.headers), self.specs)
        if self.headers:
            self.dataChanged.emit(self.index(0, 1), self.index(len(self.headers) - 1, 2))

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() >= 2:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() < 2 or role != Qt.ItemDataRole.EditRole:
            return False
        row, slot = index.row(), index.column() - 2
        targets = [self.target(row, 0), self.target(row, 1)]
        targets[slot] = str(value or "")
        kept = [t for t in targets if t]
        if kept:
            self.mapping.columns[row] = list(dict.fromkeys(kept))
        else:
            self.mapping.columns.pop(row, None)
        self.dataChanged.emit(self.index(row, 2), self.index(row, 3))
        self.refresh_examples()
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(self.COLUMNS[section])
        return None


ACTION_LABELS = {RowAction.ADD: "Add", RowAction.UPDATE: "Update", RowAction.SKIP: "Skip"}


class CheckedRowsModel(QAbstractTableModel):
    """Rows with a problem or a match, each problem shown next to its row."""

    COLUMNS = ("Line", "Name", "Company", "E-mail", "Phone", "Problems", "Duplicate of", "Action")

    def __init__(self, rows: list[PlannedRow], parent: Any = None) -> None:
        super().__init__(parent)
        self.all_rows = rows
        self.rows: list[PlannedRow] = []
        self.default_action = RowAction.SKIP
        self.only_attention = True
        self.custom_labels: dict[str, str] = {}  # user field name -> label (the tooltip's)
        self.refilter()

    def refilter(self) -> None:
        self.beginResetModel()
        self.rows = [
            r for r in self.all_rows if not self.only_attention or r.problems or r.match is not None
        ]
        self.endResetModel()

    def refresh_row(self, planned: PlannedRow) -> None:
        if planned in self.rows:
            row = self.rows.index(planned)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def refresh_all(self) -> None:
        if self.rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.rows) - 1, len(self.COLUMNS) - 1)
            )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def planned(self, row: int) -> PlannedRow:
        return self.rows[row]

    def _action(self, planned: PlannedRow) -> str:
        if planned.action is not None:
            return tr(ACTION_LABELS[planned.action])
        if any(p.code in ("required",) for p in planned.problems):
            return tr("Skip")
        if planned.match is not None:
            return tr(ACTION_LABELS[self.default_action]) + " " + tr("(default)")
        return tr("Add")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        planned = self.rows[index.row()]
        column = index.column()
        values = planned.values
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return planned.line
            if column == 1:
                return " ".join(
                    str(values.get(k) or "") for k in ("first_name", "last_name")
                ).strip()
            if column == 2:
                return values.get("company_name") or ""
            if column == 3:
                return values.get("email") or ""
            if column == 4:
                phone = values.get("phone_business") or values.get("phone_mobile") or ""
                return format_phone(phone) if phone.startswith("+") else phone
            if column == 5:
                # Labels by code, translated; the suggestion is shown, never applied here.
                return "; ".join(problem_text(p) for p in planned.problems)
            if column == 6:
                match = planned.match
                if match is None:
                    return ""
                what = (
                    tr("same e-mail")
                    if match.reason == "email"
                    else tr("same company, name and phone")
                )
                target = (
                    f"#{match.contact_id} {match.label}"
                    if match.contact_id
                    else file_line_label(match.label)
                )
                return f"{target} ({what})"
            return self._action(planned)
        if role == Qt.ItemDataRole.BackgroundRole:
            if column == 5 and planned.problems:
                if any(p.code in ("required", "email_invalid") for p in planned.problems):
                    return ERROR_BRUSH
                return WARNING_BRUSH
            if column == 6 and planned.match is not None:
                return MATCH_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole and column == 5 and planned.problems:
            return "\n".join(problem_line(p) for p in planned.problems)
        if role == Qt.ItemDataRole.ToolTipRole and column != 5:
            return row_tooltip(planned, self.custom_labels) or None  # every value, as stored
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(self.COLUMNS[section])
        return None


class ReportModel(QAbstractTableModel):
    """The import report: one line per file row with its action and reasons."""

    COLUMNS = ("Line", "Action", "To review", "Contact", "Name", "Reasons")
    ACTIONS = {"created": "Created", "updated": "Updated", "skipped": "Skipped"}

    def __init__(self, rows: Sequence[ReportRow], parent: Any = None) -> None:
        super().__init__(parent)
        self.rows = rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        return (
            row.line,
            tr(self.ACTIONS.get(row.action, row.action)),
            tr("yes") if row.flagged else "",
            row.contact_id or "",
            row.label,
            report_reasons(row),
        )[index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(self.COLUMNS[section])
        return None

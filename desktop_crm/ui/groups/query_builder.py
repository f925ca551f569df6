"""The query builder: conditions as rows (AND/OR groups nested at will) and the same query as
text, kept in step both ways, with a live count and the first members it finds.

The rows and the text are two views of one syntax tree (``domain/query.py``): editing a row
writes the canonical text; editing the text re-parses it (on the GUI thread, pure Python)
and rebuilds the rows. The count and preview run on the database thread, 300 ms after the
last edit, the newest request superseding older ones.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QTableView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.query import (
    FieldInfo,
    Node,
    QueryError,
    format_query,
    parse,
)
from desktop_crm.services.groups import query as group_query
from desktop_crm.services.groups.groups import group_tree
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.counts import grouped
from desktop_crm.ui.common.operations import error_message
from desktop_crm.ui.common.simple_table import RowsModel
from desktop_crm.ui.groups.condition_rows import (
    ConditionGroup,
    ConditionRow,
    FieldChoice,
    UnsupportedQuery,
    _tr,
    field_choices,
)

__all__ = ["ConditionGroup", "ConditionRow", "QueryBuilder"]

DEBOUNCE_MS = 300
PREVIEW_ROWS = 20


class QueryBuilder(QDialog):
    """Edit a dynamic group's query as rows or as text, with a live count and a preview.

    Signal: ``count_shown(int)`` when a live count arrives (-1: the query has an error).
    """

    count_shown = Signal(int)

    def __init__(self, context: AppContext, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Query builder"))
        self.ops = context.ops
        self._key = f"query-builder-{id(self)}"
        self.choices: list[FieldChoice] = []
        self._by_key: dict[str, FieldChoice] = {}
        self.fields: dict[str, FieldInfo] = {}
        self.group_paths: list[str] = []
        self._syncing = False
        self._ready = False
        self._initial = text
        self.error: QueryError | None = None

        self.rows_area = QScrollArea(self)
        self.rows_area.setWidgetResizable(True)
        self.rows_holder = QWidget(self.rows_area)
        self.rows_layout = QVBoxLayout(self.rows_holder)
        self.rows_layout.setContentsMargins(4, 4, 4, 4)
        self.root: ConditionGroup | None = None
        self.rows_note = QLabel(self)
        self.rows_note.setWordWrap(True)
        self.rows_note.hide()
        self.rows_area.setWidget(self.rows_holder)

        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setObjectName("queryText")
        self.text_edit.setPlaceholderText(
            _tr('e.g. city = "Lyon" and last_reach older than 6 months')
        )
        self.text_edit.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("queryError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("queryCount")
        font = self.count_label.font()
        font.setBold(True)
        self.count_label.setFont(font)
        self.preview_model = RowsModel([_tr("Name"), _tr("Company"), _tr("City")], self)
        self.preview = QTableView(self)
        self.preview.setModel(self.preview_model)
        self.preview.verticalHeader().setVisible(False)
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.preview.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._on_accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(QLabel(_tr("<b>Conditions</b>"), top))
        top_layout.addWidget(self.rows_note)
        top_layout.addWidget(self.rows_area, 1)
        top_layout.addWidget(QLabel(_tr("<b>As text</b> (the same query, editable)"), top))
        top_layout.addWidget(self.text_edit)
        top_layout.addWidget(self.error_label)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.count_label)
        bottom_layout.addWidget(self.preview, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(900, 640)

        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(DEBOUNCE_MS)
        self._text_timer.timeout.connect(self._on_text_settled)
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(DEBOUNCE_MS)
        self._count_timer.timeout.connect(self._run_count)
        self.text_edit.textChanged.connect(self._on_text_changed)
        self.setEnabled(False)
        self.count_label.setText(_tr("Loading the fields…"))
        self.ops.read(group_query.query_fields, on_done=self._on_fields_read)
        self.ops.read(group_tree, on_done=self._on_groups_read)

    # -- loading ----------------------------------------------------------------------------

    def _on_groups_read(self, nodes: list[Any]) -> None:
        self.group_paths = [n.path for n in nodes]

    def _on_fields_read(self, fields: list[group_query.QueryField]) -> None:
        self.choices = field_choices(fields)
        self._by_key = {c.key: c for c in self.choices}
        self.fields = {f.name: FieldInfo(f.name, f.label, f.kind, tuple(f.choices)) for f in fields}  # type: ignore[arg-type]
        self.root = ConditionGroup(self, self.rows_holder, root=True)
        self.root.edited.connect(self._on_rows_edited)
        self.rows_layout.addWidget(self.root)
        self.rows_layout.addStretch(1)
        self._ready = True
        self.setEnabled(True)
        self._syncing = True
        self.text_edit.setPlainText(self._initial)
        self._syncing = False
        if self._initial.strip():
            self._on_text_settled()
        else:
            self.root.add_row()
        self._schedule_count()

    def choice(self, key: str) -> FieldChoice:
        return self._by_key[key]

    # -- rows → text ------------------------------------------------------------------------

    def _on_rows_edited(self) -> None:
        if self._syncing or self.root is None:
            return
        node = self.root.node()
        self._syncing = True
        self.text_edit.setPlainText(format_query(node) if node is not None else "")
        self._syncing = False
        self._show_error(None)
        self._schedule_count()

    # -- text → rows ------------------------------------------------------------------------

    def _on_text_changed(self) -> None:
        if not self._syncing:
            self._count_timer.stop()  # counted once the text is read
            self._text_timer.start()

    def _on_text_settled(self) -> None:
        self._text_timer.stop()
        text = self.text()
        if not text:
            self._show_error(None)
            self._set_rows(None)
            self._schedule_count()
            return
        try:
            node = parse(text, self.fields)
        except QueryError as exc:
            self._show_error(exc)
            self.count_label.setText(_tr("The query has an error."))
            self.count_shown.emit(-1)
            return
        self._show_error(None)
        self._set_rows(node)
        self._schedule_count()

    def _set_rows(self, node: Node | None) -> None:
        if self.root is None:
            return
        self._syncing = True
        try:
            if node is None:
                self.root.clear()
                self.root.add_row()
            else:
                self.root.set_node(node)
            self.rows_area.setEnabled(True)
            self.rows_note.hide()
        except UnsupportedQuery:
            self.rows_area.setEnabled(False)
            self.rows_note.setText(
                _tr("The rows cannot show “not” before this condition: edit the query as text.")
            )
            self.rows_note.show()
        finally:
            self._syncing = False

    def _show_error(self, exc: QueryError | None) -> None:
        self.error = exc
        self.text_edit.setExtraSelections([])
        if exc is None:
            self.error_label.clear()
            self.ok_button.setEnabled(True)
            return
        self.ok_button.setEnabled(False)
        self.error_label.setText(str(exc))
        text = self.text_edit.toPlainText()
        start = max(0, exc.position - 1)
        length = len(exc.word) if exc.word else 1
        if start >= len(text):
            start, length = max(0, len(text) - 1), 1
        selection = QTextEdit.ExtraSelection()
        fmt = QTextCharFormat()
        fmt.setBackground(QColor("#ffd0d0"))
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(QColor("#b00020"))
        selection.format = fmt  # type: ignore[attr-defined]
        cursor = QTextCursor(self.text_edit.document())
        cursor.setPosition(start)
        cursor.setPosition(min(len(text), start + length), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor  # type: ignore[attr-defined]
        self.text_edit.setExtraSelections([selection])

    def highlighted_word(self) -> str:
        selections = self.text_edit.extraSelections()
        return selections[0].cursor.selectedText() if selections else ""  # type: ignore[attr-defined]

    # -- live count -------------------------------------------------------------------------

    def _schedule_count(self) -> None:
        self._count_timer.start()

    def _run_count(self) -> None:
        text = self.text()
        if not text:
            self.count_label.setText(_tr("No condition yet."))
            self.preview_model.set_rows([])
            return
        self.count_label.setText(_tr("Counting…"))
        self.ops.read(
            group_query.count_matching,
            text,
            key=self._key + "-count",
            on_done=self._on_count,
            on_error=self._on_count_failed,
        )
        self.ops.read(
            group_query.preview,
            text,
            PREVIEW_ROWS,
            key=self._key + "-preview",
            on_done=self._on_preview,
            on_error=self._on_preview_failed,
        )

    def _on_preview_failed(self, _exc: BaseException) -> None:
        self.preview_model.set_rows([])  # the count reports the error

    def _on_count(self, count: int) -> None:
        self.count_label.setText(
            grouped(
                QCoreApplication.translate("QueryBuilder", "%n contact(s) match now", "", count),
                count,
            )
        )
        self.count_shown.emit(count)

    def _on_count_failed(self, exc: BaseException) -> None:
        if isinstance(exc, QueryError):
            self._show_error(exc)
        else:
            self.error_label.setText(error_message(exc))
        self.count_label.setText(_tr("The query has an error."))
        self.count_shown.emit(-1)

    def _on_preview(self, rows: list[group_query.PreviewRow]) -> None:
        self.preview_model.set_rows(
            [(r.name, r.company or "", r.city or "") for r in rows], [r.id for r in rows]
        )
        self.preview.resizeColumnsToContents()

    # -- result -----------------------------------------------------------------------------

    def text(self) -> str:
        return self.text_edit.toPlainText().strip()

    def _on_accept(self) -> None:
        if self._text_timer.isActive():
            self._on_text_settled()
        if self.error is None:
            self.accept()

    @classmethod
    def ask(cls, context: AppContext, text: str = "", parent: QWidget | None = None) -> str | None:
        """The edited query text ("" for none), or None when cancelled."""
        dialog = cls(context, text, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.text()
        finally:
            dialog.deleteLater()

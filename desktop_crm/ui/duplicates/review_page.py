"""The review and summary pages of the duplicate wizard, and running merges."""

from __future__ import annotations

import html
import re
from functools import partial
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QResizeEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from desktop_crm.domain.matching import RecordKind
from desktop_crm.services.duplicates.merge import MergeResult, UnmergeResult, unmerge
from desktop_crm.services.duplicates.review_data import (
    mark_pairs_not_duplicate,
    merge_groups,
    merge_records,
)
from desktop_crm.services.duplicates.scan import DuplicateGroup
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.layouts import nest
from desktop_crm.ui.duplicates.group_model import Decision, GroupTableModel
from desktop_crm.ui.duplicates.merge_dialog import MergeChoice, MergeDialog
from desktop_crm.ui.duplicates.texts import reason_label, related_counts_text, undo_confirmation

# The records column: at least this wide, at most this share of the table's width.
RECORDS_MIN_WIDTH = 300
RECORDS_SHARE = 0.55


class ReviewPage(QWizardPage):
    """Groups sorted by score: merge, accept for merging, or mark as not a duplicate."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setTitle(self.tr("Review the likely duplicates"))
        self.setSubTitle(
            self.tr(
                "Merge a group now, mark it to merge with the suggested "
                "choices, or tell the program it is not a duplicate."
            )
        )
        self.model = GroupTableModel(parent=self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        layout = QVBoxLayout(self)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(1, RECORDS_MIN_WIDTH)
        # A record a line: a row as tall as its group (two lines at least, for the reasons).
        rows = self.table.verticalHeader()
        rows.setMinimumSectionSize(1)
        rows.setDefaultSectionSize(self._row_height(2))
        self.proxy.layoutChanged.connect(self._fit_rows)
        # The records column follows the page's width until the user drags it.
        self._records_sized_by_user = False
        self._fitting = False
        self._widest_record = 0
        header.sectionResized.connect(self._on_header_section_resized)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        layout.addWidget(self.table, 1)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details)
        buttons = QHBoxLayout()
        self.merge_button = QPushButton(self.tr("Merge…"), self)
        self.accept_button = QPushButton(self.tr("Merge with suggested choices"), self)
        self.reject_button = QPushButton(self.tr("Not a duplicate"), self)
        self.reset_button = QPushButton(self.tr("Undecided"), self)
        self.open_a = QPushButton(self.tr("Open first record"), self)
        self.open_b = QPushButton(self.tr("Open second record"), self)
        self.accept_all = QPushButton(self.tr("Merge all scoring 100"), self)
        for button in (
            self.merge_button,
            self.accept_button,
            self.reject_button,
            self.reset_button,
            self.open_a,
            self.open_b,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.accept_all)
        nest(layout, buttons)
        self.merge_button.clicked.connect(self._on_merge_button_clicked)
        self.accept_button.clicked.connect(lambda: self._decide(Decision.ACCEPTED))
        self.reject_button.clicked.connect(self._on_reject_button_clicked)
        self.reset_button.clicked.connect(lambda: self._decide(Decision.PENDING))
        self.open_a.clicked.connect(lambda: self._open(0))
        self.open_b.clicked.connect(lambda: self._open(1))
        self.accept_all.clicked.connect(self._on_accept_all_clicked)
        self._update_buttons()

    def initializePage(self) -> None:
        wizard: Any = self.wizard()
        result = wizard.scan_page.result
        self.kind = result.kind.value if result else "contact"
        self.model.set_groups(list(result.groups) if result else [])
        self._records_sized_by_user = False
        self._widest_record = self._measure_records()
        self._fit_records_column()
        self._fit_rows()
        if self.model.rowCount():
            self.table.selectRow(0)
        self._update_buttons()

    def _row_height(self, lines: int) -> int:
        return max(lines, 2) * self.table.fontMetrics().lineSpacing() + 8

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # The page is laid out after initializePage: the table's width is known only now.
        if not self._records_sized_by_user:
            self._fit_records_column()

    def _on_header_section_resized(self, section: int, _old: int, _new: int) -> None:
        if section == 1 and not self._fitting:
            self._records_sized_by_user = True

    def _measure_records(self) -> int:
        """The width of the longest record line (measured once per scan: thousands of
        groups are not measured again at each resize of the window)."""
        metrics = self.table.fontMetrics()
        return max(
            (
                metrics.horizontalAdvance(line)
                for row in range(self.model.rowCount())
                for line in self.model.record_lines(row)
            ),
            default=0,
        )

    def _fit_records_column(self) -> None:
        """The records column as wide as its longest line, up to a share of the table (the
        reasons take the rest); a longer one is elided, its tooltip holding it whole."""
        room = int(self.table.viewport().width() * RECORDS_SHARE)
        width = max(RECORDS_MIN_WIDTH, min(self._widest_record + 16, room))
        self._fitting = True
        try:
            self.table.horizontalHeader().resizeSection(1, width)
        finally:
            self._fitting = False

    def _fit_rows(self) -> None:
        """Each row as tall as its group's records (sorting moves rows: fitted again)."""
        rows = self.table.verticalHeader()
        for view_row in range(self.proxy.rowCount()):
            source = self.proxy.mapToSource(self.proxy.index(view_row, 0)).row()
            height = self._row_height(len(self.model.group(source).ids))
            if rows.sectionSize(view_row) != height:
                rows.resizeSection(view_row, height)

    def current_row(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.proxy.mapToSource(index).row()

    def _on_current_row_changed(self, *_: Any) -> None:
        row = self.current_row()
        if row is None:
            self.details.clear()
        else:
            group = self.model.group(row)
            lines = []
            if group.keep is not None:
                lines.append(
                    self.tr(
                        "Suggested record to keep: #%1 (the one with the most history, "
                        "notes and sales attached, then the most complete)"
                    ).replace("%1", str(group.keep))
                )
            # "%1 ~ %2 : %3" in French (a space before the colon); one pass over the
            # template, so that a name holding "%2" stays as it is.
            template = self.tr("%1 ~ %2: %3")
            for pair in group.pairs:
                values = (
                    html.escape(f"#{pair.a} {pair.a_label}"),
                    html.escape(f"#{pair.b} {pair.b_label}"),
                    str(pair.score),
                )
                text = re.sub(r"%([1-3])", partial(_argument, values), template)
                lines.append(f"<b>{text}</b>")
                lines += [f"&nbsp;&nbsp;• {reason_label(r)}" for r in pair.parts]
            self.details.setText("<br>".join(lines))
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.current_row()
        open_row = row is not None and self.model.decision(row) is not Decision.MERGED
        for button in (
            self.merge_button,
            self.accept_button,
            self.reject_button,
            self.reset_button,
        ):
            button.setEnabled(open_row)
        self.open_a.setEnabled(open_row)
        self.open_b.setEnabled(open_row)
        self.accept_all.setEnabled(self.model.rowCount() > 0)

    def _decide(self, decision: Decision) -> None:
        row = self.current_row()
        if row is not None:
            self.model.set_decision(row, decision)
            self._update_buttons()

    def _on_reject_button_clicked(self) -> None:
        row = self.current_row()
        if row is None:
            return
        group = self.model.group(row)
        previous = self.model.decision(row)
        wizard: Any = self.wizard()
        # Shown at once (the user goes on deciding); put back if it could not be remembered.
        self.model.set_decision(row, Decision.REJECTED)
        self._update_buttons()

        def failed(exc: BaseException) -> None:
            self.model.set_decision(row, previous)
            self._update_buttons()
            wizard.show_error(exc)

        self.context.ops.run(
            mark_pairs_not_duplicate,
            [(pair.a, pair.b) for pair in group.pairs],
            RecordKind(self.kind),
            on_error=failed,
            initiator=self,
        )

    def _on_accept_all_clicked(self) -> None:
        for row in range(self.model.rowCount()):
            if self.model.group(row).score >= 100 and self.model.decision(row) is Decision.PENDING:
                self.model.set_decision(row, Decision.ACCEPTED)
        self._update_buttons()

    def _open(self, position: int) -> None:
        row = self.current_row()
        if row is None:
            return
        ids = self.model.group(row).ids
        wizard: Any = self.wizard()
        if position < len(ids):
            wizard.record_open_requested.emit(self.kind, ids[position])

    def _on_merge_button_clicked(self) -> None:
        row = self.current_row()
        if row is None:
            return
        wizard: Any = self.wizard()
        MergeDialog.ask(
            self.context,
            self.kind,
            list(self.model.group(row).ids),
            lambda choice: self._merge(row, choice),
            self,
            on_error=wizard.show_error,
        )

    def _merge(self, row: int, choice: MergeChoice) -> None:
        wizard: Any = self.wizard()

        def done(result: MergeResult) -> None:
            wizard.merges.append(result)
            self.model.set_decision(row, Decision.MERGED, result.merge_id)
            self._update_buttons()

        self.context.ops.run_long(
            lambda uow, _control: merge_records(
                uow,
                choice.kind,
                choice.keep_id,
                choice.other_ids,
                choice.winners,
                choice.versions,
            ),
            title=self.tr("Merging"),
            parent=self,
            on_done=done,
            on_error=wizard.show_error,
            initiator=self,
            cancellable=False,
        )


def _keep_first(group: DuplicateGroup) -> tuple[int, ...]:
    if group.keep is None:
        return group.ids
    return (group.keep, *(i for i in group.ids if i != group.keep))


class SummaryPage(QWizardPage):
    """Merges the accepted groups (one undo each) and lists every merge with Undo."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setTitle(self.tr("Summary"))
        layout = QVBoxLayout(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.list_model = QStandardItemModel(self)
        self.list = QListView(self)
        self.list.setModel(self.list_model)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.undo_button = QPushButton(self.tr("Undo merge"), self)
        self.undo_button.clicked.connect(self._on_undo_button_clicked)
        layout.addWidget(self.status)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.busy = False

    def initializePage(self) -> None:
        wizard: Any = self.wizard()
        review = wizard.review_page
        rows = review.model.rows_with(Decision.ACCEPTED)
        kind = review.kind
        # The suggested record to keep first (merge_groups keeps the first one).
        groups = [_keep_first(review.model.group(row)) for row in rows]

        def done(results: list[MergeResult]) -> None:
            self.busy = False
            for row, result in zip(rows, results, strict=True):
                review.model.set_decision(row, Decision.MERGED, result.merge_id)
                wizard.merges.append(result)
            self._fill()
            self.completeChanged.emit()

        def stopped(exc: BaseException | None = None) -> None:
            self.busy = False
            if exc is not None:
                wizard.show_error(exc)
            self._fill()
            self.completeChanged.emit()

        self.busy = bool(groups)
        self._fill()
        if groups:
            handle = self.context.ops.run_long(
                merge_groups,
                kind,
                groups,
                True,
                title=self.tr("Merging"),
                parent=self,
                on_done=done,
                on_error=stopped,
                initiator=self,
            )
            handle.cancelled.connect(stopped)

    def _fill(self) -> None:
        wizard: Any = self.wizard()
        self.list_model.clear()
        for result in wizard.merges:
            moved = related_counts_text(dict(result.moved))
            text = (
                self.tr("Merge %1: kept #%2, merged %3")
                .replace("%1", str(result.merge_id))
                .replace("%2", str(result.kept_id))
                .replace("%3", ", ".join(f"#{i}" for i in result.merged_ids))
            )
            item = QStandardItem(f"{text} ({moved})" if moved else text)
            item.setData(result.merge_id, Qt.ItemDataRole.UserRole)
            self.list_model.appendRow(item)
        self.status.setText(
            self.tr("Merging…")
            if self.busy
            else self.tr(
                "%n merge(s) done. Each one can be undone here or later with "
                "'desktop-crm unmerge'.",
                "",
                len(wizard.merges),
            )
        )
        self.undo_button.setEnabled(bool(wizard.merges) and not self.busy)

    def _on_undo_button_clicked(self) -> None:
        index = self.list.currentIndex()
        if not index.isValid():
            return
        merge_id = int(index.data(Qt.ItemDataRole.UserRole))
        wizard: Any = self.wizard()

        def done(result: UnmergeResult) -> None:
            wizard.merges = [m for m in wizard.merges if m.merge_id != merge_id]
            self._fill()
            # Say what came back (issue 18: undoing a merge confirms what was restored).
            self.status.setText(undo_confirmation(result))

        # Refused for a later merge of the same records, an edit since...: the error says so.
        self.context.ops.run(
            unmerge, merge_id, on_done=done, on_error=wizard.show_error, initiator=self
        )

    def isComplete(self) -> bool:
        return not self.busy


def _argument(values: tuple[str, ...], match: re.Match[str]) -> str:
    """The value of "%N" in a template (N from 1)."""
    return values[int(match.group(1)) - 1]

"""Letter and e-mail template editor: rich text, an "Insert field" menu, letter layout
settings (place, subject, closing, P.S., footer, window), preview with a real contact."""

from __future__ import annotations

import functools
import re
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTextBrowser,
    QTextEdit,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop_crm.domain.clock import SystemClock
from desktop_crm.domain.custom_fields import CustomFieldSpec
from desktop_crm.printing.fields import ALIASES, FIELDS, merge_values
from desktop_crm.printing.letters import DEFAULT_CLOSING, LetterSettings
from desktop_crm.printing.merge import html_escape, merge
from desktop_crm.printing.richtext import simplify_html
from desktop_crm.services.fields import custom_fields
from desktop_crm.services.mailing.dialog_data import PreviewSubject, preview_letter, preview_subject
from desktop_crm.services.mailing.settings import (
    TemplateView,
    delete_template,
    list_templates,
    save_template,
)
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.layouts import nest
from desktop_crm.ui.common.operations import error_message
from desktop_crm.ui.printing.pdf_pages import PdfPreviewDialog

_Index = QModelIndex | QPersistentModelIndex
_CODE = re.compile(r"\{\{\s*([^{}|]+?)\s*\}\}")
_LABEL = re.compile(r"(?:«|&laquo;)\s*([^«»<>{}]+?)\s*(?:»|&raquo;)")


class FieldNames:
    """Merge fields shown by their labels («Société») and stored as codes ({{company}}).

    Users read and insert labels; the template keeps the codes the merge understands. A
    code with a filter (``{{company|upper}}``) or unknown to the list stays as typed.
    """

    def __init__(self) -> None:
        self.labels: dict[str, str] = {}  # code -> label
        self.codes: dict[str, str] = {}  # label -> code

    def add(self, code: str, label: str) -> None:
        # The menu's examples stay in the menu: «Formule d'appel», not «… (« Madame… »)».
        label = re.sub(r"\s*\(.*\)\s*$", "", label).strip() or code
        if label in self.codes:  # two fields with one label: keep the first, stay unambiguous
            return
        self.labels[code] = label
        self.codes[label] = code

    def _code_of(self, typed: str) -> str | None:
        if typed in self.labels:
            return typed
        key = typed.strip().lower().replace(" ", "_")
        key = ALIASES.get(key, key)
        return key if key in self.labels else None

    def shown(self, text: str) -> str:
        """``text`` with each known ``{{code}}`` written «Label»."""

        def label(match: re.Match[str]) -> str:
            code = self._code_of(match.group(1))
            return f"«{self.labels[code]}»" if code is not None else match.group(0)

        return _CODE.sub(label, text)

    def stored(self, text: str) -> str:
        """``text`` with each «Label» of a field written ``{{code}}`` again."""

        def code(match: re.Match[str]) -> str:
            found = self.codes.get(match.group(1))
            return f"{{{{{found}}}}}" if found is not None else match.group(0)

        return _LABEL.sub(code, text)


class TemplateListModel(QAbstractTableModel):
    """The stored templates of one kind (name column)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.templates: list[TemplateView] = []

    def set_templates(self, templates: list[TemplateView]) -> None:
        self.beginResetModel()
        self.templates = list(templates)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.templates)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.DisplayRole:
            return self.templates[index.row()].name
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Template")
        return None

    def row_of(self, name: str) -> int:
        names = [t.name for t in self.templates]
        return names.index(name) if name in names else -1


class TemplateEditor(QDialog):
    """Edit the letter (``kind="letter"``) or e-mail (``kind="email"``) templates.

    Signals: ``templates_loaded()`` when the list arrived from the database (the form is
    disabled until then), ``template_saved(TemplateView)`` after a save.
    """

    templates_loaded = Signal()
    template_saved = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        kind: str = "letter",
        name: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.current: TemplateView | None = None
        self.saved_name: str | None = None
        self.field_names = FieldNames()
        for info in FIELDS:
            self.field_names.add(info.name, self.tr(info.label))
        self.setWindowTitle(
            self.tr("Letter templates") if kind == "letter" else self.tr("E-mail templates")
        )
        self.resize(1000, 700)

        self.model = TemplateListModel(self)
        self.list_view = QTableView()
        self.list_view.setModel(self.model)
        self.list_view.horizontalHeader().setStretchLastSection(True)
        self.list_view.verticalHeader().hide()
        self.list_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.list_view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        new_button = QPushButton(self.tr("New"))
        delete_button = QPushButton(self.tr("Delete"))
        left = QVBoxLayout()
        left.addWidget(self.list_view, 1)
        row = QHBoxLayout()
        row.addWidget(new_button)
        row.addWidget(delete_button)
        nest(left, row)

        self.name_edit = QLineEdit()
        self.subject_edit = QLineEdit()
        self.body = QTextEdit()
        self.body.setAcceptRichText(True)
        self.text_part = QPlainTextEdit()
        self.text_part.setPlaceholderText(
            self.tr("Plain-text part (left empty: made from the formatted text)")
        )
        self._last_editor: QWidget = self.body
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(
            self.tr("Subject:") if kind == "email" else self.tr("Subject line (Objet):"),
            self.subject_edit,
        )
        self.status = QLabel(self.tr("Loading…"))
        right = QVBoxLayout()
        right.addWidget(self.status)
        nest(right, form)
        right.addWidget(self._toolbar())
        right.addWidget(self.body, 3)
        if kind == "email":
            right.addWidget(self.text_part, 1)
        else:
            nest(right, self._letter_form())
        preview_row = QHBoxLayout()
        self.preview_lookup = QLineEdit()
        self.preview_lookup.setPlaceholderText(self.tr("Contact for the preview (lookup)"))
        preview = QPushButton(self.tr("Preview"))
        save = QPushButton(self.tr("Save"))
        close = QPushButton(self.tr("Close"))
        preview_row.addWidget(self.preview_lookup, 1)
        preview_row.addWidget(preview)
        preview_row.addStretch(1)
        preview_row.addWidget(save)
        preview_row.addWidget(close)
        nest(right, preview_row)
        self.editor_panel = QWidget()
        self.editor_panel.setLayout(right)
        layout = QHBoxLayout(self)
        nest(layout, left, 1)
        layout.addWidget(self.editor_panel, 3)

        new_button.clicked.connect(self._on_new_clicked)
        delete_button.clicked.connect(self._on_delete_clicked)
        save.clicked.connect(lambda: self.save())
        close.clicked.connect(self.accept)
        preview.clicked.connect(self._on_preview_clicked)
        self.list_view.selectionModel().currentRowChanged.connect(self._on_row_changed)
        for widget in (self.body, self.subject_edit, self.text_part):
            widget.installEventFilter(self)
        self._reload(name)

    # -- construction ---------------------------------------------------------------------
    def _toolbar(self) -> QToolBar:
        bar = QToolBar()
        self.bold_action = bar.addAction(self.tr("Bold"), self._on_bold)
        self.bold_action.setShortcut("Ctrl+B")
        bar.addAction(
            self.tr("Italic"), lambda: self.body.setFontItalic(not self.body.fontItalic())
        )
        bar.addAction(
            self.tr("Underline"), lambda: self.body.setFontUnderline(not self.body.fontUnderline())
        )
        bar.addSeparator()
        for text, flag in (
            (self.tr("Left"), Qt.AlignmentFlag.AlignLeft),
            (self.tr("Centre"), Qt.AlignmentFlag.AlignHCenter),
            (self.tr("Right"), Qt.AlignmentFlag.AlignRight),
            (self.tr("Justify"), Qt.AlignmentFlag.AlignJustify),
        ):
            bar.addAction(text, functools.partial(self.body.setAlignment, flag))
        bar.addSeparator()
        self.field_button = QToolButton()
        self.field_button.setText(self.tr("Insert field"))
        self.field_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.field_menu = QMenu(self.field_button)
        groups: dict[str, QMenu] = {}
        for info in FIELDS:
            group = groups.get(info.group)
            if group is None:
                group = groups[info.group] = self.field_menu.addMenu(self.tr(info.group))
            action = QAction(self.tr(info.label), group)
            action.setData(info.name)
            action.triggered.connect(lambda _=False, n=info.name: self.insert_field(n))
            group.addAction(action)
        self.field_button.setMenu(self.field_menu)
        bar.addWidget(self.field_button)
        # The contacts' user-defined fields ({{potentiel}}), read off the GUI thread.
        self.ctx.ops.read(custom_fields, "contact", on_done=self._add_custom_fields)
        return bar

    def _add_custom_fields(self, specs: tuple[CustomFieldSpec, ...]) -> None:
        if not specs or not isValid(self.field_menu):
            return
        group = self.field_menu.addMenu(self.tr("Custom fields"))
        for spec in specs:
            self.field_names.add(spec.name, spec.label)
            action = QAction(spec.label, group)
            action.setData(spec.name)
            action.triggered.connect(lambda _=False, n=spec.name: self.insert_field(n))
            group.addAction(action)

    def _letter_form(self) -> QFormLayout:
        form = QFormLayout()
        self.place_edit = QLineEdit()
        self.place_edit.setPlaceholderText(self.tr('City for "Paris, le …"'))
        self.closing_edit = QLineEdit()
        self.ps_edit = QLineEdit()
        self.footer_edit = QLineEdit()
        self.footer_edit.setPlaceholderText(self.tr("Legal mentions: SIRET, capital, RCS…"))
        self.logo_edit = QLineEdit()
        self.window_x = QDoubleSpinBox(minimum=0, maximum=200, decimals=1, suffix=" mm")
        self.window_y = QDoubleSpinBox(minimum=0, maximum=280, decimals=1, suffix=" mm")
        window = QHBoxLayout()
        window.addWidget(self.window_x)
        window.addWidget(self.window_y)
        form.addRow(self.tr("Place:"), self.place_edit)
        form.addRow(self.tr("Closing:"), self.closing_edit)
        form.addRow(self.tr("P.S.:"), self.ps_edit)
        form.addRow(self.tr("Footer:"), self.footer_edit)
        form.addRow(self.tr("Logo file:"), self.logo_edit)
        form.addRow(self.tr("Address block left / top:"), window)
        return form

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if event.type() == event.Type.FocusIn and isinstance(watched, QWidget):
            self._last_editor = watched
        return super().eventFilter(watched, event)

    # -- editing --------------------------------------------------------------------------
    def insert_field(self, name: str) -> None:
        """Insert the field ``name`` where the user was typing (body, subject or text part):
        shown «Label», stored ``{{name}}``."""
        tag = self.field_names.shown(f"{{{{{name}}}}}")
        editor = self._last_editor
        if isinstance(editor, QLineEdit):
            editor.insert(tag)
        elif isinstance(editor, QPlainTextEdit):
            editor.insertPlainText(tag)
        else:
            self.body.insertPlainText(tag)

    def _on_bold(self) -> None:
        weight = (
            QFont.Weight.Normal
            if self.body.fontWeight() > QFont.Weight.Normal
            else QFont.Weight.Bold
        )
        fmt = QTextCharFormat()
        fmt.setFontWeight(weight)
        self.body.mergeCurrentCharFormat(fmt)

    def values(self) -> TemplateView:
        """The template as typed (not saved yet): fields shown «Label» are stored as codes."""
        stored = self.field_names.stored
        settings: dict[str, Any] | None = None
        if self.kind == "letter":
            base = LetterSettings.from_dict(self.current.settings if self.current else None)
            settings = {
                **base.to_dict(),
                "place": stored(self.place_edit.text().strip()),
                "subject": stored(self.subject_edit.text().strip()),
                "closing": stored(self.closing_edit.text().strip()),
                "ps": stored(self.ps_edit.text().strip()),
                "footer": stored(self.footer_edit.text().strip()),
                "logo_path": self.logo_edit.text().strip(),
                "window_x": self.window_x.value(),
                "window_y": self.window_y.value(),
            }
        return TemplateView(
            self.current.id if self.current else None,
            self.kind,
            self.name_edit.text(),
            subject=stored(self.subject_edit.text()) if self.kind == "email" else "",
            body_html=stored(simplify_html(self.body.toHtml())),
            body_text=stored(self.text_part.toPlainText()) if self.kind == "email" else "",
            settings=settings,
        )

    def _show(self, template: TemplateView | None) -> None:
        self.current = template
        template = template or TemplateView(None, self.kind, "")
        shown = self.field_names.shown
        self.name_edit.setText(template.name)
        self.body.setHtml(shown(template.body_html or ""))
        self.text_part.setPlainText(shown(template.body_text))
        if self.kind == "letter":
            settings = LetterSettings.from_dict(template.settings)
            self.subject_edit.setText(shown(settings.subject))
            self.place_edit.setText(shown(settings.place))
            self.closing_edit.setText(shown(settings.closing))
            self.ps_edit.setText(shown(settings.ps))
            self.footer_edit.setText(shown(settings.footer))
            self.logo_edit.setText(settings.logo_path)
            self.window_x.setValue(settings.window_x)
            self.window_y.setValue(settings.window_y)
        else:
            self.subject_edit.setText(shown(template.subject))

    def _reload(self, select: str | None = None) -> None:
        """Load the templates (off the GUI thread) and show ``select``, or the first one."""
        self._set_busy(True)
        self.ctx.ops.read(
            list_templates,
            self.kind,
            on_done=lambda templates: self._on_templates_loaded(templates, select),
            on_error=self._on_error,
            key=f"template-editor-{id(self)}",
        )

    def _on_templates_loaded(self, templates: list[TemplateView], select: str | None) -> None:
        self._set_busy(False)
        self.model.set_templates(templates)
        row = self.model.row_of(select) if select else (0 if templates else -1)
        if row >= 0:
            self.list_view.selectRow(row)
            self._show(templates[row])
        else:
            self._on_new_clicked()
        self.templates_loaded.emit()

    def _set_busy(self, busy: bool) -> None:
        self.editor_panel.setEnabled(not busy)
        self.list_view.setEnabled(not busy)
        self.status.setVisible(busy)

    def _on_error(self, exc: BaseException) -> None:
        self._set_busy(False)
        QMessageBox.warning(self, self.windowTitle(), error_message(exc))

    def _on_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._show(self.model.templates[current.row()])

    def _on_new_clicked(self) -> None:
        self.list_view.clearSelection()
        self._show(None)
        if self.kind == "letter":
            self.closing_edit.setText(self.field_names.shown(DEFAULT_CLOSING))
        self.name_edit.setFocus()

    def save(self, then: Callable[[TemplateView], None] | None = None) -> None:
        """Save the template being edited in the background; shows what is wrong if it cannot.

        ``template_saved`` follows (and ``then(saved)`` if given).
        """

        def done(saved: TemplateView) -> None:
            self.saved_name = saved.name
            self._reload(saved.name)
            self.template_saved.emit(saved)
            if then is not None:
                then(saved)

        self._set_busy(True)
        self.ctx.ops.run(
            save_template, self.values(), on_done=done, on_error=self._on_error, initiator=self
        )

    def _on_delete_clicked(self) -> None:
        if self.current is None or self.current.id is None:
            return
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr('Delete the template "%1"?').replace("%1", self.current.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._set_busy(True)
        self.ctx.ops.run(
            delete_template,
            self.current.id,
            on_done=lambda _none: self._reload(),
            on_error=self._on_error,
            initiator=self,
        )

    # -- preview --------------------------------------------------------------------------
    def _on_preview_clicked(self) -> None:
        lookup = self.preview_lookup.text().strip()
        self.save(lambda saved: self._preview_with(saved, lookup))

    def _preview_with(self, saved: TemplateView, lookup: str) -> None:
        self.ctx.ops.read(
            preview_subject,
            lookup,
            on_done=lambda subject: self._on_preview_subject(saved, subject),
            on_error=self._on_error,
        )

    def _on_preview_subject(self, saved: TemplateView, subject: PreviewSubject) -> None:
        if subject.contact is None:
            QMessageBox.information(
                self, self.windowTitle(), self.tr("No contact matches this lookup.")
            )
            return
        if self.kind == "email":
            self.preview_email(saved, subject.contact, subject.sender, subject.custom)
            return
        target = Path(tempfile.mkdtemp(prefix="crm-letter-")) / "apercu.pdf"
        self.ctx.ops.read(
            preview_letter,
            subject.contact.id,
            saved.name,
            target,
            on_done=self.show_letter_preview,
            on_error=lambda exc: QMessageBox.warning(self, self.windowTitle(), error_message(exc)),
        )

    def show_letter_preview(self, path: Path) -> QDialog:
        """The merged letter inside the app (no PDF viewer needed)."""
        dialog = PdfPreviewDialog(
            path, self.tr("Preview: %1").replace("%1", self.name_edit.text()), self
        )
        dialog.setObjectName("letter-preview")
        dialog.show()
        return dialog

    def preview_email(
        self,
        template: TemplateView,
        contact: Any,
        sender: Any,
        custom: dict[str, str] | None = None,
    ) -> QDialog:
        """Show the merged subject and HTML body for one contact."""
        values = merge_values(contact, sender, SystemClock().now().date(), custom=custom)
        subject = merge(template.subject, values).text
        body = merge(template.body_html, values, escape=html_escape).text
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Preview: %1").replace("%1", subject))
        browser = QTextBrowser()
        browser.setHtml(body)
        QVBoxLayout(dialog).addWidget(browser)
        dialog.resize(640, 480)
        dialog.show()
        return dialog

    @classmethod
    def edit(
        cls,
        ctx: AppContext,
        kind: str = "letter",
        name: str | None = None,
        parent: QWidget | None = None,
    ) -> str | None:
        """Show the editor; the name of the last template saved, or None."""
        dialog = cls(ctx, kind, name, parent)
        dialog.exec()
        return dialog.saved_name

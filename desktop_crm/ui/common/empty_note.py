"""The sentence an empty table shows in its middle: why it is empty and what to do.

A table with only its headers left the user wondering whether it was still loading, failed,
or has nothing to show ("Alarmes", a company's Contacts tab). ``EmptyNote(view, text)`` puts
the sentence over the view's viewport, in grey, while the model has no
row; it hides itself as soon as a row comes and shows again when the last one goes.

It waits for the model's first change (a reset, rows added or removed): a table whose rows
are still being read in the background does not say "nothing here" meanwhile. Clicks go
through it to the table (a double click on an empty table still reaches the view).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractItemView, QLabel

MARGIN = 16


class EmptyNote(QLabel):
    """``text`` centred in ``view`` while its model holds no row (see the module docstring).

    ``waits`` False shows it at once, for a model that is already filled (or empty) when the
    note is made. ``set_text("")`` hides it for good until a new text is set.
    """

    def __init__(self, view: QAbstractItemView, text: str, *, waits: bool = True) -> None:
        super().__init__(text, view.viewport())
        self.setObjectName("emptyNote")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        # Greyed like placeholder text, yet readable (Fusion's placeholder colour is the text
        # colour at half alpha, which a label paints opaque): halfway from the text to the base.
        palette = self.palette()
        ink = palette.color(QPalette.ColorRole.Text)
        base = palette.color(QPalette.ColorRole.Base)
        grey = QColor(
            (ink.red() * 11 + base.red() * 9) // 20,
            (ink.green() * 11 + base.green() * 9) // 20,
            (ink.blue() * 11 + base.blue() * 9) // 20,
        )
        palette.setColor(QPalette.ColorRole.WindowText, grey)
        self.setPalette(palette)
        self._view = view
        self._loaded = not waits
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (
            model.modelReset,
            model.rowsInserted,
            model.rowsRemoved,
            model.layoutChanged,
        ):
            signal.connect(self._on_model_changed)
        self._place()
        self.refresh()

    def set_text(self, text: str) -> None:
        self.setText(text)
        self.refresh()

    def refresh(self) -> None:
        """Shown when the model has been filled once, has no row, and there is a text."""
        model = self._view.model()
        empty = model is not None and model.rowCount() == 0
        self.setVisible(self._loaded and empty and bool(self.text()))

    def _on_model_changed(self, *_args: object) -> None:
        self._loaded = True
        self.refresh()

    def _place(self) -> None:
        # Below the header (the viewport starts under it) and clear of the borders.
        area = self._view.viewport().rect().adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        self.setGeometry(area)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._place()
        return super().eventFilter(watched, event)

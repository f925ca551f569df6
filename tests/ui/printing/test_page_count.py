"""Labels and envelopes say how many pages the preview has, as letters do (screens10: 3 009
envelopes read "Page 1", the letters "Page 1 sur 10")."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop_crm.services.mailing.recipients import Selection
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.printing.print_dialog import PrintDialog

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]


@pytest.mark.parametrize("kind", ["labels", "envelopes"])
def test_the_page_spin_says_the_page_count(
    qtbot: QtBot, ctx: AppContext, ids: dict[str, int], kind: str, language: str
) -> None:
    dialog = PrintDialog(ctx, Selection(), kind)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog._loaded is not None, timeout=10000)
    pages = len(dialog.pages())
    assert pages >= 1
    word = " sur " if language == "fr" else " of "
    assert dialog.page_spin.suffix() == f"{word}{pages}"
    assert dialog.page_spin.maximum() == pages

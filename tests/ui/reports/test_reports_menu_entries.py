"""The Reports menu in French: no two entries read the same (the PDF referral report and the
on-screen referral window were both "Rapport des recommandations…")."""

from __future__ import annotations

from collections import Counter

import pytest
from pytestqt.qtbot import QtBot

from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.features import install_all
from desktop_crm.ui.main_window import MainWindow
from desktop_crm.ui.reports.menu import fill_reports_menu
from tests.ui.conftest import settle

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]


def test_no_two_report_entries_read_the_same(
    qtbot: QtBot, context: AppContext, language: str
) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    install_all(window)
    fill_reports_menu(window)
    settle(qtbot, context)
    texts = [
        a.text().replace("&", "") for a in window.menus["reports"].actions() if not a.isSeparator()
    ]
    assert len(texts) >= 9
    twice = [text for text, n in Counter(texts).items() if n > 1]
    assert twice == []
    if language == "fr":
        assert "Rapport des recommandations…" in texts
        assert "Recommandations à l'écran…" in texts

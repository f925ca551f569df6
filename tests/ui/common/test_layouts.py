"""Nested layouts leave no Python wrapper that could outlive its Qt item.

PySide6 wraps the items of a layout added with ``addLayout`` and keeps the wrappers; when Qt
later deletes such an item, a new Qt object made at the same address came back to Python
with the old item's type (CI once failed on a combo box's line edit returned as a
``QSpacerItem``). These tests check ``nest`` and the contact card's re-arrangement, which
deletes its column layouts on every wide/narrow switch.
"""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop_crm.ui.common.layouts import nest
from tests.ui.layout_items import delete_later_now, qt_made_item_wrappers

UI = Path(__file__).resolve().parents[3] / "desktop_crm" / "ui"


def test_nest_keeps_no_wrapper_of_the_inner_items_and_the_widgets_stay_theirs(
    qtbot: QtBot,
) -> None:
    before = qt_made_item_wrappers()
    host = QWidget()
    qtbot.addWidget(host)
    outer = QVBoxLayout(host)
    inner = QHBoxLayout()
    button = QPushButton("OK")
    inner.addWidget(button)
    inner.addStretch(1)
    deeper = QHBoxLayout()
    deeper.addStretch(1)
    nest(inner, deeper)
    nest(outer, inner, 1)

    assert qt_made_item_wrappers() <= before
    # The layout still holds what was put in it, and Python still sees its own button.
    assert outer.count() == 1 and outer.stretch(0) == 1
    item = outer.itemAt(0)
    assert item is not None
    nested = item.layout()
    assert nested is not None and nested.count() == 3
    first = nested.itemAt(0)
    assert first is not None and first.widget() is button

    inner.deleteLater()  # Qt deletes the stretch and the button's item
    delete_later_now()
    combos = [QComboBox(host) for _ in range(200)]
    for combo in combos:
        combo.setEditable(True)
        assert isinstance(combo.lineEdit(), QLineEdit)


def test_the_ui_nests_layouts_only_through_nest() -> None:
    offenders = []
    for path in sorted(UI.rglob("*.py")):
        if path.name == "layouts.py" and path.parent.name == "common":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in {"addLayout", "insertLayout"}
            ):
                offenders.append(f"{path.relative_to(UI)}:{node.lineno}")
    assert offenders == [], f"use ui.common.layouts.nest instead: {offenders}"

"""Regression guard: PySide6-Essentials 6.12.0 aborts Python < 3.12 (none_dealloc)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import PySide6

SCRIPT = textwrap.dedent("""
    import os
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QWidget
    app = QApplication([])
    widget = QWidget()
    for _ in range(20000):
        widget.update()
        widget.setWindowTitle("x")
    print("survived")
""")


def test_installed_release_is_not_the_broken_one() -> None:
    if sys.version_info < (3, 12):
        assert PySide6.__version__ != "6.12.0"


def test_twenty_thousand_void_calls_do_not_abort() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "survived" in result.stdout

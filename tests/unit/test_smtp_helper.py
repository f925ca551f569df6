"""The STARTTLS tests skip, with their reason, on a machine without openssl (Windows)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.integration.smtp_server import SmtpTestServer


def test_no_openssl_skips_with_a_reason(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(shutil, "which", lambda name, *a, **k: None)
    with pytest.raises(pytest.skip.Exception, match="openssl"):
        SmtpTestServer(tls_folder=tmp_path)

"""A wrong file chosen in the import wizard is refused in the window's language.

The readers say their refusals through ``domain.wording.say`` on the database thread; the
window installed Qt's translation there, so the message box reads French under French and
the same English as before under English. Driven like a user: type the path, press Next,
read the message box, close it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_crm.storage.uow import Database
from desktop_crm.ui import i18n
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.importing.wizard import ImportWizard
from tests.ui.conftest import make_context, settle
from tests.ui.refusal_boxes import box_after


@pytest.fixture
def context(sqlite_db: Database, tmp_path: Path, qtbot: QtBot) -> Iterator[AppContext]:
    context = make_context(sqlite_db, tmp_path)
    yield context
    settle(qtbot, context)


@pytest.fixture
def french(qapp):  # type: ignore[no-untyped-def]
    i18n.install(qapp, "fr")
    yield qapp
    i18n.install(qapp, "en")


def _old_xls(folder: Path) -> Path:
    path = folder / "vieux fichier.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    return path


def _binary_csv(folder: Path) -> Path:
    path = folder / "export.csv"
    path.write_bytes(bytes(range(1, 256)) + b"\0\0\0" + bytes(range(256)) * 4)
    return path


def _unclosed_quote(folder: Path) -> Path:
    path = folder / "salon.csv"
    path.write_text(
        'Nom,E-mail\nDupont,jean@acme.fr\n"Martin,marie@acme.fr\nDurand,paul@acme.fr\n',
        encoding="utf-8",
    )
    return path


def _other_type(folder: Path) -> Path:
    path = folder / "contacts.odt"
    path.write_bytes(b"<office:document>not a contact file</office:document>")
    return path


def _refusal(qtbot: QtBot, context: AppContext, path: Path) -> tuple[str, str]:
    """(title, text) of the message box the wizard shows for ``path``; the box is closed."""
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(path))
    # Read on the database thread; the refusal comes back as a message box.
    seen = box_after(qtbot, wizard, wizard.next)
    assert wizard.currentPage() is wizard.file_page  # nothing was read: the user stays here
    assert wizard.file_page.reading is None
    return seen


@pytest.mark.parametrize(
    ("make", "french_text"),
    [
        (
            _old_xls,
            "C'est un ancien fichier Excel 97-2003 (.xls) : ouvrez-le dans Excel ou "
            "LibreOffice et enregistrez-le d'abord en .xlsx ou en CSV.",
        ),
        (
            _binary_csv,
            "Ce n'est pas un fichier texte (il contient des données binaires). Choisissez un "
            "fichier CSV, TXT, XLSX ou vCard.",
        ),
        (
            _unclosed_quote,
            "Le fichier n'est pas un CSV valide à partir de la ligne 3 : un guillemet (\") "
            "ouvert sur cette ligne n'est probablement jamais fermé.",
        ),
        (
            _other_type,
            "Les fichiers de type « .odt » ne peuvent pas être importés : utilisez CSV, TXT, "
            "XLSX ou vCard (.vcf).",
        ),
    ],
    ids=["xls", "binary", "unclosed-quote", "other-type"],
)
def test_a_wrong_file_is_refused_in_french(  # type: ignore[no-untyped-def]
    french, qtbot: QtBot, context: AppContext, tmp_path: Path, make, french_text: str
) -> None:
    title, text = _refusal(qtbot, context, make(tmp_path))
    assert title == "Importation"
    assert text == french_text


def test_the_same_files_are_refused_in_english_as_before(
    qapp, qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    i18n.install(qapp, "en")
    assert _refusal(qtbot, context, _old_xls(tmp_path))[1] == (
        "This is an old Excel 97-2003 file (.xls): open it in Excel or LibreOffice and save "
        "it as .xlsx or CSV first."
    )
    assert _refusal(qtbot, context, _unclosed_quote(tmp_path))[1] == (
        'The file is not valid CSV from line 3: unexpected end of data. A quote (") opened '
        "on that line is probably never closed."
    )

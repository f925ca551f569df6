"""Template editor (insert field, rich text saved safely) and the e-mail merge dialog with a
test send to a real SMTP server on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop_crm.services.mailing.recipients import Selection
from desktop_crm.services.mailing.settings import TemplateView, get_template, save_template
from desktop_crm.services.mailing.starter_letters import STARTER_LETTERS
from desktop_crm.services.mailing.transport import SmtpSettings, save_smtp_settings
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.printing.email_dialog import EmailMergeDialog, SmtpSettingsDialog
from desktop_crm.ui.printing.template_editor import TemplateEditor, TemplateListModel
from tests.integration.smtp_server import SmtpTestServer
from tests.ui.conftest import settle

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]


def test_insert_field_and_bold_are_saved(
    qtbot: QtBot, ctx: AppContext, ids: dict[str, int]
) -> None:
    editor = TemplateEditor(ctx, "letter")
    qtbot.addWidget(editor)
    settle(qtbot, ctx)
    editor._on_new_clicked()  # the starter letters are listed: write a new one
    editor.name_edit.setText("Relance")
    editor.body.setPlainText("Bonjour ")
    editor.body.moveCursor(QTextCursor.MoveOperation.End)
    editor.insert_field("first_name")
    editor.body.selectAll()
    editor.bold_action.trigger()
    editor.ps_edit.setText("À bientôt {{prenom}}")
    actions = [
        a
        for menu in editor.field_menu.findChildren(type(editor.field_menu))
        for a in menu.actions()
    ]
    assert {a.data() for a in actions} >= {"first_name", "salutation", "my_signature"}
    with qtbot.waitSignal(editor.template_saved, timeout=10000) as signal:
        editor.save()
    saved = signal.args[0]
    assert saved is not None
    settle(qtbot, ctx)
    with ctx.db.uow(write=False) as uow:
        stored = get_template(uow, "letter", "Relance")
    assert stored.body_html == "<p><b>Bonjour {{first_name}}</b></p>"
    assert stored.settings is not None and stored.settings["ps"] == "À bientôt {{prenom}}"
    assert editor.model.rowCount() == 1 + len(STARTER_LETTERS)


def test_email_preview_merges_a_real_contact(
    qtbot: QtBot, ctx: AppContext, ids: dict[str, int]
) -> None:
    with ctx.db.uow() as uow:
        template = save_template(
            uow,
            TemplateView(
                None,
                "email",
                "Salon",
                subject="Bonjour {{first_name}}",
                body_html="<p>{{salutation}}</p>",
            ),
        )
        uow.commit()
    editor = TemplateEditor(ctx, "email", "Salon")
    qtbot.addWidget(editor)
    assert not editor.editor_panel.isEnabled()  # loading
    settle(qtbot, ctx)
    assert editor.editor_panel.isEnabled()
    # Shown by its label, stored as its code.
    assert editor.subject_edit.text() == "Bonjour «First name»"
    assert editor.values().subject == "Bonjour {{first_name}}"
    with ctx.db.uow(write=False) as uow:
        from desktop_crm.services.mailing.recipients import select_contacts
        from desktop_crm.services.mailing.settings import load_sender

        contact = select_contacts(uow, Selection(lookup="lefevre"))[0]
        sender = load_sender(uow)
    preview = editor.preview_email(template, contact, sender)
    assert preview.windowTitle().endswith("Bonjour Hélène")
    preview.close()


def test_test_send_reaches_the_local_server_only_once(
    qtbot: QtBot, ctx: AppContext, ids: dict[str, int]
) -> None:
    with SmtpTestServer() as server:
        with ctx.db.uow() as uow:
            save_smtp_settings(
                uow,
                SmtpSettings(
                    host="127.0.0.1",
                    port=server.port,
                    security="none",
                    from_address="ventes@acme.fr",
                    per_minute=600,
                ),
            )
            save_template(
                uow,
                TemplateView(
                    None,
                    "email",
                    "Salon",
                    subject="Suite au salon {{company}}",
                    body_text="Bonjour {{salutation}}",
                ),
            )
            uow.commit()
        dialog = EmailMergeDialog(ctx, Selection())
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.recipients is not None, timeout=10000)
        assert dialog.excluded.rowCount() == 5  # Jean (opt-in), Paul and Julie (B2B) remain
        dialog.test_address.setText("moi@acme.fr")
        dialog.test_button.click()
        qtbot.waitUntil(lambda: bool(dialog.findChildren(QMessageBox)), timeout=15000)
    assert [m.rcpt_to for m in server.state.messages] == [["moi@acme.fr"]]
    assert server.state.messages[0].message["Subject"].startswith("[TEST] Suite au salon")
    assert dialog.last_run is None  # a test is not a send


def test_smtp_settings_dialog_checks_values(qtbot: QtBot) -> None:
    dialog = SmtpSettingsDialog(SmtpSettings())
    qtbot.addWidget(dialog)
    dialog.host.setText("smtp.example.fr")
    dialog.from_address.setText("ventes@example.fr")
    values = dialog.values()
    assert values.security == "starttls" and values.per_minute == 10
    values.check()


def test_marking_a_bounce_removes_the_recipient(
    qtbot: QtBot, ctx: AppContext, ids: dict[str, int]
) -> None:
    dialog = EmailMergeDialog(ctx, Selection())
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.recipients is not None, timeout=10000)
    before = len(dialog.recipients.recipients)  # type: ignore[union-attr]
    with qtbot.waitSignal(dialog.bounces_marked, timeout=10000) as signal:
        dialog.mark_bounced("p.martin@martin-sa.fr\nnot-an-address")
    assert signal.args == [1]
    qtbot.waitUntil(
        lambda: len(dialog.recipients.recipients) == before - 1,  # type: ignore[union-attr]
        timeout=10000,
    )
    reasons = {
        dialog.excluded.data(dialog.excluded.index(r, 1)) for r in range(dialog.excluded.rowCount())
    }
    assert "E-mail bounced" in reasons


def test_template_list_model_passes_the_model_tester(qapp: object) -> None:
    model = TemplateListModel()
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_templates([TemplateView(1, "letter", "Relance"), TemplateView(2, "letter", "Voeux")])
    assert model.rowCount() == 2 and model.data(model.index(1, 0)) == "Voeux"
    assert model.row_of("Voeux") == 1 and model.row_of("absent") == -1
    model.set_templates([])
    assert model.rowCount() == 0
    del tester


def test_editor_list_model_is_checked_while_templates_load(
    qtbot: QtBot, ctx: AppContext, ids: dict[str, int]
) -> None:
    with ctx.db.uow() as uow:
        for name in ("Relance", "Voeux"):
            save_template(uow, TemplateView(None, "letter", name, body_html="<p>x</p>"))
        uow.commit()
    editor = TemplateEditor(ctx, "letter", "Voeux")
    qtbot.addWidget(editor)
    tester = QAbstractItemModelTester(
        editor.model, QAbstractItemModelTester.FailureReportingMode.Fatal
    )
    with qtbot.waitSignal(editor.templates_loaded, timeout=10000):
        pass
    assert editor.model.rowCount() == 2 + len(STARTER_LETTERS)
    assert editor.name_edit.text() == "Voeux"
    del tester


def test_drafts_are_recorded_and_announced(
    qtbot: QtBot, ctx: AppContext, ids: dict[str, int], tmp_path: Path
) -> None:
    with ctx.db.uow() as uow:
        save_template(
            uow,
            TemplateView(None, "email", "Salon", subject="Salon", body_text="Bonjour"),
        )
        uow.commit()
    dialog = EmailMergeDialog(ctx, Selection())
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.recipients is not None, timeout=10000)
    recipients = {c.id for c in dialog.recipients.recipients}  # type: ignore[union-attr]
    assert ids["dupont_jean"] in recipients
    with qtbot.waitSignal(ctx.ops.changed, timeout=15000) as signal:
        dialog.start_send(drafts_folder=tmp_path)
    changes, initiator = signal.args
    assert initiator is dialog
    assert len(changes.ids("history", "created")) == len(recipients)
    assert all(changes.touches_contact(cid) for cid in recipients)
    qtbot.waitUntil(lambda: dialog.last_run is not None, timeout=10000)
    assert dialog.last_run.sent == len(recipients)  # type: ignore[union-attr]
    assert len(list(tmp_path.glob("*.eml"))) == len(recipients)
    for box in dialog.findChildren(QMessageBox):
        box.close()


def test_the_letter_editor_shows_field_labels_and_stores_codes(
    qtbot: QtBot, ctx: AppContext, ids: dict[str, int]
) -> None:
    """Users read «Company», never {{company}}; the stored template keeps the codes, and a
    field with a filter or an unknown one stays as typed."""
    body = "<p>Pour {{company}} à {{ville}}, {{company|upper}} et {{inconnu}}</p>"
    with ctx.db.uow() as uow:
        save_template(
            uow,
            TemplateView(
                None, "letter", "Codes", body_html=body, settings={"ps": "Signé {{my_name}}"}
            ),
        )
        uow.commit()
    editor = TemplateEditor(ctx, "letter", "Codes")
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: editor.name_edit.text() == "Codes", timeout=10000)
    shown = editor.body.toPlainText()
    assert "«Company»" in shown and "«City»" in shown and "{{company}}" not in shown
    assert "{{company|upper}}" in shown and "{{inconnu}}" in shown
    assert editor.ps_edit.text() == "Signé «My name»"
    editor._last_editor = editor.ps_edit
    editor.ps_edit.end(False)
    editor.insert_field("salutation")
    assert editor.ps_edit.text() == "Signé «My name»«Salutation»"
    values = editor.values()
    assert "{{company}}" in values.body_html and "{{city}}" in values.body_html
    assert "{{company|upper}}" in values.body_html and "{{inconnu}}" in values.body_html
    assert "«" not in values.body_html
    assert values.settings is not None
    assert values.settings["ps"] == "Signé {{my_name}}{{salutation}}"
    settle(qtbot, ctx)

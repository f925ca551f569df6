"""Screenshots of the Campaigns view in French on demo data (not a test).

Run: QT_QPA_PLATFORM=offscreen python tests/ui/campaigns/screenshots.py docs/issue14
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication

from desktop_crm.services.demo.generate import generate_demo
from desktop_crm.services.setup import open_database
from desktop_crm.storage.location import resolve_database
from desktop_crm.ui import i18n
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.operations import Operations


def _settle(app: QApplication, context: AppContext) -> None:
    for _ in range(400):
        app.processEvents()
        if not context.ops.is_busy():
            break
    for _ in range(40):
        app.processEvents()


def main(out: Path) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    app = QApplication(sys.argv)
    i18n.install(app, "fr")
    folder = Path(tempfile.mkdtemp())
    db = open_database(resolve_database(str(folder / "demo.sqlite"))).db
    db.run(generate_demo, 500, seed=1)
    context = AppContext(
        Operations(db), QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)
    )
    from desktop_crm.ui.features import install_all
    from desktop_crm.ui.main_window import MainWindow

    window = MainWindow(context)
    install_all(window)
    window.resize(1400, 860)
    window.show()
    _settle(app, context)
    view = window.show_view("campaigns")
    _settle(app, context)
    out.mkdir(parents=True, exist_ok=True)
    rows = view.rows  # type: ignore[attr-defined]
    salon = next(r for r in rows if r.channel == "trade_show")
    view.select_campaign(salon.id)  # type: ignore[attr-defined]
    _settle(app, context)
    window.grab().save(str(out / "campaigns-dashboard.png"))
    view.mode.setCurrentIndex(1)  # type: ignore[attr-defined]
    _settle(app, context)
    window.grab().save(str(out / "campaigns-roi.png"))
    from desktop_crm.ui.campaigns.card import CampaignDialog

    mailing = next(r for r in rows if r.channel == "mail")
    dialog = CampaignDialog(context, mailing.id, window)
    dialog.show()
    _settle(app, context)
    dialog.grab().save(str(out / "campaign-card.png"))
    dialog.tabs.setCurrentIndex(1)
    _settle(app, context)
    dialog.grab().save(str(out / "campaign-card-targets.png"))
    dialog.close()
    from desktop_crm.ui.campaigns.referrals import ReferralDialog

    referrals = ReferralDialog(context, window)
    referrals.show()
    _settle(app, context)
    referrals.grab().save(str(out / "referral-report.png"))
    referrals.close()
    # The campaigns compared, as the exported PDF's first page.
    pdf = folder / "campagnes.pdf"
    view.export("pdf", False, str(pdf))  # type: ignore[attr-defined]
    _settle(app, context)
    import pypdfium2 as pdfium

    pdfium.PdfDocument(str(pdf))[0].render(scale=1.4).to_pil().save(
        str(out / "campaigns-compared-pdf.png")
    )
    window.close()
    db.dispose()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "."))

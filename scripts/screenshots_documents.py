#!/usr/bin/env python3
"""Render the documents list and the viewer to PNG (docs/screenshots/), Italian and English.

A demo vault in a temporary folder, one synthetic case, three synthetic scans (a
"Curriculum vitae" PDF, a consent form PNG, a medical report PDF), all invented data.
    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/screenshots_documents.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from ponte.app.documents import CaseDocuments
from ponte.core.domain import Actor, Case, Person
from ponte.core.enums import DocumentKind
from ponte.desktop.collector import GuiThreadCollector
from ponte.desktop.i18n import install, uninstall
from ponte.desktop.demo_documents import consent_png, cv_pdf
from ponte.desktop.tasks import TaskRunner
from ponte.desktop.ui.documents import DocumentsView
from ponte.storage import cases, documents
from ponte.storage.kdf import TEST_PARAMS
from ponte.storage.vault import Vault
from ponte.storage.worker import VaultWorker
from shots import OUT, pump, wait, shoot



def seed(vault: Vault) -> str:
    actor = Actor(vault.account.id, vault.account.role.value, vault.device_id)
    now = vault.clock.now()
    case = cases.create(
        vault.db, actor, Person(alias="Serafina Demo"), Case(opened_on=date(2026, 9, 14)), at=now
    )
    for data, name, kind in (
        (consent_png(), "Modulo consenso CPI (DEMO).png", DocumentKind.CONSENT_FORM),
        (cv_pdf(pages=2), "Curriculum vitae - Serafina Demo.pdf", DocumentKind.CV),
        (cv_pdf(pages=1), "Referto consultorio (DEMO).pdf", DocumentKind.MEDICAL_REPORT),
    ):
        documents.add_bytes(vault.db, actor, case.id, data, name, kind, at=now)
    return case.id


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    GuiThreadCollector(app).start()  # Qt objects die on the GUI thread only
    for lang in ("it", "en"):
        translators = install(app, lang)
        italian = QLocale.Language.Italian if lang == "it" else QLocale.Language.English
        QLocale.setDefault(QLocale(italian))
        with tempfile.TemporaryDirectory() as tmp:
            worker = VaultWorker()
            vault, _ = worker.call(
                lambda t=tmp: Vault.create(
                    Path(t),
                    username="coordinatrice",
                    display_name="Giulia Demo",
                    passphrase="a long enough passphrase",
                    kdf=TEST_PARAMS,
                )
            )
            case_id = worker.call(seed, vault)
            view = DocumentsView(TaskRunner(worker), CaseDocuments(vault), case_id)
            view.resize(900, 360)
            view.show()
            view.refresh()
            wait(lambda v=view: v.model.rowCount() == 3)
            view.table.selectRow(1)
            shoot(view, f"{lang}-documents")
            view.open_button.click()
            wait(lambda v=view: v.viewer is not None and v.viewer.page_count == 2)
            viewer = view.viewer
            assert viewer is not None
            viewer.resize(820, 780)
            pump(300)
            viewer.fit()
            shoot(viewer, f"{lang}-document-viewer")
            view.clear()
            view.close()
            worker.call(vault.lock)
            worker.shutdown()
        uninstall(app, translators)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    sys.exit(main())

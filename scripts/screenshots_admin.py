#!/usr/bin/env python3
"""Render the administration and privacy screens to PNG (docs/screenshots/), it and en.

Builds the screens standalone on a demo vault (synthetic cases, a few accounts and
consents). Run under Xvfb:
    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/screenshots_admin.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication

from ponte.app.administration import Administration
from ponte.app.casework import Casework
from ponte.app.privacy import Privacy
from ponte.core.domain import Consent
from ponte.core.enums import ConsentMethod, ServiceType
from ponte.desktop.collector import GuiThreadCollector
from ponte.desktop.i18n import install, uninstall
from ponte.desktop.settings import Settings
from ponte.desktop.tasks import TaskRunner
from ponte.desktop.ui.admin.view import AdminView
from ponte.desktop.ui.privacy.view import PrivacyView
from ponte.storage import audit, consents, demo
from ponte.storage.accounts import Role
from ponte.storage.kdf import TEST_PARAMS
from ponte.storage.vault import Vault
from ponte.storage.worker import VaultWorker
from shots import OUT, pump, wait, shoot

SIZE = (1100, 760)


def seed(vault: Vault) -> None:
    actor = vault.actor
    for user, name, role in (
        ("giulia", "Giulia Demo", Role.COORDINATRICE),
        ("sara", "Sara Demo", Role.OPERATRICE),
        ("marta", "Marta Demo", Role.OPERATRICE),
    ):
        vault.add_account(user, name, role, f"{user} demo passphrase")
    demo.seed(vault.db, actor, 400)
    persons = [r[0] for r in vault.db.query("SELECT id FROM persons ORDER BY id LIMIT 12")]
    today = vault.clock.now().date()
    kinds = (
        (ServiceType.CPI, "Iscrizione al programma GOL"),
        (ServiceType.HEALTH, "Visita al consultorio"),
        (ServiceType.SOCIAL_SERVICES, "Domanda Reddito di libertà"),
    )
    for i, person in enumerate(persons):
        service, purpose = kinds[i % 3]
        given = today - timedelta(days=20 * i + 3)
        c = consents.record(
            vault.db,
            actor,
            Consent(
                person, service, purpose, given, given + timedelta(days=365), ConsentMethod.WRITTEN
            ),
            at=vault.clock.now(),
        )
        if i % 5 == 4:
            consents.withdraw(vault.db, actor, c.id, at=vault.clock.now())
    audit.record(vault.db, vault.actor, "vault.backup", at=vault.clock.now())


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    GuiThreadCollector(app).start()  # Qt objects die on the GUI thread only
    for lang in ("it", "en"):
        translators = install(app, lang)
        QLocale.setDefault(
            QLocale(QLocale.Language.Italian if lang == "it" else QLocale.Language.English)
        )
        with tempfile.TemporaryDirectory() as tmp:
            worker = VaultWorker()
            vault, _ = worker.call(
                lambda t=tmp: Vault.create(
                    Path(t) / "data",
                    username="amministratrice",
                    display_name="Amministratrice Demo",
                    passphrase="demo demo demo",
                    kdf=TEST_PARAMS,
                )
            )
            worker.call(seed, vault)
            tasks = TaskRunner(worker)
            settings = Settings(QSettings(str(Path(tmp) / "p.ini"), QSettings.Format.IniFormat))
            admin = AdminView(tasks, Administration(vault), settings)
            admin.resize(*SIZE)
            admin.setWindowTitle("Ponte")
            admin.show()
            accounts = admin.accounts
            assert accounts is not None
            wait(lambda: accounts.model.rowCount() == 4)
            accounts.select("sara")
            shoot(admin, f"{lang}-admin-accounts")

            backup = admin.backup
            assert backup is not None
            admin.tabs.setCurrentIndex(admin.section_titles().index(admin.tr("Backup")))
            backup.backup_file.edit.setText(str(Path(tmp) / "ponte-backup.pontebak"))
            backup.backup_button.click()
            wait(lambda: backup.backup_status.state == "ok")
            backup.restore_file.edit.setText(str(Path(tmp) / "ponte-backup.pontebak"))
            backup.restore_pass.setText("demo demo demo")
            backup.restore_button.click()
            shoot(admin, f"{lang}-admin-backup")
            backup.confirm.hide()

            audit = admin.audit
            assert audit is not None
            admin.tabs.setCurrentWidget(audit)
            wait(lambda: audit.model.rowCount() > 0)
            audit.verify_button.click()
            wait(lambda: audit.verify_button.isEnabled() and audit.model.rowCount() > 0)
            pump(300)
            shoot(admin, f"{lang}-audit-log")
            admin.close()

            privacy = PrivacyView(
        tasks, Privacy(vault), Administration(vault), desk=Casework(vault)
    )
            privacy.resize(*SIZE)
            privacy.show()
            shoot(privacy, f"{lang}-privacy")
            assert privacy.consents is not None
            privacy.tabs.setCurrentWidget(privacy.consents)
            wait(lambda: privacy.consents is not None and privacy.consents.model.rowCount() > 0)
            shoot(privacy, f"{lang}-privacy-consents")
            retention = privacy.retention
            assert retention is not None
            privacy.tabs.setCurrentIndex(2)
            wait(lambda: retention.cases_days.value() > 1)
            retention.cases_days.setValue(3 * 365)
            retention.preview_button.click()
            wait(lambda: retention.purge_button.isEnabled())
            retention.purge_button.click()
            shoot(privacy, f"{lang}-privacy-retention")
            subject = privacy.subject
            assert subject is not None
            privacy.tabs.setCurrentIndex(3)
            subject.code.setText("DEMO-000007")
            subject.erase_button.click()
            shoot(privacy, f"{lang}-privacy-rights")
            privacy.close()
            worker.call(vault.lock)
            worker.shutdown()
        uninstall(app, translators)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    sys.exit(main())

#!/usr/bin/env python3
"""Render the referral's life to PNG (docs/screenshots/), Italian and English: the job
centre writing a note, the centre reading it in the case file and in its messages, the
one question before her consent is withdrawn, a withdrawn referral at the job centre, and a
packet the recipient could not open. Two demo workstations and a hub on 127.0.0.1, fake data.
    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/screenshots_lifecycle.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QApplication

from ponte.app.background import sync
from ponte.app.casework import Casework
from ponte.app.demo_hub import DemoHub
from ponte.app.workstation import Workstation
from ponte.core.domain import Case, Consent, Person
from ponte.core.enums import AgeBand, ConsentMethod, Education, ServiceType
from ponte.desktop.collector import GuiThreadCollector
from ponte.desktop.i18n import install, uninstall
from ponte.desktop.tasks import TaskRunner
from ponte.desktop.ui.casefile.view import CaseFileView
from ponte.desktop.ui.mail.view import MailView
from ponte.desktop.ui.partner.view import PartnerView
from ponte.storage import cases, consents
from ponte.storage.kdf import TEST_PARAMS
from ponte.storage.outbox import VaultOutbox
from ponte.storage.vault import Vault
from ponte.storage.worker import VaultWorker
from ponte.sync.files import export_packet
import shots
from shots import wait, shoot

FIELDS = {"age_band": "35_44", "education": "diploma", "languages": ["italiano", "inglese"]}


def member(tmp: Path, hub: DemoHub, name: str, kind: str) -> Workstation:
    vault, _ = Vault.create(tmp / name, username="op", display_name=f"{name} (demo)",
                            passphrase="demo demo demo", kdf=TEST_PARAMS)  # fmt: skip
    ws = Workstation(vault)
    ws.enrol(hub.provision(name, kind))
    return ws


def one_case(ws: Workstation, to: str, alias: str, purpose: str) -> str:
    now = ws.clock.now()
    c = cases.create(ws.vault.db, ws.actor,
                     Person(alias=alias, age_band=AgeBand.A35_44, education=Education.DIPLOMA),
                     Case(opened_on=now.date()), at=now)  # fmt: skip
    consents.record(ws.vault.db, ws.actor,
                    Consent(c.person_id, ServiceType.CPI, purpose, now.date(),
                            now.date() + timedelta(days=180), ConsentMethod.WRITTEN, recipient=to,
                            fields=tuple(FIELDS)), at=now)  # fmt: skip
    return c.id


def tour(lang: str, tmp: Path) -> None:
    worker = VaultWorker()
    hub = DemoHub(tmp / "hub").start()
    centre, cpi = worker.call(lambda: (member(tmp, hub, "CAV Demo", "cav"), member(tmp, hub, "CPI Rho (demo)", "cpi")))
    cpi_id = worker.call(lambda: cpi.identity.member_id)
    worker.call(sync, centre)  # a round: the centre's directory copy lists the job centre
    purpose = "orientamento al lavoro" if lang == "it" else "job orientation"
    case_id = worker.call(lambda: one_case(centre, cpi_id, "Serafina Demo", purpose))
    withdrawn_case = worker.call(lambda: one_case(centre, cpi_id, "Giulia Demo", purpose))
    for cid in (case_id, case_id, withdrawn_case):
        worker.call(lambda cid=cid: centre.send_referral(cid, cpi_id, ServiceType.CPI, FIELDS, purpose=purpose))
    worker.call(sync, centre)
    worker.call(sync, cpi)
    desk, partner_desk = Casework(centre.vault, centre), Casework(cpi.vault, cpi)

    partner = PartnerView(TaskRunner(worker))
    partner.resize(1150, 640)
    partner.bind(partner_desk)
    partner.refresh()
    partner.show()
    wait(lambda: partner.list.rowCount() == 3)
    names = [partner.list.item(r, 2).text() for r in range(3)]
    hers = next(r for r in range(3) if names.count(names[r]) == 2)  # Serafina has two referrals
    partner.list.selectRow(hers)
    partner.note.setText("colloquio fissato, porta il CV" if lang == "it" else "first meeting booked, bring the CV")
    partner.appointment_on.setChecked(True)
    partner.appointment.setDate(QDate(date.today() + timedelta(days=6)))
    shoot(partner, f"{lang}-partner-writes-back")
    partner.buttons["accepted"].click()
    wait(lambda: partner.list.item(hers, 4).text() != partner.state_text("delivered"))
    worker.call(sync, cpi)
    worker.call(sync, centre)

    view = CaseFileView(TaskRunner(worker))
    view.resize(1150, 640)
    view.bind(desk)
    view.open(case_id)
    view.show()
    wait(lambda: view.bundle is not None)
    view.tabs.setCurrentWidget(view.referrals)
    wait(lambda: view.referrals.list.rowCount() == 2)
    answered = next(r for r in range(2) if view.referrals.list.item(r, 5).text())
    view.referrals.list.selectRow(answered)
    shoot(view, f"{lang}-case-referral-answer")
    view.tabs.setCurrentWidget(view.consents)
    view.consents.list.selectRow(0)
    view.consents.withdraw.click()
    wait(lambda: not view.consents.confirm.isHidden())
    shoot(view, f"{lang}-revoke-question")

    other = CaseFileView(TaskRunner(worker))
    other.bind(desk)
    other.open(withdrawn_case)
    wait(lambda: other.bundle is not None)
    ref_id = other.bundle.referrals[0].id  # type: ignore[union-attr]
    worker.call(lambda: desk.withdraw_referral(ref_id))
    worker.call(sync, centre)
    worker.call(sync, cpi)
    partner.refresh()
    wait(lambda: any(r.state == "withdrawn" for r in partner.rows.values()))
    withdrawn = next(i for i, r in enumerate(partner.rows.values()) if r.state == "withdrawn")
    partner.list.selectRow(withdrawn)
    shoot(partner, f"{lang}-partner-withdrawn")

    # A referral carried on a USB stick that reached the job centre after its expiry.
    long_ago = centre.clock.now() - timedelta(days=31)
    payload = {"pseudonym": "P-DEMO-0000-0000-0000", "purpose": purpose, "service_type": "cpi",
               "consent": {"ref": "demo", "expires": "2030-01-01"}, "urgency": "routine",
               "contact": "via_cav", "fields": FIELDS}  # fmt: skip
    from ponte.storage import outbox

    late = worker.call(lambda: centre.seal_to(cpi_id, "referral", payload, now=long_ago))
    late_id = worker.call(lambda: outbox.enqueue(centre.vault.db, late, at=centre.clock.now()))
    path = worker.call(lambda: export_packet(VaultOutbox(centre.vault.db).data(late_id), tmp))
    worker.call(lambda: cpi.import_packet(path))
    worker.call(sync, cpi)
    worker.call(sync, centre)
    mail = MailView(TaskRunner(worker))
    mail.resize(1150, 640)
    mail.bind(desk)
    mail.refresh()
    mail.show()
    mail.tabs.setCurrentIndex(1)
    wait(lambda: mail.sent.rowCount() > 0)
    from PySide6.QtCore import Qt

    row = next(r for r in range(mail.sent.rowCount())
               if mail.sent.item(r, 0).data(Qt.ItemDataRole.UserRole) == late_id)  # fmt: skip
    mail.sent.selectRow(row)
    shoot(mail, f"{lang}-messages-refused")
    mail.tabs.setCurrentIndex(0)
    shoot(mail, f"{lang}-messages-updates")
    for w in (partner, view, other, mail):
        w.clear()
        w.close()
    worker.call(centre.vault.lock)
    worker.call(cpi.vault.lock)
    worker.shutdown()


def main() -> int:
    shots.out_dir(sys.argv)
    app = QApplication(sys.argv[:1])
    GuiThreadCollector(app).start()  # Qt objects die on the GUI thread only
    for lang in ("it", "en"):
        translators = install(app, lang)
        QLocale.setDefault(QLocale(QLocale.Language.Italian if lang == "it" else QLocale.Language.English))
        with tempfile.TemporaryDirectory() as tmp:
            tour(lang, Path(tmp))
        uninstall(app, translators)
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # PySide6 may crash tearing down its globals after the PNGs are written

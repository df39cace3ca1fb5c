"""Every action that moves data says what happened, in one line: saving a message as a file,
importing one (new, already here, or refused), and saving an answered referral again."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from ponte.app.background import sync
from ponte.app.casework import Casework
from ponte.core.enums import ServiceType
from ponte.desktop.tasks import TaskRunner
from ponte.desktop.ui.mail.view import MailView
from ponte.storage.worker import VaultWorker
from tests.e2e.conftest import HubProc, new_case_with_consent, workstation

LEFT = Qt.MouseButton.LeftButton
FIELDS = {"age_band": "35_44", "education": "diploma", "skills": "cassa"}


def _mail(qtbot: QtBot, worker: VaultWorker, desk: Casework) -> MailView:
    view = MailView(TaskRunner(worker))
    qtbot.addWidget(view)
    view.bind(desk)
    view.show()
    return view


def test_files_in_and_out_are_announced(
    qtbot: QtBot,
    worker: VaultWorker,
    hub: HubProc,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    centre, cpi = worker.call(
        lambda: (
            workstation(tmp_path, hub, "CAV Rho", "cav"),
            workstation(tmp_path, hub, "CPI Rho", "cpi"),
        )
    )
    cpi_id = worker.call(lambda: cpi.identity.member_id)

    def send() -> None:
        case_id = new_case_with_consent(centre, cpi_id)
        centre.send_referral(case_id, cpi_id, ServiceType.CPI, FIELDS, purpose="orientamento")

    worker.call(send)
    out = tmp_path / "usb"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(out))
    mail = _mail(qtbot, worker, Casework(centre.vault, centre))
    mail.refresh()
    mail.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: mail.sent.rowCount() == 1)
    mail.sent.selectRow(0)
    qtbot.mouseClick(mail.export, LEFT)
    qtbot.waitUntil(lambda: mail.result.isVisible())
    (saved,) = out.glob("*.ponte")
    assert saved.name in mail.result.text()
    assert str(out) in mail.result.text()

    partner = _mail(qtbot, worker, Casework(cpi.vault, cpi))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(saved), ""))
    partner.tabs.setCurrentIndex(2)
    import_button = next(b for b in partner.findChildren(type(mail.export)) if "Import" in b.text())
    qtbot.mouseClick(import_button, LEFT)
    qtbot.waitUntil(lambda: partner.result.isVisible())
    assert partner.result.text() == f"{saved.name} received: it is in Received."
    qtbot.waitUntil(lambda: partner.received.rowCount() == 1)
    qtbot.mouseClick(import_button, LEFT)
    qtbot.waitUntil(lambda: "already" in partner.result.text())
    assert partner.result.text() == f"{saved.name} was already received: nothing was added twice."

    damaged = tmp_path / "damaged.ponte"
    damaged.write_bytes(b"PNT1" + bytes(200))  # not a message at all
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(damaged), ""))
    qtbot.mouseClick(import_button, LEFT)
    qtbot.waitUntil(lambda: "not imported" in partner.result.text())
    assert partner.result.text() == (
        "damaged.ponte was not imported: The packet is damaged or not a Ponte packet."
        " Ask the sender to send it again."
    )

    # The centre's copy went through the network too; once it is answered it can still be
    # carried as a file again (a copy lost on the way).
    worker.call(sync, centre)
    worker.call(sync, cpi)
    worker.call(sync, centre)
    mail.refresh()
    qtbot.waitUntil(lambda: mail._states and next(iter(mail._states.values())) != "queued")
    mail.sent.selectRow(0)
    assert mail.export.isEnabled(), "an answered referral can be saved as a file again"
    worker.call(centre.vault.lock)
    worker.call(cpi.vault.lock)

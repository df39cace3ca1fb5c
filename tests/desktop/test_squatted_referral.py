"""Issue 15.9 on the partner's screen: a member that learnt a referral's packet id in advance
sends a referral of its own under it first, through a real hub. The job centre's screen shows
both, each from its sender, and the answer to the genuine one goes to the centre that sent it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ponte.app.background import sync
from ponte.app.casework import Casework
from ponte.core.enums import ReferralStatus
from ponte.desktop.tasks import TaskRunner
from ponte.desktop.ui.partner.view import PartnerView
from ponte.storage import referrals
from ponte.storage.worker import VaultWorker
from tests.e2e.conftest import HubProc, refer, workstation
from tests.e2e.test_squatted_ids import SQUAT, _squat


def test_the_partner_sees_both_referrals_and_answers_the_genuine_one(
    qtbot: QtBot, worker: VaultWorker, hub: HubProc, tmp_path: Path
) -> None:
    centre = worker.call(workstation, tmp_path, hub, "CAV Rho", "cav")
    cpi = worker.call(workstation, tmp_path, hub, "CPI Rho", "cpi")
    mallory = worker.call(workstation, tmp_path, hub, "CAV Abusivo", "cav")
    cpi_id = worker.call(lambda: cpi.identity.member_id)
    pid = worker.call(refer, centre, cpi_id)  # queued: its id exists before it leaves
    worker.call(_squat, mallory, cpi_id, "referral", SQUAT, pid)
    worker.call(sync, centre)
    worker.call(sync, cpi)

    partner = PartnerView(TaskRunner(worker))
    qtbot.addWidget(partner)
    partner.bind(Casework(cpi.vault, cpi))
    partner.refresh()
    qtbot.waitUntil(lambda: partner.list.rowCount() == 2)
    senders = [partner.list.item(r, 1).text() for r in range(2)]
    assert sorted(senders) == ["CAV Abusivo", "CAV Rho"]
    partner.list.selectRow(senders.index("CAV Rho"))
    shown = [
        partner.detail_form.itemAt(i).widget().text()  # type: ignore[union-attr]
        for i in range(partner.detail_form.count())
        if hasattr(partner.detail_form.itemAt(i).widget(), "text")  # type: ignore[union-attr]
    ]
    assert "lavoro" in shown, shown  # the genuine referral's purpose, not the squatter's

    qtbot.mouseClick(partner.buttons["accepted"], Qt.MouseButton.LeftButton)
    row = senders.index("CAV Rho")
    qtbot.waitUntil(lambda: partner.list.item(row, 4).text() == "accepted", timeout=10_000)
    other = 1 - row
    assert partner.list.item(other, 4).text() == "new", "the squatter's referral is untouched"

    assert worker.call(sync, cpi).sent == 1
    assert worker.call(sync, centre).received == 1
    ref_id = worker.call(
        lambda: centre.vault.db.scalar("SELECT id FROM referrals WHERE packet_id = ?", (pid,))
    )
    got = worker.call(lambda: referrals.get(centre.vault.db, str(ref_id)).status)
    assert got is ReferralStatus.ACCEPTED
    assert worker.call(sync, mallory).received == 0, "the answer went to the genuine sender"
    for ws in (centre, cpi, mallory):
        worker.call(ws.vault.lock)

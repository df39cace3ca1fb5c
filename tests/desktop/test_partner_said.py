"""A job centre worker answers "done" and says she was hired, from the partner's screen; the
centre receives it as something to confirm. Real hub, real vaults on the vault thread."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from ponte.app.background import sync
from ponte.app.casework import Casework
from ponte.app.outcomes import Outcomes
from ponte.core.enums import PartnerOutcome, ServiceType
from ponte.desktop.tasks import TaskRunner
from ponte.desktop.ui.partner.view import PartnerView
from ponte.storage.worker import VaultWorker
from tests.e2e.conftest import HubProc, new_case_with_consent, workstation


def test_the_partner_says_what_came_of_it_and_the_centre_gets_it_to_confirm(
    qtbot: QtBot, worker: VaultWorker, tmp_path: Path, hub: HubProc
) -> None:
    centre = worker.call(workstation, tmp_path, hub, "CAV Rho", "cav")
    cpi = worker.call(workstation, tmp_path, hub, "CPI Rho", "cpi")
    try:

        def refer() -> str:
            case_id = new_case_with_consent(centre, cpi.identity.member_id)
            centre.send_referral(
                case_id, cpi.identity.member_id, ServiceType.CPI, {"age_band": "35_44"},
                purpose="lavoro",
            )  # fmt: skip
            sync(centre)
            sync(cpi)
            return case_id

        case_id = worker.call(refer)
        view = PartnerView(TaskRunner(worker))
        qtbot.addWidget(view)
        view.show()
        view.bind(Casework(cpi.vault, cpi))
        view.refresh()
        qtbot.waitUntil(lambda: view.list.rowCount() == 1)
        view.list.selectRow(0)
        assert view.said.isVisible(), "a job centre may say what came of it"
        said = view.said
        assert not said.contract.isEnabled()
        said.outcome.setCurrentIndex(said.outcome.findData(PartnerOutcome.HIRED.value))
        assert said.contract.isEnabled()
        said.contract.setCurrentIndex(said.contract.findData("apprenticeship"))
        said.since.setDate(QDate(2026, 4, 1))
        qtbot.mouseClick(view.buttons["done"], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: view.list.item(0, 4).text() == "done")  # type: ignore[union-attr]
        assert said.outcome.currentData() is None, "ready for the next answer"

        worker.call(lambda: sync(cpi))
        worker.call(lambda: sync(centre))
        f = worker.call(Outcomes(centre.vault).file, case_id)
        (word,) = f.waiting
        assert (word.outcome, word.contract, word.on_day) == (
            PartnerOutcome.HIRED, "apprenticeship", date(2026, 4, 1),
        )  # fmt: skip
        assert f.changes == []
    finally:
        worker.call(centre.vault.lock)
        worker.call(cpi.vault.lock)

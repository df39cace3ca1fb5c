"""The referral's life on screen, driven like a person (issues 13.5, 13.6, 13.10, 14.3).

Real vaults on the vault thread, a real hub on 127.0.0.1, real sealing. The job centre's
worker types a note and picks the next appointment; the centre reads them — as text, never
as markup — in its messages and in the case file. Withdrawing her consent asks once and
names the referrals it withdraws; the job centre then sees that it was withdrawn and none
of her details.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from ponte.app.background import sync
from ponte.app.casework import Casework
from ponte.app.workstation import Workstation
from ponte.core.domain import PlanStep
from ponte.core.enums import ReferralStatus, ServiceType, StepStatus, StepType
from ponte.core.labels import label
from ponte.desktop.tasks import TaskRunner
from ponte.desktop.ui.casefile.view import CaseFileView
from ponte.desktop.ui.mail.view import MailView
from ponte.desktop.ui.partner.view import PartnerView
from ponte.storage.worker import VaultWorker
from tests.e2e.conftest import HubProc, new_case_with_consent, workstation

LEFT = Qt.MouseButton.LeftButton
FIELDS = {"age_band": "35_44", "education": "diploma", "languages": ["italiano"]}
NOTE = "colloquio fissato <b>martedi</b> & porta il CV"  # typed: QtTest keys are ASCII


@dataclass
class Pair:
    worker: VaultWorker
    centre: Workstation
    cpi: Workstation

    @property
    def desk(self) -> Casework:
        return Casework(self.centre.vault, self.centre)

    @property
    def partner_desk(self) -> Casework:
        return Casework(self.cpi.vault, self.cpi)

    def sync(self, *who: Workstation) -> None:
        for ws in who:
            self.worker.call(sync, ws)

    def referral(self, case_id: str) -> str:
        cpi_id = self.worker.call(lambda: self.cpi.identity.member_id)
        ref = self.worker.call(
            lambda: self.centre.send_referral(
                case_id, cpi_id, ServiceType.CPI, FIELDS, purpose="lavoro"
            )
        )
        self.sync(self.centre, self.cpi)
        return ref.id


@pytest.fixture
def pair(worker: VaultWorker, hub: HubProc, tmp_path: Path) -> Iterator[Pair]:
    centre, cpi = worker.call(
        lambda: (
            workstation(tmp_path, hub, "CAV Rho", "cav"),
            workstation(tmp_path, hub, "CPI Rho", "cpi"),
        )
    )
    yield Pair(worker, centre, cpi)
    worker.call(centre.vault.lock)
    worker.call(cpi.vault.lock)


def _case(pair: Pair) -> str:
    cpi_id = pair.worker.call(lambda: pair.cpi.identity.member_id)
    return str(pair.worker.call(lambda: new_case_with_consent(pair.centre, cpi_id)))


def _partner(qtbot: QtBot, pair: Pair) -> PartnerView:
    view = PartnerView(TaskRunner(pair.worker))
    qtbot.addWidget(view)
    view.bind(pair.partner_desk)
    view.refresh()
    qtbot.waitUntil(lambda: view.list.rowCount() == 1)
    view.list.selectRow(0)
    return view


def _case_file(qtbot: QtBot, pair: Pair, case_id: str) -> CaseFileView:
    view = CaseFileView(TaskRunner(pair.worker))
    qtbot.addWidget(view)
    view.bind(pair.desk)
    view.open(case_id)
    qtbot.waitUntil(lambda: view.bundle is not None)
    return view


def _mail(qtbot: QtBot, pair: Pair) -> MailView:
    mail = MailView(TaskRunner(pair.worker))
    qtbot.addWidget(mail)
    mail.bind(pair.desk)
    mail.refresh()
    return mail


def test_the_partner_writes_a_note_and_the_centre_reads_it_as_text(
    qtbot: QtBot, pair: Pair
) -> None:
    case_id = _case(pair)
    pair.referral(case_id)
    partner = _partner(qtbot, pair)
    qtbot.keyClicks(partner.note, NOTE)
    partner.appointment_on.click()
    when = date.today() + timedelta(days=6)
    partner.appointment.setDate(QDate(when))
    qtbot.mouseClick(partner.buttons["accepted"], LEFT)
    qtbot.waitUntil(lambda: partner.list.item(0, 4).text() == "accepted")
    assert partner.note.text() == "", "cleared once sent"
    assert partner.buttons["accepted"].isEnabled(), "she may write again (a new note)"
    pair.sync(pair.cpi, pair.centre)

    mail = _mail(qtbot, pair)
    qtbot.waitUntil(lambda: mail.updates.rowCount() == 1)
    assert mail.updates.item(0, 3).text() == NOTE
    assert mail.updates.item(0, 4).text() == when.strftime("%d/%m/%Y")

    view = _case_file(qtbot, pair, case_id)
    tab = view.referrals
    qtbot.waitUntil(lambda: tab.list.rowCount() == 1)
    tab.list.selectRow(0)
    assert tab.list.item(0, 5).text() == NOTE
    assert NOTE in tab.history.text()
    assert tab.history.textFormat() is Qt.TextFormat.PlainText, "shown as typed, never as markup"


def test_revoking_asks_once_names_the_referrals_and_the_partner_sees_it_withdrawn(
    qtbot: QtBot, pair: Pair
) -> None:
    case_id = _case(pair)
    pair.referral(case_id)
    pair.referral(case_id)
    view = _case_file(qtbot, pair, case_id)
    tab = view.consents
    tab.list.selectRow(0)
    qtbot.mouseClick(
        next(
            b
            for b in tab.findChildren(type(view.save_button))
            if b.text() == "Withdraw selected consent"
        ),
        LEFT,
    )
    qtbot.waitUntil(lambda: not tab.confirm.isHidden())
    asked = tab.confirm.message.text()
    assert "CPI Rho" in asked
    assert "2 referral" in asked, asked
    assert view.bundle is not None
    assert {r.status for r in view.bundle.referrals} == {ReferralStatus.SENT}, "nothing yet"
    with qtbot.waitSignal(view.packet_queued):
        qtbot.mouseClick(tab.confirm.yes, LEFT)
    qtbot.waitUntil(
        lambda: (
            view.bundle is not None
            and {r.status for r in view.bundle.referrals} == {ReferralStatus.WITHDRAWN}
        )
    )
    pair.sync(pair.centre, pair.cpi)

    partner = PartnerView(TaskRunner(pair.worker))
    qtbot.addWidget(partner)
    partner.bind(pair.partner_desk)
    partner.refresh()
    qtbot.waitUntil(lambda: partner.list.rowCount() == 2)
    partner.list.selectRow(0)
    assert partner.withdrawn_notice.isVisibleTo(partner)
    assert partner.detail_form.rowCount() == 0, "none of her details"
    assert not any(b.isEnabled() for b in partner.buttons.values())
    assert partner.list.item(0, 4).text() == "withdrawn by her"


def test_withdrawing_a_referral_from_its_tab_asks_first(qtbot: QtBot, pair: Pair) -> None:
    case_id = _case(pair)
    pair.referral(case_id)
    view = _case_file(qtbot, pair, case_id)
    tab = view.referrals
    qtbot.waitUntil(lambda: tab.list.rowCount() == 1)
    tab.list.selectRow(0)
    qtbot.mouseClick(tab.withdraw, LEFT)
    qtbot.waitUntil(lambda: not tab.confirm.isHidden())
    qtbot.mouseClick(tab.confirm.no, LEFT)
    assert tab.confirm.isHidden()
    refs = pair.worker.call(lambda: pair.desk.open_case(case_id).referrals)
    assert refs[0].status is ReferralStatus.SENT, "cancelled: nothing withdrawn"


def test_a_sent_referral_has_one_name_and_waiting_counts_only_hers(
    qtbot: QtBot, pair: Pair
) -> None:
    from ponte.storage import outbox

    case_id = _case(pair)
    pair.referral(case_id)
    # A copy for another workstation of the centre waits to leave: not one of her messages.
    cpi_id = pair.worker.call(lambda: pair.cpi.identity.member_id)
    copy = pair.worker.call(
        lambda: pair.centre.seal_to(
            cpi_id, "replica", {"centre": "c", "epoch": 1, "device": "d", "box": "AAAA"}
        )
    )
    pair.worker.call(lambda: outbox.enqueue(pair.centre.vault.db, copy, at=pair.centre.clock.now()))
    mail = _mail(qtbot, pair)
    qtbot.waitUntil(lambda: mail.sent.rowCount() == 2)
    assert mail.notice.text() == "", "no message of hers waits"
    referral_row = next(r for r in range(2) if mail.sent.item(r, 2).text() == "referral")
    view = _case_file(qtbot, pair, case_id)
    qtbot.waitUntil(lambda: view.referrals.list.rowCount() == 1)
    assert mail.sent.item(referral_row, 3).text() == view.referrals.list.item(0, 2).text()
    assert mail.sent.item(referral_row, 3).text() == label(ReferralStatus.SENT, "en")


def test_a_refused_packet_says_why_and_what_to_do(qtbot: QtBot, pair: Pair, tmp_path: Path) -> None:
    from ponte.storage.outbox import VaultOutbox
    from ponte.sync.files import export_packet
    from tests.e2e.test_refusals import _expired_referral

    ref = pair.worker.call(lambda: _expired_referral(pair.centre, pair.cpi))
    path = pair.worker.call(
        lambda: export_packet(VaultOutbox(pair.centre.vault.db).data(str(ref.packet_id)), tmp_path)
    )
    assert pair.worker.call(lambda: pair.cpi.import_packet(path)) == "expired"
    pair.sync(pair.cpi, pair.centre)
    mail = _mail(qtbot, pair)
    qtbot.waitUntil(lambda: mail.sent.rowCount() >= 1)
    row = next(r for r in range(mail.sent.rowCount()) if mail.sent.item(r, 2).text() == "referral")
    assert mail.sent.item(row, 3).text() == "not opened by the service"
    mail.sent.selectRow(row)
    assert not mail.refusal.isHidden()
    assert "expiry" in mail.refusal.text()
    assert "prepare it again" in mail.refusal.text()
    assert not mail.retry.isEnabled(), "the same bytes would be refused again"


def test_a_plan_step_follows_the_referral_chosen_for_it(qtbot: QtBot, pair: Pair) -> None:
    case_id = _case(pair)
    pair.worker.call(lambda: pair.desk.add_step(PlanStep(case_id, StepType.DID_GOL)))
    pair.referral(case_id)
    view = _case_file(qtbot, pair, case_id)
    plan = view.plan
    plan.list.selectRow(0)
    assert plan.follows.isEnabled()
    plan.follows.setCurrentIndex(1)
    plan.follows.activated.emit(1)  # what choosing an entry with the mouse emits
    qtbot.waitUntil(lambda: plan.list.item(0, 1).text() == label(StepStatus.SENT, "en"))
    assert plan.list.item(0, 7).text().startswith(label(ServiceType.CPI, "en"))

    partner = _partner(qtbot, pair)
    qtbot.mouseClick(partner.buttons["accepted"], LEFT)
    qtbot.waitUntil(lambda: partner.list.item(0, 4).text() == "accepted")
    pair.sync(pair.cpi, pair.centre)
    view.reload()
    qtbot.waitUntil(lambda: plan.list.item(0, 1).text() == label(StepStatus.ACCEPTED, "en"))

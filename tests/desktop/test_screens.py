"""The case file, the referral composer, messages and the partner's inbox, used like a person
would: real vaults on the vault thread, a real hub on 127.0.0.1, real sealing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ponte.app.background import sync
from ponte.app.casework import Casework
from ponte.app.workstation import Workstation
from ponte.core.domain import Case, Person
from ponte.core.enums import AgeBand, Education, ReferralStatus, StepStatus, StepType
from ponte.desktop.tasks import TaskRunner
from ponte.desktop.ui.casefile.view import CaseFileView
from ponte.desktop.ui.mail.view import MailView
from ponte.desktop.ui.partner.view import PartnerView
from ponte.storage.kdf import TEST_PARAMS
from ponte.storage.vault import Vault
from ponte.storage.worker import VaultWorker
from tests.desktop.person import choose, remove_fields, settle, when_a_dialog_opens
from tests.e2e.conftest import HubProc, knows, workstation

LEFT = Qt.MouseButton.LeftButton


def _pair(tmp_path: Path, hub: HubProc, cav: str, cpi: str) -> tuple[Workstation, Workstation]:
    """A centre and a job centre, the centre's directory copy listing the job centre (as a
    sync round since it joined would have it: composing reads only that copy)."""
    centre, partner = workstation(tmp_path, hub, cav, "cav"), workstation(tmp_path, hub, cpi, "cpi")
    knows(centre, partner.identity.member_id)
    return centre, partner


@pytest.fixture
def desk(worker: VaultWorker, tmp_path: Path) -> Iterator[Casework]:
    def make() -> Casework:
        vault, _ = Vault.create(
            tmp_path / "v",
            username="op",
            display_name="Op",
            passphrase="pw pw pw pw",
            kdf=TEST_PARAMS,
        )
        return Casework(vault)

    d = worker.call(make)
    yield d
    worker.call(d.vault.lock)


def _case(worker: VaultWorker, desk: Casework, alias: str = "Giulia Demo") -> str:
    person = Person(alias=alias, age_band=AgeBand.A25_34, education=Education.DIPLOMA)
    return worker.call(desk.new_case, person, Case())


def _opened(qtbot: QtBot, worker: VaultWorker, desk: Casework, case_id: str) -> CaseFileView:
    view = CaseFileView(TaskRunner(worker))
    qtbot.addWidget(view)
    view.bind(desk)
    view.open(case_id)
    qtbot.waitUntil(lambda: view.bundle is not None)
    return view


def _partner_with_one(qtbot: QtBot, worker: VaultWorker, desk: Casework) -> PartnerView:
    """The partner's screen, bound and showing the one referral it received, selected."""
    partner = PartnerView(TaskRunner(worker))
    qtbot.addWidget(partner)
    partner.bind(desk)
    partner.refresh()
    qtbot.waitUntil(lambda: partner.list.rowCount() == 1)
    partner.list.selectRow(0)
    return partner


def test_case_file_edits_save_together_and_bad_values_are_explained(
    qtbot: QtBot, worker: VaultWorker, desk: Casework
) -> None:
    case_id = _case(worker, desk)
    view = _opened(qtbot, worker, desk, case_id)
    assert "Giulia Demo" in view.title.text()
    assert not view.save_button.isEnabled()

    view.form.alias.clear()
    qtbot.keyClicks(view.form.alias, "Giulia R.")
    assert view.save_button.isEnabled()
    qtbot.keyClicks(view.form.codice_fiscale, "NOTACF")
    view.form.children_total.setValue(1)
    view.form.children_minors.setValue(2)
    assert view.save() is False
    assert view.form.errors[view.form.codice_fiscale].isVisibleTo(view)
    assert view.form.errors[view.form.children_minors].text()
    assert worker.call(desk.open_case, case_id).person.alias == "Giulia Demo"  # nothing saved

    view.form.codice_fiscale.clear()
    view.form.children_minors.setValue(1)
    view.form.forms[next(iter(view.form.forms))].setChecked(True)
    assert view.save() is True
    qtbot.waitUntil(lambda: "Giulia R." in view.title.text())
    saved = worker.call(desk.open_case, case_id)
    assert saved.person.alias == "Giulia R."
    assert saved.person.children_minors == 1
    assert len(saved.case.violence_forms) == 1


def test_lock_saves_a_valid_edit_instead_of_losing_it(
    qtbot: QtBot, worker: VaultWorker, desk: Casework
) -> None:
    case_id = _case(worker, desk)
    view = _opened(qtbot, worker, desk, case_id)
    qtbot.keyClicks(view.form.comune, "015182")
    view.save_before_lock()
    view.clear()
    assert view.form.comune.text() == ""  # nothing stays on screen
    assert worker.call(desk.open_case, case_id).person.comune_istat == "015182"


def test_notes_contacts_and_plan_steps_are_added_from_their_tabs(
    qtbot: QtBot, worker: VaultWorker, desk: Casework
) -> None:
    case_id = _case(worker, desk)
    view = _opened(qtbot, worker, desk, case_id)
    qtbot.keyClicks(view.notes.body, "Colloquio di orientamento fissato")
    qtbot.mouseClick(view.notes.findChildren(type(view.save_button))[0], LEFT)
    qtbot.waitUntil(lambda: view.notes.list.rowCount() == 1)
    assert view.notes.list.item(0, 1).text() == "Colloquio di orientamento fissato"

    view.plan.type.set_value(StepType.TIROCINIO)
    qtbot.keyClicks(view.plan.partner, "CPI Rho")
    add_step = [b for b in view.plan.findChildren(type(view.save_button)) if b.text() == "Add step"]
    qtbot.mouseClick(add_step[0], LEFT)
    qtbot.waitUntil(lambda: view.plan.list.rowCount() == 1)
    view.plan.list.selectRow(0)
    buttons = view.plan.move_buttons
    assert buttons[StepStatus.CONSENTED].isEnabled()
    assert not buttons[StepStatus.DONE].isEnabled()  # proposed → done is not a step she can skip to
    qtbot.mouseClick(buttons[StepStatus.IN_PROGRESS], LEFT)
    qtbot.waitUntil(
        lambda: worker.call(desk.open_case, case_id).steps[0].status is StepStatus.IN_PROGRESS
    )


def test_compose_preview_send_answer_and_see_the_answer(
    qtbot: QtBot, worker: VaultWorker, hub: HubProc, tmp_path: Path
) -> None:
    centre, cpi = worker.call(_pair, tmp_path, hub, "CAV Rho", "CPI Rho")
    desk, partner_desk = Casework(centre.vault, centre), Casework(cpi.vault, cpi)
    case_id = _case(worker, desk, "Serafina Demo")
    view = _opened(qtbot, worker, desk, case_id)
    view.compose()
    dialog = view.composer
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.draft is not None)
    assert "CPI Rho" in dialog.recipient.currentText()
    keys = dialog.draft.keys
    assert keys[:2] == ["age_band", "education"]
    remove_fields(qtbot, dialog, "zones_to_avoid", "childcare_limits", "availability", "languages")
    qtbot.keyClicks(dialog.editors["skills"], "cassiera")
    qtbot.keyClicks(dialog.purpose, "orientamento al lavoro")
    assert not dialog.to_preview.isEnabled()  # no consent yet
    qtbot.mouseClick(dialog.record, LEFT)
    qtbot.waitUntil(dialog.to_preview.isEnabled)
    qtbot.mouseClick(dialog.to_preview, LEFT)
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1)
    preview = dialog.preview.text()
    for expected in ("CPI Rho", "25–34", "cassiera", "orientamento al lavoro"):
        assert expected in preview
    assert "Serafina" not in preview
    qtbot.mouseClick(dialog.send, LEFT)
    qtbot.waitUntil(lambda: view.referrals.list.rowCount() == 1)

    worker.call(sync, centre)
    worker.call(sync, cpi)
    partner = _partner_with_one(qtbot, worker, partner_desk)
    assert partner.detail_form.rowCount() >= 6
    qtbot.mouseClick(partner.buttons["accepted"], LEFT)
    qtbot.waitUntil(lambda: partner.list.item(0, 4).text() == "accepted")
    worker.call(sync, cpi)
    worker.call(sync, centre)

    mail = MailView(TaskRunner(worker))
    qtbot.addWidget(mail)
    mail.bind(desk)
    mail.refresh()
    qtbot.waitUntil(lambda: mail.updates.rowCount() == 1)
    assert mail.updates.item(0, 2).text() == "accepted"
    assert worker.call(desk.open_case, case_id).referrals[0].status is ReferralStatus.ACCEPTED
    worker.call(centre.vault.lock)
    worker.call(cpi.vault.lock)


def _one_referral_sent(hub: HubProc, tmp_path: Path) -> tuple[Workstation, Workstation]:
    """A centre and a CPI on the hub; one referral sent and received (on the vault thread)."""
    from ponte.core.enums import Urgency
    from tests.e2e.conftest import new_case_with_consent

    centre, cpi = _pair(tmp_path, hub, "CAV", "CPI")
    desk, cpi_id = Casework(centre.vault, centre), cpi.identity.member_id
    case_id = new_case_with_consent(centre, cpi_id)
    draft = desk.propose(case_id, cpi_id).draft
    for key in ("zones_to_avoid", "childcare_limits", "availability"):
        draft = draft.remove(key)
    draft = draft.set_value("skills", "cassa").set_value("languages", "it")
    desk.send_referral(case_id, cpi_id, draft, purpose="lavoro", urgency=Urgency.ROUTINE)
    sync(centre)
    sync(cpi)
    return centre, cpi


def test_after_the_lock_the_partner_side_shows_nothing_again(
    qtbot: QtBot, worker: VaultWorker, hub: HubProc, tmp_path: Path
) -> None:
    """Locked, the screen is empty, and a refresh (a sync round ending late) brings nothing
    back: the view waits until every task it started has come back before looking."""
    centre, cpi = worker.call(_one_referral_sent, hub, tmp_path)
    partner_desk = Casework(cpi.vault, cpi)
    partner = _partner_with_one(qtbot, worker, partner_desk)  # it does show what arrived
    partner.clear()  # the lock
    assert partner.list.rowCount() == 0
    partner.refresh()
    settle(qtbot, partner.runner)
    assert partner.list.rowCount() == 0
    worker.call(centre.vault.lock)
    worker.call(cpi.vault.lock)


def test_a_declined_referral_says_why_on_both_sides(
    qtbot: QtBot, worker: VaultWorker, hub: HubProc, tmp_path: Path
) -> None:
    centre, cpi = worker.call(_one_referral_sent, hub, tmp_path)
    desk, partner_desk = Casework(centre.vault, centre), Casework(cpi.vault, cpi)
    partner = _partner_with_one(qtbot, worker, partner_desk)
    when_a_dialog_opens(choose("no places available now"))
    qtbot.mouseClick(partner.buttons["declined"], LEFT)
    qtbot.waitUntil(lambda: partner.list.item(0, 4).text() == "declined")
    assert not partner.buttons["accepted"].isEnabled()  # a declined referral is closed
    worker.call(sync, cpi)
    worker.call(sync, centre)
    mail = MailView(TaskRunner(worker))
    qtbot.addWidget(mail)
    mail.bind(desk)
    mail.refresh()
    qtbot.waitUntil(lambda: mail.updates.rowCount() == 1)
    assert mail.updates.item(0, 2).text() == "declined — no places available now"
    worker.call(centre.vault.lock)
    worker.call(cpi.vault.lock)


def test_her_cv_travels_with_a_referral_only_with_consent_for_it(
    qtbot: QtBot, worker: VaultWorker, hub: HubProc, tmp_path: Path
) -> None:
    """Documents tab → composer attachment → consent names the CV → the CPI sees the CV."""
    from ponte.core.enums import DocumentKind
    from ponte.desktop.demo_documents import cv_pdf
    from ponte.desktop.ui.documents.view import DocumentsView
    from ponte.storage import documents

    centre, cpi = worker.call(_pair, tmp_path, hub, "CAV", "CPI")
    desk, partner_desk = Casework(centre.vault, centre), Casework(cpi.vault, cpi)
    case_id = _case(worker, desk, "Serafina Demo")
    cv = cv_pdf()
    worker.call(
        lambda: documents.add_bytes(
            centre.vault.db,
            desk.actor,
            case_id,
            cv,
            "scan 0042.pdf",
            DocumentKind.CV,
            at=centre.clock.now(),
        )
    )
    view = _opened(qtbot, worker, desk, case_id)
    docs = view.documents.content
    assert isinstance(docs, DocumentsView)
    qtbot.waitUntil(lambda: docs.model.rowCount() == 1)

    view.compose()
    dialog = view.composer
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.draft is not None)
    remove_fields(qtbot, dialog, "zones_to_avoid", "childcare_limits", "availability", "languages")
    qtbot.keyClicks(dialog.editors["skills"], "cassiera")
    qtbot.keyClicks(dialog.purpose, "ricerca lavoro")
    assert dialog.attachment.count() == 2  # no document, or her CV
    dialog.attachment.setCurrentIndex(1)
    qtbot.mouseClick(dialog.record, LEFT)  # her consent now names the CV too
    qtbot.waitUntil(dialog.to_preview.isEnabled)
    assert "document:cv" in dialog.proposal.consent.fields  # type: ignore[union-attr]
    qtbot.mouseClick(dialog.to_preview, LEFT)
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1)
    assert "Attached document" in dialog.preview.text()
    qtbot.mouseClick(dialog.send, LEFT)
    qtbot.waitUntil(lambda: view.referrals.list.rowCount() == 1)
    worker.call(sync, centre)
    worker.call(sync, cpi)

    partner = _partner_with_one(qtbot, worker, partner_desk)
    received = partner.attached.content
    assert isinstance(received, DocumentsView)
    qtbot.waitUntil(lambda: received.model.rowCount() == 1)
    got = worker.call(
        lambda: documents.for_received(
            cpi.vault.db, centre.identity.member_id, next(iter(partner.rows.values())).packet_id
        )
    )
    assert worker.call(lambda: documents.content(cpi.vault.db, got[0].id)) == cv
    partner.clear()
    assert partner.attached.content is None
    worker.call(centre.vault.lock)
    worker.call(cpi.vault.lock)

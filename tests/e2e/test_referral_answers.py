"""The partner writes back; she withdraws her consent (issue 13.5, 13.6), over a real hub."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from ponte.app.background import sync
from ponte.app.casework import Casework
from ponte.app.workstation import Workstation
from ponte.core.domain import Consent, PlanStep, document_scope
from ponte.core.enums import (
    ConsentMethod,
    DocumentKind,
    ReferralStatus,
    ServiceType,
    StepStatus,
    StepType,
)
from ponte.core.errors import ValidationError
from ponte.storage import consents, documents, referrals
from ponte.storage.inbox import VaultInbox
from ponte.storage.outbox import VaultOutbox
from tests.storage.test_documents import scan

from .conftest import new_case_with_consent

FIELDS = {"age_band": "35_44", "education": "diploma", "languages": ["italiano"]}
NOTE = "colloquio fissato <b>martedì</b> & porta il CV"


def _sent(centre: Workstation, cpi: Workstation, case_id: str) -> referrals.ReferralRow:
    ref = centre.send_referral(
        case_id, cpi.identity.member_id, ServiceType.CPI, FIELDS, purpose="orientamento"
    )
    sync(centre)
    sync(cpi)
    return ref


def _received(cpi: Workstation, ref: referrals.ReferralRow) -> str:
    (row,) = [r for r in VaultInbox(cpi.vault.db).rows("referral") if r.packet_id == ref.packet_id]
    return row.packet_id


def test_the_partners_note_and_next_appointment_reach_the_case_file(
    centre: Workstation, cpi: Workstation
) -> None:
    case_id = new_case_with_consent(centre, cpi.identity.member_id)
    ref = _sent(centre, cpi, case_id)
    when = date.today() + timedelta(days=5)
    cpi.send_status(
        _received(cpi, ref),
        "accepted",
        note=NOTE,
        next_appointment=when,
        sender=centre.identity.member_id,
    )
    sync(cpi)
    sync(centre)

    desk = Casework(centre.vault, centre)
    (answer,) = desk.open_case(case_id).answers
    assert (answer.status, answer.note, answer.next_appointment) == (
        ReferralStatus.ACCEPTED,
        NOTE,
        when.isoformat(),
    )
    (update,) = desk.updates()
    assert (update.note, update.next_appointment) == (NOTE, when.isoformat())
    (row,) = VaultInbox(centre.vault.db).rows("status")
    assert row.payload is not None
    assert "note" not in row.payload, "her note lives with her case (erasure reaches it)"


def test_a_note_is_short_one_line_and_the_appointment_fits_the_answer(
    centre: Workstation, cpi: Workstation
) -> None:
    case_id = new_case_with_consent(centre, cpi.identity.member_id)
    packet = _received(cpi, _sent(centre, cpi, case_id))
    with pytest.raises(ValidationError):
        cpi.send_status(packet, "accepted", note="x" * 201, sender=centre.identity.member_id)
    with pytest.raises(ValidationError):
        cpi.send_status(
            packet, "done", next_appointment=date.today(), sender=centre.identity.member_id
        )
    assert VaultOutbox(cpi.vault.db).queued_count() == 0, "nothing sent for a refused answer"


def test_revoking_her_consent_withdraws_every_referral_it_covered(
    centre: Workstation, cpi: Workstation
) -> None:
    cpi_id = cpi.identity.member_id
    case_id = new_case_with_consent(centre, cpi_id)
    first, second = _sent(centre, cpi, case_id), _sent(centre, cpi, case_id)
    cpi.send_status(_received(cpi, first), "accepted", sender=centre.identity.member_id)
    sync(cpi)
    sync(centre)
    # A later consent for another purpose covers a third referral: it stays.
    person_id = str(centre.vault.db.scalar("SELECT person_id FROM cases WHERE id = ?", (case_id,)))
    now = centre.clock.now()
    consents.record(
        centre.vault.db,
        centre.actor,
        Consent(person_id, ServiceType.CPI, "tirocinio", now.date(), now.date() + timedelta(days=90),
                ConsentMethod.WRITTEN, recipient=cpi_id, fields=("age_band", "education", "languages")),
        at=now,
    )  # fmt: skip
    third = _sent(centre, cpi, case_id)
    assert first.consent_id == second.consent_id != third.consent_id
    assert first.consent_id is not None

    desk = Casework(centre.vault, centre)
    question = desk.revocation(first.consent_id)
    assert [c.referral_id for c in question.referrals] == [first.id, second.id]
    assert [c.service for c in question.referrals] == ["CPI Rho", "CPI Rho"]
    desk.withdraw_consent(first.consent_id)

    status = {r.id: r.status for r in desk.open_case(case_id).referrals}
    assert status == {
        first.id: ReferralStatus.WITHDRAWN,
        second.id: ReferralStatus.WITHDRAWN,
        third.id: ReferralStatus.SENT,
    }
    sync(centre)
    sync(cpi)
    at_cpi = {r.packet_id: r for r in VaultInbox(cpi.vault.db).rows("referral")}
    for ref in (first, second):
        row = at_cpi[str(ref.packet_id)]
        assert row.state == "withdrawn"
        assert row.payload is not None
        assert "fields" not in row.payload
        assert "purpose" not in row.payload
        assert row.payload["pseudonym"].startswith("P-"), "what the law asks to keep stays"
    assert at_cpi[str(third.packet_id)].payload["fields"] == FIELDS  # type: ignore[index]


def test_withdrawing_one_referral_asks_about_and_withdraws_its_siblings(
    centre: Workstation, cpi: Workstation
) -> None:
    case_id = new_case_with_consent(centre, cpi.identity.member_id)
    first, second = _sent(centre, cpi, case_id), _sent(centre, cpi, case_id)
    desk = Casework(centre.vault, centre)
    assert [c.referral_id for c in desk.revocation_for_referral(second.id).referrals] == [
        first.id,
        second.id,
    ]
    desk.withdraw_referral(second.id)
    assert {r.status for r in desk.open_case(case_id).referrals} == {ReferralStatus.WITHDRAWN}
    kinds = [r.type for r in VaultOutbox(centre.vault.db).rows()]
    assert kinds.count("withdrawal") == 2


def test_a_withdrawn_referral_at_the_partner_keeps_no_document_and_no_sealed_copy(
    centre: Workstation, cpi: Workstation
) -> None:
    cpi_id = cpi.identity.member_id
    case_id = new_case_with_consent(centre, cpi_id)
    person_id = str(centre.vault.db.scalar("SELECT person_id FROM cases WHERE id = ?", (case_id,)))
    now = centre.clock.now()
    consents.record(
        centre.vault.db,
        centre.actor,
        Consent(person_id, ServiceType.CPI, "lavoro", now.date(), now.date() + timedelta(days=90),
                ConsentMethod.WRITTEN, recipient=cpi_id,
                fields=("age_band", "education", "languages", document_scope(DocumentKind.CV))),
        at=now,
    )  # fmt: skip
    cv = scan(200_000, b"%PDF-1.7\n", b"cv")
    doc = documents.add_bytes(
        centre.vault.db, centre.actor, case_id, cv, "cv.pdf", DocumentKind.CV, at=now
    )
    ref = centre.send_referral(
        case_id, cpi_id, ServiceType.CPI, FIELDS, purpose="lavoro", document_id=doc.id
    )
    sync(centre)
    sync(cpi)
    assert ref.packet_id
    assert len(documents.for_received(cpi.vault.db, centre.identity.member_id, ref.packet_id)) == 1

    centre.withdraw_referral(ref.id)
    sync(centre)
    sync(cpi)
    assert documents.for_received(cpi.vault.db, centre.identity.member_id, ref.packet_id) == []
    raw = cpi.vault.db.scalar("SELECT raw FROM inbox WHERE packet_id = ?", (ref.packet_id,))
    assert bytes(raw) == b"", "the sealed packet could be opened again: it goes too"


def test_a_plan_step_linked_to_a_referral_follows_its_answers(
    centre: Workstation, cpi: Workstation
) -> None:
    case_id = new_case_with_consent(centre, cpi.identity.member_id)
    desk = Casework(centre.vault, centre)
    step = desk.add_step(PlanStep(case_id, StepType.DID_GOL, partner="CPI Rho"))
    ref = _sent(centre, cpi, case_id)
    desk.link_step(step.id, ref.id)
    assert desk.open_case(case_id).steps[0].status is StepStatus.SENT
    packet = _received(cpi, ref)
    for answer in ("accepted", "in_progress"):
        cpi.send_status(packet, answer, sender=centre.identity.member_id)
    sync(cpi)
    sync(centre)
    assert desk.open_case(case_id).steps[0].status is StepStatus.IN_PROGRESS
    cpi.send_status(packet, "done", sender=centre.identity.member_id)
    sync(cpi)
    sync(centre)
    (done,) = desk.open_case(case_id).steps
    assert done.status is StepStatus.DONE
    assert done.ended_on is not None


def test_a_referral_withdrawn_before_it_left_never_leaves(
    centre: Workstation, cpi: Workstation
) -> None:
    """She revokes while the referral still waits for the network: her data stays home."""
    case_id = new_case_with_consent(centre, cpi.identity.member_id)
    ref = centre.send_referral(
        case_id, cpi.identity.member_id, ServiceType.CPI, FIELDS, purpose="orientamento"
    )
    centre.withdraw_referral(ref.id)
    row = next(r for r in VaultOutbox(centre.vault.db).rows() if r.packet_id == ref.packet_id)
    assert row.state == "cancelled"
    sync(centre)
    sync(cpi)
    assert VaultInbox(cpi.vault.db).rows("referral") == [], "her fields never left the centre"
    assert [r.type for r in VaultInbox(cpi.vault.db).rows()] == ["withdrawal"]

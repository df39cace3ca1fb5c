"""A job centre says what came of a referral; the centre's operatrice confirms it, and only
then it is a dated outcome on the woman's path. Over a real hub, real keys, real vaults."""

from __future__ import annotations

import json
from datetime import date

import pytest

from ponte.app.background import sync
from ponte.app.casework import Casework
from ponte.app.outcomes import Outcomes
from ponte.app.workstation import Workstation
from ponte.core.enums import OutcomeField, PartnerOutcome, ServiceType
from ponte.core.errors import ValidationError
from ponte.core.outcomes import Said
from ponte.storage.inbox import VaultInbox

from .conftest import HubProc, new_case_with_consent

FIELDS = {"age_band": "35_44", "education": "diploma"}


def _referred(centre: Workstation, cpi: Workstation) -> tuple[str, str]:
    case_id = new_case_with_consent(centre, cpi.identity.member_id)
    centre.send_referral(case_id, cpi.identity.member_id, ServiceType.CPI, FIELDS, purpose="lavoro")
    sync(centre)
    sync(cpi)
    (row,) = VaultInbox(cpi.vault.db).rows("referral")
    return case_id, row.packet_id


def test_the_cpi_says_hired_and_the_operatrice_confirms_it(
    centre: Workstation, cpi: Workstation, hub: HubProc
) -> None:
    case_id, referral = _referred(centre, cpi)
    partner = Casework(cpi.vault, cpi)
    partner.respond(referral, "accepted", sender=centre.identity.member_id)
    with pytest.raises(ValidationError):  # "hired" goes with in progress or done
        partner.respond(
            referral,
            "accepted",
            sender=centre.identity.member_id,
            said=Said(PartnerOutcome.HIRED, date(2026, 3, 2), "permanent"),
        )
    partner.respond(
        referral,
        "done",
        sender=centre.identity.member_id,
        said=Said(PartnerOutcome.HIRED, date(2026, 3, 2), "fixed_term"),
    )
    assert sync(cpi).sent == 2
    assert sync(centre).received == 2

    work = Outcomes(centre.vault)
    f = work.file(case_id)
    (word,) = f.waiting
    assert (word.outcome, word.contract, word.on_day) == (
        PartnerOutcome.HIRED, "fixed_term", date(2026, 3, 2),
    )  # fmt: skip
    assert f.changes == [], "nothing changes by itself"
    stored = [r.payload for r in VaultInbox(centre.vault.db).rows("status")]
    assert all("outcome" not in json.dumps(p) for p in stored), "kept with her case, not the packet"

    f = work.confirm(case_id, word.id)
    assert f.waiting == []
    assert f.known(date(2026, 3, 2))[OutcomeField.WORK] == "fixed_term"
    assert f.known(date(2026, 3, 1))[OutcomeField.WORK] is None
    assert [c.source for c in f.changes] == ["partner"]


def test_another_member_cannot_put_words_in_the_cpis_mouth(
    centre: Workstation, cpi: Workstation, hub: HubProc, tmp_path: object
) -> None:
    """A company that learns the referral's packet id (the hub sees ids) says "hired"."""
    from pathlib import Path

    from ponte.core.payloads import with_outcome
    from ponte.storage import outbox

    from .conftest import workstation

    case_id, referral = _referred(centre, cpi)
    company = workstation(Path(str(tmp_path)), hub, "Azienda", "company")
    try:
        payload = with_outcome(
            {"referral": referral, "status": "done"},
            PartnerOutcome.HIRED,
            date(2026, 3, 2),
            "permanent",
        )
        packet = company.seal_to(centre.identity.member_id, "status", payload)
        with company.vault.db.transaction():
            outbox.enqueue(company.vault.db, packet, at=company.clock.now())
        assert sync(company).sent == 1
        sync(centre)
        assert Outcomes(centre.vault).file(case_id).partner == [], "not from the service asked"
    finally:
        company.vault.lock()

"""Who may change a referral, attacked over a real hub (issue 15.6, 15.7).

A third member of the network (here an ASL) is enrolled, signs its packets with its own
registered key, and knows the referral's packet id. Its signed "declined" to the centre and
its signed withdrawal to the job centre must change nothing, and both are audited.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ponte.app.background import sync
from ponte.app.workstation import Workstation
from ponte.core.enums import ReferralStatus, ServiceType
from ponte.storage import audit, outbox, referrals
from ponte.storage.inbox import VaultInbox

from .conftest import HubProc, new_case_with_consent, workstation

FIELDS = {"age_band": "35_44", "education": "diploma", "languages": ["italiano"]}


@pytest.fixture
def asl(tmp_path: Path, hub: HubProc) -> Iterator[Workstation]:
    ws = workstation(tmp_path, hub, "ASL Rho", "health")
    yield ws
    ws.vault.lock()


def _referral(centre: Workstation, cpi: Workstation) -> referrals.ReferralRow:
    case_id = new_case_with_consent(centre, cpi.identity.member_id)
    ref = centre.send_referral(
        case_id, cpi.identity.member_id, ServiceType.CPI, FIELDS, purpose="orientamento"
    )
    assert sync(centre).sent == 1
    assert sync(cpi).received == 1
    return ref


def _forge(attacker: Workstation, to: str, ptype: str, payload: dict[str, Any]) -> None:
    """A packet the attacker signs with its own, genuinely registered key, sent via the hub."""
    packet = attacker.seal_to(to, ptype, payload)
    outbox.enqueue(attacker.vault.db, packet, at=attacker.clock.now())
    assert sync(attacker).sent == 1


def _audited(ws: Workstation, kind: str) -> list[audit.AuditEntry]:
    return [e for e in audit.entries(ws.vault.db, limit=1000) if e.detail.get("kind") == kind]


def test_a_third_member_cannot_decline_a_referral_it_did_not_receive(
    centre: Workstation, cpi: Workstation, asl: Workstation
) -> None:
    ref = _referral(centre, cpi)
    assert ref.packet_id
    _forge(
        asl, centre.identity.member_id, "status", {"referral": ref.packet_id, "status": "declined"}
    )

    got = sync(centre)
    assert got.acked == 1, "refused for a reason that cannot change: acknowledged, not retried"
    assert referrals.get(centre.vault.db, ref.id).status is ReferralStatus.SENT
    (row,) = VaultInbox(centre.vault.db).rows("status")
    assert row.refused == "not_entitled"
    assert row.payload is None, "what a stranger claims is not kept"
    assert len(_audited(centre, "not_entitled")) == 1

    # The real recipient still answers, and that answer counts.
    (received,) = VaultInbox(cpi.vault.db).rows("referral")
    cpi.send_status(received.packet_id, "accepted", sender=centre.identity.member_id)
    sync(cpi)
    sync(centre)
    assert referrals.get(centre.vault.db, ref.id).status is ReferralStatus.ACCEPTED


def test_a_third_member_cannot_withdraw_a_referral_at_the_partner(
    centre: Workstation, cpi: Workstation, asl: Workstation
) -> None:
    ref = _referral(centre, cpi)
    assert ref.packet_id
    _forge(
        asl, cpi.identity.member_id, "withdrawal", {"referral": ref.packet_id, "consent_ref": "x"}
    )

    sync(cpi)
    (received,) = VaultInbox(cpi.vault.db).rows("referral")
    assert received.state != "withdrawn"
    assert received.payload is not None
    assert received.payload["fields"] == FIELDS
    assert len(_audited(cpi, "not_entitled")) == 1


def test_the_centre_cannot_answer_its_own_referral_as_if_it_were_the_partner(
    centre: Workstation, cpi: Workstation
) -> None:
    """The sender of a referral is not the party entitled to accept it."""
    ref = _referral(centre, cpi)
    assert ref.packet_id
    # The centre addresses a status about its own referral to itself via the hub.
    _forge(
        centre, centre.identity.member_id, "status", {"referral": ref.packet_id, "status": "done"}
    )
    sync(centre)
    assert referrals.get(centre.vault.db, ref.id).status is ReferralStatus.SENT


def test_a_late_accepted_never_overwrites_withdrawn(centre: Workstation, cpi: Workstation) -> None:
    ref = _referral(centre, cpi)
    (received,) = VaultInbox(cpi.vault.db).rows("referral")
    cpi.send_status(
        received.packet_id, "accepted", sender=centre.identity.member_id
    )  # queued at the job centre…
    centre.withdraw_referral(ref.id)  # …while she withdraws her consent at the centre
    sync(cpi)  # the answer leaves
    sync(centre)  # the withdrawal leaves, the late answer arrives
    assert referrals.get(centre.vault.db, ref.id).status is ReferralStatus.WITHDRAWN
    sync(cpi)
    assert VaultInbox(cpi.vault.db).rows("referral")[0].state == "withdrawn"

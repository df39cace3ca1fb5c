"""Issue 15.9 end to end: a member that learns a packet id in advance and submits first,
through a real hub, must not keep the genuine packet from its recipient.

Ids are unique per sender (the hub stores, delivers and acknowledges by sender and id), and
so is the recipient's vault: the genuine packet is delivered, stored, applied and shown; the
squatter's packet is judged on its own, and here refused (it names a referral its sender has
no part in) and audited. Nothing is refused as a replay.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from ponte.app.background import sync
from ponte.app.casework import Casework
from ponte.app.workstation import Workstation
from ponte.core.clock import rfc3339
from ponte.core.enums import ReferralStatus
from ponte.core.sealing import seal
from ponte.storage import audit, outbox, referrals
from ponte.storage.inbox import VaultInbox
from ponte.sync.hub_client import Receipt

from .conftest import HubProc, knows, refer, workstation

FIELDS = {"age_band": "35_44", "education": "diploma"}
SQUAT = {  # a referral of the squatter's own, under the genuine one's id
    "pseudonym": "P-AAAA-BBBB-CCCC-DDDD",
    "purpose": "altro",
    "service_type": "cpi",
    "consent": {"ref": "c-x", "expires": "2027-12-31"},
    "urgency": "urgent",
    "contact": "via_cav",
    "fields": {"age_band": "18_24"},
}


def _sealed(
    ws: Workstation, to: str, ptype: str, payload: dict[str, Any], pid: str | None = None
) -> bytes:
    """A packet ``ws`` signs with its own registered key (under ``pid``, if given)."""
    knows(ws, to)
    ident, now = ws.identity, ws.clock.now()
    return seal(
        payload, type=ptype, sender_id=ident.member_id,
        sender_key_id=ident.current.signing_key_id, signing_key=ident.current.signing,
        recipient_id=to, recipient_key=ws.recipient_key(to), created=now,
        expires=now + timedelta(days=5), packet_id=pid,
    )  # fmt: skip


def _squat(squatter: Workstation, to: str, ptype: str, payload: dict[str, Any], pid: str) -> None:
    """The squatter's own packet under ``pid``, sent through its outbox and a sync round."""
    packet = _sealed(squatter, to, ptype, payload, pid)
    outbox.enqueue(squatter.vault.db, packet, at=squatter.clock.now())
    assert sync(squatter).sent == 1, "the hub takes it: ids are unique per sender"


def _hand_over(ws: Workstation, packet: bytes) -> None:
    """``ws`` hands one packet to the hub over HTTP, outside its outbox."""
    client = ws.client()
    try:
        assert isinstance(client.submit(packet), Receipt)
    finally:
        client.close()


def _held_at_hub(hub: HubProc, member: str) -> int:
    now = rfc3339(hub.service.clock.now())
    return len(hub.service.store.inbox(member, 0, 100, now))


def _referral(ws: Workstation, packet_id: str) -> referrals.ReferralRow:
    ref_id = ws.vault.db.scalar("SELECT id FROM referrals WHERE packet_id = ?", (packet_id,))
    return referrals.get(ws.vault.db, str(ref_id))


def _refusals_audited(ws: Workstation, packet_id: str) -> list[str]:
    return [
        str(e.detail.get("kind"))
        for e in audit.entries(ws.vault.db, limit=10_000)
        if e.action == "packet.refuse" and e.entity_id == packet_id
    ]


def test_a_squatted_referral_id_still_reaches_the_partner(
    tmp_path: Path, hub: HubProc, centre: Workstation, cpi: Workstation
) -> None:
    to, cav = cpi.identity.member_id, centre.identity.member_id
    mallory = workstation(tmp_path, hub, "CAV Abusivo", "cav")
    pid = refer(centre, to)  # queued: its id exists before it leaves
    # Mallory learnt it, and gets a packet of its own to the job centre under it first.
    _squat(mallory, to, "withdrawal", {"referral": pid, "consent_ref": "c"}, pid)
    assert sync(centre).sent == 1

    got = sync(cpi)
    assert got.error is None
    assert _held_at_hub(hub, to) == 0, "both acknowledged, each by its sender and id"
    rows = {(r.sender, r.type): r for r in VaultInbox(cpi.vault.db).rows()}
    genuine = rows[(cav, "referral")]
    assert (genuine.packet_id, genuine.refused, genuine.state) == (pid, None, "delivered")
    assert genuine.payload is not None
    assert genuine.payload["fields"] == FIELDS
    squat = rows[(mallory.identity.member_id, "withdrawal")]
    assert (squat.packet_id, squat.refused) == (pid, "not_entitled")
    assert squat.payload == {"referral": pid}, "only the id it named is kept"
    assert _refusals_audited(cpi, pid) == ["not_entitled"]
    assert VaultInbox(cpi.vault.db).refusals() == [], "nothing refused as a replay"

    # Shown where the job centre works, and answered to the centre that sent it.
    shown = [r for r in Casework(cpi.vault).inbox("referral") if r.payload is not None]
    assert [(r.sender, r.packet_id) for r in shown] == [(cav, pid)]
    cpi.send_status(pid, "accepted", sender=cav)
    assert sync(cpi).sent == 1
    assert sync(centre).received == 1
    ref = _referral(centre, pid)
    assert ref.status is ReferralStatus.ACCEPTED


def test_a_squatted_answer_id_still_reaches_the_centre(
    tmp_path: Path, hub: HubProc, centre: Workstation, cpi: Workstation
) -> None:
    to, cav = cpi.identity.member_id, centre.identity.member_id
    mallory = workstation(tmp_path, hub, "ASL Abusiva", "health")
    pid = refer(centre, to)
    assert sync(centre).sent == 1
    assert sync(cpi).received == 1
    answer = cpi.send_status(pid, "accepted", sender=cav, note="colloquio fissato")
    _squat(mallory, cav, "status", {"referral": pid, "status": "declined"}, answer)
    assert sync(cpi).sent == 1

    assert sync(centre).error is None
    assert _held_at_hub(hub, cav) == 0
    ref = _referral(centre, pid)
    assert ref.status is ReferralStatus.ACCEPTED
    (said,) = referrals.answers(centre.vault.db, centre.actor, ref.case_id)
    assert (said.status, said.note) == (ReferralStatus.ACCEPTED, "colloquio fissato")
    rows = {r.sender: r for r in VaultInbox(centre.vault.db).rows("status")}
    assert rows[to].refused is None
    assert rows[to].packet_id == answer
    assert rows[mallory.identity.member_id].refused == "not_entitled"
    assert _refusals_audited(centre, answer) == ["not_entitled"]
    assert VaultInbox(centre.vault.db).refusals() == []


@pytest.mark.parametrize("squat_first", [False, True], ids=["withdrawal-first", "squat-first"])
def test_a_squatted_id_does_not_cancel_a_withdrawal_that_came_before_its_referral(
    tmp_path: Path, hub: HubProc, centre: Workstation, cpi: Workstation, squat_first: bool
) -> None:
    """She withdrew her consent, and the withdrawal reached the job centre before the
    referral it names (packets travel more than one way: on a file, a big referral alone,
    after). A member that learnt the referral's id sends a referral of its own under it:
    the centre's withdrawal must still withdraw the centre's referral when it arrives, her
    fields gone, and leave the squatter's alone."""
    to, cav = cpi.identity.member_id, centre.identity.member_id
    mallory = workstation(tmp_path, hub, "CAV Abusivo", "cav")
    pid = refer(centre, to)  # queued: its id exists before it leaves
    withdrawal = _sealed(centre, to, "withdrawal", {"referral": pid, "consent_ref": "c-1"})
    squat = _sealed(mallory, to, "referral", SQUAT, pid)
    for who, packet in [(mallory, squat), (centre, withdrawal)][:: 1 if squat_first else -1]:
        _hand_over(who, packet)
    assert sync(cpi).received == 2
    assert sync(centre).sent == 1, "the referral itself, after"
    assert sync(cpi).received == 1

    rows = {(r.sender, r.type): r for r in VaultInbox(cpi.vault.db).rows()}
    genuine = rows[(cav, "referral")]
    assert genuine.state == "withdrawn", "her consent is gone: the referral is withdrawn"
    assert genuine.payload is not None
    assert "fields" not in genuine.payload
    assert rows[(cav, "withdrawal")].refused is None
    other = rows[(mallory.identity.member_id, "referral")]
    assert (other.packet_id, other.state, other.refused) == (pid, "delivered", None)
    assert other.payload is not None
    assert other.payload["fields"] == SQUAT["fields"], "the squatter's own is untouched"

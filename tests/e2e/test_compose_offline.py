"""Composing never touches the network (issue 14, item 5; issue 16, item 1).

A referral, an answer and a withdrawal are sealed with keys from the directory copy kept in
the vault. With the hub's address black-holed (connections accepted, never answered), a
fresh sign-in composes all of them at once and not one connection is made: the vault
thread, which runs these in the desktop, never waits on the network.
"""

from __future__ import annotations

from pathlib import Path

from ponte.app.background import sync
from ponte.app.casework import Casework
from ponte.app.workstation import Workstation
from ponte.core.enums import Urgency
from ponte.storage import identity as identity_store
from ponte.storage.inbox import VaultInbox

from .conftest import HubProc, new_case_with_consent, workstation
from .netparts import BlackHole


def _draft(desk: Casework, case_id: str, to: str):  # type: ignore[no-untyped-def]
    draft = desk.propose(case_id, to).draft
    for key in ("zones_to_avoid", "childcare_limits", "availability"):
        draft = draft.remove(key)
    return draft.set_value("skills", "cassa").set_value("languages", "it")


def _black_holed(ws: Workstation, hole: BlackHole) -> Workstation:
    """The same vault signed in again (nothing in memory), its hub address black-holed."""
    ident = ws.identity
    ident.hub_url = hole.url
    identity_store.save(ws.vault.db, ident)
    return Workstation(ws.vault)


def test_composing_with_a_black_holed_hub_makes_no_connection(tmp_path: Path, hub: HubProc) -> None:
    centre = workstation(tmp_path, hub, "CAV Rho", "cav")
    cpi = workstation(tmp_path, hub, "CPI Rho", "cpi")
    cpi_id = cpi.identity.member_id
    first = Casework(centre.vault, centre)
    case_id = new_case_with_consent(centre, cpi_id)
    draft = _draft(first, case_id, cpi_id)
    first.send_referral(case_id, cpi_id, draft, purpose="lavoro", urgency=Urgency.ROUTINE)
    sync(centre)  # the network as a running workstation knows it
    sync(cpi)
    (received,) = VaultInbox(cpi.vault.db).rows("referral")

    hole = BlackHole()
    try:
        desk = Casework(centre.vault, _black_holed(centre, hole))
        partner = Casework(cpi.vault, _black_holed(cpi, hole))
        assert cpi_id in [m.id for m in desk.partners()]
        case_id = new_case_with_consent(centre, cpi_id, alias="Ottavia Demo")
        draft = _draft(desk, case_id, cpi_id)
        row = desk.send_referral(case_id, cpi_id, draft, purpose="lavoro", urgency=Urgency.ROUTINE)
        other = new_case_with_consent(centre, cpi_id, alias="Prima Demo")
        first = desk.send_referral(
            other, cpi_id, _draft(desk, other, cpi_id), purpose="lavoro", urgency=Urgency.ROUTINE
        )
        desk.withdraw_referral(first.id)  # withdrawn before it left: it is not sent
        partner.respond(received.packet_id, "accepted", sender=received.sender)
        assert not hole.accepted.is_set(), "composing opened a connection to the hub"
    finally:
        hole.close()
    states = {(r.packet_id == first.packet_id, r.type, r.state) for r in desk.outbox()}
    assert {(False, "referral", "queued"), (True, "referral", "cancelled")} <= states
    assert (False, "withdrawal", "queued") in states
    assert row.packet_id in {r.packet_id for r in desk.outbox() if r.state == "queued"}
    assert [r.type for r in partner.outbox() if r.state == "queued"] == ["status"]

"""The desktop's case-work facade end to end: propose, consent, send, answer, see the answer."""

from __future__ import annotations

from datetime import timedelta

import pytest

from ponte.app.background import sync
from ponte.app.casework import Casework
from ponte.app.workstation import Workstation
from ponte.core.domain import Case, Consent, Person
from ponte.core.enums import AgeBand, ConsentMethod, Education, ReferralStatus, ServiceType, Urgency
from ponte.core.errors import ConsentMissing, ValidationError


def test_referral_from_proposal_to_the_partners_answer(
    centre: Workstation, cpi: Workstation
) -> None:
    desk, partner = Casework(centre.vault, centre), Casework(cpi.vault, cpi)
    case_id = desk.new_case(
        Person(alias="Serafina Demo", age_band=AgeBand.A35_44, education=Education.DIPLOMA), Case()
    )
    cpi_id = cpi.identity.member_id
    sync(centre)  # the job centre joined after the centre: a round brings it into its copy
    assert cpi_id in [m.id for m in desk.partners()]

    proposal = desk.propose(case_id, cpi_id)
    assert proposal.consent is None
    draft = proposal.draft
    for key in ("zones_to_avoid", "childcare_limits", "availability"):
        draft = draft.remove(key)
    draft = draft.set_value("skills", "cassiera, inventario").set_value("languages", "italiano")
    draft = draft.add("codice_fiscale", "RSSSRF80A41F205X", "serve per la DID")
    with pytest.raises(ConsentMissing):
        desk.send_referral(case_id, cpi_id, draft, purpose="orientamento", urgency=Urgency.ROUTINE)

    person_id = desk.open_case(case_id).person.id
    today = desk.today()
    desk.record_consent(
        Consent(
            person_id,
            ServiceType.CPI,
            "orientamento",
            today,
            today + timedelta(days=90),
            ConsentMethod.WRITTEN,
            recipient=cpi_id,
            fields=tuple(draft.keys),
        )
    )
    with pytest.raises(ValidationError):
        desk.send_referral(case_id, cpi_id, draft, purpose=" ", urgency=Urgency.ROUTINE)
    row = desk.send_referral(
        case_id, cpi_id, draft, purpose="orientamento", urgency=Urgency.ROUTINE
    )
    bundle = desk.open_case(case_id)
    assert [r.id for r in bundle.referrals] == [row.id]
    assert any("serve per la DID" in n.body for n in bundle.notes)  # the reason stays home
    assert [r.packet_id for r in desk.outbox()] == [row.packet_id]

    sync(centre)
    sync(cpi)
    received = partner.inbox("referral")
    assert len(received) == 1
    assert received[0].payload is not None
    fields = received[0].payload["fields"]
    assert fields == {
        "age_band": "35_44",
        "education": "diploma",
        "skills": "cassiera, inventario",
        "languages": "italiano",
        "codice_fiscale": "RSSSRF80A41F205X",
    }
    assert "Serafina" not in str(received[0].payload)

    partner.respond(received[0].packet_id, "accepted", sender=received[0].sender)
    sync(cpi)
    sync(centre)
    assert desk.open_case(case_id).referrals[0].status is ReferralStatus.ACCEPTED
    assert partner.inbox("referral")[0].state == "accepted"


def test_partners_are_known_offline_from_the_last_signed_directory(
    centre: Workstation, cpi: Workstation
) -> None:
    from ponte.core.errors import DirectoryNotYet
    from ponte.storage import identity as identity_store
    from tests.hub.conftest import free_port

    cpi_id = cpi.identity.member_id
    assert cpi_id not in [m.id for m in Casework(centre.vault, centre).partners()]
    sync(centre)  # the job centre enrolled after the centre's own copy was made
    assert cpi_id in [m.id for m in Casework(centre.vault, centre).partners()]
    ident = centre.identity
    ident.hub_url = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    identity_store.save(centre.vault.db, ident)
    offline = Casework(centre.vault, Workstation(centre.vault))
    assert cpi_id in [m.id for m in offline.partners()]
    centre.vault.db.execute("DELETE FROM sync_state WHERE key = 'directory'")
    with pytest.raises(DirectoryNotYet):
        Casework(centre.vault, Workstation(centre.vault)).partners()

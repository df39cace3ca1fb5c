"""A centre refers a woman to a job centre through a real hub; the job centre answers."""

from pathlib import Path

import pytest

from ponte.app.background import sync
from ponte.app.workstation import Workstation
from ponte.core.enums import ReferralStatus, ServiceType
from ponte.core.errors import ConsentMissing, ConsentTooNarrow
from ponte.storage import referrals
from ponte.storage.inbox import VaultInbox
from ponte.storage.outbox import VaultOutbox

from .conftest import HubProc, knows, new_case_with_consent, workstation

FIELDS = {"age_band": "35_44", "education": "diploma", "languages": ["italiano", "inglese"]}


def _send(centre: Workstation, cpi: Workstation) -> tuple[str, referrals.ReferralRow]:
    case_id = new_case_with_consent(centre, cpi.identity.member_id)
    ref = centre.send_referral(
        case_id, cpi.identity.member_id, ServiceType.CPI, FIELDS, purpose="orientamento al lavoro"
    )
    return case_id, ref


def test_referral_status_and_withdrawal_round_trip(
    centre: Workstation, cpi: Workstation, hub: HubProc
) -> None:
    _case_id, ref = _send(centre, cpi)
    assert ref.status is ReferralStatus.QUEUED, "persist before send: stored, not yet sent"
    assert VaultOutbox(centre.vault.db).queued_count() == 1
    assert sync(centre).sent == 1
    assert referrals.get(centre.vault.db, ref.id).status is ReferralStatus.SENT

    got = sync(cpi)
    assert got.received == 1
    assert got.acked == 1
    (row,) = VaultInbox(cpi.vault.db).rows("referral")
    assert row.payload is not None
    assert row.payload["fields"] == FIELDS
    assert row.payload["pseudonym"].startswith("P-")
    assert "Serafina" not in str(row.payload), "her alias never leaves the centre"

    cpi.send_status(row.packet_id, "accepted", sender=centre.identity.member_id)
    assert sync(cpi).sent == 1
    assert sync(centre).received == 1
    assert referrals.get(centre.vault.db, ref.id).status is ReferralStatus.ACCEPTED
    assert [
        r.state for r in VaultOutbox(centre.vault.db).rows() if r.packet_id == ref.packet_id
    ] == ["acknowledged"]

    centre.withdraw_referral(ref.id)
    sync(centre)
    sync(cpi)
    assert VaultInbox(cpi.vault.db).rows("referral")[0].state == "withdrawn"
    # Nothing left at the hub: every packet was acknowledged by its recipient.
    assert sync(centre).received == 0
    assert sync(cpi).received == 0


def test_consent_is_required_and_limits_the_fields(
    centre: Workstation, cpi: Workstation, tmp_path: Path, hub: HubProc
) -> None:
    case_id = new_case_with_consent(centre, cpi.identity.member_id)
    other = workstation(tmp_path, hub, "CPI Legnano", "cpi").identity.member_id
    knows(centre, other)
    with pytest.raises(ConsentTooNarrow, match="codice_fiscale"):
        centre.send_referral(
            case_id,
            cpi.identity.member_id,
            ServiceType.CPI,
            {**FIELDS, "codice_fiscale": "X"},
            purpose="orientamento",
        )
    with pytest.raises(ConsentMissing):
        centre.send_referral(case_id, other, ServiceType.CPI, FIELDS, purpose="x")
    assert VaultOutbox(centre.vault.db).queued_count() == 0, "nothing queued without consent"


def test_packet_files_travel_and_import_twice_is_harmless(
    centre: Workstation, cpi: Workstation, tmp_path: Path
) -> None:
    _, ref = _send(centre, cpi)
    assert ref.packet_id
    path = centre.export_packet(ref.packet_id, tmp_path)
    assert path.stat().st_mode & 0o077 == 0
    assert cpi.import_packet(path) == "stored"
    assert cpi.import_packet(path) == "already_received"
    # The same packet also reaches the hub later: still stored exactly once.
    sync(centre)
    result = sync(cpi)
    assert result.received == 0
    assert result.acked == 1
    assert len(VaultInbox(cpi.vault.db).rows("referral")) == 1


def test_a_tampered_file_is_refused_and_recorded(
    centre: Workstation, cpi: Workstation, tmp_path: Path
) -> None:
    _, ref = _send(centre, cpi)
    assert ref.packet_id
    path = centre.export_packet(ref.packet_id, tmp_path)
    raw = bytearray(path.read_bytes())
    raw[-70] ^= 1
    path.write_bytes(bytes(raw))
    assert cpi.import_packet(path) == "bad_signature"
    assert VaultInbox(cpi.vault.db).rows() == [], "nothing unauthenticated claims its id"
    (row,) = VaultInbox(cpi.vault.db).refusals()
    assert row.reason == "bad_signature"
    assert row.claimed_id == ref.packet_id  # recorded as a claim, keyed by the bytes' hash

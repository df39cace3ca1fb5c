"""The sender learns of a refusal (issue 14.3), over a real hub, with real keys.

The recipient's Ponte refuses a packet whose signature it verified — it expired on the way,
or it carries a payload version it does not know — and answers with a signed refusal that
says which packet and why, nothing else. The sender's message row then says so. Bytes that
nobody can be shown to have sent are never answered, and a refusal is never answered.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from ponte.app.background import sync
from ponte.app.workstation import SUITE_PREFERENCE, Workstation
from ponte.core import canonical, padding
from ponte.core.clock import rfc3339
from ponte.core.enums import ReferralStatus, ServiceType
from ponte.core.ids import new_id
from ponte.core.keys import pq_public, x25519_public
from ponte.core.packet import (
    ENC_BYTES,
    SUITE_MLKEM768_X25519,
    Header,
    assemble,
    encode_header,
    info_for,
)
from ponte.core.sealing import _SUITES
from ponte.storage import outbox, referrals
from ponte.storage.inbox import VaultInbox
from ponte.storage.outbox import VaultOutbox
from ponte.sync.files import export_packet

from .conftest import new_case_with_consent

FIELDS = {"age_band": "35_44", "education": "diploma"}


def _row(ws: Workstation, packet_id: str) -> outbox.OutboxRow:
    (row,) = [r for r in VaultOutbox(ws.vault.db).rows() if r.packet_id == packet_id]
    return row


def _refusals_queued(ws: Workstation) -> list[outbox.OutboxRow]:
    return [r for r in VaultOutbox(ws.vault.db).rows() if r.type == "refusal"]


def _unchecked_seal(ws: Workstation, to: str, ptype: str, payload: dict[str, Any]) -> bytes:
    """A packet signed with ``ws``'s genuine key whose payload this Ponte would never send:
    the steps of ``core.sealing.seal`` without its payload check (a buggy or newer peer)."""
    entry = ws.directory().encryption_key(to, SUITE_PREFERENCE)
    assert entry is not None
    raw = bytes.fromhex(entry.public)
    key = pq_public(raw) if entry.suite == SUITE_MLKEM768_X25519 else x25519_public(raw)
    ident, now = ws.identity, ws.clock.now()
    header = Header(
        id=new_id(),
        type=ptype,
        sender=ident.member_id,
        recipient=to,
        created=rfc3339(now),
        expires=rfc3339(now + timedelta(days=30)),
        suite=entry.suite,
        sender_key=ident.current.signing_key_id,
    )
    plaintext = padding.pad(canonical.dumps(payload))
    sealed = _SUITES[entry.suite].encrypt(plaintext, key, info=info_for(2, encode_header(header)))
    n = ENC_BYTES[entry.suite]
    return assemble(header, sealed[:n], sealed[n:], ident.current.signing)


def _referral(centre: Workstation, cpi: Workstation) -> referrals.ReferralRow:
    case_id = new_case_with_consent(centre, cpi.identity.member_id)
    return centre.send_referral(
        case_id, cpi.identity.member_id, ServiceType.CPI, FIELDS, purpose="x"
    )


def _expired_referral(centre: Workstation, cpi: Workstation) -> referrals.ReferralRow:
    """A referral whose packet was sealed 31 days ago (its validity is 30 days)."""
    case_id = new_case_with_consent(centre, cpi.identity.member_id)
    cpi_id, long_ago = cpi.identity.member_id, centre.clock.now() - timedelta(days=31)
    payload = {
        "pseudonym": "P-AAAA-BBBB-CCCC-DDDD", "purpose": "x", "service_type": "cpi",
        "consent": {"ref": "c", "expires": "2030-01-01"}, "urgency": "routine",
        "contact": "via_cav", "fields": FIELDS,
    }  # fmt: skip
    return referrals.create(
        centre.vault.db, centre.actor, case_id=case_id, recipient=cpi_id,
        service_type=ServiceType.CPI, fields=sorted(FIELDS),
        seal=lambda _id, _c: centre.seal_to(cpi_id, "referral", payload, now=long_ago),
        at=centre.clock.now(),
    )  # fmt: skip


def test_an_expired_referral_comes_back_as_refused_with_its_reason(
    centre: Workstation, cpi: Workstation, tmp_path: Path
) -> None:
    """Carried on a USB stick, it arrived after its expiry: the centre is told."""
    ref = _expired_referral(centre, cpi)
    assert ref.packet_id
    path = export_packet(VaultOutbox(centre.vault.db).data(ref.packet_id), tmp_path)
    assert cpi.import_packet(path) == "expired"
    (answer,) = _refusals_queued(cpi)
    assert answer.recipient == centre.identity.member_id
    assert cpi.import_packet(path) == "already_received"
    assert len(_refusals_queued(cpi)) == 1, "answered once, however often it comes"

    sync(cpi)
    sync(centre)
    row = _row(centre, ref.packet_id)
    assert (row.state, row.reason) == ("refused", "expired")
    assert referrals.get(centre.vault.db, ref.id).status is ReferralStatus.REFUSED


def test_an_answer_the_centre_cannot_read_is_reported_back_to_the_partner(
    centre: Workstation, cpi: Workstation
) -> None:
    ref = _referral(centre, cpi)
    sync(centre)
    sync(cpi)
    future = {"v": 9, "referral": ref.packet_id, "status": "accepted", "mood": "?"}
    packet = _unchecked_seal(cpi, centre.identity.member_id, "status", future)
    packet_id = outbox.enqueue(cpi.vault.db, packet, at=cpi.clock.now())
    sync(cpi)
    sync(centre)  # refused, and the refusal queued…
    sync(centre)  # …leaves in the next round
    (stored,) = VaultInbox(centre.vault.db).rows("status")
    assert stored.refused == "unsupported"
    assert referrals.get(centre.vault.db, ref.id).status is ReferralStatus.SENT
    sync(cpi)
    row = _row(cpi, packet_id)
    assert (row.state, row.reason) == ("refused", "unsupported")


def test_bytes_nobody_signed_are_never_answered(
    centre: Workstation, cpi: Workstation, tmp_path: Path
) -> None:
    ref = _referral(centre, cpi)
    assert ref.packet_id
    path = export_packet(VaultOutbox(centre.vault.db).data(ref.packet_id), tmp_path)
    raw = bytearray(path.read_bytes())
    raw[-70] ^= 1  # the ciphertext: the signature no longer verifies
    path.write_bytes(bytes(raw))
    assert cpi.import_packet(path) == "bad_signature"
    assert _refusals_queued(cpi) == [], "no reflection: an unauthenticated packet gets no answer"


def test_a_refusal_is_never_answered_and_only_its_recipient_may_send_one(
    centre: Workstation, cpi: Workstation
) -> None:
    ref = _referral(centre, cpi)
    sync(centre)
    # A refusal the centre cannot read: refused, and not answered (no loops).
    bad = _unchecked_seal(cpi, centre.identity.member_id, "refusal", {"packet": "x", "reason": "?"})
    outbox.enqueue(cpi.vault.db, bad, at=cpi.clock.now())
    # The centre itself claims its referral was refused: it is not that packet's recipient.
    own = centre.seal_to(
        centre.identity.member_id, "refusal", {"packet": ref.packet_id, "reason": "expired"}
    )
    own_id = outbox.enqueue(centre.vault.db, own, at=centre.clock.now())
    sync(cpi)
    sync(centre)
    sync(centre)
    refused = {r.refused for r in VaultInbox(centre.vault.db).rows("refusal")}
    assert refused == {"malformed", "not_entitled"}
    assert [r.packet_id for r in _refusals_queued(centre)] == [own_id], "none answered"
    assert referrals.get(centre.vault.db, ref.id).status is ReferralStatus.SENT

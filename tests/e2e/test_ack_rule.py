"""The acknowledgement rule: a packet is acknowledged at the hub only once it is stored as
received, or refused for a reason that cannot change (its bytes are bad). Nothing
unauthenticated may claim a packet id.

Issue 14, items 1 and 2: a new sender's referral was refused as ``unknown_sender`` while the
directory could not be fetched, and acknowledged (the hub deleted it); a damaged file
imported first stored its refusal under the genuine packet's id and shadowed it.
"""

from __future__ import annotations

from pathlib import Path

from ponte.app.background import sync
from ponte.app.workstation import Workstation
from ponte.storage.inbox import VaultInbox
from ponte.storage.kdf import TEST_PARAMS
from ponte.storage.vault import Vault

from .conftest import HubProc, knows, received_referrals, refer, workstation
from .netparts import OnePathFails, tally

FIELDS = {"age_band": "35_44", "education": "diploma"}


def _on_transport(
    tmp_path: Path, hub: HubProc, name: str, kind: str, transport: OnePathFails
) -> Workstation:
    vault, _ = Vault.create(
        tmp_path / name, username="admin", display_name=name, passphrase="pw pw pw pw!",
        kdf=TEST_PARAMS,
    )  # fmt: skip
    ws = Workstation(vault, transport=transport)
    ws.enrol(hub.provision(name, kind), post_quantum=True)
    return ws


def test_a_new_senders_referral_survives_a_directory_fetch_that_fails(
    tmp_path: Path, hub: HubProc
) -> None:
    """The job centre knows the network from before the centre joined; the centre's first
    referral arrives while ``GET /v1/directory`` is cut. It must wait at the hub, not be
    refused and acknowledged, and arrive at the next clean round."""
    net = OnePathFails("/v1/directory", how="cut")
    cpi = _on_transport(tmp_path, hub, "CPI Rho", "cpi", net)
    known = workstation(tmp_path, hub, "CAV Legnano", "cav")
    first = refer(known, cpi.identity.member_id)
    assert sync(known).sent == 1
    assert sync(cpi).received == 1  # it keeps a directory copy: without the centre
    assert received_referrals(cpi) == [first]
    centre = workstation(tmp_path, hub, "CAV Rho", "cav")
    sent = [refer(centre, cpi.identity.member_id) for _ in range(3)]
    assert sync(centre).sent == 3

    net.failing = True
    sync(cpi)
    net.failing = False
    sync(cpi)
    _, duplicates, lost = tally("new sender, directory cut", sent, received_referrals(cpi))
    assert (duplicates, lost) == (0, 0)


def _flip(data: bytes, at: int) -> bytes:
    out = bytearray(data)
    out[at] ^= 0x01
    return bytes(out)


def test_a_damaged_file_imported_first_does_not_shadow_the_genuine_packet(
    tmp_path: Path, centre: Workstation, cpi: Workstation
) -> None:
    """One bit flipped in the ciphertext, another in the signature: both refused. Then the
    genuine file is stored, and the genuine copy from the hub is not stored twice."""
    packet_id = refer(centre, cpi.identity.member_id)
    genuine = centre.export_packet(packet_id, tmp_path)
    data = genuine.read_bytes()
    for name, at in (("ct", len(data) - 200), ("sig", len(data) - 10)):
        bad = tmp_path / f"bad-{name}.ponte"
        bad.write_bytes(_flip(data, at))
        assert cpi.import_packet(bad) == "bad_signature"
    assert cpi.import_packet(genuine) == "stored"
    assert sync(centre).sent == 1
    sync(cpi)  # the hub's copy: already here, acknowledged, not stored twice
    _, duplicates, lost = tally(
        "damaged file first, then genuine", [packet_id], received_referrals(cpi)
    )
    assert (duplicates, lost) == (0, 0)
    assert hub_is_empty_for(cpi)


def test_a_damaged_file_does_not_shadow_the_genuine_copy_from_the_hub(
    tmp_path: Path, centre: Workstation, cpi: Workstation
) -> None:
    packet_id = refer(centre, cpi.identity.member_id)
    data = centre.export_packet(packet_id, tmp_path).read_bytes()
    bad = tmp_path / "bad.ponte"
    bad.write_bytes(_flip(data, len(data) - 300))
    assert cpi.import_packet(bad) == "bad_signature"
    assert sync(centre).sent == 1
    assert sync(cpi).received == 1
    _, duplicates, lost = tally(
        "damaged file first, genuine from the hub", [packet_id], received_referrals(cpi)
    )
    assert (duplicates, lost) == (0, 0)


def hub_is_empty_for(ws: Workstation) -> bool:
    items, _, _ = ws.client().inbox()
    return not items


def test_a_file_from_a_sender_not_yet_in_the_directory_waits_and_opens_after_a_round(
    tmp_path: Path, hub: HubProc
) -> None:
    """The job centre's copy of the directory predates the centre: the file is kept, not
    refused, and opens once a round brings the centre into the copy."""
    cpi = workstation(tmp_path, hub, "CPI Rho", "cpi")
    centre = workstation(tmp_path, hub, "CAV Rho", "cav")
    packet_id = refer(centre, cpi.identity.member_id)
    path = centre.export_packet(packet_id, tmp_path)
    assert cpi.import_packet(path) == "waiting"
    assert received_referrals(cpi) == []
    assert cpi.import_packet(path) == "waiting", "importing again is harmless"
    assert sync(cpi).received == 1  # the directory changed: the parked file opened
    assert VaultInbox(cpi.vault.db).parked() == []
    assert sync(centre).sent == 1
    assert sync(cpi).received == 0, "the hub's copy is the same packet: stored once"
    _, duplicates, lost = tally(
        "file from a new sender, then a round", [packet_id], received_referrals(cpi)
    )
    assert (duplicates, lost) == (0, 0)


def test_an_authenticated_refusal_reaches_the_refusal_seam_and_bad_bytes_do_not(
    tmp_path: Path, hub: HubProc
) -> None:
    """Expired (its sender's signature verified): stored by id, and ``answer_refusal`` is
    called so the sender can be told. Damaged bytes: refused by hash, nobody is answered."""
    from datetime import datetime, timedelta

    from ponte.core.clock import FakeClock
    from ponte.core.packet import Header

    answered: list[tuple[Header, str]] = []

    class Answering(Workstation):  # what the signed-refusal sender plugs in here
        def answer_refusal(self, header: Header, reason: str, at: datetime) -> None:
            answered.append((header, reason))

    centre = workstation(tmp_path, hub, "CAV Rho", "cav")
    cpi = Answering(workstation(tmp_path, hub, "CPI Rho", "cpi").vault)
    packet_id = refer(centre, cpi.identity.member_id)
    data = centre.export_packet(packet_id, tmp_path).read_bytes()
    bad = tmp_path / "bad.ponte"
    bad.write_bytes(_flip(data, len(data) - 5))
    assert cpi.import_packet(bad) == "bad_signature"
    assert answered == []
    later = FakeClock(cpi.clock.now() + timedelta(days=31))  # past its 30-day expiry
    cpi.vault.lock()
    late = Answering(Vault.unlock(cpi.vault.data_dir, "admin", "e2e passphrase!", clock=later))
    assert late.import_packet(tmp_path / f"{packet_id}.ponte") == "expired"
    ((header, reason),) = answered
    assert (header.id, header.sender, reason) == (packet_id, centre.identity.member_id, "expired")
    (row,) = VaultInbox(late.vault.db).rows()
    assert (row.packet_id, row.refused) == (packet_id, "expired")


def test_two_members_packets_under_one_id_are_two_packets(tmp_path: Path, hub: HubProc) -> None:
    """Ids are unique per sender, end to end (issue 15.9): a member can send a packet under
    an id it learnt from another (a squat). Both reach the job centre; each is stored under
    its sender and acknowledged by (sender, id), and neither is taken for a replay of the
    other (an earlier stop-gap refused the second by its hash and answered it "replay")."""
    from datetime import datetime, timedelta

    from ponte.core.ids import new_id
    from ponte.core.packet import Header
    from ponte.core.sealing import seal
    from ponte.storage import outbox

    answered: list[tuple[Header, str]] = []

    class Answering(Workstation):
        def answer_refusal(self, header: Header, reason: str, at: datetime) -> None:
            answered.append((header, reason))

    cpi = Answering(workstation(tmp_path, hub, "CPI Rho", "cpi").vault)
    genuine = workstation(tmp_path, hub, "CAV Rho", "cav")
    squatter = workstation(tmp_path, hub, "CAV Abusivo", "cav")
    to = cpi.identity.member_id
    taken = new_id()
    for ws in (squatter, genuine):  # the squatter's packet reaches the hub first
        knows(ws, to)
        ident, now = ws.identity, ws.clock.now()
        packet = seal(
            {"referral": new_id(), "status": "accepted"}, type="status",
            sender_id=ident.member_id, sender_key_id=ident.current.signing_key_id,
            signing_key=ident.current.signing, recipient_id=to,
            recipient_key=ws.recipient_key(to), created=now, expires=now + timedelta(days=5),
            packet_id=taken,
        )  # fmt: skip
        outbox.enqueue(ws.vault.db, packet, at=now)
        assert sync(ws).sent == 1
    result = sync(cpi)
    assert (result.received, result.refused, result.acked) == (2, 0, 2)
    rows = VaultInbox(cpi.vault.db).rows()
    assert sorted((r.sender, r.packet_id) for r in rows) == sorted(
        [(squatter.identity.member_id, taken), (genuine.identity.member_id, taken)]
    )
    assert {r.refused for r in rows} == {"not_entitled"}, "statuses for referrals it never sent"
    assert VaultInbox(cpi.vault.db).refusals() == []
    assert answered == [], "nothing is answered as a replay"
    assert sync(cpi).received == 0, "the hub held each once, and deleted each"

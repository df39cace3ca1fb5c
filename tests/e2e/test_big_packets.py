"""Packets too big to share a batch go alone; nothing blocks the queue behind them
(issue 15, item 15: two packets in the 4 MiB bucket exceeded the batch limit and every
round failed on them)."""

from __future__ import annotations

from ponte.app.background import sync
from ponte.app.workstation import Workstation
from ponte.core.domain import document_scope
from ponte.core.enums import DocumentKind, ServiceType
from ponte.storage import documents
from ponte.storage.inbox import VaultInbox
from tests.storage.test_documents import scan

from .netparts import tally
from .test_referral_attachment import _case

FIELDS = {"age_band": "35_44", "education": "diploma"}


def test_two_packets_in_the_largest_bucket_and_one_behind_them_all_arrive(
    centre: Workstation, cpi: Workstation
) -> None:
    to = cpi.identity.member_id
    sent = []
    for i in range(2):
        case_id = _case(centre, to, (document_scope(DocumentKind.CV),))
        cv = scan(1_500_000, b"%PDF-1.7\n", f"cv{i}".encode())
        doc = documents.add_bytes(
            centre.vault.db, centre.actor, case_id, cv, "cv.pdf", DocumentKind.CV,
            at=centre.clock.now(),
        )  # fmt: skip
        row = centre.send_referral(
            case_id, to, ServiceType.CPI, FIELDS, purpose="lavoro", document_id=doc.id
        )
        sent.append(row.packet_id)
    sizes = [len(bytes(r["data"])) for r in centre.vault.db.query("SELECT data FROM outbox")]
    assert all(s > 4_000_000 for s in sizes), "both in the 4 MiB bucket"
    case_id = _case(centre, to, ())
    small = centre.send_referral(case_id, to, ServiceType.CPI, FIELDS, purpose="lavoro")
    sent.append(small.packet_id)

    result = sync(centre)
    assert result.error is None, result.error
    assert result.sent == 3
    assert sync(cpi).received == 3
    got = [r.packet_id for r in VaultInbox(cpi.vault.db).rows("referral") if r.payload]
    _, duplicates, lost = tally("two 4 MiB packets and one behind", [str(p) for p in sent], got)
    assert (duplicates, lost) == (0, 0)

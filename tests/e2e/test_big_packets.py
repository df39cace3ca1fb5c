"""The largest packets a referral can make go out, and nothing blocks the queue behind them
(issue 15, item 15: two packets in v1's 4 MiB bucket exceeded the batch limit and every
round failed on them; v2 pads with Padmé, so the largest are now just under 4 MB: three of
them overflow one batch, and the engine must split them)."""

from __future__ import annotations

from ponte.app.background import sync
from ponte.app.workstation import Workstation
from ponte.core import batch
from ponte.core.domain import document_scope
from ponte.core.enums import DocumentKind, ServiceType
from ponte.storage import documents
from ponte.storage.inbox import VaultInbox
from tests.storage.test_documents import scan

from .netparts import tally
from .test_referral_attachment import _case

FIELDS = {"age_band": "35_44", "education": "diploma"}


def test_the_largest_packets_overflowing_a_batch_and_one_behind_them_all_arrive(
    centre: Workstation, cpi: Workstation
) -> None:
    to = cpi.identity.member_id
    sent = []
    for i in range(3):
        case_id = _case(centre, to, (document_scope(DocumentKind.CV),))
        cv = scan(2_900_000, b"%PDF-1.7\n", f"cv{i}".encode())
        doc = documents.add_bytes(
            centre.vault.db, centre.actor, case_id, cv, "cv.pdf", DocumentKind.CV,
            at=centre.clock.now(),
        )  # fmt: skip
        row = centre.send_referral(
            case_id, to, ServiceType.CPI, FIELDS, purpose="lavoro", document_id=doc.id
        )
        sent.append(row.packet_id)
    sizes = [len(bytes(r["data"])) for r in centre.vault.db.query("SELECT data FROM outbox")]
    assert all(s > 3_800_000 for s in sizes), "each near the largest a packet can be"
    assert sum(sizes) > batch.MAX_BATCH_BYTES, "more than one batch can carry"
    case_id = _case(centre, to, ())
    small = centre.send_referral(case_id, to, ServiceType.CPI, FIELDS, purpose="lavoro")
    sent.append(small.packet_id)

    result = sync(centre)
    assert result.error is None, result.error
    assert result.sent == 4
    assert sync(cpi).received == 4
    got = [r.packet_id for r in VaultInbox(cpi.vault.db).rows("referral") if r.payload]
    _, duplicates, lost = tally(
        "three of the largest packets and one behind", [str(p) for p in sent], got
    )
    assert (duplicates, lost) == (0, 0)

"""Her CV travels to the job centre with the referral, through a real hub, only with consent."""

from __future__ import annotations

from datetime import timedelta

import pytest

from ponte.app.background import sync
from ponte.app.workstation import Workstation
from ponte.core.domain import Case, Consent, Person, document_scope
from ponte.core.enums import ConsentMethod, DocumentKind, ServiceType
from ponte.core.errors import (
    AttachmentNotAllowed,
    AttachmentTooLarge,
    ConsentMissing,
    NotFound,
)
from ponte.storage import audit, cases, consents, documents
from ponte.storage.inbox import VaultInbox
from ponte.storage.outbox import VaultOutbox
from tests.storage.test_documents import scan

from .conftest import knows

FIELDS = {"age_band": "35_44", "education": "diploma"}


def _case(ws: Workstation, recipient: str, scopes: tuple[str, ...]) -> str:
    knows(ws, recipient)
    now = ws.clock.now()
    c = cases.create(ws.vault.db, ws.actor, Person(alias="Serafina Demo"), Case(), at=now)
    consents.record(
        ws.vault.db,
        ws.actor,
        Consent(
            person_id=c.person_id,
            service_type=ServiceType.CPI,
            purpose="orientamento al lavoro",
            given_on=now.date(),
            expires_on=now.date() + timedelta(days=180),
            method=ConsentMethod.WRITTEN,
            recipient=recipient,
            fields=("age_band", "education", *scopes),
        ),
        at=now,
    )
    return c.id


def _add(ws: Workstation, case_id: str, data: bytes, kind: DocumentKind, name: str) -> str:
    return documents.add_bytes(
        ws.vault.db, ws.actor, case_id, data, name, kind, at=ws.clock.now()
    ).id


def _send(ws: Workstation, case_id: str, recipient: str, document_id: str) -> None:
    ws.send_referral(
        case_id,
        recipient,
        ServiceType.CPI,
        FIELDS,
        purpose="orientamento al lavoro",
        document_id=document_id,
    )


def test_her_cv_arrives_byte_identical_as_a_document_of_the_referral(
    centre: Workstation, cpi: Workstation
) -> None:
    cpi_id = cpi.identity.member_id
    case_id = _case(centre, cpi_id, (document_scope(DocumentKind.CV),))
    cv = scan(1_500_000, b"%PDF-1.7\n", b"cv")
    doc_id = _add(centre, case_id, cv, DocumentKind.CV, "CV Serafina Demo 2026.pdf")
    _send(centre, case_id, cpi_id, doc_id)
    attached = [
        e for e in audit.entries(centre.vault.db, limit=500) if e.action == "document.attach"
    ]
    assert [e.entity_id for e in attached] == [doc_id]
    assert sync(centre).sent == 1
    assert sync(cpi).received == 1

    (row,) = VaultInbox(cpi.vault.db).rows("referral")
    assert row.payload is not None
    stub = row.payload["attachment"]
    assert stub == {"name": "cv.pdf", "media_type": "application/pdf", "kind": "cv"}
    assert "Serafina" not in str(row.payload), "neither her alias nor the scan's file name left"
    (got,) = documents.for_received(cpi.vault.db, row.sender, row.packet_id)
    assert (got.kind, got.name, got.size) == (DocumentKind.CV, "cv.pdf", len(cv))
    _, data = documents.read(cpi.vault.db, cpi.actor, got.id, at=cpi.clock.now())
    assert data == cv


def test_a_document_without_her_consent_cannot_be_attached(
    centre: Workstation, cpi: Workstation
) -> None:
    cpi_id = cpi.identity.member_id
    no_scope = _case(centre, cpi_id, ())
    cv = _add(centre, no_scope, scan(20_000), DocumentKind.CV, "cv.pdf")
    with pytest.raises(ConsentMissing, match="document:cv"):
        _send(centre, no_scope, cpi_id, cv)

    cv_only = _case(centre, cpi_id, (document_scope(DocumentKind.CV),))
    report = _add(centre, cv_only, scan(20_000), DocumentKind.MEDICAL_REPORT, "referto.pdf")
    with pytest.raises(ConsentMissing, match="document:medical_report"):
        _send(centre, cv_only, cpi_id, report)
    with pytest.raises(NotFound, match="another case"):
        _send(centre, cv_only, cpi_id, cv)
    assert VaultOutbox(centre.vault.db).queued_count() == 0, "nothing queued"
    assert centre.vault.db.scalar("SELECT count(*) FROM referrals") == 0
    assert not [
        e for e in audit.entries(centre.vault.db, limit=500) if e.action == "document.attach"
    ]


def test_attachments_must_fit_the_packet_and_be_openable_everywhere(
    centre: Workstation, cpi: Workstation
) -> None:
    cpi_id = cpi.identity.member_id
    case_id = _case(centre, cpi_id, (document_scope(DocumentKind.CV),))
    tiff = _add(centre, case_id, scan(5_000, b"II*\x00"), DocumentKind.CV, "cv.tif")
    with pytest.raises(AttachmentNotAllowed):
        _send(centre, case_id, cpi_id, tiff)
    # Over the protocol's 3 MiB, and just under it where base64 and padding overflow 4 MiB.
    for size in (3 * 1024 * 1024 + 1, 3 * 1024 * 1024 - 100):
        big = _add(centre, case_id, scan(size), DocumentKind.CV, "cv.pdf")
        with pytest.raises(AttachmentTooLarge):
            _send(centre, case_id, cpi_id, big)
    assert VaultOutbox(centre.vault.db).queued_count() == 0
    assert centre.vault.db.scalar("SELECT count(*) FROM referrals") == 0

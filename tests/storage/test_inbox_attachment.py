"""Partner side: a received referral's attachment becomes a document of that referral."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from ponte.core.domain import Actor
from ponte.storage import documents
from ponte.storage.db import Database
from ponte.storage.inbox import VaultInbox

from .test_documents import scan

AT = datetime(2026, 5, 6, 7, 8, tzinfo=UTC)
WORKER = Actor("acc-cpi", "operatrice", "dev-cpi")


@dataclass(frozen=True)
class Received:
    packet_id: str
    sender: str
    type: str
    payload: dict[str, Any] | None
    refused: str | None = None


def _referral(data: bytes, media_type: str = "application/pdf") -> dict[str, Any]:
    return {
        "pseudonym": "P-AAAA-BBBB-CCCC-DDDD",
        "purpose": "orientamento",
        "service_type": "cpi",
        "consent": {"ref": "c1", "expires": "2026-12-31"},
        "urgency": "routine",
        "contact": "via_cav",
        "fields": {},
        "attachment": {
            "name": "cv.pdf",
            "media_type": media_type,
            "kind": "cv",
            "data": base64.b64encode(data).decode(),
        },
    }


def test_the_attachment_is_kept_as_a_document_and_not_in_the_payload(db: Database) -> None:
    cv = scan(600_000)
    inbox = VaultInbox(db)
    assert inbox.store(Received("pkt-1", "cav-1", "referral", _referral(cv)), b"raw", AT)
    (row,) = inbox.rows("referral")
    assert row.payload is not None
    assert row.payload["attachment"] == {
        "name": "cv.pdf",
        "media_type": "application/pdf",
        "kind": "cv",
    }
    (doc,) = documents.for_received(db, "cav-1", "pkt-1")
    assert (doc.case_id, doc.received_from, doc.size) == (None, "pkt-1", len(cv))
    assert documents.read(db, WORKER, doc.id, at=AT)[1] == cv
    assert db.scalar("SELECT count(*) FROM document_chunks") == 3


def test_an_attachment_we_cannot_keep_does_not_lose_the_referral(db: Database) -> None:
    inbox = VaultInbox(db)
    payload = _referral(b"not a scan at all")
    assert inbox.store(Received("pkt-2", "cav-1", "referral", payload), b"raw", AT)
    (row,) = inbox.rows("referral")
    assert row.payload is not None
    assert row.payload["attachment"]["refused"] == "document_type"
    assert row.payload["fields"] == {}
    assert documents.for_received(db, "cav-1", "pkt-2") == []
    assert db.scalar("SELECT count(*) FROM document_chunks") == 0

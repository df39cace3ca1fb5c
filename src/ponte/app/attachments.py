"""One consented document, made ready to travel inside a referral packet.

The checks, in the order a person can act on them: the document belongs to this case, it
is a type every receiver can open (PDF, PNG, JPEG), her consent names its kind
(``document:cv``), and it fits the packet. It travels under a neutral name (``cv.pdf``),
never the name of the scanned file, which may carry her real name.
"""

from __future__ import annotations

import base64
from datetime import datetime
from typing import Any

from ponte.core import media
from ponte.core.domain import Actor, Consent, document_scope
from ponte.core.errors import AttachmentNotAllowed, AttachmentTooLarge, ConsentMissing, NotFound
from ponte.core.payloads import MAX_ATTACHMENT_BYTES
from ponte.storage import documents
from ponte.storage.db import Database


def too_large(size: int) -> AttachmentTooLarge:
    return AttachmentTooLarge(f"{size / 2**20:.1f} MiB")


def attachment(
    db: Database,
    actor: Actor,
    document_id: str,
    *,
    case_id: str,
    consent: Consent,
    referral_id: str,
    at: datetime,
) -> dict[str, Any]:
    """The payload's ``attachment`` member; the read is audited as ``document.attach``."""
    doc = documents.get(db, actor, document_id)
    if doc.case_id != case_id:
        raise NotFound("document of another case")
    if doc.media_type not in media.ATTACHABLE:
        raise AttachmentNotAllowed(doc.media_type)
    if not consent.covers_document(doc.kind):
        raise ConsentMissing(f"her consent does not name {document_scope(doc.kind)}")
    if doc.size > MAX_ATTACHMENT_BYTES:
        raise too_large(doc.size)
    _, data = documents.read(
        db, actor, document_id, at=at, action="document.attach", referral_id=referral_id
    )
    return {
        "name": f"{doc.kind.value}{media.EXTENSIONS[doc.media_type]}",
        "media_type": doc.media_type,
        "kind": doc.kind.value,
        "data": base64.b64encode(data).decode("ascii"),
    }

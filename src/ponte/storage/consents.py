"""The consent ledger: explicit consent per recipient and purpose, with expiry and withdrawal."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from ponte.core.clock import rfc3339
from ponte.core.domain import Actor, Consent
from ponte.core.enums import ConsentMethod, ServiceType
from ponte.core.errors import ConsentDates, ConsentMissing, NotFound, PurposeMissing
from ponte.core.ids import new_id
from ponte.storage import audit
from ponte.storage._rows import json_list, req_day
from ponte.storage.db import Database


def _row(r: Any) -> Consent:
    given, expires = req_day(r["given_on"]), req_day(r["expires_on"])
    return Consent(
        person_id=r["person_id"],
        service_type=ServiceType(r["service_type"]),
        purpose=r["purpose"],
        given_on=given,
        expires_on=expires,
        method=ConsentMethod(r["method"]),
        recipient=r["recipient"],
        fields=tuple(json_list(r["fields"])),
        withdrawn_at=r["withdrawn_at"],
        recorded_by=r["recorded_by"],
        id=r["id"],
    )


def record(db: Database, actor: Actor, consent: Consent, *, at: datetime) -> Consent:
    if consent.expires_on <= consent.given_on:
        raise ConsentDates()
    if not consent.purpose.strip():
        raise PurposeMissing()
    consent.id = consent.id or new_id()
    consent.recorded_by = actor.account_id
    with db.transaction():
        db.execute(
            "INSERT INTO consents (id, person_id, recipient, service_type, purpose, fields,"
            " given_on, method, expires_on, recorded_by) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (
                consent.id,
                consent.person_id,
                consent.recipient,
                consent.service_type.value,
                consent.purpose,
                json.dumps(list(consent.fields)),
                consent.given_on.isoformat(),
                consent.method.value,
                consent.expires_on.isoformat(),
                actor.account_id,
            ),
        )
        audit.record(
            db,
            actor,
            "consent.record",
            entity="person",
            entity_id=consent.person_id,
            at=at,
            detail={"consent_id": consent.id, "kind": consent.service_type.value},
        )
    return consent


def for_person(db: Database, person_id: str) -> list[Consent]:
    rows = db.query("SELECT * FROM consents WHERE person_id = ? ORDER BY given_on", (person_id,))
    return [_row(r) for r in rows]


def get(db: Database, consent_id: str) -> Consent:
    row = db.query_one("SELECT * FROM consents WHERE id = ?", (consent_id,))
    if row is None:
        raise NotFound(f"consent {consent_id}")
    return _row(row)


def covering(
    db: Database, person_id: str, recipient: str, service_type: ServiceType, on: date
) -> Consent:
    """The consent that allows sending to ``recipient`` today, or ConsentMissing."""
    for consent in reversed(for_person(db, person_id)):
        if consent.covers(recipient, service_type, on):
            return consent
    raise ConsentMissing()


def withdraw(db: Database, actor: Actor, consent_id: str, *, at: datetime) -> Consent:
    consent = get(db, consent_id)
    if consent.withdrawn_at is not None:
        return consent
    with db.transaction():
        db.execute("UPDATE consents SET withdrawn_at = ? WHERE id = ?", (rfc3339(at), consent_id))
        audit.record(
            db,
            actor,
            "consent.withdraw",
            entity="person",
            entity_id=consent.person_id,
            at=at,
            detail={"consent_id": consent_id},
        )
    return get(db, consent_id)

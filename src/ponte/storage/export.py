"""Case documents as JSON: ``ponte case export`` and the data-subject access export.

The centre's export leaves the safety plan out (restricted: never exported); her own
access request includes it, because it is about her and she has the right to see it.
Documents (scans) are listed in both; only her access request carries their bytes.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator
from dataclasses import asdict
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from ponte.core.domain import Actor
from ponte.storage import (
    appointments,
    assignment,
    audit,
    cases,
    consents,
    deadlines,
    documents,
    field_values,
    outcomes,
    plans,
    risk,
)
from ponte.storage._rows import as_dict
from ponte.storage.db import Database


def _plain(value: Any) -> Any:
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (frozenset, set)):
        return sorted(_plain(v) for v in value)
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def case_document(
    db: Database, actor: Actor, case_id: str, *, at: datetime, include_restricted: bool = False
) -> dict[str, Any]:
    f = cases.open_file(db, actor, case_id, at=at)
    doc: dict[str, Any] = {
        "person": _plain(asdict(f.person)),
        "case": _plain(asdict(f.case)),
        "notes": _plain([asdict(n) for n in f.notes]),
        "contacts": _plain([asdict(c) for c in f.contacts]),
        "plan": _plain([asdict(s) for s in plans.steps(db, actor, case_id)]),
        "risk_assessments": _plain([asdict(r) for r in risk.for_case(db, actor, case_id)]),
        "consents": _plain([asdict(c) for c in consents.for_person(db, f.person.id)]),
        "referrals": [
            as_dict(r) for r in db.query("SELECT * FROM referrals WHERE case_id = ?", (case_id,))
        ],
        "referral_answers": [
            as_dict(r)
            for r in db.query(
                "SELECT a.* FROM referral_answers a JOIN referrals r ON r.id = a.referral_id"
                " WHERE r.case_id = ? ORDER BY a.received_at, a.id",
                (case_id,),
            )
        ],
        "documents": documents.case_documents_export(db, case_id),
        "appointments": appointments.export_for_case(db, case_id),
        **deadlines.export_for_case(db, case_id),
        **assignment.export_for_case(db, case_id),
        "centre_fields": field_values.export(db, case_id),
        "imported_from": [
            as_dict(r)
            for r in db.query(
                "SELECT import_id, at, match_key FROM case_imports WHERE case_id = ? ORDER BY at",
                (case_id,),
            )
        ],
        "outcomes": outcomes.export_case(db, case_id, f.person.id),
    }
    if include_restricted:
        doc["safety_plan"] = risk.safety_plan(db, actor, case_id, at=at)
        # Her access request carries the scans themselves (base64), not just their list.
        for d in doc["documents"]:
            d["data_base64"] = base64.b64encode(documents.content(db, d["id"])).decode()
    return doc


def export_cases(
    db: Database, actor: Actor, case_ids: list[str] | None, *, at: datetime
) -> Iterator[dict[str, Any]]:
    """Documents for the given cases, or every case the actor may see."""
    if case_ids is None:
        where, params = cases.visible_sql(actor)
        case_ids = [
            r[0] for r in db.query(f"SELECT c.id FROM cases c WHERE {where} ORDER BY c.id", params)
        ]
    audit.record(
        db,
        actor,
        "case.export",
        at=at,
        detail={"cases": len(case_ids)},
    )
    for case_id in case_ids:
        yield case_document(db, actor, case_id, at=at)


def subject_access(db: Database, actor: Actor, person_id: str, *, at: datetime) -> dict[str, Any]:
    """Everything the vault holds about one woman (GDPR art. 15), audited."""
    case_ids = [r[0] for r in db.query("SELECT id FROM cases WHERE person_id = ?", (person_id,))]
    audit.record(
        db,
        actor,
        "person.access_export",
        entity="person",
        entity_id=person_id,
        at=at,
        detail={"cases": len(case_ids)},
    )
    return {
        "person_id": person_id,
        "cases": [
            case_document(db, actor, cid, at=at, include_restricted=True) for cid in case_ids
        ],
    }

"""Risk assessments (structure and ratings only, never item wording) and the safety plan.

Both are restricted: they never leave the vault, except a risk *level and date* to social
services with her consent (DOMAIN.md §3), which the referral template decides.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from ponte.core.clock import rfc3339
from ponte.core.domain import Actor, RiskAssessment, RiskItem
from ponte.core.enums import RiskLevel, RiskRating, RiskTool
from ponte.core.ids import new_id
from ponte.storage import audit
from ponte.storage._rows import day, json_list, parse_day, req_day
from ponte.storage.cases import require_access
from ponte.storage.db import Database


def record(db: Database, actor: Actor, ra: RiskAssessment, *, at: datetime) -> RiskAssessment:
    require_access(db, actor, ra.case_id)
    ra.id = ra.id or new_id()
    ratings = [{"item": r.item, "rating": r.rating.value, "period": r.period} for r in ra.ratings]
    with db.transaction():
        db.execute(
            "INSERT INTO risk_assessments (id, case_id, tool, version, licence_held, assessor,"
            " assessed_on, sources, ratings, level, imminent, next_review)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                ra.id,
                ra.case_id,
                ra.tool.value,
                ra.version,
                int(ra.licence_held),
                ra.assessor,
                ra.assessed_on.isoformat(),
                json.dumps(list(ra.sources)),
                json.dumps(ratings),
                ra.level.value,
                int(ra.imminent),
                day(ra.next_review),
            ),
        )
        audit.record(
            db,
            actor,
            "risk.record",
            entity="case",
            entity_id=ra.case_id,
            at=at,
            detail={"kind": ra.tool.value},
        )
    return ra


def _row(r: Any) -> RiskAssessment:
    assessed = req_day(r["assessed_on"])
    return RiskAssessment(
        case_id=r["case_id"],
        tool=RiskTool(r["tool"]),
        assessed_on=assessed,
        level=RiskLevel(r["level"]),
        assessor=r["assessor"],
        version=r["version"],
        licence_held=bool(r["licence_held"]),
        sources=tuple(json_list(r["sources"])),
        ratings=tuple(
            RiskItem(int(x["item"]), RiskRating(x["rating"]), str(x["period"]))
            for x in json_list(r["ratings"])
        ),
        imminent=bool(r["imminent"]),
        next_review=parse_day(r["next_review"]),
        id=r["id"],
    )


def for_case(db: Database, actor: Actor, case_id: str) -> list[RiskAssessment]:
    require_access(db, actor, case_id)
    rows = db.query(
        "SELECT * FROM risk_assessments WHERE case_id = ? ORDER BY assessed_on", (case_id,)
    )
    return [_row(r) for r in rows]


def save_safety_plan(db: Database, actor: Actor, case_id: str, body: str, *, at: datetime) -> None:
    require_access(db, actor, case_id)
    with db.transaction():
        db.execute(
            "INSERT INTO safety_plans (case_id, body, updated_at, updated_by) VALUES (?,?,?,?)"
            " ON CONFLICT (case_id) DO UPDATE SET body = excluded.body,"
            " updated_at = excluded.updated_at, updated_by = excluded.updated_by",
            (case_id, body, rfc3339(at), actor.account_id),
        )
        audit.record(
            db,
            actor,
            "safety.save",
            entity="case",
            entity_id=case_id,
            at=at,
        )


def safety_plan(db: Database, actor: Actor, case_id: str, *, at: datetime) -> str:
    require_access(db, actor, case_id)
    body = db.scalar("SELECT body FROM safety_plans WHERE case_id = ?", (case_id,))
    audit.record(
        db,
        actor,
        "safety.read",
        entity="case",
        entity_id=case_id,
        at=at,
    )
    return str(body or "")

"""Queries for the privacy screens: find a woman by her code, the centre's consent register.

Both are for coordinators and administrators (who see every case); the consent register
lists each consent with the woman's code (never her name), paged in SQL.
"""

from __future__ import annotations

from dataclasses import dataclass

from ponte.core.domain import Actor
from ponte.core.errors import NotFound, PermissionDenied, WomanCodeMissing
from ponte.storage.db import Database


@dataclass(frozen=True)
class ConsentEntry:
    id: str
    woman_code: str
    service_type: str
    recipient: str
    purpose: str
    given_on: str
    expires_on: str
    withdrawn_at: str | None


@dataclass(frozen=True)
class ConsentPage:
    entries: list[ConsentEntry]
    total: int
    offset: int


def _require(actor: Actor) -> None:
    if not actor.sees_all_cases:
        raise PermissionDenied("needs a coordinator or an administrator")


def person_by_code(db: Database, actor: Actor, woman_code: str) -> str:
    """The person id behind a woman code (exact, case-insensitive), or NotFound."""
    _require(actor)
    code = woman_code.strip()
    if not code:
        raise WomanCodeMissing()
    row = db.query_one(
        "SELECT id FROM persons WHERE woman_code = ? COLLATE NOCASE LIMIT 1", (code,)
    )
    if row is None:
        raise NotFound("no woman with that code")
    return str(row[0])


def consent_page(
    db: Database, actor: Actor, *, code: str = "", offset: int = 0, limit: int = 100
) -> ConsentPage:
    """Every consent of the centre, newest first; ``code`` narrows to codes starting with it."""
    _require(actor)
    where, params = "", []
    if code.strip():
        where, params = " WHERE p.woman_code LIKE ? ESCAPE '\\'", [_like_prefix(code.strip())]
    base = " FROM consents c JOIN persons p ON p.id = c.person_id" + where
    total = int(db.scalar("SELECT count(*)" + base, params))
    rows = db.query(
        "SELECT c.id, p.woman_code, c.service_type, c.recipient, c.purpose, c.given_on,"
        " c.expires_on, c.withdrawn_at" + base + " ORDER BY c.given_on DESC, c.id DESC"
        " LIMIT ? OFFSET ?",
        (*params, limit, max(0, offset)),
    )
    return ConsentPage([ConsentEntry(*tuple(r)) for r in rows], total, max(0, offset))


def _like_prefix(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped + "%"

"""The centre's choices, replicated to all its workstations (table ``centre_settings``).

A closed list of keys (:data:`KEYS`): whether closing a case needs the coordinatrice's
approval, the contact printed on appointment cards and letters, the centre's name, and the
shelter's address (a *protected* letter field: printed only when ticked). Only a
coordinatrice or an amministratrice changes them; each change is audited by key, never by
value (an address is personal data of the shelter).
"""

from __future__ import annotations

from datetime import datetime

from ponte.core.clock import rfc3339
from ponte.core.domain import Actor
from ponte.core.errors import PermissionDenied, SettingTooLong
from ponte.storage import audit
from ponte.storage.db import Database

CLOSURE_APPROVAL = "closure.approval"  # "1": an operatrice asks, the coordinatrice closes
CONTACT = "centre.contact"
NAME = "centre.name"
SHELTER_ADDRESS = "shelter.address"
KEYS = frozenset({CLOSURE_APPROVAL, CONTACT, NAME, SHELTER_ADDRESS})
MAX_CHARS = 300


def get(db: Database, key: str, default: str = "") -> str:
    value = db.scalar("SELECT value FROM centre_settings WHERE key = ?", (key,))
    return default if value is None else str(value)


def all_settings(db: Database) -> dict[str, str]:
    return {r["key"]: r["value"] for r in db.query("SELECT key, value FROM centre_settings")}


def closure_needs_approval(db: Database) -> bool:
    return get(db, CLOSURE_APPROVAL) == "1"


def put(db: Database, actor: Actor, key: str, value: str, *, at: datetime) -> None:
    if not actor.sees_all_cases:
        raise PermissionDenied("centre settings need a coordinator or an administrator")
    if key not in KEYS:
        raise ValueError(f"unknown centre setting {key}")
    value = value.strip()
    if len(value) > MAX_CHARS:
        raise SettingTooLong(key, params=(MAX_CHARS,))
    with db.transaction():
        if get(db, key, "\0") == value:
            return
        db.execute(
            "INSERT INTO centre_settings (key, value, updated_at, updated_by) VALUES (?,?,?,?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value,"
            " updated_at = excluded.updated_at, updated_by = excluded.updated_by",
            (key, value, rfc3339(at), actor.account_id),
        )
        audit.record(
            db,
            actor,
            "centre.setting",
            at=at,
            detail={"kind": key},
        )

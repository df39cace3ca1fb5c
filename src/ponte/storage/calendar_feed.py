"""Her phone's calendar: opt-in per account, and the key that makes event ids opaque.

Nothing leaves unless she turns it on (per account, on this workstation; audited). The .ics
events carry a UID made with a keyed hash of the appointment id (the key stays in the
vault), so a calendar app can update an event it already has, while the UID tells nobody
which appointment — let alone which case — it is.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import datetime

from ponte.core.domain import Actor
from ponte.storage import audit
from ponte.storage.db import Database

_KEY = "calendar.uid_key"


def _opt_key(account_id: str) -> str:
    return f"calendar.ics.{account_id}"


def opted_in(db: Database, account_id: str) -> bool:
    value = db.scalar("SELECT value FROM vault_meta WHERE key = ?", (_opt_key(account_id),))
    return bool(value == "1")


def set_opt_in(db: Database, actor: Actor, on: bool, *, at: datetime) -> None:
    with db.transaction():
        db.execute(
            "INSERT OR REPLACE INTO vault_meta (key, value) VALUES (?, ?)",
            (_opt_key(actor.account_id), "1" if on else "0"),
        )
        audit.record(
            db,
            actor,
            "calendar.opt_in" if on else "calendar.opt_out",
            at=at,
        )


def opaque_uid(db: Database, appointment_id: str) -> str:
    key = db.scalar("SELECT value FROM vault_meta WHERE key = ?", (_KEY,))
    if key is None:
        key = secrets.token_hex(32)
        db.execute("INSERT OR IGNORE INTO vault_meta (key, value) VALUES (?, ?)", (_KEY, key))
        key = db.scalar("SELECT value FROM vault_meta WHERE key = ?", (_KEY,))
    mac = hmac.new(bytes.fromhex(str(key)), appointment_id.encode(), hashlib.sha256)
    return mac.hexdigest()[:32]


def exported(db: Database, actor: Actor, count: int, *, at: datetime) -> None:
    audit.record(
        db,
        actor,
        "calendar.export",
        at=at,
        detail={"appointments": count},
    )

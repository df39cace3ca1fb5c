"""Audit anchoring: the centre deposits the head of its audit hash chain at the hub.

Someone holding the database key can drop the append-only triggers and rewrite the whole
chain consistently; the local check cannot see that. The hub keeps every anchor it was
given, so a rewrite of any entry at or before an anchored sequence number changes the hash
at that number and no longer matches the hub's copy.
"""

from __future__ import annotations

from ponte.storage import audit
from ponte.storage.check import CheckResult
from ponte.storage.db import Database
from ponte.sync.hub_client import HubClient

_LAST = "audit_anchor_seq"


def due_anchor(db: Database) -> tuple[int, str] | None:
    """``(seq, head hex)`` when the chain moved since the last anchor, else ``None``."""
    seq, head = audit.head(db)
    if seq == 0 or last_anchored(db) >= seq:
        return None
    return seq, head.hex()


def last_anchored(db: Database) -> int:
    return int(db.scalar("SELECT value FROM sync_state WHERE key = ?", (_LAST,)) or 0)


def mark_anchored(db: Database, seq: int) -> None:
    db.execute(
        "INSERT INTO sync_state (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (_LAST, str(seq)),
    )


def check_against_hub(db: Database, client: HubClient) -> CheckResult:
    name = "audit chain matches the hub's anchor"
    latest = client.latest_anchor()
    if latest is None:
        return CheckResult(name, True, "no anchor at the hub yet")
    seq, anchored = int(latest["seq"]), str(latest["head_hash"])
    row = db.query_one("SELECT hash FROM audit_log WHERE seq = ?", (seq,))
    if row is None:
        return CheckResult(name, False, f"entry {seq} anchored at the hub is missing here")
    if bytes(row["hash"]).hex() != anchored:
        return CheckResult(
            name, False, f"entry {seq} differs from the hub's anchor: history rewritten"
        )
    return CheckResult(name, True, f"entry {seq} anchored {latest.get('received_at', '')}")

"""The append-only, hash-chained audit log.

Entry ``n`` carries ``prev_hash = hash(n-1)`` (32 zero bytes for the first) and
``hash = SHA-256(JCS(entry without hash))``, the entry encoded as RFC 8785 canonical JSON
with ``prev_hash`` in hex. Triggers refuse UPDATE and DELETE; :func:`verify_chain` detects
any rewrite made around them (an edited row, a removed row, a re-hashed tail can only be
caught against an anchor: see ``head`` and the hub's audit anchoring).

Entries hold ids, action names and counts. Never a name, a note or free text.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ponte.core import canonical
from ponte.core.clock import rfc3339
from ponte.core.domain import Actor
from ponte.core.errors import AuditChainBroken
from ponte.storage.db import Database

GENESIS = bytes(32)
_FIELDS = ("seq", "at", "actor", "device", "action", "entity", "entity_id", "detail")


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    actor: str
    device: str
    action: str
    entity: str
    entity_id: str
    detail: dict[str, Any]
    prev_hash: bytes
    hash: bytes


def entry_hash(fields: Mapping[str, Any], prev_hash: bytes) -> bytes:
    body = {k: fields[k] for k in _FIELDS}
    body["prev_hash"] = prev_hash.hex()
    return hashlib.sha256(canonical.dumps(body)).digest()


def _check_detail(detail: Mapping[str, Any]) -> None:
    for key, value in detail.items():
        if not isinstance(value, (int, bool)) and not (
            isinstance(value, str) and (key.endswith("id") or key.endswith("ids") or key == "kind")
        ):
            # Ids, counts and kinds only: anything else could carry personal data.
            raise ValueError(f"audit detail {key!r} must be an id, a kind or a count")


def append(
    db: Database,
    *,
    actor: str,
    action: str,
    at: datetime,
    entity: str = "",
    entity_id: str = "",
    device: str = "",
    detail: Mapping[str, Any] | None = None,
) -> int:
    """Append one entry (inside the caller's transaction if there is one); returns its seq."""
    detail = dict(detail or {})
    _check_detail(detail)
    with db.transaction():
        last = db.query_one("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")
        seq = 1 if last is None else int(last["seq"]) + 1
        prev = GENESIS if last is None else bytes(last["hash"])
        fields = {
            "seq": seq,
            "at": rfc3339(at),
            "actor": actor,
            "device": device,
            "action": action,
            "entity": entity,
            "entity_id": entity_id,
            "detail": detail,
        }
        digest = entry_hash(fields, prev)
        db.execute(
            "INSERT INTO audit_log (seq, at, actor, device, action, entity, entity_id, detail,"
            " prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (
                seq,
                fields["at"],
                actor,
                device,
                action,
                entity,
                entity_id,
                json.dumps(detail, sort_keys=True),
                prev,
                digest,
            ),
        )
    return seq


def record(
    db: Database,
    actor: Actor,
    action: str,
    *,
    at: datetime,
    entity: str = "",
    entity_id: str = "",
    detail: Mapping[str, Any] | None = None,
) -> int:
    """What ``actor`` did, as one entry: the one way every module writes the audit log.

    (``append`` is the writer underneath, for the rare entry no account makes: the vault's
    creation, a packet the sync thread received.)
    """
    return append(
        db,
        actor=actor.account_id,
        device=actor.device_id,
        action=action,
        at=at,
        entity=entity,
        entity_id=entity_id,
        detail=detail,
    )


def _row_entry(row: Any) -> AuditEntry:
    return AuditEntry(
        seq=int(row["seq"]),
        at=row["at"],
        actor=row["actor"],
        device=row["device"],
        action=row["action"],
        entity=row["entity"],
        entity_id=row["entity_id"],
        detail=json.loads(row["detail"]),
        prev_hash=bytes(row["prev_hash"]),
        hash=bytes(row["hash"]),
    )


def verify_chain(db: Database, *, batch: int = 5000) -> tuple[int, bytes]:
    """Recompute the whole chain; return ``(count, head_hash)`` or raise AuditChainBroken."""
    prev = GENESIS
    expected_seq = 1
    last_seq = 0
    while True:
        rows = db.query(
            "SELECT * FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?", (last_seq, batch)
        )
        if not rows:
            break
        for row in rows:
            entry = _row_entry(row)
            if entry.seq != expected_seq:
                raise AuditChainBroken(f"entry {expected_seq} is missing")
            if entry.prev_hash != prev:
                raise AuditChainBroken(f"entry {entry.seq} does not follow {entry.seq - 1}")
            if entry_hash(entry.__dict__, prev) != entry.hash:
                raise AuditChainBroken(f"entry {entry.seq} was altered")
            prev = entry.hash
            expected_seq += 1
            last_seq = entry.seq
    return expected_seq - 1, prev


def head(db: Database) -> tuple[int, bytes]:
    """``(seq, hash)`` of the newest entry, cheap: for anchoring at the hub."""
    row = db.query_one("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")
    if row is None:
        return 0, GENESIS
    return int(row["seq"]), bytes(row["hash"])


def entries(db: Database, *, after: int = 0, limit: int = 200) -> list[AuditEntry]:
    """A page of entries for the audit viewer, oldest first."""
    rows = db.query("SELECT * FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?", (after, limit))
    return [_row_entry(r) for r in rows]
